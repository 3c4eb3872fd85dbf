// What the trend view asks the forecast worker: the shown areas' monthly series, and every
// area's series of the same indicator and breakdown for calibrating the bands. Pure; loaded with
// the models' code (trend-models.ts), when a model is switched on.
import { NATIONAL } from '../../data/national.ts';
import type { ObservationTable } from '../../data/table.ts';
import { modelSeries, type ModelSeries, type Refusal } from '../../forecast/series.ts';

export interface ForecastRequest {
  /** Identifies the calibration: the same indicator, breakdown and data share one. */
  key: string;
  targets: { area: string; series: ModelSeries }[];
  all: ModelSeries[];
  refused: { area: string; reason: Refusal }[];
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
