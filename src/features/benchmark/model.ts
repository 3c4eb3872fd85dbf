// The benchmark view's model: every municipality's actual share on public support against the
// share STAR expects from its framework conditions, the benchmark list with its direction, the
// chosen municipalities over the six windows, and those with similar conditions.
import type { FrameModel, LegendEntry, SourceItem } from '../../model/frame-model.ts';
import { areaColours, UNCHOSEN_COLOUR } from '../../format/palette.ts';
import { freshnessNotes, sourceLineFor } from '../../model/source-line.ts';
import { niceTicks } from '../../charts/ticks.ts';
import { BENCHMARK, BENCHMARK_GROUPS, benchmarkFigure, benchmarkFigures, similarConditions, type BenchmarkFigure, type BenchmarkTables } from '../../data/benchmark.ts';
import type { CoreBundle } from '../../data/bundle.ts';
import { NATIONAL } from '../../data/national.ts';
import { areaNamesFor, choicesLine, type Locale } from '../../i18n/locale.ts';
import type { ViewSpec } from '../../view/view-spec.ts';

/** The two sides of the line in the list's bars and the chart's corners; blue and orange read apart in every colour vision. */
export const SIDE_COLOURS = { below: '#0072B2', above: '#D55E00', on: '#6b7785' } as const;

type Side = keyof typeof SIDE_COLOURS;

export interface BenchmarkPoint extends BenchmarkFigure {
  name: string;
  side: Side;
  chosen: boolean;
  /** The area's own colour when chosen, else grey: the line, not the colour, tells the side. */
  colour: string;
  actualText: string;
  expectedText: string;
  differenceText: string;
  rankText: string;
  /** Everything about the point in one sentence: the focus and hover text, and its accessible name. */
  label: string;
}

interface DevelopmentSeries {
  code: string;
  name: string;
  colour: string;
  points: { period: string; difference: number; rank: number | null; text: string; source: string }[];
}

export interface DevelopmentModel extends FrameModel {
  periods: string[];
  periodLabels: string[];
  series: DevelopmentSeries[];
  ticks: number[];
}

export interface SimilarSet {
  code: string;
  name: string;
  expectedText: string;
  periodText: string;
  members: { code: string; name: string; expectedText: string }[];
}

export interface BenchmarkModel extends FrameModel {
  group: string;
  groups: { id: string; label: string }[];
  period: string | null;
  periods: string[];
  /** By expected share, then name: the order the arrow keys follow across the chart. */
  points: BenchmarkPoint[];
  /** By rank on the benchmark list. */
  ranked: BenchmarkPoint[];
  /** One domain for both axes, so the diagonal is the line of "as expected". */
  ticks: number[];
  maxAbsDifference: number;
  development: DevelopmentModel | null;
  similar: SimilarSet | null;
  sourceOf: (code: string) => SourceItem | null;
}

export interface BenchmarkInput {
  core: Pick<CoreBundle, 'municipalities' | 'groups' | 'sources' | 'catalog'>;
  tables: BenchmarkTables;
  spec: ViewSpec;
  locale: Locale;
  /** Today (YYYY-MM-DD): a benchmark whose next window the publisher should have out by then is marked. */
  today?: string;
}

/** The chosen municipalities: benchmark groups stand for their members, Hele landet has no benchmark. */
function chosenMunicipalities(core: Pick<CoreBundle, 'groups'>, areas: readonly string[]): string[] {
  const out: string[] = [];
  for (const a of areas) {
    const members = core.groups.filter((g) => g.group_id === a).map((g) => g.member_code);
    for (const code of members.length > 0 ? members : [a]) if (code !== NATIONAL && /^\d{3}$/.test(code) && !out.includes(code)) out.push(code);
  }
  return out;
}

function groupLabel(group: string, locale: Locale): string {
  return locale.t.benchmark.groups[group] ?? group;
}

function sideOf(difference: number): Side {
  return difference < 0 ? 'below' : difference > 0 ? 'above' : 'on';
}

