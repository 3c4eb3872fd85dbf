import { useRef, useState, type KeyboardEvent } from 'react';
import { ChartBox, type ChartSize } from '../../charts/chart-box.tsx';
import { useLocale } from '../../i18n/use-locale.ts';
import { SIDE_COLOURS, type BenchmarkModel, type BenchmarkPoint } from './model.ts';

const SIDE_TINTS = { above: '#fcefe5', below: '#e9f2f9' };
const MARGIN = { top: 14, right: 18, bottom: 46, left: 54 };
/** The plot is square, so the diagonal of "as expected" runs at 45°; it stops growing here. */
const MAX_PLOT = 560;

function plotSide(width: number): number {
  return Math.max(160, Math.min(MAX_PLOT, width - MARGIN.left - MARGIN.right));
}

/** Expected share across, actual share up, every municipality a point; chosen ones coloured and named. */
export function BenchmarkScatter({ model, onToggle }: { model: BenchmarkModel; onToggle: (code: string) => void }) {
  const { t } = useLocale();
  return (
    <>
      <ChartBox height={(width) => plotSide(width) + MARGIN.top + MARGIN.bottom} paper={{ width: 520, height: 520 - MARGIN.left - MARGIN.right + MARGIN.top + MARGIN.bottom }}>
        {(size) => <ScatterPlot model={model} onToggle={onToggle} size={size} />}
      </ChartBox>
      <p className="hint no-print">{t.benchmark.scatterHint}</p>
    </>
  );
}

