import { describe, expect, it } from 'vitest';
import { grantsModel } from './model.ts';
import { core, spec, da, en } from '../../../test/fixtures/models/world.ts';

describe('grants model', () => {
  it('filters and sorts from the spec and exports what it shows', () => {
    const all = grantsModel(core, spec({ view: 'grants' }), da);
    expect(all.rows.map((r) => r.grant.grant_id)).toEqual(['b', 'a']);
    const sorted = grantsModel(core, spec({ view: 'grants', sort: 'municipality' }), da);
    expect(sorted.rows.map((r) => r.municipality)).toEqual(['Albertslund', 'Herlev']);
    const star = grantsModel(core, spec({ view: 'grants', grantor: 'STAR', grant: 'a' }), en);
    expect(star.frame.csv.rows).toEqual([['Albertslund', '165', 'Afklaring', 'STAR', 806000, '2021-01-01', '2022-12-31', '2021-01-25', 'herlev-2022', '4']]);
    expect(star.subtitle).toBe('1 grant, DKK 806,000 in all');
    expect(star.frame.choices).toBe('All municipalities · STAR');
    expect(all.frame.choices).toBe('Alle kommuner · Alle bevillingsgivere');
    expect(star.selected?.total).toBe('DKK 806,000');
    expect(star.selected?.guarantee).toEqual({ guaranteed: 645000, atRisk: 161000, guaranteedText: 'DKK 645,000', atRiskText: 'DKK 161,000' });
    expect(star.selected?.lines.map((l) => l.text)).toEqual(['DKK 806,000']);
  });
});
