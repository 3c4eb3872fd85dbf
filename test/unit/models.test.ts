// The view models, on a small world of five municipalities whose figures are easy to check by hand.
import { describe, expect, it } from 'vitest';
import { areaColours } from '../../src/charts/palette.ts';
import type { CoreBundle } from '../../src/data/bundle.ts';
import type { Indicator, Observation, Unit } from '../../src/data/contract.ts';
import { ObservationTable } from '../../src/data/table.ts';
import { compareModel } from '../../src/features/compare/model.ts';
import { grantsModel } from '../../src/features/grants/model.ts';
import { mapModel } from '../../src/features/map/model.ts';
import { overviewModel } from '../../src/features/overview/model.ts';
import { reportModel } from '../../src/features/report/model.ts';
import { sourcesModel } from '../../src/features/sources/model.ts';
import { trendModel } from '../../src/features/trend/model.ts';
import { DANISH_MONTH_NAMES } from '../../src/format/format.ts';
import { areaOptions, localeFor } from '../../src/i18n/locale.ts';
import { DEFAULT_SPEC, type ViewSpec } from '../../src/view/view-spec.ts';

const da = localeFor('da');
const en = localeFor('en');
const AREAS = ['000', '101', '151', '161', '163', '165'];
const MONTHS = Array.from({ length: 13 }, (_, i) => `${i < 6 ? 2025 : 2026}-${String(((i + 6) % 12) + 1).padStart(2, '0')}`);

const indicator = (id: string, unit: Unit, lower = 'yes'): Indicator => ({ indicator: id, label_da: `${id} (da)`, label_en: `${id} (en)`, unit, description_da: '', lower_is_better: lower, share_of: '' });
const obs = (indicator: string, area: string, period: string, value: number | null, unit: Unit, extra: Partial<Observation> = {}): Observation => ({
  area, indicator, breakdown: 'all', period, value, unit, kind: 'actual', source_id: `src-${indicator}`, item: '', quote: '', ...extra,
});

// Herlev (163) and Glostrup (161) share 3,0 %; Ballerup (151) is lowest; Albertslund (165) highest.
const PCT: Record<string, number> = { '000': 2.9, '101': 3.5, '151': 2.1, '161': 3.0, '163': 3.0, '165': 4.2 };
const POP: Record<string, number> = { '000': 5_000_000, '101': 600_000, '151': 50_000, '161': 20_000, '163': 30_000, '165': 28_000 };
const LEDIGE: Record<string, number> = { '000': 90_000, '101': 12_000, '151': 600, '161': 300, '163': 450, '165': 700 };

