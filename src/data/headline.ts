// The figures a headline card shows: the latest value and its change against a year before.
import type { Observation } from './contract.ts';
import { comparePeriods, sameperiodLastYear } from './period.ts';

export interface Headline {
  period: string;
  value: number;
  previousPeriod: string | null;
  previous: number | null;
  change: number | null;
  observation: Observation;
}

export function headline(observations: readonly Observation[], area: string, breakdown = 'all'): Headline | null {
  const series = observations
    .filter((o) => o.area === area && o.breakdown === breakdown && o.kind === 'actual' && o.value !== null)
    .sort((a, b) => comparePeriods(a.period, b.period));
  const latest = series.at(-1);
  if (!latest || latest.value === null) return null;
  const previousPeriod = sameperiodLastYear(latest.period);
  const previous = series.find((o) => o.period === previousPeriod)?.value ?? null;
  return {
    period: latest.period,
    value: latest.value,
    previousPeriod: previous === null ? null : previousPeriod,
    previous,
    change: previous === null ? null : latest.value - previous,
    observation: latest,
  };
}
