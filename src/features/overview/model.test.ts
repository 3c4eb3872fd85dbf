import { describe, expect, it } from 'vitest';
import { overviewModel } from './model.ts';
import { core, tables, spec, da } from '../../../test/fixtures/models/world.ts';

describe('overview model', () => {
  it('gives counts a rate per 1.000 and a rank, and shares a rank with direction', () => {
    const m = overviewModel({ core, tables, spec: spec({ areas: ['163'] }), locale: da });
    const ledige = m.cards.find((c) => c.indicator === 'ledige')!;
    expect(ledige.valueText).toBe('450');
    // July's figure divided by the newest population (March): said in the view's notes.
    expect(ledige.rateText).toBe('15,0 pr. 1.000 indbyggere');
    expect(ledige.rankText).toBe('delt nr. 2–3 af 5 · 1 = lavest');
    expect(m.notes).toEqual(['Tal pr. 1.000 indbyggere og vægtede gennemsnit bruger de nyeste befolkningstal, fra marts 2026.']);
    const pct = m.cards.find((c) => c.indicator === 'ledighed_pct')!;
    expect(pct.rankText).toBe('delt nr. 2–3 af 5 · 1 = lavest');
    expect(pct.good).toBe(true);
    expect(pct.changeText).toBe('−0,2 procentpoint siden jul. 2025');
  });
});
