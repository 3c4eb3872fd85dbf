import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeObservations } from '../../src/data/bundle.ts';
import { KINDS, UNITS, type Observation } from '../../src/data/contract.ts';
import { compactObservations, ObservationTable } from '../../src/data/table.ts';
import { decodeTable, encodeTable, integerDecimals, WireFormatError } from '../../src/data/wire.ts';

const row = (area: string, period: string, value: number | null, extra: Partial<Observation> = {}): Observation => ({
  area,
  indicator: 'ledige',
  breakdown: 'all',
  period,
  value,
  unit: 'persons',
  kind: 'actual',
  source_id: 'jobindsats',
  item: '',
  quote: '',
  ...extra,
});

/** Through the build's encoder and the browser's decoder, as a copy in a fresh buffer (as fetched). */
function roundTrip(indicator: string, rows: Observation[]): ObservationTable {
  const bytes = encodeTable(compactObservations(encodeObservations(indicator, rows)));
  return ObservationTable.of(decodeTable(bytes.slice().buffer));
}

describe('the binary wire format', () => {
  it('gives back every row, sorted by area, breakdown and time, with missing values and every text column', () => {
    const rows = [
      row('163', '2023-02', 1210.5, { quote: 'Herlev havde 1.210,5 ledige', item: '7', source_id: 'herlev-2023' }),
      row('163', '2023-01', null),
      row('151', '2023-01', 980),
      row('163', '2023-12', 1100, { kind: 'target' }),
      row('163', '2023-01', 4.25, { breakdown: 'kvinder', unit: 'pct' }),
    ];
    const table = roundTrip('ledige', rows);
    expect(table.size).toBe(5);
    expect(table.rows()).toEqual([rows[2], rows[1], rows[0], rows[3], rows[4]]);
    expect(table.series('163', 'all').map((r) => [r.period, r.value, r.kind])).toEqual([
      ['2023-01', null, 'actual'],
      ['2023-02', 1210.5, 'actual'],
      ['2023-12', 1100, 'target'],
    ]);
    expect(table.periods('all')).toEqual(['2023-01', '2023-02', '2023-12']);
    expect(table.latestPeriod('all')).toBe('2023-02');
    expect(table.valuesAt('all', '2023-01')).toEqual(new Map([['151', 980], ['163', null]]));
  });

  it('keeps a column that is the same on every row as one code, and narrows the others', () => {
    const rows = Array.from({ length: 300 }, (_, i) => row(String(100 + (i % 3)), `${2000 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`, i));
    const compact = compactObservations(encodeObservations('ledige', rows));
    expect(typeof compact.unit).toBe('number');
    expect(typeof compact.quote).toBe('number');
    expect(compact.period).toBeInstanceOf(Uint16Array);
    expect(compact.seriesStart).toEqual(Uint32Array.from([0, 100, 200, 300]));
    // After the header: three series (three 4-byte columns, each padded to 8 bytes), then periods
    // (2 bytes) and whole-number values (4 bytes) per row; the constant columns take no bytes.
    const bytes = encodeTable(compact);
    const headerEnd = Math.ceil((12 + new DataView(bytes.buffer).getUint32(8, true)) / 8) * 8;
    expect(bytes.length - headerEnd).toBe(16 + 16 + 16 + 300 * 2 + 300 * 4);
  });

  it('stores values as scaled integers only where that is exact', () => {
    expect(integerDecimals(Float64Array.from([1, 2, NaN, 300000]))).toBe(0);
    expect(integerDecimals(Float64Array.from([4.3, 12.25]))).toBe(2);
    expect(integerDecimals(Float64Array.from([0.1 + 0.2]))).toBeNull();
    expect(integerDecimals(Float64Array.from([3e9]))).toBeNull();
    const table = roundTrip('x', [row('163', '2023-01', 0.1 + 0.2), row('163', '2023-02', 3e9)]);
    expect(table.series('163', 'all').map((r) => r.value)).toEqual([0.1 + 0.2, 3e9]);
  });

  it('reads back any rows the contract allows', () => {
    const observation = fc.record({
      area: fc.constantFrom('000', '101', '163', 'g-nord'),
      breakdown: fc.constantFrom('all', 'kvinder', 'Æ ø å'),
      period: fc.constantFrom('2023-01', '2023-02', '2023', '2023-Q4', '2024-Q1/2024-Q4', '2022-11-30'),
      value: fc.option(fc.oneof(fc.integer({ min: -1e6, max: 1e9 }), fc.double({ noNaN: true, noDefaultInfinity: true })), { nil: null }),
      unit: fc.constantFrom(...UNITS),
      kind: fc.constantFrom(...KINDS),
      source_id: fc.string({ maxLength: 4 }),
      item: fc.string({ maxLength: 3 }),
      quote: fc.string({ maxLength: 30 }),
    });
    fc.assert(
      fc.property(fc.array(observation, { maxLength: 60 }), (drawn) => {
        const rows = drawn.map((r) => ({ ...r, indicator: 'x', value: Object.is(r.value, -0) ? 0 : r.value }));
        const direct = ObservationTable.fromRows('x', rows);
        const read = roundTrip('x', rows);
        expect(read.rows()).toEqual(direct.rows());
        for (const b of ['all', 'kvinder']) expect(read.latestPeriod(b)).toBe(direct.latestPeriod(b));
      }),
      { numRuns: 200 },
    );
  });

  it('refuses a file that is not ours, or cut short, with a message naming it', () => {
    const bytes = encodeTable(compactObservations(encodeObservations('ledige', [row('163', '2023-01', 1), row('151', '2023-01', 2)])));
    expect(() => decodeTable(new TextEncoder().encode('{"dict": []}').buffer, 'obs/ledige.bin')).toThrow(WireFormatError);
    expect(() => decodeTable(new TextEncoder().encode('{"dict": []}').buffer, 'obs/ledige.bin')).toThrow('obs/ledige.bin kan ikke læses: den er ikke en Kommunetal-datafil i format 1.');
    expect(() => decodeTable(bytes.slice(0, bytes.length - 4).buffer, 'obs/ledige.bin')).toThrow('obs/ledige.bin kan ikke læses: filen er afkortet.');
    expect(() => decodeTable(bytes.slice(0, 20).buffer)).toThrow('filen er afkortet');
  });
});
