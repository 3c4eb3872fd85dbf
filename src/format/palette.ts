// One colour per area, derived from the area itself, so Herlev has the same colour in every
// view, embed and export, wherever it stands in the list. Colour-blind safe hues (Okabe & Ito
// and darker companions), all at least 3:1 against white. Hele landet is the dark neutral.
import { NATIONAL } from '../data/national.ts';

const PALETTE = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#7A4FA3', '#8C6D1F', '#B8336A', '#5F7A00', '#2F7F7F'];
/** How many areas get colours of their own. */
export const DISTINCT_COLOURS = PALETTE.length;
export const NATIONAL_COLOUR = '#333333';
/** Bars and shapes that are shown but not chosen. */
export const UNCHOSEN_COLOUR = '#8a96a3';

/**
 * The colour an area asks for. Kommunekoder run in steps of about two along the map, so
 * neighbours (Ballerup 151, Glostrup 161, Herlev 163, Albertslund 165) get different colours.
 */
function preferredIndex(area: string): number {
  if (/^\d{3}$/.test(area)) return Math.floor(Number(area) / 2) % PALETTE.length;
  let h = 0;
  for (const c of area) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  return h % PALETTE.length;
}

/**
 * Colours for the chosen areas. Each gets its own colour; when two ask for the same one, the
 * area chosen first keeps it, so adding an area never recolours those already shown.
 */
export function areaColours(areas: readonly string[]): Map<string, string> {
  const colours = new Map<string, string>();
  const taken = new Set<number>();
  for (const a of areas) {
    if (colours.has(a)) continue;
    if (a === NATIONAL) {
      colours.set(a, NATIONAL_COLOUR);
      continue;
    }
    let i = preferredIndex(a);
    for (let k = 0; k < PALETTE.length && taken.has(i); k++) i = (i + 1) % PALETTE.length;
    taken.add(i);
    colours.set(a, PALETTE[i]!);
  }
  return colours;
}

/** Line style per kind: actuals solid, targets dashed, forecasts dotted, expectations dash-dot. */
export const KIND_DASH = { actual: undefined, target: '8 4', forecast: '2 4', expected: '10 3 2 3' } as const;

const MARKERS = ['circle', 'square', 'triangle', 'diamond', 'cross'] as const;
export type Marker = (typeof MARKERS)[number];

/** A marker shape per area in the order chosen, so the lines of a chart differ by more than colour. */
export function areaMarkers(areas: readonly string[]): Map<string, Marker> {
  const markers = new Map<string, Marker>();
  for (const a of areas) if (!markers.has(a)) markers.set(a, MARKERS[markers.size % MARKERS.length]!);
  return markers;
}
