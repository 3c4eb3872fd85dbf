// One indicator's observations in a compact, indexed form: typed columns sorted by area,
// breakdown and time, with the offsets of each (area, breakdown) series, so a view reads only
// the series it shows and a filter change never scans the whole indicator.
import { encodeObservations, type ColumnarObservations } from './bundle.ts';
import type { Kind, Observation, Unit } from './contract.ts';
import { comparePeriods, parsePeriod, periodStart } from './period.ts';
import { observationsForView, type Series, type SeriesQuery } from './series.ts';

/** Dictionary codes of one column: one code shared by every row, or one per row. */
export type CodeColumn = number | Uint8Array | Uint16Array | Uint32Array;

/** The code of row `i` in a column. */
export function codeAt(column: CodeColumn, i: number): number {
  return typeof column === 'number' ? column : column[i]!;
}

/**
 * One indicator's rows sorted by area, breakdown and time. Area and breakdown are stored once per
 * series (a run of rows), the other texts as dictionary codes in the narrowest column that holds
 * them: this is both the form the app works on and, written out, the bundle's wire format.
 */
export interface CompactObservations {
  indicator: string;
  dict: string[];
  /** Per series: the area and breakdown codes. */
  seriesArea: Uint32Array;
  seriesBreakdown: Uint32Array;
  /** Series k holds rows seriesStart[k] up to seriesStart[k + 1]; the last entry is the row count. */
  seriesStart: Uint32Array;
  period: CodeColumn;
  /**
   * The values: doubles with NaN for a missing value, or, as the wire format stores whole and
   * few-decimal numbers, integers of value × valueScale with MISSING_INT for a missing value.
   */
  value: Float64Array | Int32Array;
  valueScale: number;
  unit: CodeColumn;
  kind: CodeColumn;
  source: CodeColumn;
  item: CodeColumn;
  quote: CodeColumn;
}

export const MISSING_INT = -0x80000000;

/** The value of row `i`; NaN when it is missing. */
export function valueAt(c: Pick<CompactObservations, 'value' | 'valueScale'>, i: number): number {
  const v = c.value[i]!;
  if (c.value instanceof Float64Array) return v;
  return v === MISSING_INT ? Number.NaN : v / c.valueScale;
}

/** Codes in the narrowest form: one number when every row has the same code. */
function narrowCodes(codes: ArrayLike<number>): CodeColumn {
  const n = codes.length;
  let max = 0;
  let same = true;
  for (let i = 0; i < n; i++) {
    const c = codes[i]!;
    if (c > max) max = c;
    if (same && c !== codes[0]) same = false;
  }
  if (same) return n === 0 ? 0 : codes[0]!;
  const Column = max < 0x100 ? Uint8Array : max < 0x10000 ? Uint16Array : Uint32Array;
  return Column.from(codes);
}

/** Sorts and packs the bundled columns: at build time, and in a Web Worker for imported data. */
export function compactObservations(c: ColumnarObservations): CompactObservations {
  const n = c.value.length;
  // Each distinct period is parsed once; the cache is indexed by dictionary code.
  const time = periodTimes(c.dict);
  const text = (a: number, b: number) => (a === b ? 0 : c.dict[a]! < c.dict[b]! ? -1 : 1);
  const compare = (x: number, y: number) => text(c.area[x]!, c.area[y]!) || text(c.breakdown[x]!, c.breakdown[y]!) || time(c.period[x]!) - time(c.period[y]!);
  let sorted = true;
  for (let i = 1; i < n && sorted; i++) sorted = compare(i - 1, i) <= 0;
  // The build writes files in order; imported data may not be.
  const order = sorted ? null : Int32Array.from({ length: n }, (_, i) => i).sort(compare);
  const column = (codes: number[]) => (order ? Array.from(order, (i) => codes[i]!) : codes);
  const area = column(c.area);
  const breakdown = column(c.breakdown);
  const starts: number[] = [];
  for (let i = 0; i < n; i++) if (i === 0 || area[i] !== area[i - 1] || breakdown[i] !== breakdown[i - 1]) starts.push(i);
  const value = new Float64Array(n);
  for (let i = 0; i < n; i++) value[i] = c.value[order ? order[i]! : i] ?? Number.NaN;
  return {
    indicator: c.indicator,
    dict: c.dict,
    seriesArea: Uint32Array.from(starts, (i) => area[i]!),
    seriesBreakdown: Uint32Array.from(starts, (i) => breakdown[i]!),
    seriesStart: Uint32Array.from([...starts, n]),
    period: narrowCodes(column(c.period)),
    value,
    valueScale: 1,
    unit: narrowCodes(column(c.unit)),
    kind: narrowCodes(column(c.kind)),
    source: narrowCodes(column(c.source_id)),
    item: narrowCodes(column(c.item)),
    quote: narrowCodes(column(c.quote)),
  };
}