function world() {
  const ledighedPct = ObservationTable.fromRows('ledighed_pct', AREAS.flatMap((a) => MONTHS.map((m, i) => obs('ledighed_pct', a, m, PCT[a]! + (i === 12 ? 0 : 0.2), 'pct'))));
  const ledige = ObservationTable.fromRows('ledige', AREAS.flatMap((a) => MONTHS.map((m, i) => obs('ledige', a, m, LEDIGE[a]! - (12 - i) * 2, 'persons'))));
  // The population series ends four months before the others, as Danmarks Statistik's does.
  const befolkning = ObservationTable.fromRows('befolkning', AREAS.flatMap((a) => MONTHS.slice(0, 9).map((m) => obs('befolkning', a, m, POP[a]!, 'persons'))));
  // Two yearly figures from minutes, twelve months apart, for Herlev.
  const minutes = ObservationTable.fromRows('ydelser', [obs('ydelser', '163', '2025-07', 2889, 'fte', { source_id: 'herlev-2022' }), obs('ydelser', '163', '2026-07', 2790, 'fte', { source_id: 'herlev-2022' })]);
  const visitation = ObservationTable.fromRows('visitation', ['Jobparat', 'Aktivitetsparat'].flatMap((b, k) => ['163', '151'].map((a) => obs('visitation', a, '2026-07', 100 * (k + 1) + Number(a), 'fte', { breakdown: b }))));
  const tables = new Map([
    ['ledighed_pct', ledighedPct],
    ['ledige', ledige],
    ['befolkning', befolkning],
    ['ydelser', minutes],
    ['visitation', visitation],
    ['langtidsledige', ledige],
    ['kontanthjaelp_pct_befolkning', ledighedPct],
    ['aktiveringsgrad', ledighedPct],
    ['kontanthjaelp_fuldtid', ledige],
    ['kontanthjaelp_personer', ledige],
  ]);
  const entry = (id: string, breakdowns = ['all'], areas = AREAS) => ({ indicator: id, file: `obs/${id}.json`, rows: 1, areas, breakdowns, firstPeriod: MONTHS[0]!, lastPeriod: MONTHS.at(-1)!, kinds: ['actual' as const], sources: [`src-${id}`] });
  const core: CoreBundle = {
    version: 1,
    dataVersion: 'test',
    publishedOn: '2026-08-22',
    errors: [],
    municipalities: [
      { code: '000', name: 'Hele landet', region: '' },
      { code: '101', name: 'København', region: 'Hovedstaden' },
      { code: '151', name: 'Ballerup', region: 'Hovedstaden' },
      { code: '161', name: 'Glostrup', region: 'Hovedstaden' },
      { code: '163', name: 'Herlev', region: 'Hovedstaden' },
      { code: '165', name: 'Albertslund', region: 'Hovedstaden' },
    ],
    groups: ['151', '161', '163'].map((m) => ({ group_id: 'herlev-naboer', name: 'Herlevs naboer', member_code: m, weighting: '' })),
    indicators: [
      indicator('ledighed_pct', 'pct'),
      indicator('ledige', 'persons'),
      indicator('befolkning', 'persons', 'no'),
      indicator('ydelser', 'fte'),
      indicator('visitation', 'fte'),
      indicator('langtidsledige', 'persons'),
      indicator('kontanthjaelp_pct_befolkning', 'pct'),
      indicator('aktiveringsgrad', 'pct', 'no'),
      indicator('kontanthjaelp_fuldtid', 'fte'),
      indicator('kontanthjaelp_personer', 'persons'),
    ],
    catalog: [entry('ledighed_pct'), entry('ledige'), entry('befolkning'), entry('ydelser', ['all'], ['163']), entry('visitation', ['Jobparat', 'Aktivitetsparat'], ['163', '151']), entry('langtidsledige'), entry('kontanthjaelp_pct_befolkning'), entry('aktiveringsgrad'), entry('kontanthjaelp_fuldtid'), entry('kontanthjaelp_personer')],
    sources: [
      ...['ledighed_pct', 'ledige', 'ydelser', 'visitation', 'langtidsledige', 'kontanthjaelp_pct_befolkning', 'aktiveringsgrad', 'kontanthjaelp_fuldtid', 'kontanthjaelp_personer'].map((i) => ({ source_id: `src-${i}`, municipality_code: '000', body: 'Jobindsats.dk / STAR', meeting_date: '', title: i, document: i, url: '', publisher: '', retrieved: '' })),
      { source_id: 'src-befolkning', municipality_code: '000', body: 'Danmarks Statistik', meeting_date: '', title: 'FOLK1AM', document: 'FOLK1AM', url: '', publisher: '', retrieved: '' },
      { source_id: 'herlev-2022', municipality_code: '163', body: 'Beskæftigelsesudvalget', meeting_date: '2022-10-26', title: 'Referat', document: 'herlev.txt', url: '', publisher: 'Herlev Kommune', retrieved: '' },
    ],
    grants: [
      { grant_id: 'a', municipality_code: '165', title: 'Afklaring', grantor: 'STAR', amount_dkk: 806000, period_start: '2021-01-01', period_end: '2022-12-31', decided_on: '2021-01-25', source_id: 'herlev-2022', item: '4', guaranteed_dkk: 645000, at_risk_dkk: 161000, budget_total_dkk: null, quote: '' },
      { grant_id: 'b', municipality_code: '163', title: 'Job', grantor: 'Kommunen', amount_dkk: 1_200_000, period_start: '', period_end: '', decided_on: '2022-10-26', source_id: 'herlev-2022', item: '5', guaranteed_dkk: null, at_risk_dkk: null, budget_total_dkk: null, quote: '' },
    ],
    grantLines: [{ grant_id: 'a', line: 'Løn', amount_dkk: 806000 }],
  };
  return { core, tables };
}

const spec = (patch: Partial<ViewSpec>): ViewSpec => ({ ...DEFAULT_SPEC, ...patch });
const { core, tables } = world();

