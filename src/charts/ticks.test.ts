import { describe, expect, it } from 'vitest';
import { timeTickCount, timeTicks } from './ticks.ts';

const month = (y: number, m: number) => Date.UTC(y, m - 1, 1);
const label = (t: number) => new Date(t).toISOString().slice(0, 7);

describe('timeTicks', () => {
  const sixtyMonths = Array.from({ length: 60 }, (_, i) => month(2021, 8 + i));

  it('always labels the newest month, counting back on whole steps', () => {
    const ticks = timeTicks(sixtyMonths, 8).map(label);
    expect(ticks.at(-1)).toBe('2026-07');
    expect(ticks.length).toBeLessThanOrEqual(8);
    expect(ticks).toEqual(['2021-07', '2022-07', '2023-07', '2024-07', '2025-07', '2026-07'].filter((t) => t >= '2021-08'));
  });

  it('uses the smallest step that fits', () => {
    expect(timeTicks(sixtyMonths.slice(-12), 12).length).toBe(12);
    expect(timeTicks(sixtyMonths.slice(-12), 6).map(label)).toEqual(['2025-09', '2025-11', '2026-01', '2026-03', '2026-05', '2026-07']);
  });

  it('keeps quarterly series on their quarters', () => {
    const quarters = Array.from({ length: 12 }, (_, i) => month(2023 + Math.floor(i / 4), 1 + (i % 4) * 3));
    expect(timeTicks(quarters, 4).map(label)).toEqual(['2023-10', '2024-10', '2025-10']);
    expect(timeTicks(quarters, 6).map(label)).toEqual(['2023-04', '2023-10', '2024-04', '2024-10', '2025-04', '2025-10']);
  });

  it('handles one point, duplicates and nothing', () => {
    expect(timeTicks([month(2024, 3), month(2024, 3)], 5)).toEqual([month(2024, 3)]);
    expect(timeTicks([], 5)).toEqual([]);
  });

  it('fits fewer labels on a phone than on paper', () => {
    expect(timeTickCount(300)).toBeLessThan(timeTickCount(640));
    expect(timeTickCount(10)).toBe(2);
  });
});

