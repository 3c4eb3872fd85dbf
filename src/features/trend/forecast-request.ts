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
  /** A target for one area: the chance of the figure being at most (or, `atLeast`, at least) `value` in the month `at`. */
  goal?: GoalRequest;
}

export interface GoalRequest {
  area: string;
  value: number;
  at: string;
  atLeast: boolean;
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

/**
 * The areas' series to forecast, and every area's series of the same indicator and breakdown to
 * calibrate on. A target is for the first area; it is to be reached by falling to it, or, when it
 * lies above the area's last figure, by rising to it.
 */
export function forecastRequest(table: ObservationTable, areas: readonly string[], breakdown: string, key: string, goal: { value: number; at: string } | null = null): ForecastRequest {
  const all: ModelSeries[] = [];
  for (const area of new Set([NATIONAL, ...table.areasOf(breakdown)])) {
    const s = seriesOf(table, area, breakdown);
    if (!('refused' in s)) all.push(s);
  }
  const targets = modelTargets(table, areas, breakdown);
  const first = targets.targets.find((t) => t.area === areas[0]);
  const last = first?.series.values.at(-1);
  return { key, ...targets, all, ...(goal && first && last !== undefined ? { goal: { area: first.area, ...goal, atLeast: goal.value > last } } : {}) };
}
