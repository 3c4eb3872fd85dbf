// The trend view's model: which series, in which mode, drawn how, and everything the frame,
// the table and the exports show. A pure function of spec, data and locale.
import { areaColours, areaMarkers, KIND_DASH } from '../../format/palette.ts';
import { tableWithRows, type FrameModel, type LegendEntry, type SourceItem } from '../../model/frame-model.ts';
import { freshnessNotes, indicatorSources, sourceLineFor } from '../../model/source-line.ts';
import type { Indicator, Kind } from '../../data/contract.ts';
import { isCount } from '../../data/indicator-rules.ts';
import { semanticsOf } from '../../data/semantics.ts';
import { effectiveMode, modeOptions, type ModeOption } from '../../model/modes.ts';
import { comparePeriods, nextPeriod, parsePeriod, periodEnd, periodTime } from '../../data/period.ts';
import { chartRows, indexSeries, perThousandSeries, populationLookup, type ChartRow, type Series } from '../../data/series.ts';
import type { ObservationTable } from '../../data/table.ts';
import { areaNamesFor, choicesLine, type Locale } from '../../i18n/locale.ts';
import { breakdownLabel } from '../../model/breakdown.ts';
import type { Mode } from '../../view/view-spec.ts';
import { type BarGroup, type DrawnSeries } from '../../model/series.ts';
import { effectiveBreakdown } from '../../view/view-data.ts';
import type { ViewInput } from '../../model/view-input.ts';
import { POPULATION_INDICATOR } from '../../view/view-data.ts';

/** One chart of the trend view: both indicators share one when their units agree. */
interface TrendPanel {
  key: string;
  /** Shown above the chart when there are two panels. */
  title: string;
  unitLabel: string;
  drawRows: ChartRow[];
  drawn: DrawnSeries[];
  decimals: number;
  /** Decimals always written, so the tooltip reads as the table does ("3,0 %", not "3 %"). */
  minDecimals: number;
  valueSuffix: string;
  referenceY: number | undefined;
  /** A rank among this many: drawn on an inverted axis from 1 (top) to this number. */
  rankOf: number | null;
  /** Forecast bands to shade, by the forecast's series key (rows hold `<key>:lower80` … `<key>:upper95`). */
  bands?: { key: string; colour: string }[];
  /** A target drawn as a short line at its level, from the last figure to its month. */
  goal?: GoalLine;
}

export interface GoalLine {
  from: number;
  to: number;
  value: number;
  label: string;
}

export interface TrendModel extends FrameModel {
  indicator: Indicator | undefined;
  breakdown: string;
  mode: Mode;
  chart: 'lines' | 'bars';
  series: Series[];
  drawn: DrawnSeries[];
  /** Rows for the table and exports. */
  rows: ChartRow[];
  /** Rows for drawing: with a break wherever a series skips a period, so no line joins far-apart points. */
  drawRows: ChartRow[];
  bars: BarGroup[];
  decimals: number;
  valueSuffix: string;
  referenceY: number | undefined;
  /** A value as the table writes it ("3,0 %", "467", "nr. 12"): a model's line added later writes its values the same way. */
  valueText: (value: number | null | undefined) => string;
  /** Every mode the controls offer, and why a mode is not available for this indicator. */
  modes: ModeOption[];
  /** A rank among this many (1 = best), or null for figures that are not ranks. */
  rankOf: number | null;
  /** Whether the breakdown menu changes the chart: not when one period draws every breakdown at once. */
  breakdownChoice: { available: boolean; reason: string };
  /** The figures behind one time on the chart, for the source panel: values as the source gives them. */
  sourcesAt: (time: number) => SourceItem[];
  /** What to draw: one chart, or one per indicator when a second indicator has another unit. */
  panels: TrendPanel[];
}

/** The trend view draws a second indicator (`ind2`) beside the first. */
export interface TrendInput extends ViewInput {
  /** The second indicator's table (`ind2`), drawn beside the first. */
  second?: ObservationTable;
}

