// Seasonal adjustment with augurs' Prophet, run in Node on the same WebAssembly as the page's worker.
import { readFileSync } from 'node:fs';
import { optimizer } from '@bsull/augurs-prophet-wasmstan';
import { beforeAll, describe, expect, it } from 'vitest';
import { calendarPattern, initProphet, prophetSeasonFitter, seasonallyAdjust } from '../../src/forecast/seasonal.ts';

/** A made-up series for the test: a slow rise, a known winter-high season and a little irregular movement. */
const SEASON = [40, 35, 20, 5, -10, -25, -30, -20, -5, 0, 10, 20];
function madeUp(months: number) {
  const periods: string[] = [];
  const values: number[] = [];
  for (let i = 0; i < months; i++) {
    periods.push(`${2020 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
    values.push(1000 + 2 * i + SEASON[i % 12]! + ((i * 7919) % 11) - 5);
  }
  return { periods, values };
}

describe('seasonal adjustment', () => {
  beforeAll(() => initProphet(readFileSync(new URL('prophet_bg.wasm', import.meta.resolve('@bsull/augurs/prophet')))));

  it('finds the yearly season and takes it out, leaving the rise and the irregular movement', () => {
    const series = madeUp(60);
    const a = seasonallyAdjust(series, prophetSeasonFitter(optimizer));
    const centred = SEASON.map((s) => s - SEASON.reduce((x, y) => x + y, 0) / 12);
    // The season it found is the one put in, month by month, within a few persons.
    const found = a.season.slice(0, 12);
    const shift = found.reduce((x, y) => x + y, 0) / 12;
    found.forEach((s, m) => expect(Math.abs(s - shift - centred[m]!)).toBeLessThan(6));
    expect(calendarPattern(series.periods, series.values)).toBeGreaterThan(1);
    expect(calendarPattern(a.periods, a.adjusted)).toBeLessThan(0.25);
    // What is left rises by about 2 a month, as the series was made.
    expect((a.adjusted.at(-1)! - a.adjusted[0]!) / 59).toBeCloseTo(2, 0);
  });

  it('keeps a share within 0–100 after the season is taken out', () => {
    const series = { periods: madeUp(36).periods, values: madeUp(36).periods.map((_, i) => (i % 12 < 3 ? 2 : 0.1)) };
    const a = seasonallyAdjust(series, () => series.values.map((_, i) => (i % 12 < 3 ? -5 : 5)), true);
    expect(Math.min(...a.adjusted)).toBe(0);
    expect(Math.max(...a.adjusted)).toBeLessThanOrEqual(100);
  });
});
