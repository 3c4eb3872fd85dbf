// Whether the trend view offers its models (forecast, seasonal adjustment) at all. Part of the
// first view, unlike the models' code, so the switches show their state before that code loads.
import type { Indicator } from '../../data/contract.ts';
import { semanticsOf } from '../../data/semantics.ts';
import type { Mode } from '../../view/view-spec.ts';

/** Why the view offers no forecast at all, or null when it does. */
export type ForecastUnavailable = 'figure' | 'mode' | 'second' | null;

export function forecastUnavailable(indicator: Indicator | undefined, mode: Mode, second: boolean): ForecastUnavailable {
  const s = semanticsOf(indicator);
  if (s.frequency !== 'month' || !['level', 'share', 'rate'].includes(s.figure)) return 'figure';
  if (second) return 'second';
  return mode === 'absolute' ? null : 'mode';
}