/** Series keys of the second indicator end in this, so `hide=` can name them apart from the first's. */
export const SECOND_SUFFIX = ':2';
/** The second indicator's lines are dashed, so the two read apart in the same area colour. */
const SECOND_DASH = '7 4';


function seriesName(name: string, kind: Kind, locale: Locale): string {
  return kind === 'actual' ? name : `${name} (${locale.t.kinds[kind]})`;
}

/** Inserts an empty row after a point whose series skips one or more periods before its next point. */
function withBreaks(rows: ChartRow[], series: Series[]): ChartRow[] {
  const breaks: ChartRow[] = [];
  for (const s of series) {
    for (let i = 1; i < s.points.length; i++) {
      const prev = s.points[i - 1]!;
      const next = nextPeriod(prev.period);
      if (next !== null && next !== s.points[i]!.period) breaks.push({ time: (prev.time + s.points[i]!.time) / 2, period: '', [s.key]: null });
    }
  }
  if (breaks.length === 0) return rows;
  return [...rows, ...breaks].sort((a, b) => a.time - b.time);
}

const LONG_PERIODS = new Set(['year', 'quarter', 'window']);

/**
 * A yearly (quarterly, 12-month) figure among monthly ones covers its whole period: it gets a
 * second point at the start of its last month, so it is drawn as a span over the period instead
 * of a point in its first month that reads as that month's value. Returns the series so spanned.
 */
function withSpans(rows: ChartRow[], series: Series[]): { rows: ChartRow[]; spanned: Series[]; marks: Map<string, { spanEnds: number[]; points: number[] }> } {
  const fine = rows.some((r) => {
    const g = parsePeriod(r.period)?.granularity;
    return g === 'month' || g === 'day';
  });
  const marks = new Map<string, { spanEnds: number[]; points: number[] }>();
  if (!fine) return { rows, spanned: [], marks };
  const byTime = new Map(rows.map((r) => [r.time, { ...r }]));
  const spans: { key: string; from: number; to: number; value: number }[] = [];
  for (const s of series) {
    for (const p of s.points) {
      const period = parsePeriod(p.period);
      if (!period || !LONG_PERIODS.has(period.granularity) || p.value === null) continue;
      const end = new Date(periodEnd(period));
      const to = Date.UTC(end.getUTCFullYear(), end.getUTCMonth() - 1, 1);
      const row = byTime.get(to) ?? { time: to, period: p.period };
      byTime.set(to, { ...row, [s.key]: p.value });
      spans.push({ key: s.key, from: p.time, to, value: p.value });
      const m = marks.get(s.key) ?? { spanEnds: [], points: [] };
      m.spanEnds.push(p.time, to);
      marks.set(s.key, m);
    }
    const m = marks.get(s.key);
    if (m) m.points = s.points.filter((p) => !LONG_PERIODS.has(parsePeriod(p.period)?.granularity ?? '') && p.value !== null).map((p) => p.time);
  }
  if (spans.length === 0) return { rows, spanned: [], marks };
  const all = [...byTime.values()].sort((a, b) => a.time - b.time);
  // A row inside a span without the span's value would cut the line: the figure holds for the whole period.
  for (const span of spans) for (const r of all) if (r.time > span.from && r.time < span.to && (r[span.key] === undefined || r[span.key] === null)) r[span.key] = span.value;
  return { rows: all, spanned: series.filter((s) => marks.has(s.key)), marks };
}

export function trendModel(input: TrendInput): TrendModel {
  const { spec, second } = input;
  if (!second || !spec.indicator2 || spec.indicator2 === spec.indicator) return singleTrendModel(input);
  const own = (k: string) => !k.endsWith(SECOND_SUFFIX);
  const first = singleTrendModel({ ...input, spec: { ...spec, hidden: spec.hidden.filter(own) } });
  const other = singleTrendModel({ ...input, observations: second, spec: { ...spec, indicator: spec.indicator2, hidden: spec.hidden.filter((k) => !own(k)).map((k) => k.slice(0, -SECOND_SUFFIX.length)) } });
  return combineTrendModels(first, other, input);
}

