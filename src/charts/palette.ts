// Colour-blind safe colours (Okabe & Ito), assigned by position in the chosen areas so an
// area keeps its colour in every view. Hele landet is always the dark neutral.
import { NATIONAL } from '../data/national.ts';

const PALETTE = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#8C6D1F', '#7A4FA3'];
export const NATIONAL_COLOUR = '#333333';

export function areaColours(areas: readonly string[]): Map<string, string> {
  const colours = new Map<string, string>();
  let i = 0;
  for (const a of areas) {
    if (a === NATIONAL) colours.set(a, NATIONAL_COLOUR);
    else colours.set(a, PALETTE[i++ % PALETTE.length]!);
  }
  return colours;
}

/** Line style per kind: actuals solid, targets dashed, forecasts dotted, expectations dash-dot. */
export const KIND_DASH = { actual: undefined, target: '8 4', forecast: '2 4', expected: '10 3 2 3' } as const;
