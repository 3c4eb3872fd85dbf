// From a publisher's rows to contract observations: shared by both publishers' converters.
import type { Observation, Unit } from '../data/contract.ts';
import { parsePeriod, nextPeriod, comparePeriods } from '../data/period.ts';
import { isTotalValue } from '../import/outcome.ts';
import { UpdateError } from './config.ts';

/** A breakdown as the contract names it: the publisher's total is 'all'. */
export const breakdownOf = (label: string): string => (label.trim() === '' || isTotalValue(label) ? 'all' : label.trim());

export interface SeriesPoint {
  area: string;
  breakdown: string;
  period: string;
  value: number | null;
}

/**
 * Every series written on the table's whole run of months or quarters: a month the publisher left
 * out for one municipality is a missing value, not a hole (check-data requires that).
 */
export function completeSeries(points: readonly SeriesPoint[], indicator: string, unit: Unit, source_id: string): Observation[] {
  const periods = [...new Set(points.map((p) => p.period))].sort(comparePeriods);
  const serial = periods.every((p) => {
    const g = parsePeriod(p)?.granularity;
    return g === 'month' || g === 'quarter';
  });
  const grid = serial && periods.length > 0 ? runOfPeriods(periods[0]!, periods[periods.length - 1]!) : periods;
  const series = new Map<string, Map<string, number | null>>();
  for (const p of points) {
    const key = `${p.area}\u0000${p.breakdown}`;
    let values = series.get(key);
    if (!values) series.set(key, (values = new Map<string, number | null>()));
    if (values.has(p.period)) throw new UpdateError(`${indicator}: område ${p.area}, ${p.breakdown}, ${p.period} står to gange i svaret.`);
    values.set(p.period, p.value);
  }
  const out: Observation[] = [];
  for (const [key, values] of series) {
    const [area, breakdown] = key.split('\u0000') as [string, string];
    for (const period of grid) {
      out.push({ area, indicator, breakdown, period, value: values.get(period) ?? null, unit, kind: 'actual', source_id, item: '', quote: '' });
    }
  }
  return out;
}

function runOfPeriods(first: string, last: string): string[] {
  const out = [first];
  let p: string | null = first;
  while (p !== last && out.length < 10_000) {
    p = nextPeriod(p);
    if (p === null) break;
    out.push(p);
  }
  return out;
}

/** A number as the publishers write it: counts as numbers, shares as "9,08"; "..", "-" and "" are missing. */
export function publisherNumber(v: unknown, where: string): number | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') {
    if (Number.isFinite(v)) return v;
    throw new UpdateError(`${where}: ${String(v)} er ikke et tal.`);
  }
  if (typeof v !== 'string') throw new UpdateError(`${where}: ${JSON.stringify(v)} er ikke et tal.`);
  const t = v.trim();
  if (t === '' || t === '..' || t === '.' || t === '-' || t === '–') return null;
  const normal = t.includes(',') ? t.replace(/\./g, '').replace(',', '.') : t;
  if (!/^-?\d+(\.\d+)?$/.test(normal)) throw new UpdateError(`${where}: "${v}" er ikke et tal.`);
  return Number(normal);
}

/**
 * The new rows, plus the earlier rows for periods the publisher no longer sends (Jobindsats shows
 * only the latest benchmark windows; a table is fetched for its latest months): an update adds and
 * revises, it never drops history. Holes between the kept and the new months are written as
 * missing values.
 */
export function keepEarlierPeriods(earlier: readonly Observation[], fresh: readonly Observation[]): Observation[] {
  const freshPeriods = new Map<string, Set<string>>();
  for (const o of fresh) {
    let set = freshPeriods.get(o.indicator);
    if (!set) freshPeriods.set(o.indicator, (set = new Set<string>()));
    set.add(o.period);
  }
  const kept = earlier.filter((o) => freshPeriods.has(o.indicator) && !freshPeriods.get(o.indicator)!.has(o.period));
  if (kept.length === 0) return [...fresh];
  const rows = [...kept, ...fresh];
  const series = new Map<string, Observation[]>();
  for (const o of rows) {
    const key = `${o.indicator}|${o.area}|${o.breakdown}|${o.kind}|${o.source_id}`;
    const list = series.get(key) ?? [];
    list.push(o);
    series.set(key, list);
  }
  const holes: Observation[] = [];
  for (const list of series.values()) {
    const granularity = parsePeriod(list[0]!.period)?.granularity;
    if (granularity !== 'month' && granularity !== 'quarter') continue;
    const periods = list.map((o) => o.period).sort(comparePeriods);
    const have = new Set(periods);
    for (const p of runOfPeriods(periods[0]!, periods.at(-1)!)) {
      if (!have.has(p)) holes.push({ ...list[0]!, period: p, value: null, item: '', quote: '' });
    }
  }
  return [...rows, ...holes];
}

/** What an answer leaves out that the data had: areas, breakdowns, and periods inside the answer's own range. */
export interface AnswerGap {
  indicator: string;
  source: string;
  areas: string[];
  breakdowns: string[];
  periods: string[];
}

/**
 * An answer with fewer areas or breakdowns in the periods it sends, or a hole among its periods,
 * where the data has figures has most likely been cut, not revised: the update stops on it unless
 * told that the removal is deliberate. Earlier periods a table no longer sends are kept, not counted.
 */
export function answerGaps(earlier: readonly Observation[], fresh: readonly Observation[]): AnswerGap[] {
  const byIndicator = new Map<string, { earlier: Observation[]; fresh: Observation[] }>();
  for (const o of fresh) {
    const entry = byIndicator.get(o.indicator) ?? { earlier: [], fresh: [] };
    entry.fresh.push(o);
    byIndicator.set(o.indicator, entry);
  }
  for (const o of earlier) byIndicator.get(o.indicator)?.earlier.push(o);
  const gaps: AnswerGap[] = [];
  for (const [indicator, { earlier: before, fresh: now }] of byIndicator) {
    const missing = (pick: (o: Observation) => string, among: readonly Observation[]) => {
      const have = new Set(now.map(pick));
      return [...new Set(among.map(pick))].filter((v) => !have.has(v)).sort();
    };
    // Rows the answer would replace are those of the periods it sends; an area or breakdown with rows there but none in the answer is lost.
    const sent = new Set(now.map((o) => o.period));
    const replaced = before.filter((o) => sent.has(o.period));
    const periods = [...sent].sort(comparePeriods);
    const inRange = before.filter((o) => comparePeriods(o.period, periods[0]!) >= 0 && comparePeriods(o.period, periods.at(-1)!) <= 0);
    const gap = { indicator, source: now[0]!.source_id, areas: missing((o) => o.area, replaced), breakdowns: missing((o) => o.breakdown, replaced), periods: missing((o) => o.period, inRange) };
    if (gap.areas.length + gap.breakdowns.length + gap.periods.length > 0) gaps.push(gap);
  }
  return gaps;
}
