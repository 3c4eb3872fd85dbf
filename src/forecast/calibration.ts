// Prediction intervals whose stated level is the level reached. The model's own intervals were
// too narrow (80 % intervals held 60 % of actual values), so the width comes instead from how far
// the model's forecasts actually missed, per horizon, in a rolling-origin backtest across all
// municipalities: the 80 % band is as wide as 80 % of those misses were (split conformal
// prediction). Misses are scaled by each series' own seasonal-naive error, so a large
// municipality and a small one share one table.

/** The mean absolute change from the same month a year before: the scale of MASE. */
export function seasonalNaiveScale(y: readonly number[], period = 12): number {
  let sum = 0;
  let n = 0;
  for (let t = period; t < y.length; t++) {
    sum += Math.abs(y[t]! - y[t - period]!);
    n++;
  }
  return n > 0 ? sum / n : Number.NaN;
}

/** One backtest forecast: how far it missed at a horizon, in units of its series' scale. */
export interface ScaledMiss {
  horizon: number;
  /** (actual − forecast) / scale. */
  miss: number;
}

export interface HorizonBand {
  horizon: number;
  /** Half-widths in units of scale: the share `level` of absolute misses were at most this. */
  halfWidth: Record<number, number>;
  misses: number;
  /** The misses themselves, signed and sorted: the spread a chance of reaching a target is read from. */
  signed: number[];
}

const LEVELS = [0.8, 0.95] as const;

/** The `level` quantile of the values (the smallest value at least that share of them do not exceed). */
export function quantile(values: readonly number[], level: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  // The finite-sample correction of split conformal prediction: rank ⌈(n + 1)·level⌉.
  const rank = Math.min(sorted.length, Math.ceil((sorted.length + 1) * level));
  return sorted[rank - 1]!;
}

/** The band per horizon from backtest misses; a horizon with fewer than `minMisses` has none. */
export function calibrate(misses: readonly ScaledMiss[], horizon: number, minMisses = 30): (HorizonBand | null)[] {
  const byHorizon = Array.from({ length: horizon }, () => [] as number[]);
  for (const m of misses) if (m.horizon >= 1 && m.horizon <= horizon && Number.isFinite(m.miss)) byHorizon[m.horizon - 1]!.push(m.miss);
  return byHorizon.map((signed, i) => {
    if (signed.length < minMisses) return null;
    const abs = signed.map(Math.abs);
    return { horizon: i + 1, misses: signed.length, halfWidth: Object.fromEntries(LEVELS.map((l) => [l, quantile(abs, l)])), signed: signed.sort((a, b) => a - b) };
  });
}

/**
 * The chance that the figure a forecast says `point` for is at most `target` (at least, with
 * `atLeast`): the share of the backtest's misses at that horizon that, added to the point, would
 * have reached the target. Read from the same misses as the bands, so it is calibrated the same
 * way: across many forecasts, a stated 30 % comes true about 30 % of the time.
 */
export function chanceOfTarget(point: number, scale: number, band: Pick<HorizonBand, 'signed'>, target: number, atLeast: boolean): number {
  const n = band.signed.length;
  if (n === 0 || !(scale > 0)) return Number.NaN;
  const needed = (target - point) / scale;
  return band.signed.filter((m) => (atLeast ? m >= needed : m <= needed)).length / n;
}

export interface ForecastPoint {
  period: string;
  value: number;
  lower80: number;
  upper80: number;
  lower95: number;
  upper95: number;
}

/** Point forecasts with their calibrated bands; counts and shares never go below 0. */
export function withBands(points: readonly number[], periods: readonly string[], scale: number, bands: readonly (HorizonBand | null)[], floor = 0): ForecastPoint[] {
  return points.flatMap((value, i) => {
    const band = bands[i];
    if (!band || !Number.isFinite(value)) return [];
    const half = (level: number) => band.halfWidth[level]! * scale;
    const clamp = (v: number) => Math.max(floor, v);
    return [{ period: periods[i]!, value: clamp(value), lower80: clamp(value - half(0.8)), upper80: clamp(value + half(0.8)), lower95: clamp(value - half(0.95)), upper95: clamp(value + half(0.95)) }];
  });
}
