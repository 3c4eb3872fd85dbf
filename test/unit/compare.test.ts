import { describe, expect, it } from 'vitest';
import { groupAverage, rankValues } from '../../src/data/compare.ts';
import type { Indicator } from '../../src/data/contract.ts';
import { summarySentence, THEMES } from '../../src/report/overblik.ts';

const groups = [
  { group_id: 'g', name: 'G', member_code: '101', weighting: '' },
  { group_id: 'g', name: 'G', member_code: '151', weighting: '' },
  { group_id: 'g', name: 'G', member_code: '163', weighting: '' },
];

describe('rankValues', () => {
  it('ranks lowest first, shares ranks on ties and skips missing values', () => {
    const ranks = rankValues(new Map([['a', 3], ['b', 1], ['c', 3], ['d', null], ['e', 5]]));
    expect(Object.fromEntries(ranks)).toEqual({ b: 1, a: 2, c: 2, e: 4 });
  });
  it('ranks highest first when higher is better', () => {
    expect(Object.fromEntries(rankValues(new Map([['a', 3], ['b', 1]]), false))).toEqual({ a: 1, b: 2 });
  });
});

describe('groupAverage', () => {
  it('averages the members that have a value and says how many', () => {
    expect(groupAverage('g', groups, new Map([['101', 2], ['151', 4], ['163', null]]))).toEqual({ groupId: 'g', value: 3, members: 3, membersWithData: 2, weighted: false });
  });
  it('weights by population when asked', () => {
    const avg = groupAverage('g', groups, new Map([['101', 2], ['151', 4], ['163', 6]]), new Map([['101', 300], ['151', 100], ['163', null]]));
    expect(avg.value).toBe(2.5);
    expect(avg.weighted).toBe(true);
  });
  it('has no average when no member has data', () => {
    expect(groupAverage('g', groups, new Map()).value).toBeNull();
  });
});

describe('summarySentence', () => {
  const pct: Indicator = { indicator: 'ledighed_pct', label_da: 'L', label_en: 'L', unit: 'pct', description_da: '', lower_is_better: 'yes', share_of: '' };
  it('reads as plain Danish with change and rank', () => {
    expect(summarySentence({ theme: THEMES[0]!, indicator: pct, period: '2026-07', value: 3, change: -0.2, rank: 23, rankTotal: 98, uncertain: false }, 'Herlev')).toBe(
      'Ledigheden i Herlev var 3,0 % i juli 2026, 0,2 procentpoint lavere end året før; nr. 23 af 98 kommuner.',
    );
  });
  it('flags small numbers and missing values', () => {
    expect(summarySentence({ theme: THEMES[2]!, indicator: { ...pct, unit: 'persons' }, period: '2026-07', value: 12, change: 3, rank: null, rankTotal: 0, uncertain: true }, 'Læsø')).toBe(
      'Antallet af langtidsledige i Læsø var 12 i juli 2026, 3 højere end året før. Tallet bygger på under 20 personer og er usikkert.',
    );
    expect(summarySentence({ theme: THEMES[0]!, indicator: pct, period: '2026-07', value: null, change: null, rank: null, rankTotal: 0, uncertain: false }, 'X')).toContain('ingen tal');
  });
});
