// Which series can be modelled: monthly, without holes, long enough to show a season.
import { nextPeriod } from '../data/period.ts';

/** Three years: the season is then seen three times, as seasonal adjustment and forecasts need. */
export const MIN_MONTHS = 36;

export type Refusal = 'not-monthly' | 'too-short' | 'gaps';

export interface ModelSeries {
  periods: string[];
  values: number[];
}

/**
 * The series' months in order as one unbroken run, or why it cannot be modelled: a figure that
 * is not monthly, fewer than MIN_MONTHS, or a month without a figure (never filled in by guess).
 */
export function modelSeries(points: readonly { period: string; value: number | null }[], minMonths = MIN_MONTHS): ModelSeries | { refused: Refusal } {
  const sorted = [...points].sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
  if (sorted.some((p) => !/^\d{4}-\d{2}$/.test(p.period))) return { refused: 'not-monthly' };
  if (sorted.length < minMonths) return { refused: 'too-short' };
  for (let i = 1; i < sorted.length; i++) if (nextPeriod(sorted[i - 1]!.period) !== sorted[i]!.period) return { refused: 'gaps' };
  if (sorted.some((p) => p.value === null || !Number.isFinite(p.value))) return { refused: 'gaps' };
  return { periods: sorted.map((p) => p.period), values: sorted.map((p) => p.value!) };
}

/** The `horizon` months after `period`. */
export function monthsAfter(period: string, horizon: number): string[] {
  const out: string[] = [];
  let p = period;
  for (let i = 0; i < horizon; i++) out.push((p = nextPeriod(p)!));
  return out;
}
