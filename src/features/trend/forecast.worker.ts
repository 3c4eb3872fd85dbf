// Forecasts in a worker, so fitting ~600 models for the calibration never holds up the page. The
// WebAssembly model and this code load only when a trend view asks for a forecast.
import init from '@bsull/augurs/mstl';
import { calibrationBands, forecastWithBands } from '../../forecast/backtest.ts';
import { mstlForecaster } from '../../forecast/mstl.ts';
import { chanceOfTarget, seasonalNaiveScale, type ForecastPoint, type HorizonBand } from '../../forecast/calibration.ts';
import { answerJobs } from '../common/worker-client.ts';
import type { ForecastRequest } from './forecast-request.ts';

export interface ForecastJob {
  request: ForecastRequest;
  horizon: number;
}

/** Per area its forecast, and for the area with a target the chance of reaching it (null: the target's month is not forecast). */
export type ForecastResult = { area: string; points: ForecastPoint[]; chance?: number | null }[];

/**
 * Calibration origins every sixth month: about 300 fits for 99 series, still 400–600 misses per
 * horizon, so the band appears within about a second of the chart.
 */
const CALIBRATION_STEP = 6;

const ready = init();
/** Bands by indicator, breakdown and data: calibrating costs hundreds of fits, forecasting an area one. */
const bandsByKey = new Map<string, (HorizonBand | null)[]>();

answerJobs<ForecastJob, ForecastResult>(async ({ request, horizon }) => {
  await ready;
  let bands = bandsByKey.get(request.key);
  if (!bands) bandsByKey.set(request.key, (bands = calibrationBands(request.all, mstlForecaster, horizon, CALIBRATION_STEP)));
  const goal = request.goal;
  return request.targets.map((t) => {
    const points = forecastWithBands(t.series, bands, mstlForecaster, horizon);
    if (!goal || goal.area !== t.area) return { area: t.area, points };
    const at = points.findIndex((p) => p.period === goal.at);
    const band = at >= 0 ? bands[at] : null;
    return { area: t.area, points, chance: band ? chanceOfTarget(points[at]!.value, seasonalNaiveScale(t.series.values), band, goal.value, goal.atLeast) : null };
  });
});