function singleTrendModel({ core, observations, population, spec, locale, today }: TrendInput): TrendModel {
  const { t } = locale;
  const indicator = core.indicators.find((i) => i.indicator === spec.indicator);
  const entry = core.catalog.find((c) => c.indicator === spec.indicator);
  const names = areaNamesFor(core, locale);
  const breakdown = effectiveBreakdown(core, spec.indicator, spec.breakdown);
  // A range written backwards (from after to) is read the right way round, and said so.
  const reversed = spec.from !== null && spec.to !== null && comparePeriods(spec.from, spec.to) > 0;
  const [from, to] = reversed ? [spec.to, spec.from] : [spec.from, spec.to];
  const base = observations.forView({ areas: spec.areas, breakdown, from, to });

  // Per 1.000 is offered for counts wherever the population covers at least part of the period.
  const semantics = semanticsOf(indicator);
  const lookup = population && isCount(indicator) ? populationLookup(population) : null;
  const covered = !!lookup && base.some((s) => s.points.some((p) => lookup(s.area, p.period) !== null));
  const modes = modeOptions(indicator, covered, locale);
  const mode: Mode = effectiveMode(modes, spec.mode);
  const rankOf = semantics.rankOf;

  // An index base outside the periods shown would divide by nothing: the first period is used, and said so.
  const shownPeriods = new Set(base.flatMap((s) => s.points.map((p) => p.period)));
  const indexBase = spec.base !== null && shownPeriods.has(spec.base) ? spec.base : null;
  let all = base;
  if (mode === 'index') all = indexSeries(base, indexBase);
  else if (mode === 'per1000' && lookup) all = perThousandSeries(base, lookup).map((s) => ({ ...s, points: s.points.filter((p) => p.value !== null) })).filter((s) => s.points.length > 0);

  const hidden = new Set(spec.hidden);
  const visible = all.filter((s) => !hidden.has(s.key));
  const allRows = chartRows(all);
  const rows = visible.length === all.length ? allRows : chartRows(visible);
  const colours = areaColours(spec.areas);
  const markers = areaMarkers(spec.areas);
  const drawnOf = (s: Series): DrawnSeries => ({
    key: s.key,
    area: s.area,
    name: names.get(s.area) ?? s.area,
    colour: colours.get(s.area) ?? '#555',
    marker: markers.get(s.area) ?? 'circle',
    kind: s.kind,
    sparse: s.points.length < allRows.length || s.points.some((p, i) => i > 0 && nextPeriod(s.points[i - 1]!.period) !== p.period),
  });
  const spans = withSpans(withBreaks(rows, visible), visible);
  const drawnAll = all.map((s) => ({ ...drawnOf(s), ...(spans.marks.has(s.key) ? { marks: spans.marks.get(s.key) } : {}) }));
  const drawn = drawnAll.filter((d) => !hidden.has(d.key));
  const legend: LegendEntry[] = drawnAll.map((d) => ({ key: d.key, name: seriesName(d.name, d.kind, locale), colour: d.colour, dash: KIND_DASH[d.kind], hidden: hidden.has(d.key), ...(drawnAll.length > 1 && !d.sparse ? { marker: d.marker } : {}) }));
  const sourcesAt = (time: number): SourceItem[] =>
    visible.flatMap((s, i) => {
      const p = s.points.find((x) => x.time === time);
      const d = drawn[i]!;
      return p ? [{ label: seriesName(d.name, d.kind, locale), colour: d.colour, valueText: locale.value(p.raw, p.observation.unit), observation: p.observation }] : [];
    });

  const unitName = indicator ? t.units[indicator.unit] : '';
  const basePeriod = indexBase ?? allRows[0]?.period;
  const unitLabel = rankOf ? t.rankAxis(rankOf) : mode === 'index' ? t.indexUnit(basePeriod ? locale.period(basePeriod) : '') : mode === 'per1000' ? t.per1000Unit(unitName) : unitName;
  const range = locale.periodRange(rows[0]?.period, rows.at(-1)?.period);
  const periods = new Set(visible.flatMap((s) => s.points.map((p) => p.period)));
  const chart: 'lines' | 'bars' = periods.size === 1 ? 'bars' : 'lines';
  // One period of an indicator with several breakdowns draws every breakdown, so the subtitle names them all.
  const breakdowns = entry?.breakdowns ?? [breakdown];
  const breakdownText = chart === 'bars' && breakdowns.length > 1 ? t.allBreakdowns(breakdowns.length) : breakdownLabel(core, spec.indicator, breakdown, locale);
  const subtitle = [rankOf ? t.rankScale(rankOf) : unitLabel, breakdownText, range].filter(Boolean).join(' · ');
  const title = indicator ? locale.indicatorLabel(indicator) : spec.indicator;

  const notes: string[] = [];
  const withData = new Set(all.map((s) => s.area));
  const missing = spec.areas.filter((a) => !withData.has(a));
  if (all.length > 0 && missing.length > 0) notes.push(t.noFiguresFor(missing.map((a) => names.get(a) ?? a)));
  if (mode === 'per1000' && population) {
    const popEnd = population.latestPeriodOf(spec.areas.find((a) => withData.has(a)) ?? '000', 'all');
    const lastTime = Math.max(...base.flatMap((s) => s.points.map((p) => p.time)));
    if (popEnd && lastTime > periodTime(popEnd)) notes.push(t.populationEnds(locale.period(popEnd, true)));
  }
  notes.push(...freshnessNotes(core, [spec.indicator], today, locale));
  if (reversed) notes.push(t.rangeReversed(locale.period(spec.from!), locale.period(spec.to!)));
  if (mode === 'index' && spec.base !== null && indexBase === null && basePeriod) notes.push(t.indexBaseMissing(locale.period(spec.base), locale.period(basePeriod)));
  for (const s of spans.spanned) notes.push(t.spanNote(seriesName(names.get(s.area) ?? s.area, s.kind, locale), [...new Set(s.points.filter((p) => LONG_PERIODS.has(parsePeriod(p.period)?.granularity ?? '')).map((p) => locale.period(p.period, true)))]));

  const sourceIds = visible.flatMap((s) => s.points.map((p) => p.observation.source_id));
  if (mode === 'per1000') sourceIds.push(...indicatorSources(core, POPULATION_INDICATOR));
  const sourceLine = sourceLineFor(core, sourceIds, locale);

  const valueSuffix = mode === 'absolute' && indicator?.unit === 'pct' ? ' %' : '';
  const decimals = mode === 'per1000' ? 2 : mode === 'index' ? 1 : indicator && isCount(indicator) || rankOf ? 0 : 1;
  const bars = chart === 'bars' ? barGroups(observations, breakdowns, visible, [...periods][0]!, hidden, (b) => breakdownLabel(core, spec.indicator, b, locale), locale) : [];

  const minDecimals = mode === 'absolute' && indicator?.unit !== 'pct' ? 0 : decimals;
  const valueText = (v: number | null | undefined) => (v === null || v === undefined ? '–' : rankOf ? t.rankOf(v, rankOf) : `${locale.number(v, decimals, minDecimals)}${valueSuffix}`);
  const table = tableWithRows(t.tableCaption(title), [t.period, ...drawn.map((d) => seriesName(d.name, d.kind, locale))], () =>
    rows.map((r) => ({
      key: String(r.time),
      header: locale.period(r.period),
      cells: drawn.map((d) => {
        const v = r[d.key];
        return typeof v === 'number' ? { text: valueText(v), value: v, select: String(r.time), series: d.key } : { text: '–', value: null, series: d.key };
      }),
    })),
  );

  const latest = drawn
    .filter((d) => d.kind === 'actual')
    .flatMap((d) => {
      const s = visible.find((x) => x.key === d.key)!;
      const last = s.points.findLast((p) => p.value !== null);
      return last ? [`${d.name} ${valueText(last.value)} (${locale.period(last.period, true)})`] : [];
    });
  const textAlternative = latest.length ? `${title}, ${subtitle}. ${t.latestValues}: ${latest.join('; ')}.` : '';

  const c = t.csvColumns;
  const csv = {
    columns: [c.area, c.code, c.indicator, c.breakdown, c.period, c.value, c.sourceValue, c.sourceUnit, c.kind, c.source, c.item],
    rows: visible.flatMap((s) =>
      s.points.map((p) => [names.get(s.area) ?? s.area, s.area, spec.indicator, breakdown, p.period, p.value, p.raw, p.observation.unit, p.observation.kind, p.observation.source_id, p.observation.item]),
    ),
  };

  const empty =
    rows.length > 0
      ? null
      : spec.areas.length === 0
        ? { title: t.emptyTitle, body: t.emptyNoAreas }
        : { title: t.emptyTitle, body: entry ? t.dataExistsFor(entry.areas.map((a) => names.get(a) ?? a), locale.periodRange(entry.firstPeriod, entry.lastPeriod)) : t.emptyBody };

  return {
    indicator,
    breakdown,
    mode,
    chart,
    series: visible,
    drawn,
    rows,
    drawRows: spans.rows,
    bars,
    decimals,
    valueSuffix,
    valueText,
    referenceY: mode === 'index' ? 100 : undefined,
    modes,
    rankOf,
    breakdownChoice: chart === 'bars' && breakdowns.length > 1 ? { available: false, reason: t.allBreakdownsShown } : { available: true, reason: '' },
    sourcesAt,
    panels: [{ key: spec.indicator, title, unitLabel, drawRows: spans.rows, drawn, decimals, minDecimals, valueSuffix, referenceY: mode === 'index' ? 100 : undefined, rankOf }],
    title,
    subtitle,
    choices: choicesLine(locale, { areas: spec.areas.map((a) => names.get(a) ?? a), indicator: title, period: range }),
    unitLabel,
    legend,
    notes,
    table,
    textAlternative,
    sourceLine,
    csv,
    fileTitle: title,
    empty,
  };
}

