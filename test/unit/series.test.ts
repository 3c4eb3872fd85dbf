import { ObservationTable } from '../../src/data/table.ts';
import { describe, expect, it } from 'vitest';
import type { Observation } from '../../src/data/contract.ts';
import { chartRows, indexSeries, inPeriodRange, observationsForView, perThousandSeries, populationLookup } from '../../src/data/series.ts';
import { formatFor } from '../../src/format/format.ts';
const { number: formatNumber, period: formatPeriod, value: formatValue, change: formatChange } = formatFor('da');

const o = (area: string, period: string, value: number | null, kind: Observation['kind'] = 'actual', breakdown = 'all'): Observation => ({
  area,
  indicator: 'x',
  breakdown,
  period,
  value,
  unit: 'persons',
  kind,
  source_id: 's',
  item: '',
  quote: '',
});

const obs = [o('163', '2022-01', 100), o('163', '2022-02', 110), o('163', '2022-03', null), o('151', '2022-01', 50), o('151', '2022-02', 40), o('163', '2022-12', 90, 'target'), o('163', '2022-02', 7, 'actual', 'other')];

describe('observationsForView', () => {
  it('groups by area and kind in the chosen order and filters breakdown and range', () => {
    const s = observationsForView(obs, { areas: ['151', '163'], breakdown: 'all', from: '2022-02', to: null });
    expect(s.map((x) => x.key)).toEqual(['151', '163', '163:target']);
    expect(s[1]!.points.map((p) => [p.period, p.value])).toEqual([
      ['2022-02', 110],
      ['2022-03', null],
    ]);
  });
  it('includes a day or quarter that falls inside the range', () => {
    expect(inPeriodRange('2021-01-19', '2021', '2021-01')).toBe(true);
    expect(inPeriodRange('2021-Q1', '2021-02', null)).toBe(false);
    expect(inPeriodRange('2022', null, '2021-12')).toBe(false);
  });
});

describe('modes', () => {
  it('indexes to the base period = 100 and keeps missing values missing', () => {
    const s = indexSeries(observationsForView(obs, { areas: ['163'], breakdown: 'all', from: null, to: '2022-03' }), '2022-02');
    expect(s[0]!.points.map((p) => p.value)).toEqual([(100 / 110) * 100, 100, null]);
  });
  it('indexes to the first value when no base is chosen', () => {
    const s = indexSeries(observationsForView(obs, { areas: ['151'], breakdown: 'all', from: null, to: null }), null);
    expect(s[0]!.points.map((p) => p.value)).toEqual([100, 80]);
  });
  it('divides by the population of the same month', () => {
    const pop = populationLookup(ObservationTable.fromRows('befolkning', [o('163', '2022-01', 20000), o('163', '2022-02', 22000)]));
    const s = perThousandSeries(observationsForView(obs, { areas: ['163'], breakdown: 'all', from: null, to: '2022-03' }), pop);
    expect(s[0]!.points.map((p) => p.value)).toEqual([5, 5, null]);
  });
  it('merges series into one row per time for chart and table', () => {
    const rows = chartRows(observationsForView(obs, { areas: ['163', '151'], breakdown: 'all', from: null, to: null }));
    expect(rows.map((r) => [r.period, r['163'], r['151'], r['163:target']])).toEqual([
      ['2022-01', 100, 50, undefined],
      ['2022-02', 110, 40, undefined],
      ['2022-03', null, undefined, undefined],
      ['2022-12', undefined, undefined, 90],
    ]);
  });
});

describe('Danish formats', () => {
  it('formats numbers, values and periods the Danish way', () => {
    expect(formatNumber(1234.5)).toBe('1.234,5');
    expect(formatNumber(2790, 0)).toBe('2.790');
    expect(formatValue(21.5, 'pct')).toBe('21,5 %');
    expect(formatValue(806000, 'dkk')).toBe('806.000 kr.');
    expect(formatValue(70, 'rank')).toBe('nr. 70');
    expect(formatValue(null, 'persons')).toBe('ingen data');
    expect(formatPeriod('2022-07')).toBe('jul. 2022');
    expect(formatPeriod('2022-07', true)).toBe('juli 2022');
    expect(formatPeriod('2020-Q3')).toBe('3. kvt. 2020');
    expect(formatPeriod('2021-01-19', true)).toBe('19. januar 2021');
    const en = formatFor('en');
    expect(en.number(1234.5)).toBe('1,234.5');
    expect(en.period('2022-07', true)).toBe('July 2022');
    expect(en.period('2020-Q3')).toBe('Q3 2020');
    expect(en.value(null, 'persons')).toBe('no data');
    expect(formatChange(-0.3, 1, 'procentpoint')).toBe('−0,3 procentpoint');
    expect(formatChange(71, 0)).toBe('+71');
    expect(formatChange(0, 1)).toBe('±0');
  });
});