describe('trend model', () => {
  const trend = (patch: Partial<ViewSpec>, locale = da) =>
    trendModel({ core, observations: tables.get(patch.indicator ?? 'ledige')!, population: tables.get('befolkning'), spec: spec({ view: 'trend', indicator: 'ledige', ...patch }), locale });

  it('offers per 1.000 for a count, divides by the population and says where the population ends', () => {
    const m = trend({ areas: ['163', '151'], mode: 'per1000' });
    expect(m.per1000.available).toBe(true);
    expect(m.mode).toBe('per1000');
    const herlev = m.series.find((s) => s.key === '163')!;
    expect(herlev.points[0]!.value).toBeCloseTo(((450 - 24) / 30_000) * 1000);
    // The population stops in 2026-03, so do the lines, and a note says so.
    expect(herlev.points.at(-1)!.period).toBe('2026-03');
    expect(m.subtitle).toBe('personer pr. 1.000 indbyggere · I alt · jul. 2025 – mar. 2026');
    expect(m.notes).toContain('Befolkningstallene går til og med marts 2026; senere måneder kan ikke vises pr. 1.000 indbyggere.');
    expect(m.sourceLine).toBe('Kilde: Jobindsats.dk / STAR, ledige; Danmarks Statistik, FOLK1AM');
    expect(m.table.rows[0]!.cells.map((c) => c.text)).toEqual(['14,20', '11,52']);
  });

  it('does not offer per 1.000 for a share', () => {
    const m = trend({ indicator: 'ledighed_pct', areas: ['163'], mode: 'per1000' });
    expect(m.per1000.available).toBe(false);
    expect(m.mode).toBe('absolute');
    expect(m.per1000.reason).toContain('allerede en andel');
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
    expect(m.bars[0]!.label).toBe('3.0 % (joint no. 2–3 of 5)');
    expect(m.references[0]!.label).toBe('Whole country: 2.9 %');
    expect(m.subtitle).toBe('per cent · Total · July 2026');
  });
});

describe('map model', () => {
  it('describes a municipality with value, rank, direction and period', () => {
    const m = mapModel({ core, observations: tables.get('ledighed_pct')!, population: undefined, spec: spec({ view: 'map' }), locale: da });
    expect(m.describe('163')).toBe('Herlev: 3,0 %, delt nr. 2–3 af 5 (1 = lavest), juli 2026');
    expect(m.table.rows.map((r) => r.header)).toEqual(['Ballerup', 'Glostrup', 'Herlev', 'København', 'Albertslund']);
    expect(m.csv.rows[0]).toEqual(['Ballerup', '151', 'ledighed_pct', 'all', '2026-07', 2.1, 'procent', 'nr. 1 af 5']);
    expect(m.sourceLine).toContain('ledighed_pct');
  });
});

describe('report model', () => {
  it('ranks a share with its direction and writes the sentence in both languages', () => {
    const m = reportModel({ core, tables, spec: spec({ view: 'report', areas: ['163'] }), locale: da });
    expect(m.period).toBe('2026-07');
    const ledighed = m.themes.find((r) => r.theme.id === 'ledighed')!;
    expect(ledighed.rankText).toBe('delt nr. 2–3 af 5 · 1 = lavest');
    expect(ledighed.sentence).toBe('Ledigheden i Herlev var 3,0 % i juli 2026, 0,2 procentpoint lavere end året før; delt nr. 2–3 af 5 kommuner (1 = lavest).');
    const english = reportModel({ core, tables, spec: spec({ view: 'report', areas: ['163'], lang: 'en' }), locale: en });
    expect(english.themes[0]!.sentence).toBe('Unemployment in Herlev was 3.0 % in July 2026, 0.2 percentage points lower than a year before; joint no. 2–3 of 5 municipalities (1 = lowest).');
    for (const name of DANISH_MONTH_NAMES) expect(english.textAlternative).not.toContain(name);
  });

  it('divides the month\'s count by the newest population when the population series ends earlier, and says so', () => {
    const m = reportModel({ core, tables, spec: spec({ view: 'report', areas: ['163'] }), locale: da });
    const lang = m.themes.find((r) => r.theme.id === 'langtidsledighed')!;
    expect(lang.per1000).toBeCloseTo((450 / 30_000) * 1000);
    // Every point of the chart is per 1.000: none falls back to a raw count.
    expect(lang.rows.every((r) => typeof r['163'] === 'number' && r['163'] < 20)).toBe(true);
    expect(m.notes).toEqual(['Tal pr. 1.000 indbyggere og vægtede gennemsnit bruger de nyeste befolkningstal, fra marts 2026.']);
  });

  it('compares a count per 1.000 inhabitants, ranks that and draws the peers on the same scale', () => {
    const m = reportModel({ core, tables, spec: spec({ view: 'report', areas: ['163'], at: '2026-03' }), locale: da });
    const lang = m.themes.find((r) => r.theme.id === 'langtidsledighed')!;
    expect(lang.value).toBe(450 - 8);
    expect(lang.per1000).toBeCloseTo((442 / 30_000) * 1000);
    expect(lang.rank).not.toBeNull();
    expect(lang.unitLabel).toBe('personer pr. 1.000 indbyggere');
    expect(lang.series.map((s) => s.name)).toEqual(['Herlev', 'Hele landet', 'Ballerup', 'Glostrup', 'Albertslund']);
    const row = lang.rows.find((r) => r.period === '2026-03')!;
    expect(row['151']).toBeCloseTo((592 / 50_000) * 1000);
    expect(lang.sentence).toContain('14,7 pr. 1.000 indbyggere');
    expect(m.csv.rows.find((r) => r[0] === 'Langtidsledighed')?.[7]).toBeCloseTo(14.733, 2);
  });

  it('gives Herlev the same colour wherever it stands in the list', () => {
    const report = reportModel({ core, tables, spec: spec({ view: 'report', areas: ['163'] }), locale: da });
    const herlev = report.legend.find((l) => l.key === '163')!.colour;
    expect(areaColours(['151', '165', '163']).get('163')).toBe(herlev);
    expect(areaColours(['163']).get('163')).toBe(herlev);
    expect(areaColours(['000', '161', '151', '163', '165']).get('163')).toBe(herlev);
    // Adding an area never recolours those already chosen.
    const before = areaColours(['163', '151']);
    const after = areaColours(['163', '151', '101', '161', '165']);
    expect([after.get('163'), after.get('151')]).toEqual([before.get('163'), before.get('151')]);
  });
});

