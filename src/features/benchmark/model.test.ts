import { describe, expect, it } from 'vitest';
import { similarConditions } from '../../data/benchmark.ts';
import { benchmarkCore, NEW, OLD, tables } from '../../../test/fixtures/models/benchmark.ts';
import { da, en, spec } from '../../../test/fixtures/models/world.ts';
import { benchmarkModel } from './model.ts';

describe('benchmark model', () => {
  const model = (patch: Parameters<typeof spec>[0] = {}, locale = da) => benchmarkModel({ core: benchmarkCore, tables: tables(), spec: spec({ view: 'benchmark', areas: [], ...patch }), locale });

  it('shows the newest window as a window, the list by rank with its direction, and the values as published', () => {
    const m = model();
    expect(m.period).toBe(NEW);
    expect(m.subtitle).toBe('Ydelsesgrupper i alt · 3. kvt. 2021 – 2. kvt. 2022 · procent af befolkningen');
    expect(m.ranked.map((p) => [p.name, p.rankText, p.differenceText])).toEqual([
      ['Ballerup', 'nr. 1 af 98', '−0,30 pct.point'],
      ['Herlev', 'nr. 2 af 98', '−0,27 pct.point'],
      ['Glostrup', 'nr. 3 af 98', '+0,10 pct.point'],
      ['København', 'nr. 4 af 98', '+0,28 pct.point'],
      ['Albertslund', 'nr. 5 af 98', '+1,10 pct.point'],
    ]);
    expect(m.notes).toContain('Placering på benchmarkranglisten: 1 = mest under det forventede, 98 = mest over.');
    expect(m.notes.some((n) => n.includes('ikke alle ydelser'))).toBe(true);
    expect(m.points.map((p) => p.code)).toEqual(['151', '161', '163', '165', '101']);
    expect(m.points.find((p) => p.code === '163')).toMatchObject({ side: 'below', actualText: '7,94 %', expectedText: '8,21 %', actualCount: 1588, expectedCount: 1642 });
    // One domain for both axes, so the diagonal means "as expected".
    expect(m.ticks[0]).toBeLessThanOrEqual(5.8);
    expect(m.ticks.at(-1)).toBeGreaterThanOrEqual(9.4);
    expect(m.textAlternative).toBe('Ydelsesgrupper i alt, 3. kvt. 2021 – 2. kvt. 2022: 2 kommuner lå under det forventede og 3 over. Længst under: Ballerup (−0,30 pct.point). Længst over: Albertslund (+1,10 pct.point).');
    expect(m.sourceLine).toBe('Kilde: Jobindsats.dk / STAR, y30r21');
    expect(m.csv.rows[1]).toEqual(['Herlev', '163', 'all', NEW, 7.94, 8.21, -0.27, 2, 1588, 1642, 'jobindsats-y30r21']);
    expect(m.development).toBeNull();
    expect(m.similar).toBeNull();
  });

  it('highlights and names the chosen municipalities, follows them over every window and finds similar conditions', () => {
    const m = model({ areas: ['163', '000'] });
    const herlev = m.points.find((p) => p.code === '163')!;
    expect(herlev.chosen).toBe(true);
    expect(herlev.label).toBe('Herlev: faktisk 7,94 %, forventet 8,21 %, forskel −0,27 pct.point, nr. 2 af 98');
    expect(m.legend.map((l) => l.name)).toEqual(['Herlev']);
    expect(m.points.find((p) => p.code === '151')!.colour).toBe('#8a96a3');
    expect(m.development?.series.map((s) => [s.name, s.points.map((p) => p.text)])).toEqual([['Herlev', ['−0,20 pct.point (nr. 2 af 98)', '−0,27 pct.point (nr. 2 af 98)']]]);
    expect(m.development?.periodLabels).toEqual(['1.–4. kvt. 2021', '3. kvt. 2021 – 2. kvt. 2022']);
    expect(m.similar?.members.map((x) => x.name)).toEqual(['Albertslund', 'København', 'Glostrup', 'Ballerup']);
    expect(m.sourceOf('163')).toMatchObject({ label: 'Herlev', observation: { period: NEW, source_id: 'jobindsats-y30r21' } });
  });

  it('reads the window and group from the link, and falls back to the newest and to "i alt"', () => {
    expect(model({ at: OLD }).ranked[1]!.differenceText).toBe('−0,20 pct.point');
    expect(model({ at: '2026-07', breakdown: 'ledige' })).toMatchObject({ period: NEW, group: 'all' });
    expect(model({ areas: ['999'] }).notes.at(-1)).toBe('Ingen tal for 999 (3. kvt. 2021 – 2. kvt. 2022).');
  });

  it('hides a chosen series from the development chart, its table and its CSV', () => {
    const m = model({ areas: ['163', '151'], hidden: ['151'] });
    expect(m.development?.legend.map((l) => [l.key, l.hidden])).toEqual([['163', false], ['151', true]]);
    expect(m.development?.table.columns).toEqual(['Periode', 'Herlev']);
    expect(m.development?.table.rows.map((r) => [r.header, r.cells.map((c) => c.text)])).toEqual([
      ['1.–4. kvt. 2021', ['−0,20 (nr. 2)']],
      ['3. kvt. 2021 – 2. kvt. 2022', ['−0,27 (nr. 2)']],
    ]);
    expect(new Set(m.development?.csv.rows.map((r) => r[1]))).toEqual(new Set(['163']));
  });

  it('speaks English', () => {
    const m = model({ areas: ['163'] }, en);
    expect(m.subtitle).toBe('All benefit groups · Q3 2021 – Q2 2022 · per cent of population');
    expect(m.points.find((p) => p.code === '163')!.label).toBe('Herlev: actual 7.94 %, expected 8.21 %, difference −0.27 pp, no. 2 of 98');
  });
});

describe('similarConditions', () => {
  const figures = [
    { code: '163', expected: 8.2 },
    { code: '151', expected: 8.0 },
    { code: '165', expected: 8.4 },
    { code: '101', expected: 9.5 },
    { code: '161', expected: 7.0 },
  ];
  it('takes the nearest expected shares, ties to the lower code, never the municipality itself', () => {
    expect(similarConditions(figures, '163', 3)).toEqual(['151', '165', '161']);
    expect(similarConditions(figures, '163', 10)).toHaveLength(4);
    expect(similarConditions(figures, '999')).toEqual([]);
  });
});
