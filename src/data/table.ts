// One indicator's observations in a compact, indexed form: typed columns sorted by area,
// breakdown and time, with the offsets of each (area, breakdown) series, so a view reads only
// the series it shows and a filter change never scans the whole indicator.
import { encodeObservations, type ColumnarObservations } from './bundle.ts';
import type { Kind, Observation, Unit } from './contract.ts';
import { comparePeriods, parsePeriod, periodStart } from './period.ts';
import { observationsForView, type Series, type SeriesQuery } from './series.ts';

export interface CompactObservations {
  indicator: string;
  dict: string[];
  area: Int32Array;
  breakdown: Int32Array;
  period: Int32Array;
  time: Float64Array;
  /** NaN marks a missing value. */
  value: Float64Array;
  unit: Int32Array;
  kind: Int32Array;
  source: Int32Array;
  item: Int32Array;
  quote: Int32Array;
}

/** Sorts and packs the bundled columns; runs in a Web Worker for large files. */
export function compactObservations(c: ColumnarObservations): CompactObservations {
  const n = c.value.length;
  // Each distinct period is parsed once; the cache is indexed by dictionary code.
  const timeByCode = new Float64Array(c.dict.length).fill(Number.NaN);
  const timeOf = (code: number) => {
    let t = timeByCode[code]!;
    if (Number.isNaN(t)) {
      const parsed = parsePeriod(c.dict[code] ?? '');
      t = parsed ? periodStart(parsed) : Number.POSITIVE_INFINITY;
      timeByCode[code] = t;
    }
    return t;
  };
  const time = new Float64Array(n);
  for (let i = 0; i < n; i++) time[i] = timeOf(c.period[i]!);
  const text = (a: number, b: number) => (a === b ? 0 : c.dict[a]! < c.dict[b]! ? -1 : 1);
  const compare = (x: number, y: number) => text(c.area[x]!, c.area[y]!) || text(c.breakdown[x]!, c.breakdown[y]!) || time[x]! - time[y]!;
  let sorted = true;
  for (let i = 1; i < n && sorted; i++) sorted = compare(i - 1, i) <= 0;
  const values = new Float64Array(n);
  for (let i = 0; i < n; i++) values[i] = c.value[i] ?? Number.NaN;
  const packed: CompactObservations = {
    indicator: c.indicator,
    dict: c.dict,
    area: Int32Array.from(c.area),
    breakdown: Int32Array.from(c.breakdown),
    period: Int32Array.from(c.period),
    time,
    value: values,
    unit: Int32Array.from(c.unit),
    kind: Int32Array.from(c.kind),
    source: Int32Array.from(c.source_id),
    item: Int32Array.from(c.item),
    quote: Int32Array.from(c.quote),
  };
  if (sorted) return packed;
  // The build writes files in order; imported data may not be.
  const order = Int32Array.from({ length: n }, (_, i) => i).sort(compare);
  const permute = <T extends Int32Array | Float64Array>(col: T): T => {
    const out = new (col.constructor as { new (n: number): T })(n);
    for (let i = 0; i < n; i++) out[i] = col[order[i]!]!;
    return out;
  };
  return {
    ...packed,
    area: permute(packed.area),
    breakdown: permute(packed.breakdown),
    period: permute(packed.period),
    time: permute(packed.time),
    value: permute(packed.value),
    unit: permute(packed.unit),
    kind: permute(packed.kind),
    source: permute(packed.source),
    item: permute(packed.item),
    quote: permute(packed.quote),
  };
}

export function compactBuffers(c: CompactObservations): ArrayBuffer[] {
  return [c.area, c.breakdown, c.period, c.time, c.value, c.unit, c.kind, c.source, c.item, c.quote].map((a) => a.buffer as ArrayBuffer);
}

export class ObservationTable {
  private readonly runs = new Map<string, [number, number]>();
  private readonly codes = new Map<string, number>();
  private readonly cache = new Map<string, Observation[]>();
  private all: Observation[] | null = null;
  private readonly periodCache = new Map<string, string[]>();

  constructor(private readonly c: CompactObservations) {
    c.dict.forEach((s, i) => this.codes.set(s, i));
    let start = 0;
    for (let i = 1; i <= c.value.length; i++) {
      if (i === c.value.length || c.area[i] !== c.area[start] || c.breakdown[i] !== c.breakdown[start]) {
        this.runs.set(`${c.area[start]}|${c.breakdown[start]}`, [start, i]);
        start = i;
      }
    }
  }

  static fromRows(indicator: string, rows: readonly Observation[]): ObservationTable {
    return new ObservationTable(compactObservations(encodeObservations(indicator, rows)));
  }

  get size(): number {
    return this.c.value.length;
  }

  private row(i: number): Observation {
    const c = this.c;
    const v = c.value[i]!;
    return {
      area: c.dict[c.area[i]!]!,
      indicator: c.indicator,
      breakdown: c.dict[c.breakdown[i]!]!,
      period: c.dict[c.period[i]!]!,
      value: Number.isNaN(v) ? null : v,
      unit: c.dict[c.unit[i]!] as Unit,
      kind: c.dict[c.kind[i]!] as Kind,
      source_id: c.dict[c.source[i]!]!,
      item: c.dict[c.item[i]!]!,
      quote: c.dict[c.quote[i]!]!,
    };
  }

  /** Every observation of one area and breakdown, in time order. */
  series(area: string, breakdown: string): Observation[] {
    const key = `${this.codes.get(area)}|${this.codes.get(breakdown)}`;
    let rows = this.cache.get(key);
    if (!rows) {
      const run = this.runs.get(key);
      rows = [];
      if (run) for (let i = run[0]; i < run[1]; i++) rows.push(this.row(i));
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
      const b = this.codes.get(breakdown);
      const seen = new Set<number>();
      for (let i = 0; i < this.c.value.length; i++) if (this.c.breakdown[i] === b) seen.add(this.c.period[i]!);
      periods = [...seen].map((p) => this.c.dict[p]!).sort(comparePeriods);
      this.periodCache.set(breakdown, periods);
    }
    return periods;
  }

  /** The newest period with an actual value in the breakdown. */
  latestPeriod(breakdown: string): string | null {
    const b = this.codes.get(breakdown);
    const actual = this.codes.get('actual');
    let best = -1;
    for (let i = 0; i < this.c.value.length; i++) {
      if (this.c.breakdown[i] === b && this.c.kind[i] === actual && !Number.isNaN(this.c.value[i]!) && (best < 0 || this.c.time[i]! > this.c.time[best]!)) best = i;
    }
    return best < 0 ? null : this.c.dict[this.c.period[best]!]!;
  }

  /** The actual observations of every area at one period (one per area). */
  at(breakdown: string, period: string): Observation[] {
    const b = this.codes.get(breakdown);
    const p = this.codes.get(period);
    const actual = this.codes.get('actual');
    const out: Observation[] = [];
    if (b === undefined || p === undefined) return out;
    for (const [start, end] of this.runs.values()) {
      if (this.c.breakdown[start] !== b) continue;
      for (let i = start; i < end; i++) if (this.c.period[i] === p && this.c.kind[i] === actual) out.push(this.row(i));
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
      for (let i = 0; i < this.c.value.length; i++) this.all.push(this.row(i));
    }
    return this.all;
  }
}
