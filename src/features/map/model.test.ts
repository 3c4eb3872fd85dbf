import { describe, expect, it } from 'vitest';
import { mapModel } from './model.ts';
import { core, tables, spec, da } from '../../../test/fixtures/models/world.ts';

describe('map model', () => {
  it('describes a municipality with value, rank, direction and period', () => {
    const m = mapModel({ core, observations: tables.get('ledighed_pct')!, population: undefined, spec: spec({ view: 'map' }), locale: da });
    expect(m.describe('163')).toBe('Herlev: 3,0 %, delt nr. 2–3 af 5 (1 = lavest), juli 2026');
    expect(m.table.rows.map((r) => r.header)).toEqual(['Ballerup', 'Glostrup', 'Herlev', 'København', 'Albertslund']);
    expect(m.csv.rows[0]).toEqual(['Ballerup', '151', 'ledighed_pct', 'all', '2026-07', 2.1, 'procent', 'nr. 1 af 5']);
    expect(m.sourceLine).toContain('ledighed_pct');
  });
});
