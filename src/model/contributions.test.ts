import { describe, expect, it } from 'vitest';
import { ObservationTable } from '../data/table.ts';
import type { Observation } from '../data/contract.ts';
import { contributions } from './contributions.ts';

const row = (area: string, breakdown: string, period: string, value: number | null): Observation => ({ area, indicator: 'ledige', breakdown, period, value, unit: 'persons', kind: 'actual', source_id: 's', item: '', quote: '' });

describe('contributions to a change', () => {
  const table = ObservationTable.fromRows('ledige', [
    row('163', 'all', '2024-01', 400), row('163', 'a-dagpenge', '2024-01', 330), row('163', 'kontanthjælp', '2024-01', 70),
    row('163', 'all', '2026-07', 467), row('163', 'a-dagpenge', '2026-07', 397), row('163', 'kontanthjælp', '2026-07', 70),
    row('000', 'all', '2024-01', 80_000), row('000', 'all', '2026-07', 92_000),
    row('151', 'all', '2024-01', 700), row('151', 'a-dagpenge', '2024-01', 600), row('151', 'kontanthjælp', '2024-01', 90),
    row('151', 'all', '2026-07', 760), row('151', 'a-dagpenge', '2026-07', 640), row('151', 'kontanthjælp', '2026-07', null),
  ]);

  it("splits the change into each breakdown's part, which add up to the total change", () => {
    const c = contributions(table, '163', ['all', 'a-dagpenge', 'kontanthjælp'], '2024-01', '2026-07')!;
    expect(c.total.change).toBe(67);
    expect(c.parts.map((p) => [p.breakdown, p.change])).toEqual([['a-dagpenge', 67], ['kontanthjælp', 0]]);
    expect(c.parts.reduce((s, p) => s + p.change, 0) + c.rest).toBe(c.total.change);
    expect(c.rest).toBe(0);
  });

  it('gives the part the national trend explains: the change at the national percentage', () => {
    const c = contributions(table, '163', ['all', 'a-dagpenge', 'kontanthjælp'], '2024-01', '2026-07')!;
    expect(c.national!.pct).toBeCloseTo(15);
    expect(c.national!.change).toBeCloseTo(60);
  });

  it('gives nothing where a breakdown has no figure at either end, rather than a split that does not add up', () => {
    expect(contributions(table, '151', ['all', 'a-dagpenge', 'kontanthjælp'], '2024-01', '2026-07')).toBeNull();
    expect(contributions(table, '163', ['all', 'a-dagpenge'], '2023-01', '2026-07')).toBeNull();
  });
});
