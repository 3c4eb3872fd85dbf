import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { areaResolver } from '../../src/data/area-names.ts';
import { loadDataDir } from '../../scripts/data-dir.ts';
import { detectDelimiter, parseNumber } from '../../src/import/formats.ts';
import { importRows, shapeImport } from '../../src/import/shape.ts';
import { importText } from '../../src/import/pipeline.ts';
import { suggestedLabel } from '../../src/import/describe.ts';
import type { ImportOutcome } from '../../src/import/outcome.ts';

const resolve = areaResolver(loadDataDir('data').dataset.municipalities);
const fixture = (name: string) => readFileSync(`test/fixtures/import/${name}`, 'utf8');
const run = (name: string): ImportOutcome & { rows: ReturnType<typeof importRows> } => {
  const r = importText(fixture(name), resolve);
  if ('failed' in r) throw new Error(r.failed);
  return { ...r, rows: importRows(r.columns) };
};
const failed = (name: string) => {
  const r = importText(fixture(name), resolve);
  return 'failed' in r ? r.failed : r.detection.problem;
};

describe('import formats', () => {
  it('reads a Statistikbanken long export: BOM, decimal comma, .., regions, old spellings, K quarters', () => {
    const r = run('statbank-long.csv');
    expect(r.detection.format).toBe('statbank-long');
    expect(r.rows.map((x) => [x.area, x.period, x.breakdown, x.value])).toEqual([
      ['000', '2022-07', 'all', 1234.5],
      ['169', '2022-07', 'all', null],
      ['580', '2022-Q3', 'all', 410.5],
      ['163', '2022-07', 'all', 399],
      ['163', '2022-08', 'all', 401],
    ]);
    // A column with one value names the figures rather than splitting them.
    expect(r.dimensions.map((d) => [d.name, d.use])).toEqual([['YDELSESTYPE', { kind: 'filter', value: 'Kontanthjælp' }]]);
    expect(suggestedLabel(r, 'statbank-long.csv')).toBe('Kontanthjælp');
    expect(r.skippedAggregates).toBe(1);
    expect(r.errors).toEqual([]);
  });

  it('reads the wide layout with periods as columns', () => {
    const r = run('statbank-wide.csv');
    expect(r.detection.format).toBe('statbank-wide');
    expect(r.rows.filter((x) => x.area === '163').map((x) => [x.period, x.value])).toEqual([
      ['2022-06', 410],
      ['2022-07', 399],
      ['2022-08', null],
    ]);
    expect(r.rows).toHaveLength(6);
  });

  it('reads a jobindsats.dk export with benefit groups and thousands separators', () => {
    const r = run('jobindsats.csv');
    expect(r.detection.format).toBe('jobindsats');
    expect(r.rows.map((x) => [x.area, x.period, x.breakdown, x.value])).toEqual([
      ['580', '2022-07', 'A-dagpenge', 1234],
      ['580', '2022-07', 'Kontanthjælp', 987],
      ['580', '2022-08', 'A-dagpenge', 1198],
    ]);
  });

  it('validates our own contract format row by row', () => {
    const r = run('contract.csv');
    expect(r.detection.format).toBe('contract');
    expect(r.contractRows.map((o) => o.value)).toEqual([444, null]);
    expect(r.errors.map((e) => `${e.row}:${e.column}`)).toEqual(['4:period', '4:unit']);
  });
});

describe('broken files', () => {
  it('explains empty, binary, header-only and header-less files', () => {
    expect(failed('empty.csv')).toBe('Filen er tom.');
    expect(failed('binary.csv')).toContain('ser ikke ud til at være tekst');
    expect(failed('header-only.csv')).toBe('Filen har kun en overskriftsrække og ingen tal.');
    expect(failed('no-header.csv')).toContain('Første række ligner data');
    expect(failed('wrong-delimiter.csv')).toContain('kun én kolonne');
  });

  it('rejects text in a number column and bad periods with row, column and reason', () => {
    const r = run('text-in-number.csv');
    expect(r.rows).toHaveLength(1);
    expect(r.errors.map((e) => [e.row, e.column, e.message])).toEqual([
      [2, 'INDHOLD', '"mange" er ikke et tal.'],
      [4, 'TID', '"juli" er ikke en periode (brug fx 2022M07, 2022K3, 2022Q3 eller 2022).'],
    ]);
    expect(r.errors[0]!.raw).toEqual(['Herlev', '2022M07', 'mange']);
  });

  it('lists unknown areas with their rows instead of dropping them, and maps them when told', () => {
    const r = run('unknown-area.csv');
    expect(r.unmapped).toEqual([['Smørum', [3, 4]]]);
    expect(r.rows).toHaveLength(1);
    const mapped = importText(fixture('unknown-area.csv'), resolve, null, new Map([['Smørum', '190']]));
    expect('failed' in mapped ? [] : importRows(mapped.columns).map((x) => x.area)).toEqual(['163', '190', '190']);
  });

  it('asks which column is which when the names do not say', () => {
    const r = run('ambiguous.csv');
    expect(r.detection.columns).toBeNull();
    const told = importText(fixture('ambiguous.csv'), resolve, { area: 0, period: 1, value: 2, dimensions: [3] });
    if ('failed' in told) throw new Error(told.failed);
    expect(importRows(shapeImport(told, [{ kind: 'breakdown' }]).columns).map((x) => [x.area, x.period, x.value, x.breakdown])).toEqual([['163', '2022', 1000, 'a']]);
  });
});

describe('helpers', () => {
  it('detects the delimiter even with decimal commas in the values', () => {
    expect(detectDelimiter(['A;B;C', '"1,5";2;3'])).toBe(';');
    expect(detectDelimiter(['a,b,c', '1,2,3'])).toBe(',');
  });
  it('reads Danish and machine numbers', () => {
    expect(parseNumber('1.234,5', true)).toBe(1234.5);
    expect(parseNumber('1.5', false)).toBe(1.5);
    expect(parseNumber('..', true)).toBeNull();
    expect(parseNumber('abc', true)).toBeUndefined();
  });
  it('never throws on arbitrary input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.array(fc.constantFrom('OMRÅDE;TID;INDHOLD', 'Herlev;2022M07;1', ';;', '"', '\n', 'x;2022M07;..', ',', '\uFEFF')).map((a) => a.join('\n'))), (text) => {
        const r = importText(text, resolve);
        if (!('failed' in r)) expect(r.columns.value.length).toBe(r.columns.area.length);
      }),
      { numRuns: 400 },
    );
  });
});
