// Rolling-origin backtests: a forecast from every month a series could have been forecast from,
// compared with what came. They calibrate the intervals and, in `npm run evaluate`, measure them.
import { calibrate, seasonalNaiveScale, withBands, type ForecastPoint, type HorizonBand, type ScaledMiss } from './calibration.ts';
import { monthsAfter, type ModelSeries } from './series.ts';

/** Point forecasts for the `horizon` months after the values. */
export type Forecaster = (values: readonly number[], horizon: number) => number[];

/** The fewest months a backtest fits on: two seasons, the least MSTL can separate. */
const MIN_TRAIN = 24;

export interface BacktestForecast {
  /** How many months the forecast was made from. */
  origin: number;
  point: number[];
  scale: number;
}

/** Forecasts from origins MIN_TRAIN, MIN_TRAIN + step, … up to (not including) `known` months. */
export function backtestForecasts(values: readonly number[], forecaster: Forecaster, horizon: number, known = values.length, step = 1): BacktestForecast[] {
  const out: BacktestForecast[] = [];
  for (let origin = MIN_TRAIN; origin < known; origin += step) {
    const train = values.slice(0, origin);
    out.push({ origin, point: forecaster(train, horizon), scale: seasonalNaiveScale(train) });
  }
  return out;
}

/** How the backtest forecasts missed, only where the actual month lies before `known`. */
export function missesBefore(values: readonly number[], forecasts: readonly BacktestForecast[], known: number): ScaledMiss[] {
  const out: ScaledMiss[] = [];
  for (const f of forecasts) {
    if (!(f.scale > 0)) continue;
    f.point.forEach((p, i) => {
      const at = f.origin + i;
      if (at < known) out.push({ horizon: i + 1, miss: (values[at]! - p) / f.scale });
    });
  }
  return out;
}

export interface CalibratedForecast {
  forecast: ForecastPoint[];
  /** Backtest misses behind each horizon's band. */
  misses: number[];
}

/**
 * The bands per horizon from how the model missed, from earlier origins, on every series of
 * `all` (the same indicator in all areas), each only up to its own last month.
 */
export function calibrationBands(all: readonly ModelSeries[], forecaster: Forecaster, horizon: number, step = 3): (HorizonBand | null)[] {
  return calibrate(
    all.flatMap((s) => missesBefore(s.values, backtestForecasts(s.values, forecaster, horizon, s.values.length, step), s.values.length)),
    horizon,
  );
}

/** The target's forecast with the bands scaled to its own seasonal-naive error. */
export function forecastWithBands(target: ModelSeries, bands: readonly (HorizonBand | null)[], forecaster: Forecaster, horizon: number): ForecastPoint[] {
  return withBands(forecaster(target.values, horizon), monthsAfter(target.periods.at(-1)!, horizon), seasonalNaiveScale(target.values), bands);
}

/** A forecast of `target` with bands calibrated on `all`, all of them cut where the target is: nothing after its last month is used. */
export function calibratedForecast(target: ModelSeries, all: readonly ModelSeries[], forecaster: Forecaster, horizon: number, step = 3): CalibratedForecast {
  const bands = calibrationBands(all, forecaster, horizon, step);
  return { forecast: forecastWithBands(target, bands, forecaster, horizon), misses: bands.map((b) => b?.misses ?? 0) };
}
