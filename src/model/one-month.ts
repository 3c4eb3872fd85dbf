// What the compare view and the map share: one period of one indicator across all
// municipalities, in a comparable measure, with ranks that say their direction.
import type { FrameModel, SourceItem } from './frame-model.ts';
import { indicatorSources } from './source-line.ts';
import { compareAt, missingAreas, type Comparison, type MissingArea } from '../data/compare.ts';
import { missingAreasNotes } from './missing.ts';
import { modeOptions, type ModeOption } from './modes.ts';
import type { Indicator, Observation } from '../data/contract.ts';
import type { Rank } from '../data/indicator-rules.ts';
import { isCount } from '../data/indicator-rules.ts';
import { NATIONAL } from '../data/national.ts';
import { carriedForward, populationLookup } from '../data/series.ts';
import { areaNamesFor, type Locale } from '../i18n/locale.ts';
import { effectiveBreakdown } from '../view/view-data.ts';
import { breakdownLabel } from './breakdown.ts';
import type { ViewInput } from './view-input.ts';

export interface Bar {
  code: string;
  name: string;
  /** One of the municipalities the reader chose: drawn in its colour and named, the others grey. */
  chosen: boolean;
  value: number;
  rank: Rank | null;
  colour: string;
  label: string;
  observation: Observation;
}

export interface ReferenceLine {
  key: string;
  label: string;
  value: number;
  colour: string;
}

export interface CompareModel extends FrameModel {
  indicator: Indicator | undefined;
  breakdown: string;
  period: string | null;
  periods: string[];
  /** The period the change is measured from, when the view compares change rather than level. */
  since: string | null;
  comparison: Comparison | null;
  bars: Bar[];
  references: ReferenceLine[];
  ticks: number[];
  valueText: (v: number | null) => string;
  rankText: (r: Rank | null) => string;
  /** The figure behind one bar, for the source panel. */
  sourceOf: (code: string) => SourceItem | null;
  /** The measures the controls offer ("Som i kilden", "Pr. 1.000 indbyggere"), each with why not where it is not. */
  measures: ModeOption[];
  /** Municipalities the comparison leaves out, with their reason. */
  missing: MissingArea[];
}

/** How a value of the measure compared reads: "3,0 %", "12,4" (per 1.000), "1.234". */
function measureText(indicator: Indicator | undefined, per1000: boolean, locale: Locale): (v: number | null) => string {
  return (v) => {
    if (v === null) return '–';
    if (per1000) return locale.number(v, 1, 1);
    if (indicator?.unit === 'pct') return `${locale.number(v, 1, 1)} %`;
    if (indicator?.unit === 'pp') return `${v > 0 ? '+' : v < 0 ? '−' : '±'}${locale.number(Math.abs(v), 2, 2)}`;
    return indicator && isCount(indicator) ? locale.number(v, 0) : locale.number(v, 1);
  };
}

/** The mode a compare or map view starts from for an indicator: counts per 1.000 inhabitants, so sizes compare fairly. */
export function startMode(indicator: Indicator | undefined): 'absolute' | 'per1000' {
  return isCount(indicator) ? 'per1000' : 'absolute';
}

function rankTextFor(locale: Locale): (r: Rank | null) => string {
  return (r) => (r === null ? '–' : locale.t.rankOf(r.rank, r.total, r.tiedTo));
}

/**
 * The change of every area from `from` to `to` as a measure of its own: a count in per cent of its
 * start (a rate, so sizes compare and rank), a share or rate in percentage points. An area without
 * a figure at either end, or a count that starts at 0, has none.
 */
function changeMeasure(indicator: Indicator | undefined, from: ReadonlyMap<string, number | null>, to: ReadonlyMap<string, number | null>): { values: Map<string, number | null>; indicator: Indicator } | null {
  if (!indicator) return null;
  const count = isCount(indicator);
  const values = new Map<string, number | null>();
  for (const [area, b] of to) {
    const a = from.get(area) ?? null;
    values.set(area, a === null || b === null ? null : count ? (a === 0 ? null : (100 * (b - a)) / a) : b - a);
  }
  return { values, indicator: { ...indicator, unit: count ? 'pct' : 'pp', figure: 'difference' } };
}

