import { describe, expect, it } from 'vitest';
import { comparePeriods, nextPeriod, parsePeriod, periodEnd, periodStart, sameperiodLastYear } from '../../src/data/period.ts';
import { formatFor } from '../../src/format/format.ts';
import { periodFromStatbank } from '../../src/data/statbank-period.ts';

describe('parsePeriod', () => {
  it('reads the four contract forms', () => {
    expect(parsePeriod('2022')?.granularity).toBe('year');
    expect(parsePeriod('2022-Q3')).toMatchObject({ granularity: 'quarter', month: 7 });
    expect(parsePeriod('2022-07')).toMatchObject({ granularity: 'month', month: 7 });
    expect(parsePeriod('2021-01-19')).toMatchObject({ granularity: 'day', day: 19 });
  });
  it('rejects what is not a period', () => {
    for (const bad of ['', '22', '2022-13', '2022-Q5', '2021-02-30', '2022M07', ' 2022', '2022-7', 'juli 2022']) {
      expect(parsePeriod(bad), bad).toBeNull();
    }
  });
  it('orders mixed granularities in time and steps to the next period', () => {
    const sorted = ['2022-07', '2021', '2022-Q1', '2021-01-19'].sort(comparePeriods);
    expect(sorted).toEqual(['2021', '2021-01-19', '2022-Q1', '2022-07']);
    expect(nextPeriod('2022-12')).toBe('2023-01');
    expect(nextPeriod('2022-Q4')).toBe('2023-Q1');
    expect(nextPeriod('2024-02-28')).toBe('2024-02-29');
    expect(periodEnd(parsePeriod('2022-Q3')!)).toBe(periodStart(parsePeriod('2022-10')!));
  });
});

describe('windows of quarters', () => {
  it('reads a twelve-month window as one period from its first to its last quarter', () => {
    const w = parsePeriod('2021-Q3/2022-Q2')!;
    expect(w).toMatchObject({ granularity: 'window', year: 2021, month: 7 });
    expect(periodStart(w)).toBe(Date.UTC(2021, 6, 1));
    expect(periodEnd(w)).toBe(Date.UTC(2022, 6, 1));
    expect(nextPeriod('2021-Q3/2022-Q2')).toBeNull();
    expect(sameperiodLastYear('2021-Q3/2022-Q2')).toBe('2020-Q3/2021-Q2');
  });
  it('rejects a window that ends before it starts or is not made of quarters', () => {
    for (const bad of ['2022-Q2/2021-Q3', '2021-07/2022-06', '2021-Q3/', '2021-Q3-2022-Q2']) expect(parsePeriod(bad), bad).toBeNull();
  });
  it('orders windows by start, then end, and says them as a range, never as one quarter', () => {
    expect(['2022-Q1/2022-Q4', '2021-Q3/2022-Q2', '2021-Q1/2021-Q4'].sort(comparePeriods)).toEqual(['2021-Q1/2021-Q4', '2021-Q3/2022-Q2', '2022-Q1/2022-Q4']);
    expect(formatFor('da').period('2021-Q3/2022-Q2')).toBe('3. kvt. 2021 – 2. kvt. 2022');
    expect(formatFor('en').period('2021-Q3/2022-Q2')).toBe('Q3 2021 – Q2 2022');
    expect(formatFor('da').period('2022-Q1/2022-Q4')).toBe('1.–4. kvt. 2022');
    expect(formatFor('da').periodShort('2021-Q3/2022-Q2')).toBe('3. kvt. 21–2. kvt. 22');
    expect(formatFor('en').periodShort('2022-Q1/2022-Q4')).toBe('Q1–Q4 22');
    expect(formatFor('da').periodRange('2019-Q3/2020-Q2', '2022-Q1/2022-Q4')).toBe('3. kvt. 2019 – 4. kvt. 2022');
  });
});

describe('periodFromStatbank', () => {
  it('reads M, K and Q codes and years', () => {
    expect(periodFromStatbank('2022M07')).toBe('2022-07');
    expect(periodFromStatbank('2022K3')).toBe('2022-Q3');
    expect(periodFromStatbank('2022Q3')).toBe('2022-Q3');
    expect(periodFromStatbank('2022')).toBe('2022');
    expect(periodFromStatbank('2022M13')).toBeNull();
  });
});

describe('axis ticks', () => {
  it('write every tick of an axis in one style, chosen by the largest', () => {
    const da = formatFor('da').axisFor([0, 2500, 5000, 7500, 10000]);
    expect([0, 2500, 7500, 10000].map(da)).toEqual(['0', '2,5 t.', '7,5 t.', '10 t.']);
    expect(formatFor('da').axisFor([0, 2, 4, 6])(2)).toBe('2');
    expect(formatFor('en').axisFor([0, 500_000, 1_500_000])(500_000)).toBe('0.5m');
  });
});
