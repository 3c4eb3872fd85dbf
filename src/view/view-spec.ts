// What is on screen, as plain JSON: the single source of truth, encoded in the URL.
export const VIEWS = ['overview', 'report', 'trend', 'compare', 'map', 'benchmark', 'grants', 'sources', 'extract', 'import'] as const;
export const MODES = ['absolute', 'per1000', 'index'] as const;
export const LANGS = ['da', 'en'] as const;
export type View = (typeof VIEWS)[number];
/** Views that take the user's files or list every source are never drawn inside another site's frame. */
export const NOT_EMBEDDABLE: readonly View[] = ['import', 'extract', 'sources'];
export type Mode = (typeof MODES)[number];
export type Lang = (typeof LANGS)[number];

export interface ViewSpec {
  view: View;
  /** Kommunekoder, 000 for Hele landet, or benchmark group ids, in the order chosen. */
  areas: string[];
  indicator: string;
  /** A second indicator drawn beside the first in the trend view; null = none. */
  indicator2: string | null;
  breakdown: string;
  from: string | null;
  to: string | null;
  mode: Mode;
  /** Base period for index mode; null = the first period shown. */
  base: string | null;
  /** The period the compare view shows; null = the latest. */
  at: string | null;
  /** Compare and map: only the chosen municipalities, instead of all 98 with the chosen highlighted. */
  only: boolean;
  /** Compare: rank the change from this period to `at` instead of the level at `at`. */
  since: string | null;
  /** Trend: a model's forecast for the next 12 months after the last figure, with calibrated bands. */
  forecast: boolean;
  /** Trend: each monthly series also with its yearly season taken out (a model's estimate). */
  seasonal: boolean;
  /** Trend with a forecast: a target for the first area (a level by a month), with the forecast's chance of reaching it. */
  goal: Goal | null;
  /** The comparison set of the report; null = the set the municipality's minutes name. */
  peers: string[] | null;
  /** Series hidden from the chart, its table and every export: series keys ("151", "163:target"). */
  hidden: string[];
  /** The grant opened in the grants view. */
  grant: string | null;
  /** The grants view's filters: one municipality, one grantor; null = all. */
  grantArea: string | null;
  grantor: string | null;
  /** The grants table's order: a column, "-" in front for descending; null = largest amount first. */
  sort: string | null;
  /** The sources view opens this meeting (a source id), unfolded, and marks the figures of this agenda item. */
  source: string | null;
  item: string | null;
  /** Where the map looks: `r-hovedstaden`, `areas`, `m-163` or `k,x,y`; null = the whole country. */
  zoom: string | null;
  lang: Lang;
  /** Shown inside another page: the chart with title, legend and source, no navigation. */
  embed: boolean;
  /** Whether an embed shows the chart's controls. */
  controls: boolean;
  /** A data version to pin the view to ("fastfrosset"); null follows the newest data. */
  data: string | null;
}

/** A target a committee set: the figure `value` in the month `at`, e.g. at most 450 unemployed in June 2027. */
export interface Goal {
  value: number;
  at: string;
}

/** The map's zoom in the URL: a region, the chosen areas, one municipality or `k,x,y` (features/map/zoom.ts). */
export const ZOOM_RE = /^(r-[a-z-]+|areas|m-\d{3}|\d+(\.\d+)?,-?\d+(\.\d+)?,-?\d+(\.\d+)?)$/;

/** Whether a view shows its controls: always in the app, in an embed only when the embed asks for them. */
export const showControls = (spec: Pick<ViewSpec, 'embed' | 'controls'>): boolean => !spec.embed || spec.controls;

/** The trend view of one indicator for these areas, from its first period to its last. */
export function trendViewPatch(indicator: string, areas: string[], options: { mode?: Mode; breakdown?: string } = {}): Partial<ViewSpec> {
  return { view: 'trend', indicator, breakdown: options.breakdown ?? 'all', areas, from: null, to: null, mode: options.mode ?? 'absolute', hidden: [] };
}

export const DEFAULT_SPEC: ViewSpec = {
  view: 'overview',
  areas: ['000'],
  indicator: 'ledighed_pct',
  indicator2: null,
  breakdown: 'all',
  from: null,
  to: null,
  mode: 'absolute',
  base: null,
  at: null,
  only: false,
  since: null,
  forecast: false,
  seasonal: false,
  goal: null,
  peers: null,
  hidden: [],
  grant: null,
  grantArea: null,
  grantor: null,
  sort: null,
  source: null,
  item: null,
  zoom: null,
  lang: 'da',
  embed: false,
  controls: true,
  data: null,
};
