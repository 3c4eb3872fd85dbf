import { describe, expect, it } from 'vitest';
import { compareModel } from './model.ts';
import type { ViewSpec } from '../../view/view-spec.ts';
import { ObservationTable } from '../../data/table.ts';
import { core, tables, spec, da, en } from '../../../test/fixtures/models/world.ts';
import { benchmarkCore, NEW, tables as benchmarkTables } from '../../../test/fixtures/models/benchmark.ts';

describe('compare model', () => {
  const compare = (patch: Partial<ViewSpec>, locale = da) =>
    compareModel({ core, observations: tables.get(patch.indicator ?? 'ledighed_pct')!, population: tables.get('befolkning'), spec: spec({ view: 'compare', ...patch }), locale });

  it('ranks shares with their direction and shows ties as shared ranks', () => {
    const m = compare({ areas: [] });
    expect(m.period).toBe('2026-07');
    expect(m.bars.map((b) => [b.name, b.label])).toEqual([
      ['Albertslund', '4,2 % (nr. 5 af 5)'],
      ['København', '3,5 % (nr. 4 af 5)'],
      ['Glostrup', '3,0 % (delt nr. 2–3 af 5)'],
      ['Herlev', '3,0 % (delt nr. 2–3 af 5)'],
      ['Ballerup', '2,1 % (nr. 1 af 5)'],
    ]);
    expect(m.notes).toContain('Placering: nr. 1 har den laveste værdi.');
    expect(m.sourceOf('163')).toMatchObject({ label: 'Herlev', valueText: '3,0 %', observation: { period: '2026-07', source_id: 'src-ledighed_pct' } });
    expect(m.sourceOf('999')).toBeNull();
    expect(m.references.map((r) => r.label)).toEqual(['Hele landet: 2,9 %']);
    expect(m.unitLabel).toBe('procent');
  });

  it('compares a count per 1.000 inhabitants of the period, and weights the group average by population', () => {
    const m = compare({ indicator: 'ledige', at: '2026-03', mode: 'per1000', areas: ['herlev-naboer'] });
    expect(m.comparison?.measure).toBe('per1000');
    const ballerup = m.bars.find((b) => b.code === '151')!;
    expect(ballerup.value).toBeCloseTo(((600 - 8) / 50_000) * 1000);
    expect(ballerup.rank).not.toBeNull();
    expect(m.references.find((r) => r.key === 'herlev-naboer')?.label).toMatch(/^Herlevs naboer \(gns\. vægtet efter befolkning, 3 af 3\): 1\d,\d$/);
    expect(m.sourceLine).toContain('Danmarks Statistik, FOLK1AM');
    expect(m.csv.rows.find((r) => r[1] === '151')!.slice(0, 7)).toEqual(['Ballerup', '151', 'ledige', 'all', '2026-03', ballerup.value, 'personer pr. 1.000 indbyggere']);
  });

  it('does not rank a raw count, and says why', () => {
    const m = compare({ indicator: 'ledige', mode: 'absolute', areas: [] });
    expect(m.bars.every((b) => b.rank === null)).toBe(true);
    expect(m.notes[0]).toContain('rangeres ikke');
    expect(m.references).toEqual([]);
  });

  it('leaves a hidden reference line out, and labels in English', () => {
    expect(compare({ hidden: ['000'], areas: ['163'] }).references).toEqual([]);
    const m = compare({ areas: ['163'] }, en);
    expect(m.bars.find((b) => b.code === '163')!.label).toBe('3.0 % (joint no. 2–3 of 5)');
    expect(m.references[0]!.label).toBe('Whole country: 2.9 %');
    expect(m.subtitle).toBe('per cent · Total · July 2026');
    expect(m.choices).toBe('Herlev · ledighed_pct (en) · July 2026');
  });

  it('shows all municipalities with the chosen ones highlighted, or only the chosen when asked', () => {
    const all = compare({ areas: ['163'] });
    expect(all.bars).toHaveLength(5);
    expect(all.bars.filter((b) => b.chosen).map((b) => b.name)).toEqual(['Herlev']);
    expect(all.bars.find((b) => b.code === '163')!.colour).not.toBe(all.bars.find((b) => b.code === '151')!.colour);
    const only = compare({ areas: ['163', '151'], only: true });
    expect(only.bars.map((b) => b.name)).toEqual(['Herlev', 'Ballerup']);
  });

  it('names every municipality it leaves out, with the reason, so none is dropped without a word', () => {
    const rows = tables.get('ledighed_pct')!.series('161', 'all');
    const withoutGlostrup = ObservationTable.fromRows('ledighed_pct', [
      ...['000', '101', '151', '163', '165'].flatMap((a) => tables.get('ledighed_pct')!.series(a, 'all')),
      ...rows.map((o) => (o.period === '2026-07' ? { ...o, value: null } : o)),
    ]);
    const m = compareModel({ core, observations: withoutGlostrup, population: tables.get('befolkning'), spec: spec({ view: 'compare', areas: [] }), locale: da });
    expect(m.bars.map((b) => b.name)).not.toContain('Glostrup');
    expect(m.missing).toEqual([{ code: '161', reason: 'source' }]);
    expect(m.notes).toContain('Glostrup er ikke med: kilden har ingen tal for kommunen i juli 2026 (små tal udelades af diskretionshensyn).');
  });

  it('disables per 1.000 with its reason where there is no population, and does not tell the reader to choose it', () => {
    const m = compareModel({ core, observations: tables.get('ledige')!, population: undefined, spec: spec({ view: 'compare', indicator: 'ledige', mode: 'per1000', areas: [] }), locale: da });
    expect(m.comparison?.measure).toBe('value');
    const per1000 = m.measures.find((o) => o.mode === 'per1000')!;
    expect(per1000.available).toBe(false);
    expect(per1000.reason).toContain('befolkningstal');
    expect(m.notes.join(' ')).toContain('Pr. 1.000 indbyggere kan ikke vælges her');
    expect(m.notes.join(' ')).not.toContain('Vælg "Pr. 1.000 indbyggere"');
  });

  it('shows the newest month for a month the data does not have, and says so', () => {
    const m = compare({ areas: [], at: '2099-01' });
    expect(m.period).toBe('2026-07');
    expect(m.notes).toContain('Der er ingen tal for januar 2099, som linket beder om; viser juli 2026, den nyeste periode med tal.');
  });

  it('draws a difference in percentage points both ways from zero, signed', () => {
    const b = benchmarkTables();
    const indicators = [...core.indicators, { indicator: 'benchmark_forskel', label_da: 'Forskel', label_en: 'Difference', unit: 'pp' as const, description_da: '', lower_is_better: 'yes', share_of: '' }];
    const m = compareModel({ core: { ...benchmarkCore, indicators }, observations: b.difference, population: undefined, spec: spec({ view: 'compare', indicator: 'benchmark_forskel', areas: [] }), locale: da });
    expect(m.period).toBe(NEW);
    expect(m.bars.map((x) => x.label)).toEqual(['+1,10 (nr. 5 af 5)', '+0,28 (nr. 4 af 5)', '+0,10 (nr. 3 af 5)', '−0,27 (nr. 2 af 5)', '−0,30 (nr. 1 af 5)']);
    expect(m.ticks[0]).toBeLessThan(0);
    expect(m.ticks.at(-1)).toBeGreaterThanOrEqual(1.1);
  });
});
