// Where the map looks: a region, the chosen municipalities, one municipality or a free view, as
// the spec and the URL hold it, turned into a scale and offset for the map's drawing.
import { slugify } from '../../data/danish-text.ts';
import { ZOOM_RE } from '../../view/view-spec.ts';

/** [[x0, y0], [x1, y1]] in the map's own units. */
export type Bounds = [[number, number], [number, number]];

export interface ZoomTransform {
  k: number;
  x: number;
  y: number;
}

export const NO_ZOOM: ZoomTransform = { k: 1, x: 0, y: 0 };
export const MAX_ZOOM = 24;

/**
 * `r-hovedstaden` a region, `areas` the chosen municipalities, `m-163` one municipality, or
 * `k,x,y` where someone zoomed and panned by hand; null is the whole country.
 */
export type ZoomTarget = { kind: 'region'; slug: string } | { kind: 'areas' } | { kind: 'municipality'; code: string } | { kind: 'free'; transform: ZoomTransform };


export function parseZoom(zoom: string | null): ZoomTarget | null {
  if (!zoom || !ZOOM_RE.test(zoom)) return null;
  if (zoom === 'areas') return { kind: 'areas' };
  if (zoom.startsWith('r-')) return { kind: 'region', slug: zoom.slice(2) };
  if (zoom.startsWith('m-')) return { kind: 'municipality', code: zoom.slice(2) };
  const [k, x, y] = zoom.split(',').map(Number) as [number, number, number];
  return k > 1 ? { kind: 'free', transform: { k: Math.min(k, MAX_ZOOM), x, y } } : null;
}

/** A hand-made view as the URL keeps it: short, and the same view on any screen. */
export function freeZoom(t: ZoomTransform): string | null {
  if (t.k <= 1.001) return null;
  const r = (v: number, d: number) => Number(v.toFixed(d));
  return `${r(t.k, 2)},${r(t.x, 1)},${r(t.y, 1)}`;
}

/** "Region Sjælland" → "Sjælland": a region's name on a button. */
export function regionName(region: string): string {
  return region.replace(/^Region\s+/i, '');
}

/** "Region Sjælland" → "sjaelland": a region's name in the URL. */
export function regionSlug(region: string): string {
  return slugify(regionName(region));
}

function unionOf(boxes: Bounds[]): Bounds | null {
  if (boxes.length === 0) return null;
  return [
    [Math.min(...boxes.map((b) => b[0][0])), Math.min(...boxes.map((b) => b[0][1]))],
    [Math.max(...boxes.map((b) => b[1][0])), Math.max(...boxes.map((b) => b[1][1]))],
  ];
}

/**
 * The scale and offset that show `box` in a view of `width` × `height`, with a margin. A box
 * smaller than a tenth of the view is widened first, so a single municipality is seen among its
 * neighbours rather than filling the map.
 */
export function fitTransform(box: Bounds, width: number, height: number, margin = 0.96): ZoomTransform {
  const minWidth = width / 10;
  const minHeight = height / 10;
  const cx = (box[0][0] + box[1][0]) / 2;
  const cy = (box[0][1] + box[1][1]) / 2;
  const w = Math.max(box[1][0] - box[0][0], minWidth);
  const h = Math.max(box[1][1] - box[0][1], minHeight);
  const k = Math.min(MAX_ZOOM, Math.max(1, margin * Math.min(width / w, height / h)));
  return { k, x: width / 2 - k * cx, y: height / 2 - k * cy };
}

export interface ZoomWorld {
  /** Each municipality's bounds on the main map (Bornholm, drawn in its inset, has none). */
  bounds: Map<string, Bounds>;
  regionOf: Map<string, string>;
  /** The main map's size in its own units. */
  width: number;
  height: number;
}

/** The transform for a target; the whole country where the target names nothing on the map. */
export function transformFor(target: ZoomTarget | null, chosen: string[], world: ZoomWorld): ZoomTransform {
  if (!target) return NO_ZOOM;
  if (target.kind === 'free') return target.transform;
  const codes =
    target.kind === 'region'
      ? [...world.regionOf].filter(([, region]) => regionSlug(region) === target.slug).map(([code]) => code)
      : target.kind === 'areas'
        ? chosen
        : [target.code];
  const box = unionOf(codes.map((c) => world.bounds.get(c)).filter((b): b is Bounds => b !== undefined));
  return box ? fitTransform(box, world.width, world.height) : NO_ZOOM;
}

/** The zoom a view opens with: the spec's, or for an embed of chosen municipalities, those. */
export function effectiveZoom(spec: { zoom: string | null; embed: boolean; areas: string[] }, municipalities: Set<string>): string | null {
  if (spec.zoom) return spec.zoom;
  return spec.embed && spec.areas.some((a) => municipalities.has(a)) ? 'areas' : null;
}

const searchKey = (text: string) => slugify(text).replace(/-/g, '');

/** Municipalities whose name starts with, then contains, what was typed: "høje taastrup", "åbenrå", "aabenraa". */
export function findMunicipalities<T extends { code: string; name: string }>(query: string, municipalities: T[], limit = 6): T[] {
  const q = searchKey(query);
  if (!q) return [];
  const keyed = municipalities.map((m) => ({ m, key: searchKey(m.name) }));
  const starts = keyed.filter((x) => x.key.startsWith(q));
  const contains = keyed.filter((x) => !x.key.startsWith(q) && x.key.includes(q));
  return [...starts, ...contains].slice(0, limit).map((x) => x.m);
}