export function benchmarkModel({ core, tables, spec, locale, today }: BenchmarkInput): BenchmarkModel {
  const { t } = locale;
  const b = t.benchmark;
  const names = areaNamesFor(core, locale);
  const groups = BENCHMARK_GROUPS.filter((g) => tables.share.periods(g).length > 0).map((id) => ({ id, label: groupLabel(id, locale) }));
  const group = groups.some((g) => g.id === spec.breakdown) ? spec.breakdown : (groups[0]?.id ?? 'all');
  const periods = tables.share.periods(group);
  const period = spec.at && periods.includes(spec.at) ? spec.at : (periods.at(-1) ?? null);
  const chosen = chosenMunicipalities(core, spec.areas);
  const colours = areaColours(chosen);
  const codes = core.municipalities.map((m) => m.code);
  // STAR publishes shares with two decimals; all of them show both, so the list's columns line up.
  const pct = (v: number) => `${locale.number(v, 2, 2)} %`;
  const pp = (v: number) => locale.value(v, 'pp');
  const rankText = (r: number | null) => (r === null ? '–' : b.rankOf(r));

  const toPoint = (f: BenchmarkFigure): BenchmarkPoint => {
    const name = names.get(f.code) ?? f.code;
    const side = sideOf(f.difference);
    const isChosen = chosen.includes(f.code);
    const p = { actualText: pct(f.actual), expectedText: pct(f.expected), differenceText: pp(f.difference), rankText: rankText(f.rank) };
    return { ...f, ...p, name, side, chosen: isChosen, colour: isChosen ? colours.get(f.code)! : UNCHOSEN_COLOUR, label: b.point(name, p.actualText, p.expectedText, p.differenceText, p.rankText) };
  };
  const figures = period ? benchmarkFigures(tables, codes, group, period) : [];
  const points = figures.map(toPoint).sort((x, y) => x.expected - y.expected || x.actual - y.actual || locale.collator.compare(x.name, y.name));
  const ranked = [...points].sort((x, y) => (x.rank ?? 99) - (y.rank ?? 99) || x.difference - y.difference || locale.collator.compare(x.name, y.name));
  const values = points.flatMap((p) => [p.actual, p.expected]);
  const ticks = values.length > 0 ? niceTicks(Math.min(...values), Math.max(...values), 6) : [];
  const periodText = period ? locale.period(period, true) : '';
  const label = groupLabel(group, locale);

  const missing = chosen.filter((c) => !points.some((p) => p.code === c)).map((c) => names.get(c) ?? c);
  const notes = [b.below, b.rankDirection, b.scope, b.rankNote];
  if (missing.length > 0) notes.push(`${b.noArea} ${missing.join(', ')} (${periodText}).`);
  if (spec.at && period && spec.at !== period) notes.unshift(locale.t.atMissing(locale.period(spec.at, true), periodText));
  // Only the newest window can be overtaken by the publisher; an older one chosen on purpose is not stale.
  if (period && period === tables.share.latestPeriod(group)) notes.push(...freshnessNotes(core, [BENCHMARK.share], today, locale));

  const legend: LegendEntry[] = points.filter((p) => p.chosen).map((p) => ({ key: p.code, name: p.name, colour: p.colour, hidden: false }));

  const below = points.filter((p) => p.side === 'below').length;
  const above = points.filter((p) => p.side === 'above').length;
  const byDifference = [...points].sort((x, y) => x.difference - y.difference);
  const lowest = byDifference[0];
  const highest = byDifference.at(-1);
  const textAlternative =
    lowest && highest
      ? [b.summary(periodText, label, below, above, `${lowest.name} (${lowest.differenceText})`, `${highest.name} (${highest.differenceText})`), ...points.filter((p) => p.chosen).map((p) => `${p.label}.`)].join(' ')
      : '';

  const c = t.csvColumns;
  const bc = b.csv;
  const csv = {
    columns: [c.area, c.code, c.breakdown, c.period, bc.actualShare, bc.expectedShare, bc.difference, c.rank, bc.actualCount, bc.expectedCount, c.source],
    rows: ranked.map((p) => [p.name, p.code, group, p.period, p.actual, p.expected, p.difference, p.rank, p.actualCount, p.expectedCount, p.observation.source_id]),
  };
  const table = {
    caption: b.rankedCaption(label, periodText),
    columns: [t.area, b.rank, b.actual, b.expected, b.difference],
    rows: ranked.map((p) => ({
      key: p.code,
      header: p.name,
      cells: [
        { text: p.rankText, value: p.rank },
        { text: p.actualText, value: p.actual, select: p.code },
        { text: p.expectedText, value: p.expected },
        { text: p.differenceText, value: p.difference },
      ],
    })),
  };

  const sourceOf = (code: string): SourceItem | null => {
    const p = points.find((x) => x.code === code);
    return p ? { label: p.name, colour: p.colour, valueText: `${b.actual} ${p.actualText}, ${b.expected.toLowerCase()} ${p.expectedText}`, observation: p.observation } : null;
  };

  const own = points.find((p) => p.code === chosen[0]);
  const similar: SimilarSet | null = own
    ? {
        code: own.code,
        name: own.name,
        expectedText: own.expectedText,
        periodText,
        members: similarConditions(figures, own.code).map((code) => {
          const p = points.find((x) => x.code === code)!;
          return { code, name: p.name, expectedText: p.expectedText };
        }),
      }
    : null;

  return {
    title: b.title,
    subtitle: [label, periodText, b.unitLabel].filter(Boolean).join(' · '),
    choices: choicesLine(locale, { areas: chosen.map((c) => names.get(c) ?? c), indicator: label, period: periodText }),
    unitLabel: b.unitLabel,
    legend,
    notes,
    table,
    textAlternative,
    sourceLine: sourceLineFor(core, new Set(points.map((p) => p.observation.source_id)), locale),
    csv,
    fileTitle: `${b.title} ${label} ${periodText}`,
    empty: points.length > 0 ? null : { title: t.emptyTitle, body: t.noData },
    group,
    groups,
    period,
    periods,
    points,
    ranked,
    ticks,
    maxAbsDifference: Math.max(0, ...points.map((p) => Math.abs(p.difference))),
    development: chosen.length > 0 ? developmentModel({ core, tables, spec, locale }, chosen, group, periods) : null,
    similar,
    sourceOf,
  };
}

