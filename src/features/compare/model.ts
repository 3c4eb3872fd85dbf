// The compare view's model: bars across municipalities at one period, in a comparable measure,
// with ranks that say their direction, and Hele landet and group figures as reference lines.
import type { FrameModel, LegendEntry, SourceItem } from '../../charts/frame-model.ts';
import { areaColours, NATIONAL_COLOUR, UNCHOSEN_COLOUR } from '../../charts/palette.ts';
import { freshnessNotes, indicatorSources, sourceLineFor } from '../../charts/source-line.ts';
import { niceTicks } from '../../charts/ticks.ts';
import type { CoreBundle } from '../../data/bundle.ts';
import { compareAt, groupFigure, missingAreas, type Comparison, type MissingArea } from '../../data/compare.ts';
import { missingAreasNotes } from '../../model/missing.ts';
import { modeOptions, type ModeOption } from '../../model/modes.ts';
import type { Indicator, Observation } from '../../data/contract.ts';
import type { Rank } from '../../data/indicator-rules.ts';
import { isCount } from '../../data/indicator-rules.ts';
import { NATIONAL } from '../../data/national.ts';
import { carriedForward, populationLookup } from '../../data/series.ts';
import type { ObservationTable } from '../../data/table.ts';
import { areaNamesFor, choicesLine, type Locale } from '../../i18n/locale.ts';
import type { ViewSpec } from '../../view/view-spec.ts';
import { effectiveBreakdown, populationNote } from '../trend/model.ts';
import { breakdownLabel } from '../../model/breakdown.ts';
import { POPULATION_INDICATOR } from '../../view/view-data.ts';

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

export interface CompareInput {
  core: Pick<CoreBundle, 'municipalities' | 'groups' | 'indicators' | 'catalog' | 'sources' | 'breakdownLabels'>;
  observations: ObservationTable;
  population: ObservationTable | undefined;
  spec: ViewSpec;
  locale: Locale;
  /** Today (YYYY-MM-DD): series whose publisher should have newer figures by then are marked. */
  today?: string;
}

/** How a value of the measure compared reads: "3,0 %", "12,4" (per 1.000), "1.234". */
export function measureText(indicator: Indicator | undefined, per1000: boolean, locale: Locale): (v: number | null) => string {
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

export function rankTextFor(locale: Locale): (r: Rank | null) => string {
  return (r) => (r === null ? '–' : locale.t.rankOf(r.rank, r.total, r.tiedTo));
}

/** What the compare view and the map share: one period of one indicator across all municipalities. */
export function oneMonthComparison({ core, observations, population, spec, locale }: CompareInput) {
  const { t } = locale;
  const indicator = core.indicators.find((i) => i.indicator === spec.indicator);
  const breakdown = effectiveBreakdown(core, spec.indicator, spec.breakdown);
  const periods = observations.periods(breakdown);
  const period = spec.at && periods.includes(spec.at) ? spec.at : observations.latestPeriod(breakdown);
  const codes = core.municipalities.map((m) => m.code).filter((c) => c !== NATIONAL);
  const comparison = period ? compareAt(observations.valuesAt(breakdown, period), period, indicator, spec.mode === 'per1000', population ? carriedForward(populationLookup(population)) : null, codes) : null;
  const per1000 = comparison?.measure === 'per1000';
  const populationCovers = !!comparison && [...comparison.population.values()].some((v) => v !== null);
  // A period the data does not have is never shown under its own name: the newest is shown, and said so.
  const atNote = spec.at && period && spec.at !== period ? [locale.t.atMissing(locale.period(spec.at, true), locale.period(period, true))] : [];
  const measures = modeOptions(indicator, populationCovers, locale).filter((o) => o.mode !== 'index');
  const names = areaNamesFor(core, locale);
  const missing = comparison ? missingAreas(comparison, codes) : [];
  const notes = [
    ...atNote,
    ...missingAreasNotes(missing, names, period, indicatorSources(core, spec.indicator).every((id) => core.sources.find((s) => s.source_id === id)?.meeting_date === ''), locale),
    ...(comparison && isCount(indicator) && !per1000 ? [populationCovers ? t.countsNotRanked : t.countsNotRankedNoPopulation(period ? locale.period(period, true) : '')] : []),
  ];
  const unitName = indicator ? t.units[indicator.unit] : '';
  const unitLabel = per1000 ? t.per1000Unit(unitName) : unitName;
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
    valueText: measureText(indicator, per1000, locale),
    rankText: rankTextFor(locale),
    title: indicator ? locale.indicatorLabel(indicator) : spec.indicator,
    subtitle: [unitLabel, breakdownLabel(core, spec.indicator, breakdown, locale), period ? locale.period(period, true) : ''].filter(Boolean).join(' · '),
  };
}