function ScatterPlot({ model, onToggle, size }: { model: BenchmarkModel; onToggle: (code: string) => void; size: ChartSize }) {
  const locale = useLocale();
  const b = locale.t.benchmark;
  const [active, setActive] = useState<string | null>(null);
  const [focusCode, setFocusCode] = useState<string | null>(null);
  const refs = useRef(new Map<string, SVGCircleElement>());
  const side = plotSide(size.width);
  // The SVG is as wide as the square plot, not the card, so an exported PNG has no blank half.
  const svgWidth = Math.min(size.width, MARGIN.left + side + MARGIN.right);
  const lo = model.ticks[0] ?? 0;
  const hi = model.ticks.at(-1) ?? 1;
  const x = (v: number) => MARGIN.left + ((v - lo) / (hi - lo)) * side;
  const y = (v: number) => MARGIN.top + side - ((v - lo) / (hi - lo)) * side;
  const points = model.points;
  // Chosen points are drawn last, on top of the others.
  const drawOrder = [...points.filter((p) => !p.chosen), ...points.filter((p) => p.chosen)];
  const byActual = [...points].sort((p, q) => p.actual - q.actual || p.expected - q.expected);
  const tabStop = focusCode ?? points.find((p) => p.chosen)?.code ?? points[0]?.code;
  const extremes = new Set([model.ranked[0]?.code, model.ranked.at(-1)?.code]);
  const shown = active ? points.find((p) => p.code === active) : undefined;

  const move = (code: string) => {
    setFocusCode(code);
    setActive(code);
    refs.current.get(code)?.focus();
  };
  const onKeyDown = (e: KeyboardEvent, p: BenchmarkPoint) => {
    const step = (list: BenchmarkPoint[], d: number) => list[Math.min(list.length - 1, Math.max(0, list.indexOf(p) + d))]!.code;
    const keys: Record<string, () => string> = {
      ArrowRight: () => step(points, 1),
      ArrowLeft: () => step(points, -1),
      ArrowUp: () => step(byActual, 1),
      ArrowDown: () => step(byActual, -1),
      Home: () => points[0]!.code,
      End: () => points.at(-1)!.code,
    };
    if (keys[e.key]) {
      e.preventDefault();
      move(keys[e.key]!());
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onToggle(p.code);
    } else if (e.key === 'Escape') setActive(null);
  };

  const diagonal = { x1: x(lo), y1: y(lo), x2: x(hi), y2: y(hi) };
  const labelled = points.filter((p) => p.chosen || extremes.has(p.code));
  return (
    <div className="scatter" onMouseLeave={() => setActive(null)}>
      <svg className="plot-svg" width={svgWidth} height={size.height} viewBox={`0 0 ${svgWidth} ${size.height}`} role="group" aria-label={b.scatterLabel} fontFamily="system-ui, sans-serif">
        <polygon points={`${x(lo)},${y(lo)} ${x(lo)},${y(hi)} ${x(hi)},${y(hi)}`} fill={SIDE_TINTS.above} />
        <polygon points={`${x(lo)},${y(lo)} ${x(hi)},${y(lo)} ${x(hi)},${y(hi)}`} fill={SIDE_TINTS.below} />
        {model.ticks.map((t) => (
          <g key={t} fontSize="12" fill="#555b63">
            <line x1={x(t)} x2={x(t)} y1={MARGIN.top} y2={MARGIN.top + side} stroke="#e3e3e3" />
            <line x1={MARGIN.left} x2={MARGIN.left + side} y1={y(t)} y2={y(t)} stroke="#e3e3e3" />
            <text x={x(t)} y={MARGIN.top + side + 16} textAnchor="middle">
              {locale.number(t, 1)}
            </text>
            <text x={MARGIN.left - 6} y={y(t) + 4} textAnchor="end">
              {locale.number(t, 1)}
            </text>
          </g>
        ))}
        <text x={MARGIN.left + side / 2} y={MARGIN.top + side + 38} textAnchor="middle" fontSize="12" fill="#333">
          {b.expectedAxis}
        </text>
        <text transform={`translate(14 ${MARGIN.top + side / 2}) rotate(-90)`} textAnchor="middle" fontSize="12" fill="#333">
          {b.actualAxis}
        </text>
        <text x={MARGIN.left + 8} y={MARGIN.top + 16} fontSize="12" fontWeight="600" fill={SIDE_COLOURS.above}>
          ↑ {b.more}
        </text>
        <text x={MARGIN.left + side - 8} y={MARGIN.top + side - 10} fontSize="12" fontWeight="600" fill={SIDE_COLOURS.below} textAnchor="end">
          {b.fewer} ↓
        </text>
        <line {...diagonal} stroke="#333" strokeWidth="1.5" strokeDasharray="6 4" />
        <text transform={`translate(${x(lo + (hi - lo) * 0.97)} ${y(lo + (hi - lo) * 0.97)}) rotate(-45)`} dy="14" textAnchor="end" fontSize="12" fill="#333" className="halo">
          {b.asExpected}
        </text>
        {drawOrder.map((p) => (
          <circle
            key={p.code}
            ref={(el) => {
              if (el) refs.current.set(p.code, el);
              else refs.current.delete(p.code);
            }}
            data-code={p.code}
            cx={x(p.expected)}
            cy={y(p.actual)}
            r={p.chosen ? 6.5 : 4.5}
            fill={p.colour}
            fillOpacity={p.chosen ? 1 : 0.7}
            stroke={p.chosen ? '#1a1a1a' : '#fff'}
            strokeWidth={p.chosen ? 1.5 : 0.75}
            className="scatter-point"
            {...(size.print
              ? {}
              : {
                  role: 'button',
                  tabIndex: p.code === tabStop ? 0 : -1,
                  'aria-label': p.label,
                  'aria-pressed': p.chosen,
                  onMouseEnter: () => setActive(p.code),
                  onFocus: () => {
                    setFocusCode(p.code);
                    setActive(p.code);
                  },
                  onBlur: () => setActive((a) => (a === p.code ? null : a)),
                  onClick: () => onToggle(p.code),
                  onKeyDown: (e: KeyboardEvent) => onKeyDown(e, p),
                })}
          />
        ))}
        {labelled.map((p) => {
          const right = x(p.expected) < MARGIN.left + side * 0.7;
          return (
            <text key={p.code} x={x(p.expected) + (right ? 9 : -9)} y={y(p.actual) + 4} textAnchor={right ? 'start' : 'end'} fontSize={p.chosen ? 13 : 11} fontWeight={p.chosen ? 600 : 400} fill={p.chosen ? '#1a1a1a' : '#555b63'} className="halo" aria-hidden="true">
              {p.name}
            </text>
          );
        })}
      </svg>
      {shown && !size.print && (
        <div className="chart-tooltip scatter-tooltip" role="status" style={{ left: Math.min(x(shown.expected) + 12, size.width - 200), top: Math.max(0, y(shown.actual) - 80) }}>
          <div className="chart-tooltip-title">{shown.name}</div>
          <div>
            {b.actual}: {shown.actualText}
          </div>
          <div>
            {b.expected}: {shown.expectedText}
          </div>
          <div>
            {b.difference}: {shown.differenceText}
          </div>
          <div>{shown.rankText}</div>
        </div>
      )}
    </div>
  );
}
