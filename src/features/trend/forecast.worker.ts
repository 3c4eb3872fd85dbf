// Forecasts in a worker, so fitting ~600 models for the calibration never holds up the page. The
// WebAssembly model and this code load only when a trend view asks for a forecast.
import init from '@bsull/augurs/mstl';
import { calibrationBands, forecastWithBands } from '../../forecast/backtest.ts';
import { mstlForecaster } from '../../forecast/mstl.ts';
import type { ForecastPoint, HorizonBand } from '../../forecast/calibration.ts';
import { answerJobs } from '../common/worker-client.ts';
import type { ForecastRequest } from './forecast-request.ts';

export interface ForecastJob {
  request: ForecastRequest;
  horizon: number;
}

export type ForecastResult = { area: string; points: ForecastPoint[] }[];

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
  return request.targets.map((t) => ({ area: t.area, points: forecastWithBands(t.series, bands, mstlForecaster, horizon) }));
});
