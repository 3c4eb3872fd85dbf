import { describe, expect, it } from 'vitest';
import { trendModel } from './model.ts';
import { MODEL_SEASONAL_KIND, withSeasonal } from './with-seasonal.ts';
import { core, tables, spec, da } from '../../../test/fixtures/models/world.ts';

describe('the trend model with a seasonally adjusted line', () => {
  const model = trendModel({ core, observations: tables.get('ledige')!, population: tables.get('befolkning'), spec: spec({ view: 'trend', indicator: 'ledige', areas: ['163'] }), locale: da });
  const periods = model.rows.map((r) => r.period);
  const values = model.rows.map((r) => r['163'] as number);
  // A season of −10 in the last month and +5 the month before: the raw change is the adjusted one plus −15.
  const season = periods.map((_, i) => (i === periods.length - 1 ? -10 : i === periods.length - 2 ? 5 : 0));
  const adjustment = { periods, adjusted: values.map((v, i) => v - season[i]!), season };

  it('adds a named dashed line, a table column and CSV rows of kind model_seasonally_adjusted, and splits the latest change', () => {
    const s = withSeasonal(model, new Map([['163', adjustment]]), [], da);
    expect(s.legend.map((l) => l.name)).toContain('Herlev – sæsonkorrigeret (model)');
    expect(s.drawn.find((d) => d.key === '163:sa')).toMatchObject({ dash: '8 3', colour: model.drawn[0]!.colour });
    expect(s.drawRows.at(-1)!['163:sa']).toBe(values.at(-1)! + 10);
    expect(s.table.columns.at(-1)).toBe('Herlev – sæsonkorrigeret (model)');
    expect(s.table.rows.at(-1)!.cells.at(-1)).toMatchObject({ value: values.at(-1)! + 10, series: '163:sa' });
    const kind = s.csv.columns.indexOf(da.t.csvColumns.kind);
    expect(s.csv.rows.filter((r) => r[kind] === MODEL_SEASONAL_KIND)).toHaveLength(periods.length);
    expect(s.csv.rows.filter((r) => r[kind] === 'actual')).toEqual(model.csv.rows);
    const raw = values.at(-1)! - values.at(-2)!;
    const sentence = s.notes.find((n) => n.startsWith('Herlev, '))!;
    expect(sentence).toContain(`${da.change(raw, 0)} fra`);
    expect(sentence).toContain(`sæsonkorrigeret ${da.change(raw + 15, 0)}`);
    expect(sentence).toContain(`Sæsonen alene giver ${da.change(-15, 0)}`);
    expect(s.subtitle.endsWith('· sæsonkorrigeret (model)')).toBe(true);
  });

  it('says why an area is not adjusted', () => {
    const s = withSeasonal(model, new Map(), [{ area: '163', reason: 'gaps' }], da);
    expect(s.notes.at(-1)).toBe('Ingen sæsonkorrektion for Herlev: serien har måneder uden tal.');
    expect(s.drawn).toEqual(model.drawn);
  });
});

describe('the seasonally adjusted change of a share', () => {
  it('is written in percentage points with one decimal, and a change that rounds to nothing is ±0', () => {
    const model = trendModel({ core, observations: tables.get('ledighed_pct')!, population: undefined, spec: spec({ view: 'trend', indicator: 'ledighed_pct', areas: ['163'] }), locale: da });
    const periods = model.rows.map((r) => r.period);
    const values = model.rows.map((r) => r['163'] as number);
    const season = periods.map((_, i) => (i === periods.length - 1 ? values.at(-1)! - values.at(-2)! - 0.04 : 0));
    const s = withSeasonal(model, new Map([['163', { periods, adjusted: values.map((v, i) => v - season[i]!), season }]]), [], da);
    const sentence = s.notes.find((n) => n.startsWith('Herlev, '))!;
    expect(sentence).toContain('sæsonkorrigeret ±0 procentpoint');
    expect(sentence).not.toMatch(/ {2}|−0 /);
    // The adjusted column is written as the figures' own column is: 3,0 %, not 3 %.
    const last = s.table.rows.at(-1)!;
    expect(last.cells.at(-1)!.text).toBe(da.number(last.cells.at(-1)!.value, 1, 1) + ' %');
    expect(last.cells.at(-1)!.text).toMatch(/^\d+,\d %$/);
  });
});
