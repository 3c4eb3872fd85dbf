import { describe, expect, it } from 'vitest';
import { comparePeriods, nextPeriod, parsePeriod, periodEnd, periodStart } from '../../src/data/period.ts';
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

describe('periodFromStatbank', () => {
  it('reads M, K and Q codes and years', () => {
    expect(periodFromStatbank('2022M07')).toBe('2022-07');
    expect(periodFromStatbank('2022K3')).toBe('2022-Q3');
    expect(periodFromStatbank('2022Q3')).toBe('2022-Q3');
    expect(periodFromStatbank('2022')).toBe('2022');
    expect(periodFromStatbank('2022M13')).toBeNull();
  });
});
