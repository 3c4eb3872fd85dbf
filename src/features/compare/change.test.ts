import { describe, expect, it } from 'vitest';
import { compareModel } from './model.ts';
import { core, tables, spec, da } from '../../../test/fixtures/models/world.ts';

describe('compare: change between two dates across all municipalities', () => {
  const table = tables.get('ledige')!;
  const periods = table.periods('all');
  const [from, to] = [periods[0]!, periods.at(-1)!];
  const level = compareModel({ core, observations: table, population: tables.get('befolkning'), spec: spec({ view: 'compare', indicator: 'ledige', areas: ['163'], mode: 'absolute' }), locale: da });
  const change = compareModel({ core, observations: table, population: tables.get('befolkning'), spec: spec({ view: 'compare', indicator: 'ledige', areas: ['163'], since: from, at: to }), locale: da });

  it('ranks a count by its change in per cent from `since` to `at`, and says so in the subtitle and the CSV', () => {
    const a = table.observationAt('163', 'all', from)!.value!;
    const b = table.observationAt('163', 'all', to)!.value!;
    expect(change.bars.find((x) => x.code === '163')!.value).toBeCloseTo((100 * (b - a)) / a);
    expect(change.subtitle).toContain('ændring i pct.');
    expect(change.subtitle).toContain(`fra ${da.period(from, true)} til ${da.period(to, true)}`);
    expect(change.comparison!.ranks).not.toBeNull();
    expect([change.valueText(23), change.valueText(-5.55), change.valueText(0)]).toEqual(['+23,0 %', '−5,6 %', '±0,0 %']);
    expect(change.csv.rows[0]![6]).toBe(`ændring i pct. fra ${from} til ${to}`);
    // Without `since` the same view shows the level, and a count of persons is not ranked.
    expect(level.subtitle).not.toContain('ændring');
  });

  it('shows the level and says why where `since` is not before the period shown', () => {
    const later = compareModel({ core, observations: table, population: undefined, spec: spec({ view: 'compare', indicator: 'ledige', areas: ['163'], since: to, at: from }), locale: da });
    expect(later.since).toBeNull();
    expect(later.notes.some((n) => n.startsWith(`Ændringen siden ${da.period(to, true)} kan ikke vises`))).toBe(true);
  });
});
