// From observations to what a chart draws: series per area and kind, in the view's mode.
import type { Kind, Observation } from './contract.ts';
import { parsePeriod, periodEnd, periodStart } from './period.ts';

interface SeriesPoint {
  period: string;
  time: number;
  /** The value drawn, after the mode is applied. */
  value: number | null;
  /** The value as the source gives it. */
  raw: number | null;
  observation: Observation;
}

export interface Series {
  key: string;
  area: string;
  kind: Kind;
  points: SeriesPoint[];
}

export interface SeriesQuery {
  areas: string[];
  breakdown: string;
  from: string | null;
  to: string | null;
}

const KIND_ORDER: Kind[] = ['actual', 'target', 'forecast', 'expected'];

function seriesKey(area: string, kind: Kind): string {
  return kind === 'actual' ? area : `${area}:${kind}`;
}

/** In range when the period starts at or after `from` and before the end of `to`. */
export function inPeriodRange(period: string, from: string | null, to: string | null): boolean {
  const p = parsePeriod(period);
  if (!p) return false;
  const start = periodStart(p);
  const f = from ? parsePeriod(from) : null;
  const t = to ? parsePeriod(to) : null;
  if (f && start < periodStart(f)) return false;
  if (t && start >= periodEnd(t)) return false;
  return true;
}

/** The series a view shows: one per area and kind, in the order the areas were chosen. */
export function observationsForView(observations: readonly Observation[], q: SeriesQuery): Series[] {
  const wanted = new Set(q.areas);
  const byKey = new Map<string, Series>();
  for (const o of observations) {
    if (!wanted.has(o.area) || o.breakdown !== q.breakdown) continue;
    if (!inPeriodRange(o.period, q.from, q.to)) continue;
    const key = seriesKey(o.area, o.kind);
    let s = byKey.get(key);
    if (!s) byKey.set(key, (s = { key, area: o.area, kind: o.kind, points: [] }));
    s.points.push({ period: o.period, time: periodStart(parsePeriod(o.period)!), value: o.value, raw: o.value, observation: o });
  }
  const order = new Map(q.areas.map((a, i) => [a, i]));
  const series = [...byKey.values()].sort(
    (a, b) => order.get(a.area)! - order.get(b.area)! || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind),
  );
  for (const s of series) s.points.sort((a, b) => a.time - b.time);
  return series;
}

/** Rebases every series so that its value at `base` (or its first value) is 100. */
export function indexSeries(series: Series[], base: string | null): Series[] {
  return series.map((s) => {
    const basePoint = base ? s.points.find((p) => p.period === base) : s.points.find((p) => p.raw !== null && p.raw !== 0);
    const b = basePoint?.raw;
    return {
      ...s,
      points: s.points.map((p) => ({ ...p, value: b && p.raw !== null ? (p.raw / b) * 100 : null })),
    };
  });
}

/**
 * Population for an area at a period: the same month, or the first month of a quarter or year.
 * With `orEarlier`, the newest month before it where the series has ended (good enough to weigh
 * an average by, never to divide by).
 */
export type PopulationLookup = (area: string, period: string, orEarlier?: boolean) => number | null;

/** Reads the population table one area at a time, as the views ask for them. */
export function populationLookup(population: { series: (area: string, breakdown: string) => readonly Observation[] }): PopulationLookup {
  const byArea = new Map<string, Map<string, number>>();
  return (area, period, orEarlier = false) => {
    let m = byArea.get(area);
    if (!m) {
      m = new Map<string, number>();
      for (const o of population.series(area, 'all')) if (o.value !== null && o.kind === 'actual') m.set(o.period, o.value);
      byArea.set(area, m);
    }
    const p = parsePeriod(period);
    if (!p) return null;
    const month = `${p.year}-${String(p.month).padStart(2, '0')}`;
    const exact = m.get(month);
    if (exact !== undefined || !orEarlier) return exact ?? null;
    let best: string | null = null;
    for (const k of m.keys()) if (k <= month && (best === null || k > best)) best = k;
    return best === null ? null : m.get(best)!;
  };
}

/** A lookup that uses the newest population at or before a period: for comparisons across areas in one month. */
export function carriedForward(lookup: PopulationLookup): PopulationLookup {
  return (area, period) => lookup(area, period, true);
}

export function perThousandSeries(series: Series[], population: PopulationLookup): Series[] {
  return series.map((s) => ({
    ...s,
    points: s.points.map((p) => {
      const pop = population(s.area, p.period);
      return { ...p, value: p.raw !== null && pop ? (p.raw / pop) * 1000 : null };
    }),
  }));
}

/** One row per time for the chart and the table: { time, period, [seriesKey]: value }. */
export interface ChartRow {
  time: number;
  period: string;
  [key: string]: number | string | null;
}

export function chartRows(series: Series[]): ChartRow[] {
  const rows = new Map<number, ChartRow>();
  for (const s of series) {
    for (const p of s.points) {
      let row = rows.get(p.time);
      if (!row) rows.set(p.time, (row = { time: p.time, period: p.period }));
      row[s.key] = p.value;
    }
  }
  return [...rows.values()].sort((a, b) => a.time - b.time);
}

/**
 * Rows to draw when there are more than the chart has pixels for: every k-th row, the first
 * and last, and every row holding a point of a sparse series. Tooltips show the exact values
 * of the rows drawn; tables and exports use all rows.
 */
export function thinForDrawing(rows: ChartRow[], maxPoints: number, keepKeys: readonly string[] = []): ChartRow[] {
  if (rows.length <= maxPoints) return rows;
  const step = Math.ceil(rows.length / maxPoints);
  return rows.filter((r, i) => i % step === 0 || i === rows.length - 1 || keepKeys.some((k) => typeof r[k] === 'number'));
}
