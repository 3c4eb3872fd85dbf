// Is a series as new as its publisher would have it? Each official source says how many days
// after a period ends its figures usually come out; a series whose next period should have been
// out by today is marked, so nobody takes last spring's figures for this month's.
import type { CoreBundle } from './bundle.ts';
import { parsePeriod, periodEnd, type Granularity } from './period.ts';

const DAY = 86_400_000;

/** How far the next period ends after the last: STAR's benchmark windows move half a year at a time. */
const STEP_MONTHS: Record<Granularity, number> = { day: 0, month: 1, quarter: 3, year: 12, window: 6 };

export interface StaleSeries {
  indicator: string;
  /** The newest period the data has. */
  lastPeriod: string;
  /** The publisher (body) of the source that should have newer figures. */
  publisher: string;
  usualDelayDays: number;
  /** When the figures were fetched (YYYY-MM-DD), or ''. */
  retrieved: string;
}

/**
 * The indicators among `indicators` whose next period was due from an official source before
 * `today` (YYYY-MM-DD). Sources without a usual delay (minutes, own data) are never marked.
 */
export function staleSeries(core: Pick<CoreBundle, 'catalog' | 'sources'>, indicators: readonly string[], today: string): StaleSeries[] {
  const now = Date.parse(`${today}T00:00:00Z`);
  if (Number.isNaN(now)) return [];
  const sources = new Map(core.sources.map((s) => [s.source_id, s]));
  const out: StaleSeries[] = [];
  for (const indicator of new Set(indicators)) {
    const entry = core.catalog.find((c) => c.indicator === indicator);
    const last = entry ? parsePeriod(entry.lastPeriod) : null;
    if (!entry || !last || last.granularity === 'day') continue;
    const end = new Date(periodEnd(last));
    const nextEnd = Date.UTC(end.getUTCFullYear(), end.getUTCMonth() + STEP_MONTHS[last.granularity], 1);
    for (const id of entry.sources) {
      const s = sources.get(id);
      const delay = Number(s?.usual_delay_days ?? '');
      if (!s || s.meeting_date || !(delay > 0)) continue;
      if (now > nextEnd + delay * DAY) {
        out.push({ indicator, lastPeriod: entry.lastPeriod, publisher: s.body, usualDelayDays: delay, retrieved: s.retrieved });
        break;
      }
    }
  }
  return out;
}
