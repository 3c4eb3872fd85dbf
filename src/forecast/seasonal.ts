// Seasonal adjustment: the yearly season estimated by augurs' Prophet (a smooth yearly pattern of
// Fourier terms, fitted by Prophet's Stan model compiled to WebAssembly) and taken out of the
// figures, so a committee can tell a winter rise from a real change. The page runs it in a worker
// loaded only when asked for; Node runs the same for `npm run evaluate`.
import { initSync, Prophet } from '@bsull/augurs/prophet';
import type { optimizer as wasmstanOptimizer } from '@bsull/augurs-prophet-wasmstan';
import type { ModelSeries } from './series.ts';

/** The season of each month of a series, in the series' own units. */
export type SeasonFitter = (series: ModelSeries) => number[];

export interface SeasonalAdjustment {
  periods: string[];
  /** The figures with the season taken out. */
  adjusted: number[];
  /** The season itself: what each month adds to or takes from the level. */
  season: number[];
}

/** Starts Prophet's WebAssembly module from its bytes (Node, and a worker that has fetched them). */
export function initProphet(wasm: BufferSource): void {
  initSync({ module: wasm });
}

/** Seconds since 1970 for the first day of a month "2024-03", the time Prophet reads. */
const monthStart = (period: string) => Date.UTC(Number(period.slice(0, 4)), Number(period.slice(5, 7)) - 1, 1) / 1000;

/**
 * Prophet with only a yearly season of Fourier order 6 (as many waves as twelve months can show;
 * order 4 left two thirds of the calendar pattern in, a higher order cannot be told apart on monthly
 * figures), an additive season, and no uncertainty sampling (the adjusted line is a point estimate).
 */
export function prophetSeasonFitter(optimizer: typeof wasmstanOptimizer): SeasonFitter {
  return (series) => {
    const prophet = new Prophet({
      optimizer,
      yearlySeasonality: { type: 'fourier', order: 6 },
      weeklySeasonality: { type: 'manual', enabled: false },
      dailySeasonality: { type: 'manual', enabled: false },
      uncertaintySamples: 0,
    });
    try {
      prophet.fit({ ds: series.periods.map(monthStart), y: series.values });
      const yearly = prophet.predict().seasonalities.get('yearly');
      if (!yearly || yearly.point.length !== series.values.length) throw new Error('Prophet gav ingen årssæson');
      return yearly.point;
    } finally {
      prophet.free();
    }
  };
}

/** The series with its season taken out; a share stays within 0–100. */
export function seasonallyAdjust(series: ModelSeries, fitSeason: SeasonFitter, share = false): SeasonalAdjustment {
  const season = fitSeason(series);
  const adjusted = series.values.map((v, i) => {
    const a = v - season[i]!;
    return share ? Math.min(100, Math.max(0, a)) : a;
  });
  return { periods: series.periods, adjusted, season };
}

/**
 * How much of the month-to-month movement is calendar pattern: the spread (standard deviation)
 * of the twelve calendar months' average change, relative to the average size of a change. Near 0
 * when every month moves alike; the adjusted series should score far lower than the figures.
 */
export function calendarPattern(periods: readonly string[], values: readonly number[]): number {
  const byMonth: number[][] = Array.from({ length: 12 }, () => []);
  let size = 0;
  for (let i = 1; i < values.length; i++) {
    const change = values[i]! - values[i - 1]!;
    byMonth[Number(periods[i]!.slice(5, 7)) - 1]!.push(change);
    size += Math.abs(change);
  }
  const means = byMonth.filter((m) => m.length > 0).map((m) => m.reduce((a, b) => a + b, 0) / m.length);
  const mean = means.reduce((a, b) => a + b, 0) / means.length;
  const spread = Math.sqrt(means.reduce((a, b) => a + (b - mean) ** 2, 0) / means.length);
  const average = size / Math.max(1, values.length - 1);
  return average > 0 ? spread / average : 0;
}
