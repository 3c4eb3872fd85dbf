// Periods as the data contract writes them: YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD, and a
// window of quarters, YYYY-Qn/YYYY-Qn (ISO 8601 interval): STAR's benchmark measures twelve
// months ending in a quarter, and that is one period, not the quarter it ends in.

export type Granularity = 'year' | 'quarter' | 'month' | 'day' | 'window';

export interface Period {
  text: string;
  granularity: Granularity;
  year: number;
  /** 1-based month of the period's first day. */
  month: number;
  day: number;
  /** A window's last quarter. */
  last?: Period;
}

const PERIOD_RE = /^(\d{4})(?:-Q([1-4])|-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

const WINDOW_RE = /^(\d{4}-Q[1-4])\/(\d{4}-Q[1-4])$/;

export function parsePeriod(text: string): Period | null {
  let period = parsed.get(text);
  if (period === undefined) {
    period = readPeriod(text);
    // Data holds a few hundred distinct periods, read again on every redraw; other texts are not kept.
    if (parsed.size < 10_000) parsed.set(text, period && Object.freeze(period));
  }
  return period;
}

const parsed = new Map<string, Period | null>();

function readPeriod(text: string): Period | null {
  const w = WINDOW_RE.exec(text);
  if (w) {
    const first = parsePeriod(w[1]!)!;
    const last = parsePeriod(w[2]!)!;
    if (periodStart(last) < periodStart(first)) return null;
    return { text, granularity: 'window', year: first.year, month: first.month, day: 1, last };
  }
  const m = PERIOD_RE.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2]) return { text, granularity: 'quarter', year, month: (Number(m[2]) - 1) * 3 + 1, day: 1 };
  if (m[4]) {
    const month = Number(m[3]);
    const day = Number(m[4]);
    // Reject 2021-02-30 and the like: the date must round-trip through the calendar.
    const d = new Date(Date.UTC(year, month - 1, day));
    if (d.getUTCMonth() !== month - 1) return null;
    return { text, granularity: 'day', year, month, day };
  }
  if (m[3]) return { text, granularity: 'month', year, month: Number(m[3]), day: 1 };
  return { text, granularity: 'year', year, month: 1, day: 1 };
}

/** The window of quarters `first`–`last`, as the contract writes it. */
export function quarterWindow(firstYear: number, firstQuarter: number, lastYear: number, lastQuarter: number): string {
  return `${firstYear}-Q${firstQuarter}/${lastYear}-Q${lastQuarter}`;
}

export function isPeriod(text: string): boolean {
  return parsePeriod(text) !== null;
}

/** Start of the period as UTC milliseconds: one numeric time axis for all granularities. */
export function periodStart(p: Period): number {
  return Date.UTC(p.year, p.month - 1, p.day);
}

/** End of the period (exclusive) as UTC milliseconds. */
export function periodEnd(p: Period): number {
  switch (p.granularity) {
    case 'window':
      return periodEnd(p.last!);
    case 'year':
      return Date.UTC(p.year + 1, 0, 1);
    case 'quarter':
      return Date.UTC(p.year, p.month + 2, 1);
    case 'month':
      return Date.UTC(p.year, p.month, 1);
    case 'day':
      return Date.UTC(p.year, p.month - 1, p.day + 1);
  }
}

export function periodTime(text: string): number {
  const p = parsePeriod(text);
  return p ? periodStart(p) : Number.NaN;
}

/** Sorts period texts in time order; a day sorts after the month it falls in. */
export function comparePeriods(a: string, b: string): number {
  const pa = parsePeriod(a);
  const pb = parsePeriod(b);
  if (!pa || !pb) return a.localeCompare(b);
  return periodStart(pa) - periodStart(pb) || periodEnd(pa) - periodEnd(pb);
}

/** The period one step after `text` at the same granularity (used to check series for holes). */
export function nextPeriod(text: string): string | null {
  const p = parsePeriod(text);
  if (!p) return null;
  const pad = (n: number) => String(n).padStart(2, '0');
  switch (p.granularity) {
    // Windows come at the publisher's own pace (STAR: every half year), so none is "next".
    case 'window':
      return null;
    case 'year':
      return String(p.year + 1);
    case 'quarter': {
      const q = (p.month - 1) / 3 + 1;
      return q === 4 ? `${p.year + 1}-Q1` : `${p.year}-Q${q + 1}`;
    }
    case 'month':
      return p.month === 12 ? `${p.year + 1}-01` : `${p.year}-${pad(p.month + 1)}`;
    case 'day': {
      const d = new Date(Date.UTC(p.year, p.month - 1, p.day + 1));
      return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
    }
  }
}

/** The same period one year earlier, for year-on-year change. */
export function sameperiodLastYear(text: string): string | null {
  const p = parsePeriod(text);
  if (!p) return null;
  if (p.last) return `${p.year - 1}${text.slice(4, 8)}${p.last.year - 1}${text.slice(12)}`;
  return String(p.year - 1) + text.slice(4);
}
