// Beskæftigelsesoverblik: per theme the month's value, the change against the same month a
// year before, the rank among the 98 with its direction, and two years beside the comparison
// set. Counts are compared per 1.000 inhabitants, so municipalities of any size compare fairly.
import { reportTexts } from '../../i18n/texts/report.ts';
import { textsWith } from '../../i18n/locale.ts';
import type { FrameModel, LegendEntry } from '../../model/frame-model.ts';
import { areaColours, areaMarkers } from '../../format/palette.ts';
import { freshnessNotes, indicatorSources, sourceLineFor } from '../../model/source-line.ts';
import { staleSeries } from '../../data/freshness.ts';
import type { CoreBundle } from '../../data/bundle.ts';
import { compareAt, groupFigure, missingAreas } from '../../data/compare.ts';
import { nameList } from '../../model/missing.ts';
import type { Indicator } from '../../data/contract.ts';
import { isCount, isSmallNumber, type Rank } from '../../data/indicator-rules.ts';
import { NATIONAL } from '../../data/national.ts';
import { comparePeriods, parsePeriod, periodStart, sameperiodLastYear } from '../../data/period.ts';
import { carriedForward, populationLookup, type ChartRow } from '../../data/series.ts';
import type { ObservationTable } from '../../data/table.ts';
import { areaNamesFor, choicesLine, type Locale } from '../../i18n/locale.ts';
import type { ViewSpec } from '../../view/view-spec.ts';
import { BENCHMARK, benchmarkFigure, expectedSharesAt, latestBenchmarkPeriod, similarConditions } from '../../data/benchmark.ts';
import { populationNote } from '../../model/series.ts';
import { POPULATION_INDICATOR, THEMES, type Theme } from '../../view/view-data.ts';
import type { DrawnSeries } from '../../model/series.ts';


/** "Offentlig forsørgelse mod forventet": the newest benchmark window, which runs on its own calendar. */
interface BenchmarkTheme {
  title: string;
  period: string;
  actual: number;
  expected: number;
  difference: number;
  rank: number | null;
  periodText: string;
  actualText: string;
  expectedText: string;
  differenceText: string;
  rankText: string;
  sentence: string;
  note: string;
  sourceLine: string;
  /** The municipalities with the nearest expected share in the same window. */
  similar: string[];
}

/** The comparison sets the minutes name; other municipalities start with Hele landet. */
function defaultPeers(municipality: string): string[] {
  switch (municipality) {
    case '165':
      return [NATIONAL, 'albertslund-lokalomraade', '151', '159'];
    case '163':
      return [NATIONAL, '151', '161', '165'];
    default:
      return [NATIONAL];
  }
}

interface ThemeResult {
  theme: Theme;
  title: string;
  indicator: Indicator;
  period: string;
  value: number | null;
  change: number | null;
  /** Counts: the value per 1.000 inhabitants, the figure that is ranked and charted. */
  per1000: number | null;
  rank: Rank | null;
  lowerBetter: boolean;
  uncertain: boolean;
  valueText: string;
  changeText: string;
  rankText: string;
  sentence: string;
  unitLabel: string;
  rows: ChartRow[];
  series: DrawnSeries[];
  sourceLine: string;
  decimals: number;
  valueSuffix: string;
}

export interface ReportModel extends FrameModel {
  municipality: string;
  period: string | null;
  months: string[];
  peers: string[];
  themes: ThemeResult[];
  benchmark: BenchmarkTheme | null;
}

export interface ReportInput {
  core: Pick<CoreBundle, 'municipalities' | 'groups' | 'indicators' | 'catalog' | 'sources' | 'breakdownLabels'>;
  tables: ReadonlyMap<string, ObservationTable>;
  spec: ViewSpec;
  locale: Locale;
  /** Today (YYYY-MM-DD): series whose publisher should have newer figures by then are marked. */
  today?: string;
}

