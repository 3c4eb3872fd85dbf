// What the trend view asks the forecast worker: the shown areas' monthly series, and every
// area's series of the same indicator and breakdown for calibrating the bands. Pure.
import type { Indicator } from '../../data/contract.ts';
import { NATIONAL } from '../../data/national.ts';
import { semanticsOf } from '../../data/semantics.ts';
import type { ObservationTable } from '../../data/table.ts';
import { modelSeries, type ModelSeries, type Refusal } from '../../forecast/series.ts';
import type { Mode } from '../../view/view-spec.ts';

export const FORECAST_HORIZON = 12;

export interface ForecastRequest {
  /** Identifies the calibration: the same indicator, breakdown and data share one. */
  key: string;
  targets: { area: string; series: ModelSeries }[];
  all: ModelSeries[];
  refused: { area: string; reason: Refusal }[];
}

/** Why the view offers no forecast at all, or null when it does. */
export type ForecastUnavailable = 'figure' | 'mode' | 'second' | null;

export function forecastUnavailable(indicator: Indicator | undefined, mode: Mode, second: boolean): ForecastUnavailable {
  const s = semanticsOf(indicator);
  if (s.frequency !== 'month' || !['level', 'share', 'rate'].includes(s.figure)) return 'figure';
  if (second) return 'second';
  return mode === 'absolute' ? null : 'mode';
}

const seriesOf = (table: ObservationTable, area: string, breakdown: string) => modelSeries(table.series(area, breakdown).filter((o) => o.kind === 'actual').map((o) => ({ period: o.period, value: o.value })));

/** The areas' actual monthly figures that can be modelled, and the others with the reason. */
export function modelTargets(table: ObservationTable, areas: readonly string[], breakdown: string): Pick<ForecastRequest, 'targets' | 'refused'> {
  const targets: ForecastRequest['targets'] = [];
  const refused: ForecastRequest['refused'] = [];
  for (const area of areas) {
    const s = seriesOf(table, area, breakdown);
    if ('refused' in s) refused.push({ area, reason: s.refused });
    else targets.push({ area, series: s });
  }
  return { targets, refused };
}

/** The areas' series to forecast, and every area's series of the same indicator and breakdown to calibrate on. */
export function forecastRequest(table: ObservationTable, areas: readonly string[], breakdown: string, key: string): ForecastRequest {
  const all: ModelSeries[] = [];
  for (const area of new Set([NATIONAL, ...table.areasOf(breakdown)])) {
    const s = seriesOf(table, area, breakdown);
    if (!('refused' in s)) all.push(s);
  }
  return { key, ...modelTargets(table, areas, breakdown), all };
}
