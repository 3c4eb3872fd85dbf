import { describe, expect, it } from 'vitest';
import { trendModel } from './model.ts';
import { areaOptions, choicesLine } from '../../i18n/locale.ts';
import { DANISH_MONTH_NAMES } from '../../format/format.ts';
import type { ViewSpec } from '../../view/view-spec.ts';
import { ObservationTable } from '../../data/table.ts';
import { core, tables, spec, da, en } from '../../../test/fixtures/models/world.ts';

describe('trend model', () => {
  const trend = (patch: Partial<ViewSpec>, locale = da) =>
    trendModel({ core, observations: tables.get(patch.indicator ?? 'ledige')!, population: tables.get('befolkning'), spec: spec({ view: 'trend', indicator: 'ledige', ...patch }), locale });

  it('offers per 1.000 for a count, divides by the population and says where the population ends', () => {
    const m = trend({ areas: ['163', '151'], mode: 'per1000' });
    expect(m.modes.find((o) => o.mode === 'per1000')!.available).toBe(true);
    expect(m.mode).toBe('per1000');
    const herlev = m.series.find((s) => s.key === '163')!;
    expect(herlev.points[0]!.value).toBeCloseTo(((450 - 24) / 30_000) * 1000);
    // The population stops in 2026-03, so do the lines, and a note says so.
    expect(herlev.points.at(-1)!.period).toBe('2026-03');
    expect(m.subtitle).toBe('personer pr. 1.000 indbyggere · I alt · jul. 2025 – mar. 2026');
    // What a phone shows in place of the controls.
    expect(m.choices).toBe('Herlev, Ballerup · ledige (da) · jul. 2025 – mar. 2026');
    expect(m.notes).toContain('Befolkningstallene går til og med marts 2026; senere måneder kan ikke vises pr. 1.000 indbyggere.');
    expect(m.sourceLine).toBe('Kilde: Jobindsats.dk / STAR, ledige; Danmarks Statistik, FOLK1AM');
    expect(m.table.rows[0]!.cells.map((c) => c.text)).toEqual(['14,20', '11,52']);
    // The source panel gives the figure as the source has it, not divided.
    expect(m.sourcesAt(herlev.points[0]!.time).map((i) => [i.label, i.valueText, i.observation.source_id])).toEqual([['Herlev', '426', 'src-ledige'], ['Ballerup', '576', 'src-ledige']]);
  });

  it('does not offer per 1.000 for a share', () => {
    const m = trend({ indicator: 'ledighed_pct', areas: ['163'], mode: 'per1000' });
    const per1000 = m.modes.find((o) => o.mode === 'per1000')!;
    expect(per1000.available).toBe(false);
    expect(m.mode).toBe('absolute');
    expect(per1000.reason).toContain('allerede en andel');
    // The chart's tooltip writes a share as the table does: "3,0 %", never "3 %".
    const panel = m.panels[0]!;
    expect([panel.decimals, panel.minDecimals]).toEqual([1, 1]);
    expect(m.valueText(3)).toBe('3,0 %');
  });

  it('leaves hidden series out of chart, table and CSV, and keeps them in the legend to show again', () => {
    const m = trend({ areas: ['163', '151'], hidden: ['151'] });
    expect(m.drawn.map((d) => d.key)).toEqual(['163']);
    expect(m.table.columns).toEqual(['Periode', 'Herlev']);
    expect(new Set(m.csv.rows.map((r) => r[1]))).toEqual(new Set(['163']));
    expect(m.legend.map((l) => [l.name, l.hidden])).toEqual([['Herlev', false], ['Ballerup', true]]);
  });

  it('draws yearly figures from minutes as points with a break between them, and names missing areas', () => {
    const m = trend({ indicator: 'ydelser', areas: ['163', '151'] });
    expect(m.drawn[0]).toMatchObject({ key: '163', sparse: true });
    expect(m.rows).toHaveLength(2);
    expect(m.drawRows.map((r) => r['163'])).toEqual([2889, null, 2790]);
    expect(m.notes).toEqual(['Ingen tal for Ballerup i dette valg.']);
  });

  it('shows a measure with one period as bars per breakdown, whatever breakdown the link asks for', () => {
    const m = trend({ indicator: 'visitation', areas: ['163', '151'], breakdown: 'all' });
    expect(m.breakdown).toBe('Jobparat');
    expect(m.chart).toBe('bars');
    expect(m.bars.map((b) => [b.label, b.values.map((v) => v.value)])).toEqual([
      ['Jobparat', [263, 251]],
      ['Aktivitetsparat', [363, 351]],
    ]);
  });

  it('names all breakdowns drawn in the subtitle, in the reader\'s language', () => {
    expect(trend({ indicator: 'visitation', areas: ['163', '151'] }).subtitle).toBe('fuldtidspersoner · alle 2 fordelinger · jul. 2026');
    const m = trend({ indicator: 'visitation', areas: ['163', '151'] }, en);
    expect(m.bars.map((b) => b.label)).toEqual(['Ready for work', 'Not ready for work']);
  });

  describe('a rank', () => {
    const rankCore = { ...core, indicators: [...core.indicators, { indicator: 'placering', label_da: 'Placering', label_en: 'Rank', unit: 'rank' as const, description_da: '', lower_is_better: 'yes', share_of: '', figure: 'rank' as const, frequency: 'window' as const, rank_of: '98', additive: 'no' as const }] };
    const ranks = ObservationTable.fromRows('placering', ['2021-Q1/2021-Q4', '2022-Q1/2022-Q4'].flatMap((p, i) => [
      { area: '163', indicator: 'placering', breakdown: 'all', period: p, value: i === 0 ? 2 : 16, unit: 'rank' as const, kind: 'actual' as const, source_id: 'src-ledige', item: '', quote: '' },
    ]));
    const rank = (patch: Partial<ViewSpec>, locale = da) => trendModel({ core: rankCore, observations: ranks, population: tables.get('befolkning'), spec: spec({ view: 'trend', indicator: 'placering', areas: ['163'], ...patch }), locale });

    it('is drawn on an inverted axis of 1 to 98 that says which end is best', () => {
      const m = rank({});
      expect(m.rankOf).toBe(98);
      expect(m.panels[0]!.rankOf).toBe(98);
      expect(m.subtitle).toBe('placering blandt 98 · 1 = bedst, 98 = dårligst · I alt · 1. kvt. 2021 – 4. kvt. 2022');
      expect(m.unitLabel).toBe('placering (1 = bedst, 98 = dårligst)');
      expect(m.table.rows.map((r) => r.cells[0]!.text)).toEqual(['nr. 2 af 98', 'nr. 16 af 98']);
      expect(m.textAlternative).toContain('Herlev nr. 16 af 98');
    });

    it('offers neither index nor per 1.000, and says why in words that are true', () => {
      for (const mode of ['index', 'per1000'] as const) {
        const m = rank({ mode });
        expect(m.mode).toBe('absolute');
        const option = m.modes.find((o) => o.mode === mode)!;
        expect(option.available).toBe(false);
        expect(option.reason).toContain('placering');
        expect(option.reason).not.toContain('andel');
      }
    });
  });

  it('draws a yearly figure among monthly ones as a span over its year, and says so', () => {
    const mixed = ObservationTable.fromRows('ydelser', [
      { area: '163', indicator: 'ydelser', breakdown: 'all', period: '2025', value: 4000, unit: 'fte', kind: 'expected', source_id: 'herlev-2022', item: '', quote: '' },
      { area: '163', indicator: 'ydelser', breakdown: 'all', period: '2025-10', value: 1000, unit: 'fte', kind: 'actual', source_id: 'herlev-2022', item: '', quote: '' },
      { area: '163', indicator: 'ydelser', breakdown: 'all', period: '2025-12', value: 1100, unit: 'fte', kind: 'actual', source_id: 'herlev-2022', item: '', quote: '' },
    ]);
    const m = trendModel({ core, observations: mixed, population: undefined, spec: spec({ view: 'trend', indicator: 'ydelser', areas: ['163'] }), locale: da });
    const expected = m.drawn.find((d) => d.kind === 'expected')!;
    const at = (period: string) => m.drawRows.find((r) => r.time === Date.UTC(2025, Number(period.slice(5)) - 1, 1))?.[expected.key];
    // From its first month to its last, and at every row between, never as a point in January alone.
    expect([at('2025-01'), at('2025-10'), at('2025-12')]).toEqual([4000, 4000, 4000]);
    expect(expected.marks).toEqual({ spanEnds: [Date.UTC(2025, 0, 1), Date.UTC(2025, 11, 1)], points: [] });
    expect(m.notes).toContain('Herlev (forventet): 2025 er et tal for hele perioden og er tegnet som en vandret streg over den, ikke som et månedstal.');
    // The table and the CSV keep the figure once, with its own period.
    expect(m.csv.rows.filter((r) => r[4] === '2025')).toHaveLength(1);
  });

  it('reads a backwards range the right way round, and an index base outside the data as the first period, saying both', () => {
    const m = trend({ areas: ['163'], from: '2026-03', to: '2025-09', mode: 'index', base: '1800-01' });
    expect(m.rows[0]!.period).toBe('2025-09');
    expect(m.rows.at(-1)!.period).toBe('2026-03');
    expect(m.notes).toContain('Perioden i linket går baglæns (fra mar. 2026 til sep. 2025); den vises fra sep. 2025 til mar. 2026.');
    expect(m.notes).toContain('Der er ingen tal for jan. 1800, som linket beder om som basis; indekset bruger sep. 2025 = 100.');
    expect(m.unitLabel).toContain('sep. 2025 = 100');
    expect(m.table.rows[0]!.cells[0]!.value).toBeCloseTo(100);
  });

  it('names the areas and periods that have data when the choice has none', () => {
    const m = trend({ indicator: 'ydelser', areas: ['151'] });
    expect(m.empty?.body).toBe('Der findes tal for Herlev i jul. 2025 – jul. 2026.');
  });

  it('speaks English with English months, number format and "Whole country"', () => {
    const m = trend({ indicator: 'ledighed_pct', areas: ['000', '163'] }, en);
    expect(m.legend.map((l) => l.name)).toEqual(['Whole country', 'Herlev']);
    expect(m.subtitle).toBe('per cent · Total · Jul 2025 – Jul 2026');
    expect(m.title).toBe('ledighed_pct (en)');
    expect(m.csv.columns[0]).toBe('area');
    expect(m.table.rows[0]!.header).toBe('Jul 2025');
    expect(m.table.rows[0]!.cells[0]!.text).toBe('3.1 %');
    for (const name of DANISH_MONTH_NAMES) expect(m.textAlternative).not.toContain(name);
  });
});