/** The start of each dictionary entry read as a period, parsed on first use; +Infinity for other texts. */
function periodTimes(dict: readonly string[]): (code: number) => number {
  const times = new Float64Array(dict.length).fill(Number.NaN);
  return (code) => {
    let t = times[code]!;
    if (Number.isNaN(t)) {
      const parsed = parsePeriod(dict[code] ?? '');
      t = parsed ? periodStart(parsed) : Number.POSITIVE_INFINITY;
      times[code] = t;
    }
    return t;
  };
}

/** The buffers to transfer from a worker, each once. */
export function compactBuffers(c: CompactObservations): ArrayBuffer[] {
  const columns = [c.seriesArea, c.seriesBreakdown, c.seriesStart, c.period, c.value, c.unit, c.kind, c.source, c.item, c.quote];
  return [...new Set(columns.filter((col) => typeof col !== 'number').map((col) => col.buffer as ArrayBuffer))];
}

/** One decoded file: a partition (one breakdown) or a whole indicator (an import, an older version). */
class PartitionTable {
  private readonly runs = new Map<string, number>();
  private readonly codes = new Map<string, number>();
  private readonly cache = new Map<string, Observation[]>();
  private all: Observation[] | null = null;
  private readonly periodCache = new Map<string, string[]>();
  private readonly timeOf: (code: number) => number;

  constructor(private readonly c: CompactObservations) {
    c.dict.forEach((s, i) => this.codes.set(s, i));
    for (let k = 0; k < c.seriesArea.length; k++) this.runs.set(`${c.seriesArea[k]}|${c.seriesBreakdown[k]}`, k);
    this.timeOf = periodTimes(c.dict);
  }

  get size(): number {
    return this.c.value.length;
  }

  private row(k: number, i: number): Observation {
    const c = this.c;
    const v = valueAt(c, i);
    return {
      area: c.dict[c.seriesArea[k]!]!,
      indicator: c.indicator,
      breakdown: c.dict[c.seriesBreakdown[k]!]!,
      period: c.dict[codeAt(c.period, i)]!,
      value: Number.isNaN(v) ? null : v,
      unit: c.dict[codeAt(c.unit, i)] as Unit,
      kind: c.dict[codeAt(c.kind, i)] as Kind,
      source_id: c.dict[codeAt(c.source, i)]!,
      item: c.dict[codeAt(c.item, i)]!,
      quote: c.dict[codeAt(c.quote, i)]!,
    };
  }

  /** Whether the file holds figures of the breakdown. */
  has(breakdown: string): boolean {
    const code = this.codes.get(breakdown);
    return code !== undefined && this.c.seriesBreakdown.includes(code);
  }

  /** The series of one breakdown code, by index. */
  private seriesOf(breakdown: number | undefined): number[] {
    const out: number[] = [];
    for (let k = 0; k < this.c.seriesBreakdown.length; k++) if (this.c.seriesBreakdown[k] === breakdown) out.push(k);
    return out;
  }

  /** The areas with figures for this breakdown. */
  areasOf(breakdown: string): string[] {
    return this.seriesOf(this.codes.get(breakdown)).map((k) => this.c.dict[this.c.seriesArea[k]!]!);
  }

  /** Every observation of one area and breakdown, in time order. */
  series(area: string, breakdown: string): Observation[] {
    const key = `${this.codes.get(area)}|${this.codes.get(breakdown)}`;
    let rows = this.cache.get(key);
    if (!rows) {
      const k = this.runs.get(key);
      rows = [];
      if (k !== undefined) for (let i = this.c.seriesStart[k]!; i < this.c.seriesStart[k + 1]!; i++) rows.push(this.row(k, i));
      this.cache.set(key, rows);
    }
    return rows;
  }

  /** The series a view shows, reading only the chosen areas. */
  forView(q: SeriesQuery): Series[] {
    return observationsForView(
      q.areas.flatMap((a) => this.series(a, q.breakdown)),
      q,
    );
  }

  /** Distinct periods of one breakdown, in time order. */
  periods(breakdown: string): string[] {
    let periods = this.periodCache.get(breakdown);
    if (!periods) {
      const c = this.c;
      const seen = new Set<number>();
      for (const k of this.seriesOf(this.codes.get(breakdown))) for (let i = c.seriesStart[k]!; i < c.seriesStart[k + 1]!; i++) seen.add(codeAt(c.period, i));
      periods = [...seen].map((p) => c.dict[p]!).sort(comparePeriods);
      this.periodCache.set(breakdown, periods);
    }
    return periods;
  }

  /** The newest period with an actual value in the breakdown. */
  latestPeriod(breakdown: string): string | null {
    const c = this.c;
    const actual = this.codes.get('actual');
    let best = -1;
    let bestTime = Number.NEGATIVE_INFINITY;
    for (const k of this.seriesOf(this.codes.get(breakdown))) {
      for (let i = c.seriesStart[k]!; i < c.seriesStart[k + 1]!; i++) {
        if (codeAt(c.kind, i) !== actual || Number.isNaN(valueAt(c, i))) continue;
        const t = this.timeOf(codeAt(c.period, i));
        if (best < 0 || t > bestTime) [best, bestTime] = [i, t];
      }
    }
    return best < 0 ? null : c.dict[codeAt(c.period, best)]!;
  }