describe('niceTicks', () => {
  it('gives round ticks that cover the data', async () => {
    const { niceTicks } = await import('../../src/charts/ticks.ts');
    expect(niceTicks(0, 3.4)).toEqual([0, 1, 2, 3, 4]);
    expect(niceTicks(0, 2889)).toEqual([0, 1000, 2000, 3000]);
    expect(niceTicks(87, 113)).toEqual([80, 90, 100, 110, 120]);
    expect(niceTicks(5, 5)).toEqual([4.5, 4.75, 5, 5.25, 5.5]);
    expect(niceTicks(0, 0)).toEqual([0, 1]);
  });
});

describe('dodgeLabels', () => {
  it('keeps labels apart, in bounds and in the input order', async () => {
    const { dodgeLabels } = await import('../../src/charts/label-layout.ts');
    expect(dodgeLabels([100, 100, 100], 15, 0, 400)).toEqual([100, 115, 130]);
    expect(dodgeLabels([50, 200], 15, 0, 400)).toEqual([50, 200]);
    expect(dodgeLabels([398, 400, 399], 15, 0, 400)).toEqual([370, 400, 385]);
    const placed = dodgeLabels([5, 6, 7, 8], 10, 0, 20);
    expect(Math.min(...placed)).toBeGreaterThanOrEqual(0);
  });
});

describe('colourScale', () => {
  it('puts every value in a class, lowest in the lightest colour, and leaves missing values out', async () => {
    const { colourScale } = await import('../../src/charts/colour-scale.ts');
    const scale = colourScale([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, null])!;
    expect(scale.kind).toBe('sequential');
    expect(scale.colourOf(1)).toBe(scale.classes[0]!.colour);
    expect(scale.colourOf(10)).toBe(scale.classes.at(-1)!.colour);
    expect(scale.colourOf(null)).toBeNull();
    expect(colourScale([null])).toBeNull();
  });
  it('diverges around zero for changes', async () => {
    const { colourScale } = await import('../../src/charts/colour-scale.ts');
    const scale = colourScale([-2, -1, 0.5, 3])!;
    expect(scale.kind).toBe('diverging');
    expect(scale.colourOf(0)).toBe('#f7f7f7');
    expect(scale.colourOf(-3)).toBe('#b35806');
  });
});

describe('thinForDrawing and ObservationTable', () => {
  it('keeps first, last and sparse points when thinning', async () => {
    const { thinForDrawing } = await import('../../src/data/series.ts');
    const rows = Array.from({ length: 1000 }, (_, i) => ({ time: i, period: String(i), a: i, ...(i === 501 ? { t: 5 } : {}) }));
    const thin = thinForDrawing(rows, 100, ['t']);
    expect(thin.length).toBeLessThanOrEqual(102);
    expect(thin[0]!.time).toBe(0);
    expect(thin.at(-1)!.time).toBe(999);
    expect(thin.some((r) => r.time === 501)).toBe(true);
    expect(thinForDrawing(rows.slice(0, 50), 100)).toHaveLength(50);
  });

  it('answers the same as the plain arrays, from unsorted rows', async () => {
    const { ObservationTable } = await import('../../src/data/table.ts');
    const shuffled = [...obs].reverse();
    const table = ObservationTable.fromRows('x', shuffled);
    expect(table.size).toBe(obs.length);
    expect(table.series('163', 'all').map((r) => [r.period, r.value, r.kind])).toEqual([
      ['2022-01', 100, 'actual'],
      ['2022-02', 110, 'actual'],
      ['2022-03', null, 'actual'],
      ['2022-12', 90, 'target'],
    ]);
    const q = { areas: ['151', '163'], breakdown: 'all', from: '2022-02', to: null };
    expect(table.forView(q)).toEqual(observationsForView(obs, q));
    expect(table.periods('all')).toEqual(['2022-01', '2022-02', '2022-03', '2022-12']);
    expect(table.latestPeriod('all')).toBe('2022-02');
    expect(table.at('all', '2022-02').map((r) => [r.area, r.value])).toEqual([['151', 40], ['163', 110]]);
    expect(table.series('999', 'all')).toEqual([]);
    expect(table.rows()).toHaveLength(obs.length);
  });
});