export function compareModel(input: CompareInput): CompareModel {
  const { core, observations, population, spec, locale } = input;
  const { t } = locale;
  const { indicator, names, breakdown, periods, period, codes, comparison, per1000, unitLabel, valueText, rankText, title, subtitle, measures, missing, notes: comparisonNotes } = oneMonthComparison(input);
  const entry = core.catalog.find((c) => c.indicator === spec.indicator);
  const groupIds = new Set(core.groups.map((g) => g.group_id));

  const chosen: string[] = [];
  const groupOf = new Map<string, string>();
  for (const a of spec.areas) {
    if (groupIds.has(a)) {
      for (const g of core.groups.filter((m) => m.group_id === a)) {
        if (!chosen.includes(g.member_code)) chosen.push(g.member_code);
        if (!groupOf.has(g.member_code)) groupOf.set(g.member_code, a);
      }
    } else if (a !== NATIONAL && !chosen.includes(a)) chosen.push(a);
  }
  // All 98 are shown with the chosen ones highlighted and named (OWID's way); `only` narrows to the chosen.
  const shown = spec.only && chosen.length > 0 ? chosen : codes;
  const isChosen = new Set(chosen);
  const colours = areaColours(spec.areas);
  const hidden = new Set(spec.hidden);
  const bars: Bar[] = [];
  if (comparison && period) {
    for (const code of shown) {
      if (hidden.has(code)) continue;
      const value = comparison.values.get(code);
      const observation = observations.observationAt(code, breakdown, period);
      if (value === null || value === undefined || !observation) continue;
      const rank = comparison.ranks?.get(code) ?? null;
      const colour = isChosen.has(code) ? (colours.get(code) ?? colours.get(groupOf.get(code) ?? '') ?? UNCHOSEN_COLOUR) : UNCHOSEN_COLOUR;
      bars.push({ code, name: names.get(code) ?? code, chosen: isChosen.has(code), value, rank, colour, observation, label: rank ? `${valueText(value)} (${rankText(rank)})` : valueText(value) });
    }
    bars.sort((a, b) => b.value - a.value || locale.collator.compare(a.name, b.name));
  }

  const references: ReferenceLine[] = [];
  const legend: LegendEntry[] = [];
  if (comparison) {
    const national = comparison.values.get(NATIONAL);
    if (national !== undefined && national !== null && !(isCount(indicator) && !per1000)) {
      const label = `${names.get(NATIONAL)}: ${valueText(national)}`;
      legend.push({ key: NATIONAL, name: label, colour: NATIONAL_COLOUR, dash: '6 3', hidden: hidden.has(NATIONAL) });
      if (!hidden.has(NATIONAL)) references.push({ key: NATIONAL, label, value: national, colour: NATIONAL_COLOUR });
    }
    for (const g of spec.areas.filter((a) => groupIds.has(a))) {
      const figure = groupFigure(g, core.groups, comparison, indicator);
      if (figure.value === null) continue;
      const label = t.groupFigure(names.get(g) ?? g, figure.how, figure.membersWithData, figure.members, valueText(figure.value));
      const colour = colours.get(g) ?? '#7A4FA3';
      legend.push({ key: g, name: label, colour, dash: '6 3', hidden: hidden.has(g) });
      if (!hidden.has(g)) references.push({ key: g, label, value: figure.value, colour });
    }
  }

  const notes: string[] = [];
  if (comparison?.ranks) notes.push(t.rankDirection(comparison.lowerBetter));
  notes.push(...comparisonNotes);
  notes.push(...populationNote(population, period, per1000 || references.some((r) => r.key !== NATIONAL), locale));
  notes.push(...freshnessNotes(core, [spec.indicator], input.today, locale));
  const drawn = [...bars.map((b) => b.value), ...references.map((r) => r.value)];
  // A difference (percentage points) runs both ways from zero.
  const ticks = niceTicks(Math.min(0, ...drawn), Math.max(0, ...drawn));

  const sourceIds = bars.map((b) => b.observation.source_id);
  if (per1000) sourceIds.push(...indicatorSources(core, POPULATION_INDICATOR));
  const sourceLine = sourceLineFor(core, sourceIds, locale);

  const c = t.csvColumns;
  const csv = {
    columns: [c.area, c.code, c.indicator, c.breakdown, c.period, c.value, c.measure, c.sourceValue, c.sourceUnit, c.rank, c.source, c.item],
    rows: [
      ...bars.map((b) => [b.name, b.code, spec.indicator, breakdown, period, b.value, unitLabel, b.observation.value, b.observation.unit, b.rank ? rankText(b.rank) : null, b.observation.source_id, b.observation.item]),
      ...references.map((r) => [r.label, r.key, spec.indicator, breakdown, period, r.value, unitLabel, null, null, null, null, null]),
    ],
  };

  const table = {
    caption: t.tableCaption(title),
    columns: [t.area, unitLabel, t.rank],
    rows: [
      ...bars.map((b) => ({ key: b.code, header: b.name, cells: [{ text: valueText(b.value), value: b.value, select: b.code }, { text: rankText(b.rank) }] })),
      ...references.map((r) => ({ key: `ref-${r.key}`, header: r.label, cells: [{ text: valueText(r.value), value: r.value }, { text: '' }], note: true })),
    ],
  };

  const top = bars[0];
  const bottom = bars.at(-1);
  const textAlternative = top && bottom ? t.compareSummary(title, subtitle, `${top.name} ${valueText(top.value)}`, `${bottom.name} ${valueText(bottom.value)}`, bars.length) : '';
  const empty = bars.length > 0 ? null : { title: t.emptyTitle, body: entry ? `${t.compareEmpty} ${t.dataExistsFor(entry.areas.map((a) => names.get(a) ?? a), locale.periodRange(entry.firstPeriod, entry.lastPeriod))}` : t.compareEmpty };

  const sourceOf = (code: string): SourceItem | null => {
    const b = bars.find((x) => x.code === code);
    return b ? { label: b.name, colour: b.colour, valueText: locale.value(b.observation.value, b.observation.unit), observation: b.observation } : null;
  };

  const choices = choicesLine(locale, { areas: input.spec.areas.map((a) => names.get(a) ?? a), indicator: title, period: period ? locale.period(period, true) : '' });
  return { indicator, breakdown, period, periods, comparison, measures, missing, bars, references, ticks, valueText, rankText, sourceOf, title, subtitle, choices, unitLabel, legend, notes, table, textAlternative, sourceLine, csv, fileTitle: title, empty };
}
