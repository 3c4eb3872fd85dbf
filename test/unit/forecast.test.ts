// Forecasts: calibrated bands, refusals of series that cannot be modelled, and no look ahead.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { forecastFor } from '../../scripts/forecast.ts';
import { calibrate, chanceOfTarget, quantile, seasonalNaiveScale, withBands } from '../../src/forecast/calibration.ts';
import { backtestForecasts, missesBefore } from '../../src/forecast/backtest.ts';
import { modelSeries } from '../../src/forecast/series.ts';

describe('calibration', () => {
  it('makes the 80 % band as wide as 80 % of the backtest misses were, per horizon, so a new miss falls inside 80 % of the time', () => {
    // Misses spread evenly over −2…2 at horizon 1 and −4…4 at horizon 2.
    const misses = Array.from({ length: 1000 }, (_, i) => [{ horizon: 1, miss: -2 + (4 * i) / 999 }, { horizon: 2, miss: -4 + (8 * i) / 999 }]).flat();
    const [h1, h2] = calibrate(misses, 2);
    expect(h1!.halfWidth[0.8]).toBeCloseTo(1.6, 1);
    expect(h2!.halfWidth[0.8]).toBeCloseTo(3.2, 1);
    expect(h1!.halfWidth[0.95]).toBeCloseTo(1.9, 1);
    const fresh = Array.from({ length: 500 }, (_, i) => -2 + (4 * (i + 0.5)) / 500);
    const inside = fresh.filter((m) => Math.abs(m) <= h1!.halfWidth[0.8]!).length / fresh.length;
    expect(inside).toBeGreaterThanOrEqual(0.79);
    expect(inside).toBeLessThanOrEqual(0.82);
  });

  it('states a chance of reaching a target that comes true as often as it says', () => {
    // Misses with a skew, as a model's often have: the chance must follow them, not a normal curve.
    const draw = (i: number, n: number) => {
      const u = (i + 0.5) / n;
      return u < 0.7 ? -1 + u / 0.7 : ((u - 0.7) / 0.3) * 4;
    };
    const [band] = calibrate(Array.from({ length: 2000 }, (_, i) => ({ horizon: 1, miss: draw(i, 2000) })), 1);
    const fresh = Array.from({ length: 997 }, (_, i) => draw(i, 997));
    const point = 500;
    const scale = 20;
    for (const target of [470, 490, 500, 520, 560]) {
      const stated = chanceOfTarget(point, scale, band!, target, false);
      const reached = fresh.filter((m) => point + m * scale <= target).length / fresh.length;
      expect(Math.abs(stated - reached)).toBeLessThan(0.01);
      // At least the target is the other side of the same misses.
      expect(chanceOfTarget(point, scale, band!, target, true) + stated).toBeGreaterThanOrEqual(1);
    }
    expect(chanceOfTarget(point, scale, band!, 400, false)).toBe(0);
    expect(chanceOfTarget(point, scale, band!, 700, false)).toBe(1);
    expect(chanceOfTarget(point, 0, band!, 500, false)).toBeNaN();
  });

  it('gives no band for a horizon with too few misses, rather than a band on nothing', () => {
    expect(calibrate([{ horizon: 1, miss: 0.5 }], 2, 30)).toEqual([null, null]);
  });

  it('scales the band by the series, and keeps counts at 0 or more', () => {
    const [band] = calibrate(Array.from({ length: 100 }, (_, i) => ({ horizon: 1, miss: i % 2 ? 1 : -1 })), 1);
    expect(withBands([10], ['2025-07'], 30, [band!])).toEqual([{ period: '2025-07', value: 10, lower80: 0, upper80: 40, lower95: 0, upper95: 40 }]);
    expect(quantile([3, 1, 2], 0.5)).toBe(2);
    expect(seasonalNaiveScale([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 2, 4, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])).toBeCloseTo(3 / 12);
  });

  it('uses only misses whose actual month is known at the origin', () => {
    const values = Array.from({ length: 40 }, (_, i) => 100 + i + (i % 12));
    const forecasts = backtestForecasts(values, (train, h) => Array.from({ length: h }, () => train.at(-1)!), 3, 30);
    const misses = missesBefore(values, forecasts, 30);
    expect(forecasts.map((f) => f.origin)).toEqual([24, 25, 26, 27, 28, 29]);
    // From origin 29 only the first month (index 29) is known; from 28, two.
    expect(misses.length).toBe(3 + 3 + 3 + 3 + 2 + 1);
  });
});

describe('series that cannot be modelled say why', () => {
  const months = (n: number, start = 2020) => Array.from({ length: n }, (_, i) => ({ period: `${start + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`, value: 100 + i }));
  it('refuses fewer than 36 months, a missing month, an empty value and a figure that is not monthly', () => {
    expect(modelSeries(months(35))).toEqual({ refused: 'too-short' });
    expect(modelSeries(months(40).filter((_, i) => i !== 20))).toEqual({ refused: 'gaps' });
    expect(modelSeries(months(40).map((p, i) => (i === 7 ? { ...p, value: null } : p)))).toEqual({ refused: 'gaps' });
    expect(modelSeries([...months(39), { period: '2023-Q4', value: 1 }])).toEqual({ refused: 'not-monthly' });
    expect('refused' in modelSeries(months(36))).toBe(false);
  });
});

describe('npm run forecast --as-of', () => {
  const work = mkdtempSync(join(tmpdir(), 'kommunetal-forecast-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('uses no figure after --as-of: changing every later figure gives the same forecast', { timeout: 120_000 }, () => {
    const args = { area: '163', indicator: 'ledige', asOf: '2025-06', horizon: 12 };
    // Twelve areas instead of 99: the bands are calibrated on every area's backtest, and what is
    // tested here is the cut at --as-of, which twelve show as well as 99, at an eighth of the cost.
    const areas = new Set(['163', '151', '101', '147', '153', '155', '157', '159', '161', '165', '167', '169']);
    const copy = (name: string, change: (value: number, period: string) => number) => {
      cpSync('data', join(work, name), { recursive: true });
      const file = join(work, name, 'observations/ledige.csv');
      const [header, ...lines] = readFileSync(file, 'utf8').trimEnd().split('\n');
      const kept = lines.filter((l) => areas.has(l.split(',')[0]!)).map((l) => {
        const cells = l.split(',');
        if (cells[4] !== '') cells[4] = String(change(Number(cells[4]), cells[3]!));
        return cells.join(',');
      });
      writeFileSync(file, [header, ...kept].join('\n') + '\n');
      return join(work, name);
    };
    const original = copy('original', (v) => v);
    const changed = copy('changed', (v, period) => (period > '2025-06' ? v * 3 : v));
    const before = forecastFor(original, args);
    const after = forecastFor(changed, args);
    expect('failed' in before).toBe(false);
    expect(after).toEqual(before);
    const f = before as Exclude<typeof before, { failed: string }>;
    expect(f.asOf).toBe('2025-06');
    expect(f.forecast.map((p) => p.period)).toEqual(['2025-07', '2025-08', '2025-09', '2025-10', '2025-11', '2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06']);
    expect(f.forecast.every((p) => p.lower95 <= p.lower80 && p.lower80 <= p.value && p.value <= p.upper80 && p.upper80 <= p.upper95)).toBe(true);
    // The changed data does give another forecast without --as-of, so the test can fail.
    expect(forecastFor(changed, { ...args, asOf: null })).not.toEqual(forecastFor(original, { ...args, asOf: null }));
  });
});