describe('area menus', () => {
  it('put Hele landet and the groups first, then municipalities by Danish alphabet', () => {
    const extra = { ...core, municipalities: [...core.municipalities, { code: '492', name: 'Ærø', region: '' }, { code: '580', name: 'Aabenraa', region: '' }, { code: '253', name: 'Greve', region: '' }] };
    expect(areaOptions(extra, da).map((o) => o.name)).toEqual(['Hele landet', 'Herlevs naboer', 'Albertslund', 'Ballerup', 'Glostrup', 'Greve', 'Herlev', 'København', 'Ærø', 'Aabenraa']);
  });
});

describe('choicesLine', () => {
  it('names two or three areas and counts the rest', () => {
    expect(choicesLine(da, { areas: ['Herlev', 'Ballerup', 'Glostrup', 'Rødovre', 'Albertslund'], indicator: 'Ledighed', period: 'juli 2026' })).toBe('Herlev, Ballerup og 3 andre · Ledighed · juli 2026');
    expect(choicesLine(en, { areas: ['Herlev', 'Ballerup', 'Glostrup'], indicator: 'Unemployment' })).toBe('Herlev, Ballerup, Glostrup · Unemployment');
    expect(choicesLine(da, { areas: [] })).toBe('');
  });

  describe('two indicators', () => {
    const both = (patch: Partial<ViewSpec>) =>
      trendModel({ core, observations: tables.get(patch.indicator ?? 'ledige')!, second: tables.get(patch.indicator2 ?? 'langtidsledige'), population: tables.get('befolkning'), spec: spec({ view: 'trend', indicator: 'ledige', indicator2: 'langtidsledige', ...patch }), locale: da });

    it('draws a second indicator with the same unit on the same axis, dashed, in the area colour', () => {
      const m = both({ areas: ['163'] });
      expect(m.panels).toHaveLength(1);
      expect(m.panels[0]!.drawn.map((d) => [d.key, d.name, d.dash])).toEqual([
        ['163', 'Herlev · ledige (da)', undefined],
        ['163:2', 'Herlev · langtidsledige (da)', '7 4'],
      ]);
      expect(m.panels[0]!.drawn[0]!.colour).toBe(m.panels[0]!.drawn[1]!.colour);
      expect(m.title).toBe('ledige (da) og langtidsledige (da)');
      expect(m.table.columns).toEqual(['Periode', 'Herlev · ledige (da)', 'Herlev · langtidsledige (da)']);
      expect(m.table.rows[0]!.cells.map((c) => c.value)).toEqual([426, 426]);
      // The CSV holds both indicators, each row named by its own.
      expect(new Set(m.csv.rows.map((r) => r[2]))).toEqual(new Set(['ledige', 'langtidsledige']));
      expect(m.csv.rows).toHaveLength(26);
    });

    it('gives an indicator with another unit a chart of its own, with its own unit', () => {
      const m = both({ areas: ['163', '151'], indicator2: 'ledighed_pct' });
      expect(m.panels.map((p) => [p.title, p.unitLabel, p.drawn.length])).toEqual([
        ['ledige (da)', 'personer', 2],
        ['ledighed_pct (da)', 'procent', 2],
      ]);
      expect(m.subtitle).toBe('I alt · jul. 2025 – jul. 2026');
      expect(m.table.rows[0]!.cells.map((c) => c.text)).toEqual(['426', '576', '3,2 %', '2,3 %']);
    });

    it('hides a series of either indicator on its own, and keeps it in the legend', () => {
      const m = both({ areas: ['163', '151'], hidden: ['151:2'] });
      expect(m.drawn.map((d) => d.key)).toEqual(['163', '151', '163:2']);
      expect(m.legend.filter((l) => l.hidden).map((l) => l.key)).toEqual(['151:2']);
      expect(m.csv.rows.filter((r) => r[2] === 'langtidsledige').every((r) => r[1] === '163')).toBe(true);
    });
  });
});