/** The chosen municipalities' difference and rank in every window. */
function developmentModel({ core, tables, spec, locale }: BenchmarkInput, chosen: string[], group: string, periods: string[]): DevelopmentModel {
  const { t } = locale;
  const b = t.benchmark;
  const names = areaNamesFor(core, locale);
  const colours = areaColours(chosen);
  const hidden = new Set(spec.hidden);
  const all: DevelopmentSeries[] = chosen.map((code) => ({
    code,
    name: names.get(code) ?? code,
    colour: colours.get(code)!,
    points: periods.flatMap((period) => {
      const f = benchmarkFigure(tables, code, group, period);
      return f ? [{ period, difference: f.difference, rank: f.rank, source: f.observation.source_id, text: `${locale.value(f.difference, 'pp')} (${f.rank === null ? '–' : b.rankOf(f.rank)})` }] : [];
    }),
  }));
  const withData = all.filter((s) => s.points.length > 0);
  const series = withData.filter((s) => !hidden.has(s.code));
  const differences = series.flatMap((s) => s.points.map((p) => p.difference));
  const extent = Math.max(0.1, ...differences.map(Math.abs));
  const label = groupLabel(group, locale);
  const c = t.csvColumns;
  const bc = b.csv;
  const signed = (v: number) => `${v > 0 ? '+' : v < 0 ? '−' : '±'}${locale.number(Math.abs(v), 2, 2)}`;
  return {
    title: b.developmentTitle,
    subtitle: b.developmentSubtitle(label),
    choices: '',
    unitLabel: t.units.pp,
    legend: withData.map((s) => ({ key: s.code, name: s.name, colour: s.colour, hidden: hidden.has(s.code) })),
    notes: [b.rankDirection],
    // One row a window and one column an area, as the trend view's table: it stays narrow enough for paper.
    table: {
      caption: b.developmentCaption,
      columns: [t.period, ...series.map((s) => s.name)],
      rows: periods.map((period) => ({
        key: period,
        header: locale.period(period),
        cells: series.map((s) => {
          const p = s.points.find((x) => x.period === period);
          return { text: p ? `${signed(p.difference)} (${p.rank === null ? '–' : b.rankShortOf(p.rank)})` : '–', value: p?.difference ?? null, series: s.code };
        }),
      })),
    },
    textAlternative: series
      .filter((s) => s.points.length > 0)
      .map((s) => b.developmentSummary(s.name, locale.value(s.points[0]!.difference, 'pp'), locale.value(s.points.at(-1)!.difference, 'pp'), locale.period(s.points[0]!.period), locale.period(s.points.at(-1)!.period)))
      .join(' '),
    sourceLine: sourceLineFor(core, new Set(series.flatMap((s) => s.points.map((p) => p.source))), locale),
    csv: {
      columns: [c.area, c.code, c.breakdown, c.period, bc.difference, c.rank],
      rows: series.flatMap((s) => s.points.map((p) => [s.name, s.code, group, p.period, p.difference, p.rank])),
    },
    fileTitle: `${b.developmentTitle} ${label}`,
    empty: series.length > 0 ? null : { title: t.emptyTitle, body: b.developmentEmpty },
    periods,
    periodLabels: periods.map((p) => locale.period(p)),
    series,
    ticks: niceTicks(-extent, extent, 5),
  };
}
