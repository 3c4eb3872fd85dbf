// A shape per line, so lines tell apart in black and white print and for readers who do not see
// the colours apart: the legend shows the same shape as the line.
import type { Marker } from '../format/palette.ts';

export function MarkerShape({ marker, x, y, size = 4, colour }: { marker: Marker; x: number; y: number; size?: number; colour: string }) {
  const s = size;
  switch (marker) {
    case 'circle':
      return <circle cx={x} cy={y} r={s} fill={colour} />;
    case 'square':
      return <rect x={x - s} y={y - s} width={2 * s} height={2 * s} fill={colour} />;
    case 'triangle':
      return <path d={`M${x},${y - s * 1.2}L${x + s * 1.15},${y + s * 0.9}L${x - s * 1.15},${y + s * 0.9}Z`} fill={colour} />;
    case 'diamond':
      return <path d={`M${x},${y - s * 1.3}L${x + s * 1.1},${y}L${x},${y + s * 1.3}L${x - s * 1.1},${y}Z`} fill={colour} />;
    case 'cross':
      return <path d={`M${x - s},${y - s}L${x + s},${y + s}M${x + s},${y - s}L${x - s},${y + s}`} stroke={colour} strokeWidth={2} />;
  }
}
