import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { areaResolver } from '../../src/data/area-names.ts';
import { IngestError, convertJobindsats, convertStatbankTable, statbankValue } from '../../src/ingest/official-series.ts';
import { convertBenchmark } from '../../src/ingest/benchmark.ts';
import { periodFromRollingYear } from '../../src/data/statbank-period.ts';

const municipalities = [
  { code: '000', name: 'Hele landet', region: '' },
  { code: '101', name: 'København', region: 'Region Hovedstaden' },
  { code: '163', name: 'Herlev', region: 'Region Hovedstaden' },
  { code: '169', name: 'Høje-Taastrup', region: 'Region Hovedstaden' },
  { code: '580', name: 'Aabenraa', region: 'Region Syddanmark' },
];
const resolve = areaResolver(municipalities);
const fixture = (name: string) => readFileSync(`test/fixtures/ingest/${name}`, 'utf8');

describe('area names', () => {
  it('maps spellings to codes', () => {
    expect(resolve('Høje Taastrup')).toBe('169');
    expect(resolve('høje-taastrup kommune')).toBe('169');
    expect(resolve('Åbenrå')).toBe('580');
    expect(resolve('AABENRAA')).toBe('580');
    expect(resolve('Copenhagen')).toBe('101');
    expect(resolve('All Denmark')).toBe('000');
    expect(resolve('Smørum')).toBeNull();
  });
});

describe('convertStatbankTable', () => {
  it('reads a BOM, semicolons, Q and K quarters, skips regions and keeps .. as missing', () => {
    const rows = convertStatbankTable(fixture('statbank-quarterly.csv'), 'f.csv', resolve, { indicator: 'nettoledige_kontanthjaelp', source: 'dst-auk01' });
    expect(rows.map((r) => [r.area, r.period, r.value])).toEqual([
      ['000', '2022-Q3', 19206],
      ['101', '2022-Q4', 4000],
      ['169', '2022-Q4', null],
    ]);
    expect(rows[0]).toMatchObject({ unit: 'fte', kind: 'actual', breakdown: 'all', source_id: 'dst-auk01' });
  });

  it('stops on a name it cannot map, naming file, row and name', () => {
    expect(() => convertStatbankTable(fixture('statbank-unknown-name.csv'), 'f.csv', resolve, { indicator: 'befolkning', source: 'dst-folk1am' })).toThrow(
      new IngestError('f.csv, række 3: området "Smørum Kommune" kan ikke findes i municipalities.csv. Ret navnet eller tilføj et alias.'),
    );
  });

  it('reads Danish decimal commas and missing markers', () => {
    expect(statbankValue('1.234,5', 'x')).toBe(1234.5);
    expect(statbankValue('..', 'x')).toBeNull();
    expect(() => statbankValue('abc', 'x')).toThrow(IngestError);
  });
});

describe('convertJobindsats', () => {
  it('converts monthly series and latest-month breakdowns, null stays null', () => {
    const rows = convertJobindsats(JSON.parse(fixture('jobindsats-small.json')), resolve);
    const herlevTotal = rows.filter((r) => r.area === '163' && r.indicator === 'ledige' && r.breakdown === 'all');
    expect(herlevTotal.map((r) => [r.period, r.value])).toEqual([
      ['2022-06', 400],
      ['2022-07', null],
    ]);
    const visitation = rows.filter((r) => r.indicator === 'kontanthjaelp_visitation');
    expect(visitation.map((r) => [r.breakdown, r.period, r.value, r.unit])).toEqual([
      ['Jobparat', '2022-07', 87, 'fte'],
      ['Aktivitetsparat', '2022-07', 240, 'fte'],
    ]);
    expect(rows.some((r) => r.area === '000' && r.indicator === 'ledighed_pct' && r.breakdown === 'a-dagpenge' && r.value === 2.1)).toBe(true);
  });

  it('refuses a malformed file with a clear error', () => {
    expect(() => convertJobindsats({ municipalities: [] }, resolve)).toThrow(IngestError);
    expect(() => convertJobindsats({ municipalities: { x: { name: 'Herlev', unemployment: { labels: ['juli'], total: [1] } } }, national: { name: 'Hele landet' } }, resolve)).toThrow(/ukendt periode/);
  });
});

describe('convertBenchmark (Jobindsats Y30R21, one JSON object per line)', () => {
  const rows = convertBenchmark(fixture('y30r21-small.ndjson'), 'y30r21.csv', resolve);
  const find = (area: string, indicator: string, kind = 'actual', breakdown = 'all') =>
    rows.filter((r) => r.area === area && r.indicator === indicator && r.kind === kind && r.breakdown === breakdown);

  it('keeps a rolling year as the window of quarters it covers', () => {
    expect(periodFromRollingYear('2022QMAT02')).toBe('2021-Q3/2022-Q2');
    expect(periodFromRollingYear('2022QMAT04')).toBe('2022-Q1/2022-Q4');
    expect(periodFromRollingYear('2021QMAT01')).toBe('2020-Q2/2021-Q1');
    expect(periodFromRollingYear('2022Q2')).toBeNull();
    expect(find('163', 'benchmark_andel')[0]?.period).toBe('2021-Q3/2022-Q2');
    expect(find('163', 'benchmark_andel', 'actual', 'kontanthjælp mv.')[0]?.period).toBe('2022-Q1/2022-Q4');
  });

  it('reads decimal commas, names to codes, and keeps expected beside actual', () => {
    expect(find('169', 'benchmark_andel').map((r) => r.value)).toEqual([7.88]);
    expect(find('169', 'benchmark_andel', 'expected').map((r) => r.value)).toEqual([7.5]);
    expect(find('163', 'benchmark_forskel')).toMatchObject([{ value: -0.27, unit: 'pp' }]);
    expect(find('163', 'benchmark_fuldtid', 'expected')).toMatchObject([{ value: 1500, unit: 'fte' }]);
    expect(find('163', 'benchmark_placering')).toMatchObject([{ value: 20, unit: 'rank', source_id: 'jobindsats-y30r21' }]);
    expect(rows).toHaveLength(3 * 6);
  });

  it('stops on a row whose difference does not add up, a duplicate, an unknown group or a shared rank', () => {
    const line = fixture('y30r21-small.ndjson').replace(/^\uFEFF/, '').split('\n')[1]!;
    expect(() => convertBenchmark(line.replace('"-0,27"', '"0,27"'), 'f', resolve)).toThrow(/linje 1: forskellen i andel \(0.27\) passer ikke/);
    expect(() => convertBenchmark(`${line}\n${line}`, 'f', resolve)).toThrow(/linje 2: .*står der to gange/);
    expect(() => convertBenchmark(line.replace('Ydelsesgrupper i alt', 'Fleksjob'), 'f', resolve)).toThrow('f, linje 1: ukendt ydelsesgruppe "Fleksjob".');
    const other = line.replace('"Herlev"', '"Aabenraa"');
    expect(() => convertBenchmark(`${line}\n${other}`, 'f', resolve)).toThrow('f, linje 2: Aabenraa og Herlev har begge plads 20 i 2022QMAT02, Ydelsesgrupper i alt.');
    expect(() => convertBenchmark('{"Area": "Herlev",', 'f', resolve)).toThrow('f, linje 1: linjen er ikke JSON.');
  });
});
