// Round axis ticks (0, 1, 2, 3 or 0, 250, 500) instead of the data's own extremes.
const STEPS = [1, 2, 2.5, 5, 10];

function niceStep(roughStep: number): number {
  if (!(roughStep > 0) || !Number.isFinite(roughStep)) return 1;
  const power = 10 ** Math.floor(Math.log10(roughStep));
  const fraction = roughStep / power;
  return (STEPS.find((s) => fraction <= s) ?? 10) * power;
}

/** Evenly spaced round ticks covering [min, max], about `count` of them. */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [];
  if (min === max) {
    if (min === 0) return [0, 1];
    const pad = Math.abs(min) * 0.1;
    return niceTicks(min - pad, max + pad, count);
  }
  const step = niceStep((max - min) / Math.max(1, count - 1));
  const start = Math.floor(min / step) * step;
  const end = Math.ceil(max / step) * step;
  const ticks: number[] = [];
  for (let v = start; v <= end + step / 2; v += step) ticks.push(Number(v.toPrecision(12)));
  return ticks;
}

const MONTH_STEPS = [1, 2, 3, 4, 6, 12, 24, 36, 60, 120];

function monthIndex(time: number): number {
  const d = new Date(time);
  return d.getUTCFullYear() * 12 + d.getUTCMonth();
}

/**
 * Time-axis ticks counted back from the last point, so the newest month always carries its label
 * (a reader checks the chart reaches the month the report is about); at most `maxTicks`, on whole
 * steps of months so the labels fall on the same months of each year.
 */
export function timeTicks(times: readonly number[], maxTicks: number): number[] {
  const unique = [...new Set(times.filter(Number.isFinite))].sort((a, b) => a - b);
  if (unique.length === 0) return [];
  const months = unique.map(monthIndex);
  const last = months.at(-1)!;
  const limit = Math.max(1, Math.floor(maxTicks));
  for (const step of MONTH_STEPS) {
    const ticks = unique.filter((_, i) => (last - months[i]!) % step === 0);
    if (ticks.length <= limit) return ticks;
  }
  return [unique.at(-1)!];
}

/** How many time labels ("sep. 2025", about 60 px) fit along a plot of this width. */
export function timeTickCount(plotWidth: number): number {
  return Math.max(2, Math.floor(plotWidth / 80));
}
