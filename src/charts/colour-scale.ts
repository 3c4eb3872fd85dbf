// Colour scales for the map: sequential (ColorBrewer YlGnBu) or, when values fall on both
// sides of zero, diverging (PuOr) around zero. Both are safe for colour-blind readers.
const SEQUENTIAL = ['#edf8b1', '#c7e9b4', '#7fcdbb', '#41b6c4', '#1d91c0', '#225ea8', '#0c2c84'];
const DIVERGING = ['#b35806', '#f1a340', '#fee0b6', '#f7f7f7', '#d8daeb', '#998ec3', '#542788'];

interface ColourClass {
  from: number;
  to: number;
  colour: string;
}

export interface ColourScale {
  kind: 'sequential' | 'diverging';
  classes: ColourClass[];
  colourOf: (value: number | null) => string | null;
}

export function colourScale(values: readonly (number | null)[]): ColourScale | null {
  const present = values.filter((v): v is number => v !== null && Number.isFinite(v));
  if (present.length === 0) return null;
  const min = Math.min(...present);
  const max = Math.max(...present);
  const diverging = min < 0 && max > 0;
  const palette = diverging ? DIVERGING : SEQUENTIAL;
  let bounds: number[];
  if (diverging) {
    const m = Math.max(-min, max);
    bounds = Array.from({ length: palette.length + 1 }, (_, i) => -m + (2 * m * i) / palette.length);
  } else {
    // Equal-count classes, so each colour covers about as many municipalities.
    const sorted = [...present].sort((a, b) => a - b);
    bounds = Array.from({ length: palette.length + 1 }, (_, i) => sorted[Math.min(sorted.length - 1, Math.round((i * (sorted.length - 1)) / palette.length))]!);
  }
  const classes: ColourClass[] = [];
  for (let i = 0; i < palette.length; i++) {
    const from = bounds[i]!;
    const to = bounds[i + 1]!;
    if (classes.length && from === classes[classes.length - 1]!.from && to === classes[classes.length - 1]!.to) continue;
    classes.push({ from, to, colour: palette[i]! });
  }
  return {
    kind: diverging ? 'diverging' : 'sequential',
    classes,
    colourOf: (v) => {
      if (v === null || !Number.isFinite(v)) return null;
      return (classes.find((c) => v <= c.to) ?? classes[classes.length - 1]!).colour;
    },
  };
}