describe('overview model', () => {
  it('gives counts a rate per 1.000 and a rank, and shares a rank with direction', () => {
    const m = overviewModel({ core, tables, spec: spec({ areas: ['163'] }), locale: da });
    const ledige = m.cards.find((c) => c.indicator === 'ledige')!;
    expect(ledige.valueText).toBe('450');
    // July's figure divided by the newest population (March): said in the view's notes.
    expect(ledige.rateText).toBe('15,0 pr. 1.000 indbyggere');
    expect(ledige.rankText).toBe('delt nr. 2–3 af 5 · 1 = lavest');
    const pct = m.cards.find((c) => c.indicator === 'ledighed_pct')!;
    expect(pct.rankText).toBe('delt nr. 2–3 af 5 · 1 = lavest');
    expect(pct.good).toBe(true);
    expect(pct.changeText).toBe('−0,2 procentpoint siden jul. 2025');
  });
});

describe('grants model', () => {
  it('filters and sorts from the spec and exports what it shows', () => {
    const all = grantsModel(core, spec({ view: 'grants' }), da);
    expect(all.rows.map((r) => r.grant.grant_id)).toEqual(['b', 'a']);
    const sorted = grantsModel(core, spec({ view: 'grants', sort: 'municipality' }), da);
    expect(sorted.rows.map((r) => r.municipality)).toEqual(['Albertslund', 'Herlev']);
    const star = grantsModel(core, spec({ view: 'grants', grantor: 'STAR', grant: 'a' }), en);
    expect(star.frame.csv.rows).toEqual([['Albertslund', '165', 'Afklaring', 'STAR', 806000, '2021-01-01', '2022-12-31', '2021-01-25', 'herlev-2022', '4']]);
    expect(star.subtitle).toBe('1 grant, DKK 806,000 in all');
    expect(star.selected?.total).toBe('DKK 806,000');
  });
});

describe('sources model', () => {
  it('lists each meeting with its figures and grants', () => {
    const m = sourcesModel(core, new Map([['ydelser', tables.get('ydelser')!]]), da);
    expect(m.meetings).toHaveLength(1);
    expect(m.meetings[0]!.figures.map((f) => [f.period, f.value])).toEqual([['juli 2025', '2.889'], ['juli 2026', '2.790']]);
    expect(m.meetings[0]!.count).toBe(' – 2 tal, 2 bevillinger');
    expect(m.tables.find((t) => t.source.source_id === 'src-befolkning')?.indicators).toBe('befolkning (da) (jul. 2025 – jul. 2026, 6 områder)');
  });
});

describe('area menus', () => {
  it('put Hele landet and the groups first, then municipalities by Danish alphabet', () => {
    const extra = { ...core, municipalities: [...core.municipalities, { code: '492', name: 'Ærø', region: '' }, { code: '580', name: 'Aabenraa', region: '' }, { code: '253', name: 'Greve', region: '' }] };
    expect(areaOptions(extra, da).map((o) => o.name)).toEqual(['Hele landet', 'Herlevs naboer', 'Albertslund', 'Ballerup', 'Glostrup', 'Greve', 'Herlev', 'København', 'Ærø', 'Aabenraa']);
  });
});
