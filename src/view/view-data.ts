// Which indicator files each view reads. The views load what this names, and the entry starts
// fetching the same files before React renders (app/boot.ts), so the two never disagree.
import { partitionFile, type CoreBundle } from '../data/bundle.ts';
import { BENCHMARK } from '../data/benchmark.ts';
import { isCount } from '../data/indicator-rules.ts';
import type { ViewSpec } from './view-spec.ts';

export const POPULATION_INDICATOR = 'befolkning';

/** The key figures on the landing page, in the order a committee reads them. */
export const HEADLINE_INDICATORS = ['ledighed_pct', 'ledige', 'langtidsledige', 'kontanthjaelp_fuldtid', 'kontanthjaelp_pct_befolkning', 'aktiveringsgrad', 'nettoledige_kontanthjaelp'];

type ThemeId = 'ledighed' | 'kontanthjaelp' | 'langtidsledighed' | 'aktivering';

export interface Theme {
  id: ThemeId;
  indicator: string;
  /** A count behind the figure: below SMALL_NUMBER persons the figure is flagged as uncertain. */
  countIndicator: string;
}

/** The monthly report's themes the data supports today; a new theme is one more line here and its texts. */
export const THEMES: Theme[] = [
  { id: 'ledighed', indicator: 'ledighed_pct', countIndicator: 'ledige' },
  { id: 'kontanthjaelp', indicator: 'kontanthjaelp_pct_befolkning', countIndicator: 'kontanthjaelp_fuldtid' },
  { id: 'langtidsledighed', indicator: 'langtidsledige', countIndicator: 'langtidsledige' },
  { id: 'aktivering', indicator: 'aktiveringsgrad', countIndicator: 'kontanthjaelp_personer' },
];

/** Every indicator the monthly report reads. */
export const REPORT_INDICATORS = [...new Set([...THEMES.flatMap((t) => [t.indicator, t.countIndicator]), POPULATION_INDICATOR, BENCHMARK.share, BENCHMARK.difference, BENCHMARK.rank])];

/** The indicators that hold figures taken from committee minutes. */
export function minutesIndicators(core: Pick<CoreBundle, 'catalog' | 'sources'>): string[] {
  const meetings = new Set(core.sources.filter((s) => s.meeting_date).map((s) => s.source_id));
  return core.catalog.filter((c) => c.sources.some((s) => meetings.has(s))).map((c) => c.indicator);
}

/** The indicators a view reads, those the data has, in the order the view wants them. */
export function indicatorsForView(spec: ViewSpec, core: Pick<CoreBundle, 'catalog' | 'indicators' | 'sources'>): string[] {
  const count = (indicator: string | null) => isCount(core.indicators.find((i) => i.indicator === indicator));
  const second = spec.indicator2 && spec.indicator2 !== spec.indicator ? [spec.indicator2] : [];
  const wanted: Record<ViewSpec['view'], string[]> = {
    overview: [...HEADLINE_INDICATORS, POPULATION_INDICATOR],
    report: REPORT_INDICATORS,
    // Counts come with the population, so "per 1.000 inhabitants" can be offered at once.
    trend: [spec.indicator, ...second, ...(count(spec.indicator) || count(spec.indicator2) ? [POPULATION_INDICATOR] : [])],
    compare: [spec.indicator, POPULATION_INDICATOR],
    map: [spec.indicator, ...(count(spec.indicator) ? [POPULATION_INDICATOR] : [])],
    benchmark: [BENCHMARK.share, BENCHMARK.difference, BENCHMARK.rank, BENCHMARK.count],
    sources: minutesIndicators(core),
    grants: [],
    extract: [],
    import: [],
  };
  return wanted[spec.view].filter((indicator, i, all) => all.indexOf(indicator) === i && core.catalog.some((c) => c.indicator === indicator));
}

/** The breakdown a view shows: the one asked for when the indicator has it, else its first. */
export function effectiveBreakdown(core: Pick<CoreBundle, 'catalog'>, indicator: string, breakdown: string): string {
  const breakdowns = core.catalog.find((c) => c.indicator === indicator)?.breakdowns ?? [];
  return breakdowns.length === 0 || breakdowns.includes(breakdown) ? breakdown : breakdowns[0]!;
}

/**
 * The breakdowns of an indicator a view reads at first: the trend, the comparison and the map
 * draw one breakdown (the population is read for its total); the overview and the report read
 * totals; the benchmark and the sources read them all (undefined). A part of a view that needs
 * more (bars of every breakdown, the drivers of a change) asks for them itself.
 */
export function breakdownsForView(spec: ViewSpec, core: Pick<CoreBundle, 'catalog'>, indicator: string): string[] | undefined {
  if (spec.view === 'overview' || spec.view === 'report') return ['all'];
  if (spec.view !== 'trend' && spec.view !== 'compare' && spec.view !== 'map') return undefined;
  if (indicator === POPULATION_INDICATOR && indicator !== spec.indicator) return ['all'];
  return [effectiveBreakdown(core, indicator, spec.breakdown)];
}

/**
 * The files below the data version's folder that hold an indicator's figures for these
 * breakdowns (all without a list): one per breakdown, or the indicator's one file where it has
 * one (an import, an older version).
 */
export function indicatorFiles(core: Pick<CoreBundle, 'catalog'>, indicator: string, breakdowns?: readonly string[]): string[] {
  const entry = core.catalog.find((c) => c.indicator === indicator);
  if (!entry) return [];
  if (entry.file) return [entry.file];
  return (breakdowns ? entry.breakdowns.filter((b) => breakdowns.includes(b)) : entry.breakdowns).map((b) => partitionFile(indicator, b));
}