  /** The actual observations of every area at one period (one per area). */
  at(breakdown: string, period: string): Observation[] {
    const c = this.c;
    const b = this.codes.get(breakdown);
    const p = this.codes.get(period);
    const actual = this.codes.get('actual');
    const out: Observation[] = [];
    if (b === undefined || p === undefined) return out;
    for (const k of this.seriesOf(b)) {
      for (let i = c.seriesStart[k]!; i < c.seriesStart[k + 1]!; i++) if (codeAt(c.period, i) === p && codeAt(c.kind, i) === actual) out.push(this.row(k, i));
    }
    return out;
  }

  /** Actual values of every area at one period, by area. */
  valuesAt(breakdown: string, period: string): Map<string, number | null> {
    return new Map(this.at(breakdown, period).map((o) => [o.area, o.value]));
  }

  /** One area's actual observation at one period. */
  observationAt(area: string, breakdown: string, period: string): Observation | undefined {
    return this.series(area, breakdown).find((o) => o.period === period && o.kind === 'actual');
  }

  /** The newest period with an actual value for one area. */
  latestPeriodOf(area: string, breakdown: string): string | null {
    return this.series(area, breakdown).findLast((o) => o.kind === 'actual' && o.value !== null)?.period ?? null;
  }

  /** All rows as objects; for small indicators and whole-table views. */
  rows(): Observation[] {
    if (!this.all) {
      this.all = [];
      for (let k = 0; k < this.c.seriesArea.length; k++) for (let i = this.c.seriesStart[k]!; i < this.c.seriesStart[k + 1]!; i++) this.all.push(this.row(k, i));
    }
    return this.all;
  }
}

const NO_ROWS: Observation[] = [];

/**
 * An indicator's observations as the views read them, from one or more files: the partitions a
 * view fetched (one per breakdown), or one file with every breakdown. Every question names its
 * breakdown, so it goes to the file that holds it; a breakdown not fetched has no figures.
 */
export class ObservationTable {
  private readonly byBreakdown = new Map<string, PartitionTable | null>();
  private all: Observation[] | null = null;

  private constructor(private readonly parts: readonly PartitionTable[]) {}

  /** A table of one decoded file. */
  static of(c: CompactObservations): ObservationTable {
    return new ObservationTable([new PartitionTable(c)]);
  }

  static fromRows(indicator: string, rows: readonly Observation[]): ObservationTable {
    return ObservationTable.of(compactObservations(encodeObservations(indicator, rows)));
  }

  /** One table over the files of several: the partitions of one indicator a view fetched. */
  static combine(tables: readonly ObservationTable[]): ObservationTable {
    return tables.length === 1 ? tables[0]! : new ObservationTable(tables.flatMap((t) => t.parts));
  }

  get size(): number {
    return this.parts.reduce((sum, p) => sum + p.size, 0);
  }

  private part(breakdown: string): PartitionTable | null {
    let part = this.byBreakdown.get(breakdown);
    if (part === undefined) this.byBreakdown.set(breakdown, (part = this.parts.find((p) => p.has(breakdown)) ?? null));
    return part;
  }

  areasOf(breakdown: string): string[] {
    return this.part(breakdown)?.areasOf(breakdown) ?? [];
  }

  series(area: string, breakdown: string): Observation[] {
    return this.part(breakdown)?.series(area, breakdown) ?? NO_ROWS;
  }

  forView(q: SeriesQuery): Series[] {
    return this.part(q.breakdown)?.forView(q) ?? observationsForView([], q);
  }

  periods(breakdown: string): string[] {
    return this.part(breakdown)?.periods(breakdown) ?? [];
  }

  latestPeriod(breakdown: string): string | null {
    return this.part(breakdown)?.latestPeriod(breakdown) ?? null;
  }

  at(breakdown: string, period: string): Observation[] {
    return this.part(breakdown)?.at(breakdown, period) ?? [];
  }

  valuesAt(breakdown: string, period: string): Map<string, number | null> {
    return this.part(breakdown)?.valuesAt(breakdown, period) ?? new Map<string, number | null>();
  }

  observationAt(area: string, breakdown: string, period: string): Observation | undefined {
    return this.part(breakdown)?.observationAt(area, breakdown, period);
  }

  latestPeriodOf(area: string, breakdown: string): string | null {
    return this.part(breakdown)?.latestPeriodOf(area, breakdown) ?? null;
  }

  /** All rows of the files fetched, as objects; for small indicators and whole-table views. */
  rows(): Observation[] {
    this.all ??= this.parts.length === 1 ? this.parts[0]!.rows() : this.parts.flatMap((p) => p.rows());
    return this.all;
  }
}