/** One period only: a bar per area for each breakdown of the indicator (or one group for the total). */
function barGroups(table: ObservationTable, breakdowns: string[], visible: Series[], period: string, hidden: Set<string>, labelOf: (breakdown: string) => string, locale: Locale): BarGroup[] {
  const actual = visible.filter((s) => s.kind === 'actual' && !hidden.has(s.key));
  const multi = breakdowns.length > 1;
  const groups = multi ? breakdowns : [visible[0]?.points[0]?.observation.breakdown ?? 'all'];
  return groups.map((b) => ({
    key: b,
    label: multi ? labelOf(b) : locale.period(period, true),
    values: actual.map((s) => {
      const o = multi ? (table.observationAt(s.area, b, period) ?? null) : (s.points[0]?.observation ?? null);
      const v = multi ? (o?.value ?? null) : (s.points[0]?.value ?? null);
      return { key: s.key, value: v, observation: o };
    }),
  }));
}

/**
 * Two indicators in one view: on one axis when their units agree, as two labelled charts when
 * they do not. The second's series keys end in SECOND_SUFFIX and its lines are dashed; the
 * table, the CSV and the sources hold both.
 */
function combineTrendModels(first: TrendModel, other: TrendModel, { core, locale, spec }: TrendInput): TrendModel {
  const { t } = locale;
  const rename = (key: string) => `${key}${SECOND_SUFFIX}`;
  const labelOf = (m: TrendModel) => m.title;
  const name = (d: DrawnSeries, m: TrendModel) => `${d.name} · ${labelOf(m)}`;
  const firstDrawn = first.drawn.map((d) => ({ ...d, name: name(d, first) }));
  const otherDrawn = other.drawn.map((d) => ({ ...d, key: rename(d.key), name: name(d, other), dash: d.kind === 'actual' ? SECOND_DASH : KIND_DASH[d.kind] }));
  const renameRows = (rows: ChartRow[]) => rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k === 'time' || k === 'period' ? k : rename(k), v])) as ChartRow);
  const mergeRows = (a: ChartRow[], b: ChartRow[]) => {
    const byTime = new Map<number, ChartRow>();
    for (const r of [...a, ...b]) byTime.set(r.time, { ...byTime.get(r.time), ...r, period: r.period || byTime.get(r.time)?.period || '' });
    return [...byTime.values()].sort((x, y) => x.time - y.time);
  };
  const sameAxis = first.unitLabel === other.unitLabel && first.valueSuffix === other.valueSuffix;
  const panels: TrendPanel[] = sameAxis
    ? [{ ...first.panels[0]!, title: '', drawRows: mergeRows(first.panels[0]!.drawRows, renameRows(other.panels[0]!.drawRows)), drawn: [...firstDrawn, ...otherDrawn], decimals: Math.max(first.decimals, other.decimals), minDecimals: Math.min(first.panels[0]!.minDecimals, other.panels[0]!.minDecimals) }]
    : [
        // Each chart is titled with its indicator, so its lines are named by area alone.
        { ...first.panels[0]!, drawn: first.drawn },
        { ...other.panels[0]!, key: rename(other.panels[0]!.key), drawRows: renameRows(other.panels[0]!.drawRows), drawn: otherDrawn.map((d, i) => ({ ...d, name: other.drawn[i]!.name })) },
      ];
  const rows = mergeRows(first.rows, renameRows(other.rows));
  const legend: LegendEntry[] = [
    ...first.legend.map((e, i) => ({ ...e, name: firstDrawn.find((d) => d.key === e.key)?.name ?? first.legend[i]!.name })),
    ...other.legend.map((e) => ({ ...e, key: rename(e.key), name: `${e.name} · ${labelOf(other)}`, dash: e.dash ?? SECOND_DASH })),
  ];
  const tableRows = [...new Set([...first.table.rows, ...other.table.rows].map((r) => r.key))]
    .sort((a, b) => Number(a) - Number(b))
    .map((key) => {
      const a = first.table.rows.find((r) => r.key === key);
      const b = other.table.rows.find((r) => r.key === key);
      const blank = (n: number) => Array.from({ length: n }, () => ({ text: '–', value: null }));
      return {
        key,
        header: (a ?? b)!.header,
        cells: [...(a?.cells ?? blank(first.drawn.length)), ...(b?.cells.map((c) => ({ ...c, series: c.series && rename(c.series) })) ?? blank(other.drawn.length))],
      };
    });
  const title = t.twoIndicators(first.title, other.title);
  const range = locale.periodRange(rows[0]?.period, rows.at(-1)?.period);
  const subtitle = [sameAxis ? first.unitLabel : '', breakdownLabel(core, spec.indicator, first.breakdown, locale), range].filter(Boolean).join(' · ');
  const sourceIds = [...first.series, ...other.series].flatMap((s) => s.points.map((p) => p.observation.source_id));
  if (first.mode === 'per1000') sourceIds.push(...indicatorSources(core, POPULATION_INDICATOR));
  return {
    ...first,
    chart: 'lines',
    series: [...first.series, ...other.series.map((x) => ({ ...x, key: rename(x.key) }))],
    drawn: [...firstDrawn, ...otherDrawn],
    rows,
    drawRows: panels[0]!.drawRows,
    bars: [],
    panels,
    sourcesAt: (time) => [...first.sourcesAt(time), ...other.sourcesAt(time).map((x) => ({ ...x, label: `${x.label} · ${labelOf(other)}` }))],
    title,
    subtitle,
    choices: choicesLine(locale, { areas: spec.areas.map((a) => areaNamesFor(core, locale).get(a) ?? a), indicator: title, period: range }),
    legend,
    notes: [...new Set([...first.notes, ...other.notes])],
    table: { caption: t.tableCaption(title), columns: [t.period, ...firstDrawn.map((d) => seriesName(d.name, d.kind, locale)), ...otherDrawn.map((d) => seriesName(d.name, d.kind, locale))], rows: tableRows },
    textAlternative: [first.textAlternative, other.textAlternative].filter(Boolean).join(' '),
    sourceLine: sourceLineFor(core, sourceIds, locale),
    csv: { columns: first.csv.columns, rows: [...first.csv.rows, ...other.csv.rows] },
    fileTitle: title,
    empty: first.empty && other.empty ? first.empty : null,
  };
}