const monthsBefore = (period: string, months: number): string | null => {
  const p = parsePeriod(period);
  if (!p || p.granularity !== 'month') return null;
  const d = new Date(Date.UTC(p.year, p.month - 1 - months, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
};

/** The municipality the report is about: the first chosen municipality, else København. */
function reportMunicipality(spec: ViewSpec, core: Pick<CoreBundle, 'municipalities'>): string {
  const codes = new Set(core.municipalities.map((m) => m.code));
  return spec.areas.find((a) => a !== NATIONAL && codes.has(a)) ?? '101';
}

/** The newest month every theme has for the municipality, so the report describes one month. */
function reportPeriod(tables: ReadonlyMap<string, ObservationTable>, municipality: string): string | null {
  let common: string | null = null;
  for (const theme of THEMES) {
    const latest = tables.get(theme.indicator)?.latestPeriodOf(municipality, 'all') ?? null;
    if (latest && (common === null || comparePeriods(latest, common) < 0)) common = latest;
  }
  return common;
}

export function reportModel({ core, tables, spec, locale, today }: ReportInput): ReportModel {
  const t = textsWith(locale, reportTexts);
  const names = areaNamesFor(core, locale);
  const municipality = reportMunicipality(spec, core);
  const name = names.get(municipality) ?? municipality;
  const peers = (spec.peers ?? defaultPeers(municipality)).filter((p) => p !== municipality);
  const months = (tables.get(THEMES[0]!.indicator)?.series(municipality, 'all') ?? []).filter((o) => o.value !== null).map((o) => o.period).reverse();
  const period = spec.at && months.includes(spec.at) ? spec.at : reportPeriod(tables, municipality);
  const population = tables.get(POPULATION_INDICATOR);
  const lookup = population ? carriedForward(populationLookup(population)) : null;
  const codes = core.municipalities.map((m) => m.code);
  const groupIds = new Set(core.groups.map((g) => g.group_id));
  const colours = areaColours([municipality, ...peers]);
  const markers = areaMarkers([municipality, ...peers]);
  const hidden = new Set(spec.hidden);

  const themes: ThemeResult[] = [];
  for (const theme of THEMES) {
    const indicator = core.indicators.find((i) => i.indicator === theme.indicator);
    const table = tables.get(theme.indicator);
    if (!indicator || !table || !period) continue;
    const count = isCount(indicator);
    const at = (p: string) => compareAt(table.valuesAt('all', p), p, indicator, count, lookup, codes);
    const now = at(period);
    const value = now.raw.get(municipality) ?? null;
    const lastYear = sameperiodLastYear(period);
    const previous = lastYear ? (table.observationAt(municipality, 'all', lastYear)?.value ?? null) : null;
    const change = value !== null && previous !== null ? value - previous : null;
    const per1000 = now.measure === 'per1000' ? (now.values.get(municipality) ?? null) : null;
    const rank = now.ranks?.get(municipality) ?? null;
    // A rank "af 96" names the municipalities it leaves out, in the sentence beside it.
    const unranked = rank ? missingAreas(now, codes).map((m) => names.get(m.code) ?? m.code) : [];
    const countValue = tables.get(theme.countIndicator)?.observationAt(municipality, 'all', period)?.value;
    const uncertain = isSmallNumber(countValue);
    const unitName = t.units[indicator.unit];
    const unitLabel = now.measure === 'per1000' ? t.per1000Unit(unitName) : unitName;

    // Two years of the municipality and its peers; groups as their weighted average (or sum).
    const from = monthsBefore(period, 23);
    const periods = table.periods('all').filter((p) => (!from || comparePeriods(p, from) >= 0) && comparePeriods(p, period) <= 0);
    const keys = [municipality, ...peers].filter((k) => !hidden.has(k));
    const rows: ChartRow[] = periods.map((p) => {
      const c = at(p);
      const row: ChartRow = { time: periodStart(parsePeriod(p)!), period: p };
      for (const key of keys) row[key] = groupIds.has(key) ? groupFigure(key, core.groups, c, indicator).value : (c.values.get(key) ?? null);
      return row;
    });
    const weighted = lookup !== null;
    const series: DrawnSeries[] = keys.map((key) => ({
      key,
      area: key,
      name: groupIds.has(key) ? `${names.get(key) ?? key} (${weighted ? t.weightedAverage : t.unweightedAverage})` : (names.get(key) ?? key),
      colour: colours.get(key) ?? '#555',
      marker: markers.get(key) ?? 'circle',
      kind: 'actual',
      sparse: false,
    }));

    const pct = indicator.unit === 'pct';
    const valueText = locale.value(value, indicator.unit === 'pct' ? 'pct' : 'count');
    const changeText = change === null ? '–' : locale.change(change, pct ? 1 : 0, pct ? t.percentagePoints : '');
    const rankText = rank ? `${t.rankOf(rank.rank, rank.total, rank.tiedTo)} · ${t.rankDirectionShort(now.lowerBetter)}` : '–';
    const sourceIds = [...indicatorSources(core, theme.indicator), ...(now.measure === 'per1000' ? indicatorSources(core, POPULATION_INDICATOR) : [])];
    const title = t.themes[theme.id].title;
    themes.push({
      theme,
      title,
      indicator,
      period,
      value,
      change,
      per1000,
      rank,
      lowerBetter: now.lowerBetter,
      uncertain,
      valueText,
      changeText,
      rankText,
      sentence: t.reportSentence({
        subject: t.themes[theme.id].subject,
        area: name,
        month: locale.period(period, true),
        value: value === null ? null : pct ? `${locale.number(value, 1, 1)} %` : locale.number(value, 0),
        change: change === null ? null : { size: pct ? `${locale.number(Math.abs(change), 1, 1)} ${t.percentagePoints}` : locale.number(Math.abs(change), 0), sign: Math.sign(change) },
        per1000: per1000 === null ? null : locale.number(per1000, 1, 1),
        rank: rank ? t.rankOf(rank.rank, rank.total, rank.tiedTo) : null,
        unranked: unranked.length ? nameList(unranked.sort(locale.collator.compare), locale) : null,
        lowerBetter: now.lowerBetter,
        uncertain,
      }),
      unitLabel,
      rows,
      series,
      sourceLine: sourceLineFor(core, sourceIds, locale),
      decimals: now.measure === 'per1000' ? 1 : pct ? 1 : 0,
      valueSuffix: pct ? ' %' : '',
    });
  }

  const benchmark = benchmarkTheme({ core, tables, spec, locale, today }, municipality, name, period);
  const title = t.reportTitle(name);
  const subtitle = period ? locale.period(period, true) : '';
  const legend: LegendEntry[] = [municipality, ...peers].map((key) => ({ key, name: names.get(key) ?? key, colour: colours.get(key) ?? '#555', hidden: hidden.has(key), marker: markers.get(key) ?? 'circle' }));
  const c = t.csvColumns;
  return {
    municipality,
    period,
    months,
    peers,
    themes,
    benchmark,
    title,
    subtitle,
    choices: choicesLine(locale, { areas: [name], period: subtitle, extra: peers.length ? t.comparedWith(peers.length) : '' }),
    unitLabel: '',
    legend,
    notes: [
      ...populationNote(population, period, themes.some((r) => r.per1000 !== null) || core.groups.some((g) => peers.includes(g.group_id)), locale),
      ...freshnessNotes(core, themes.map((r) => r.indicator.indicator), today, locale),
    ],
    table: {
      caption: t.tableCaption(title),
      columns: [t.reportTheme, t.value, t.changeYear, t.per1000Short, t.rank],
      rows: [
        ...themes.map((r) => ({
          key: r.theme.id,
          header: r.title,
          cells: [{ text: r.valueText, value: r.value }, { text: r.changeText, value: r.change }, { text: r.per1000 === null ? '–' : locale.number(r.per1000, 1, 1), value: r.per1000 }, { text: r.rankText }],
        })),
        ...(benchmark
          ? [{ key: 'benchmark', header: `${benchmark.title} (${benchmark.periodText})`, cells: [{ text: t.benchmark.valueAgainst(benchmark.actualText, benchmark.expectedText), value: benchmark.actual }, { text: '–' }, { text: '–' }, { text: benchmark.rankText }] }]
          : []),
      ],
    },
    textAlternative: [...themes.map((r) => r.sentence), ...(benchmark ? [benchmark.sentence] : [])].join(' '),
    sourceLine: sourceLineFor(core, [...themes.flatMap((r) => [...indicatorSources(core, r.indicator.indicator), ...(r.per1000 !== null ? indicatorSources(core, POPULATION_INDICATOR) : [])]), ...(benchmark ? indicatorSources(core, BENCHMARK.share) : [])], locale),
    csv: {
      columns: [c.theme, c.indicator, c.area, c.code, c.period, c.value, c.change, c.per1000, c.rank],
      rows: [
        ...themes.map((r) => [r.title, r.indicator.indicator, name, municipality, r.period, r.value, r.change, r.per1000, r.rank ? t.rankOf(r.rank.rank, r.rank.total, r.rank.tiedTo) : null]),
        ...(benchmark ? [[benchmark.title, BENCHMARK.share, name, municipality, benchmark.period, benchmark.actual, null, null, benchmark.rankText]] : []),
      ],
    },
    fileTitle: title,
    empty: themes.length > 0 ? null : { title: t.emptyTitle, body: t.noData },
  };
}

function benchmarkTheme({ core, tables, locale, today }: ReportInput, municipality: string, name: string, reportPeriod: string | null): BenchmarkTheme | null {
  const share = tables.get(BENCHMARK.share);
  const difference = tables.get(BENCHMARK.difference);
  const rank = tables.get(BENCHMARK.rank);
  if (!share || !difference || !rank) return null;
  const benchmarkTables = { share, difference, rank };
  const period = latestBenchmarkPeriod(benchmarkTables, municipality);
  const figure = period ? benchmarkFigure(benchmarkTables, municipality, 'all', period) : null;
  if (!period || !figure) return null;
  const b = locale.t.benchmark;
  const pct = (v: number) => `${locale.number(v, 2, 2)} %`;
  const periodText = locale.period(period, true);
  const rankText = figure.rank === null ? '–' : b.rankOf(figure.rank);
  // In a report headed by a later month an older window says so, and says when the publisher likely has a newer one.
  const benchmarkNote = () => {
    const stale = today ? staleSeries(core, [BENCHMARK.share], today)[0] : undefined;
    if (!reportPeriod || comparePeriods(period, reportPeriod) >= 0) return b.reportOlder;
    return b.reportOlderThan(periodText, locale.period(reportPeriod, true), stale?.publisher ?? null);
  };
  const sentence =
    figure.difference === 0
      ? b.reportAsExpected(name, periodText, pct(figure.actual), rankText)
      : b.reportSentence(name, periodText, pct(figure.actual), pct(figure.expected), `${locale.number(Math.abs(figure.difference), 2, 2)} ${locale.t.units.pp}`, figure.difference < 0, rankText);
  return {
    title: b.reportTitle,
    period,
    actual: figure.actual,
    expected: figure.expected,
    difference: figure.difference,
    rank: figure.rank,
    periodText,
    actualText: pct(figure.actual),
    expectedText: pct(figure.expected),
    differenceText: locale.value(figure.difference, 'pp'),
    rankText,
    sentence,
    note: benchmarkNote(),
    sourceLine: sourceLineFor(core, [figure.observation.source_id], locale),
    similar: similarConditions(expectedSharesAt(share, core.municipalities.map((m) => m.code), 'all', period), municipality),
  };
}