function signedText(unit: string, locale: Locale): (v: number | null) => string {
  // One decimal always (+23,0 %, not +23 %), so a ranked list of changes lines up; the locale's change() drops trailing zeros.
  return (v) => (v === null ? '–' : `${v > 0 ? '+' : v < 0 ? '−' : '±'}${locale.number(Math.abs(v), 1, 1)}${unit === 'pct' ? ' %' : ''}`);
}

function sinceNoteFor(asked: string | null, used: string | null, locale: Locale): string[] {
  return asked && !used ? [locale.t.sinceIgnored(locale.period(asked, true))] : [];
}

/** What the compare view and the map share: one period of one indicator across all municipalities. */
export function oneMonthComparison({ core, observations, population, spec, locale }: ViewInput) {
  const { t } = locale;
  const indicator = core.indicators.find((i) => i.indicator === spec.indicator);
  const breakdown = effectiveBreakdown(core, spec.indicator, spec.breakdown);
  const periods = observations.periods(breakdown);
  const period = spec.at && periods.includes(spec.at) ? spec.at : observations.latestPeriod(breakdown);
  const codes = core.municipalities.map((m) => m.code).filter((c) => c !== NATIONAL);
  // Change since an earlier period: counts in per cent of where they started (so sizes compare), shares in points.
  const since = spec.view === 'compare' && spec.since && period && periods.includes(spec.since) && spec.since < period ? spec.since : null;
  const change = since && period ? changeMeasure(indicator, observations.valuesAt(breakdown, since), observations.valuesAt(breakdown, period)) : null;
  const comparison = period
    ? change
      ? compareAt(change.values, period, change.indicator, false, population ? carriedForward(populationLookup(population)) : null, codes)
      : compareAt(observations.valuesAt(breakdown, period), period, indicator, spec.mode === 'per1000', population ? carriedForward(populationLookup(population)) : null, codes)
    : null;
  const per1000 = comparison?.measure === 'per1000';
  const populationCovers = !!comparison && [...comparison.population.values()].some((v) => v !== null);
  // A period the data does not have is never shown under its own name: the newest is shown, and said so.
  const atNote = spec.at && period && spec.at !== period ? [locale.t.atMissing(locale.period(spec.at, true), locale.period(period, true))] : [];
  const measures = modeOptions(indicator, populationCovers, locale).filter((o) => o.mode !== 'index');
  const names = areaNamesFor(core, locale);
  const missing = comparison ? missingAreas(comparison, codes) : [];
  const notes = [
    ...atNote,
    ...sinceNoteFor(spec.since, since, locale),
    ...missingAreasNotes(missing, names, period, indicatorSources(core, spec.indicator).every((id) => core.sources.find((s) => s.source_id === id)?.meeting_date === ''), locale),
    ...(comparison && isCount(indicator) && !per1000 && !change ? [populationCovers ? t.countsNotRanked : t.countsNotRankedNoPopulation(period ? locale.period(period, true) : '')] : []),
  ];
  const unitName = indicator ? t.units[indicator.unit] : '';
  const unitLabel = change ? (change.indicator.unit === 'pp' ? t.changeUnitPoints : t.changeUnitPct) : per1000 ? t.per1000Unit(unitName) : unitName;

  return {
    indicator,
    names,
    breakdown,
    measures,
    missing,
    notes,
    periods,
    period,
    codes,
    comparison,
    per1000,
    unitLabel,
    since,
    valueText: change ? signedText(change.indicator.unit, locale) : measureText(indicator, per1000, locale),
    rankText: rankTextFor(locale),
    title: indicator ? locale.indicatorLabel(indicator) : spec.indicator,
    subtitle: [unitLabel, breakdownLabel(core, spec.indicator, breakdown, locale), since && period ? t.changeRange(locale.period(since, true), locale.period(period, true)) : period ? locale.period(period, true) : ''].filter(Boolean).join(' · '),
  };
}
