import { describe, expect, it } from 'vitest';
import { compareAt, groupAverage, groupFigure } from '../../src/data/compare.ts';
import type { Indicator } from '../../src/data/contract.ts';
import { isRankable, rankValues } from '../../src/data/indicator-rules.ts';

const groups = [
  { group_id: 'g', name: 'G', member_code: '101', weighting: '' },
  { group_id: 'g', name: 'G', member_code: '151', weighting: '' },
  { group_id: 'g', name: 'G', member_code: '163', weighting: '' },
];
const indicator = (unit: Indicator['unit'], lower = 'yes'): Indicator => ({ indicator: 'x', label_da: 'X', label_en: 'X', unit, description_da: '', lower_is_better: lower, share_of: '' });

describe('rankValues', () => {
  it('ranks lowest first, shares ranks on ties with the range they cover, and skips missing values', () => {
    const ranks = rankValues(new Map([['a', 3], ['b', 1], ['c', 3], ['d', null], ['e', 5]]));
    expect(Object.fromEntries(ranks)).toEqual({
      b: { rank: 1, tiedTo: 1, total: 4 },
      a: { rank: 2, tiedTo: 3, total: 4 },
      c: { rank: 2, tiedTo: 3, total: 4 },
      e: { rank: 4, tiedTo: 4, total: 4 },
    });
  });
  it('ranks highest first when higher is better', () => {
    expect(rankValues(new Map([['a', 3], ['b', 1]]), false).get('a')?.rank).toBe(1);
  });
});

describe('indicator rules', () => {
  it('ranks shares and per-1.000 values, never raw counts or ranks', () => {
    expect(isRankable(indicator('pct'), 'value')).toBe(true);
    expect(isRankable(indicator('persons'), 'value')).toBe(false);
    expect(isRankable(indicator('persons'), 'per1000')).toBe(true);
    expect(isRankable(indicator('rank'), 'value')).toBe(false);
  });
});

describe('group figures', () => {
  it('averages the members that have a value and says how many', () => {
    expect(groupAverage('g', groups, new Map([['101', 2], ['151', 4], ['163', null]]))).toEqual({ groupId: 'g', value: 3, members: 3, membersWithData: 2, weighted: false });
  });
  it('weights by population when asked', () => {
    const avg = groupAverage('g', groups, new Map([['101', 2], ['151', 4], ['163', 6]]), new Map([['101', 300], ['151', 100], ['163', null]]));
    expect(avg.value).toBe(2.5);
    expect(avg.weighted).toBe(true);
  });
  it('compares counts per 1.000 and averages them weighted by population, so the group is one large municipality', () => {
    const raw = new Map<string, number | null>([['101', 100], ['151', 10], ['163', 30]]);
    const pop = new Map([['101', 100_000], ['151', 5_000], ['163', 10_000]]);
    const c = compareAt(raw, '2026-07', indicator('persons'), true, (area) => pop.get(area) ?? null, ['101', '151', '163']);
    expect(c.measure).toBe('per1000');
    expect(Object.fromEntries(c.values)).toEqual({ '101': 1, '151': 2, '163': 3 });
    expect(c.ranks?.get('163')).toEqual({ rank: 3, tiedTo: 3, total: 3 });
    const g = groupFigure('g', groups, c, indicator('persons'));
    expect(g.how).toBe('weighted');
    expect(g.value).toBeCloseTo((140 / 115_000) * 1000);
  });
  it('sums a count when it is compared as a count, and does not rank it', () => {
    const c = compareAt(new Map([['101', 100], ['151', 10], ['163', null]]), '2026-07', indicator('persons'), false, null, ['101', '151', '163']);
    expect(c.ranks).toBeNull();
    expect(groupFigure('g', groups, c, indicator('persons'))).toMatchObject({ how: 'sum', value: 110, membersWithData: 2, members: 3 });
  });
});
