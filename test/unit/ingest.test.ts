import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { areaResolver } from '../../src/data/area-names.ts';
import { IngestError, convertJobindsats, convertStatbankTable, statbankValue } from '../../src/ingest/official-series.ts';

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
