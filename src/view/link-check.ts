// What a link asks for, checked against the data before any work is done: areas that do not
// exist are dropped and named, and an indicator the data lacks gets the nearest ones offered.
import type { CoreBundle } from '../data/bundle.ts';
import { DEFAULT_SPEC, type View, type ViewSpec } from './view-spec.ts';
import { effectiveBreakdown } from './view-data.ts';

/** The views that draw `spec.indicator`. */
const INDICATOR_VIEWS: readonly View[] = ['trend', 'compare', 'map'];

/** More chosen areas than this is never a chart anyone reads; the link is cut here. */
export const MAX_CHOSEN = 120;
/** The report draws every peer in each of its charts; beyond this a comparison set is noise. */
export const MAX_PEERS = 12;

export interface AreaCheck {
  areas: string[];
  peers: string[] | null;
  /** Codes the link named that the data does not have, in the link's order. */
  unknown: string[];
  /** Known areas left out because the link named more than MAX_CHOSEN. */
  cut: number;
}

export function checkLinkAreas(spec: Pick<ViewSpec, 'areas' | 'peers'>, core: Pick<CoreBundle, 'municipalities' | 'groups'>): AreaCheck {
  const known = new Set([...core.municipalities.map((m) => m.code), ...core.groups.map((g) => g.group_id)]);
  const unknown: string[] = [];
  let cut = 0;
  const keep = (list: string[], max: number) => {
    const kept = list.filter((a) => known.has(a) || (unknown.push(a), false));
    cut += Math.max(0, kept.length - max);
    return kept.slice(0, max);
  };
  const areas = keep(spec.areas, MAX_CHOSEN);
  const peers = spec.peers === null ? null : keep(spec.peers, MAX_PEERS);
  return { areas, peers, unknown: [...new Set(unknown)], cut };
}

/** Edit distance, for offering the indicator a mistyped or foreign link probably meant. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length]!;
}

/** The second indicator a trend link names (`ind2`) when the data does not have it; null otherwise. */
export function checkLinkSecond(spec: Pick<ViewSpec, 'view' | 'indicator2'>, core: { catalog: readonly Pick<CoreBundle['catalog'][number], 'indicator'>[] }): string | null {
  if (spec.view !== 'trend' || spec.indicator2 === null) return null;
  return core.catalog.some((c) => c.indicator === spec.indicator2) ? null : spec.indicator2;
}

/**
 * The breakdown a trend, compare or map link names (`brk`) when its indicator does not have it,
 * with the one shown instead; null otherwise. Without it the view would quietly draw another breakdown.
 */
export function checkLinkBreakdown(spec: Pick<ViewSpec, 'view' | 'indicator' | 'breakdown'>, core: Pick<CoreBundle, 'catalog'>): { unknown: string; shown: string } | null {
  // A link without `brk` asks for the total; an indicator without one draws its first breakdown, as it should.
  if (!INDICATOR_VIEWS.includes(spec.view) || spec.breakdown === DEFAULT_SPEC.breakdown) return null;
  const breakdowns = core.catalog.find((c) => c.indicator === spec.indicator)?.breakdowns ?? [];
  if (breakdowns.length === 0 || breakdowns.includes(spec.breakdown)) return null;
  return { unknown: spec.breakdown, shown: effectiveBreakdown(core, spec.indicator, spec.breakdown) };
}

/** Null when the data has the link's indicator; otherwise the three nearest it has, nearest first, and the default. */
export function checkLinkIndicator(spec: Pick<ViewSpec, 'view' | 'indicator'>, core: { catalog: readonly Pick<CoreBundle['catalog'][number], 'indicator'>[] }): { nearest: string[] } | null {
  if (!INDICATOR_VIEWS.includes(spec.view)) return null;
  const ids = core.catalog.map((c) => c.indicator);
  if (ids.includes(spec.indicator)) return null;
  const wanted = spec.indicator.toLowerCase();
  const nearest = ids
    .map((id) => ({ id, d: distance(wanted, id) - (id.startsWith(wanted.split('_')[0] ?? '') ? 2 : 0) }))
    .sort((x, y) => x.d - y.d || x.id.localeCompare(y.id))
    .slice(0, 3)
    .map((x) => x.id);
  // The indicator every view starts from is always offered too.
  if (ids.includes(DEFAULT_SPEC.indicator) && !nearest.includes(DEFAULT_SPEC.indicator)) nearest.push(DEFAULT_SPEC.indicator);
  return { nearest };
}
