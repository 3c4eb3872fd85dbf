// Forecasts in a worker, so fitting ~600 models for the calibration never holds up the page. The
// WebAssembly model and this code load only when a trend view asks for a forecast.
import init from '@bsull/augurs/mstl';
import { calibrationBands, forecastWithBands } from '../../forecast/backtest.ts';
import { mstlForecaster } from '../../forecast/mstl.ts';
import type { ForecastPoint, HorizonBand } from '../../forecast/calibration.ts';
import type { ForecastRequest } from './forecast-request.ts';

export interface ForecastJob {
  id: number;
  request: ForecastRequest;
  horizon: number;
}

export type ForecastReply = { id: number; forecasts: { area: string; points: ForecastPoint[] }[] } | { id: number; failed: string };

/**
 * Calibration origins every sixth month: about 300 fits for 99 series, still 400–600 misses per
 * horizon, so the band appears within about a second of the chart.
 */
const CALIBRATION_STEP = 6;

const ready = init();
/** Bands by indicator, breakdown and data: calibrating costs hundreds of fits, forecasting an area one. */
const bandsByKey = new Map<string, (HorizonBand | null)[]>();

self.onmessage = async (event: MessageEvent<ForecastJob>) => {
  const { id, request, horizon } = event.data;
  try {
    await ready;
    let bands = bandsByKey.get(request.key);
    if (!bands) bandsByKey.set(request.key, (bands = calibrationBands(request.all, mstlForecaster, horizon, CALIBRATION_STEP)));
    const forecasts = request.targets.map((t) => ({ area: t.area, points: forecastWithBands(t.series, bands, mstlForecaster, horizon) }));
    self.postMessage({ id, forecasts } satisfies ForecastReply);
  } catch (e) {
    self.postMessage({ id, failed: (e as Error).message } satisfies ForecastReply);
  }
};
