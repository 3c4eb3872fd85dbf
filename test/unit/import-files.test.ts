import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { areaResolver } from '../../src/data/area-names.ts';
import { decodeRecords, detectEncoding, NotUtf8Error, splitCompleteRecords } from '../../src/import/decode.ts';
import { tableFromJson } from '../../src/import/json-tables.ts';
import { importRows, previewRows, shapeImport } from '../../src/import/shape.ts';
import { inferUnit, suggestedLabel } from '../../src/import/describe.ts';
import type { ImportOutcome } from '../../src/import/outcome.ts';
import { importBytes } from '../../src/import/read-bytes.ts';
import { loadDataDir } from '../../scripts/data-dir.ts';
import { ANALYST_FILES } from '../fixtures/import/analyst-files.ts';

const resolve = areaResolver(loadDataDir('data').dataset.municipalities);
const read = async (name: string): Promise<ImportOutcome> => {
  const r = await importBytes(ANALYST_FILES[name]!(), resolve);
  if ('failed' in r) throw new Error(r.failed);
  return r;
};
const rows = (o: ImportOutcome) => importRows(o.columns).map((r) => [r.area, r.period, r.breakdown, r.value]);

describe('analyst files import without manual mapping', () => {
  it('reads Danish Excel CSV in Windows-1252: æøå right, every area known, shares recognised', async () => {
    const o = await read('ledighed-excel.csv');
    expect(o.source).toEqual({ kind: 'csv', encoding: 'windows-1252', detail: null });
    expect(o.unmapped).toEqual([]);
    expect(new Set(rows(o).map((r) => r[0]))).toEqual(new Set(['169', '492', '153', '173', '163']));
    expect(rows(o).slice(0, 2)).toEqual([
      ['169', '2023-01', 'all', 3.1],
      ['169', '2023-02', 'all', 2.9],
    ]);
    expect(inferUnit(o)).toBe('pct');
    expect(previewRows(o, 'pct', 1)).toEqual([{ area: '169', period: '2023-01', breakdown: 'all', value: 3.1, unit: 'pct' }]);
  });

  it('reads UTF-16 with tabs and names full-time persons by the header', async () => {
    const o = await read('sygedagpenge-unicode.txt');
    expect(o.source.encoding).toBe('utf-16le');
    expect(o.unmapped).toEqual([]);
    expect(rows(o)).toEqual([
      ['185', '2023-01', 'all', 412],
      ['185', '2023-02', 'all', 398],
      ['259', '2023-01', 'all', 655],
      ['259', '2023-02', 'all', 640],
    ]);
    expect(inferUnit(o)).toBe('fte');
  });

  it('reads a jobindsats.dk Excel export below its title, and takes the title as the name', async () => {
    const o = await read('kontanthjaelp.xlsx');
    expect(o.source).toEqual({ kind: 'xlsx', encoding: null, detail: 'Ark1' });
    expect(o.title).toBe('Fuldtidspersoner på kontanthjælp');
    expect(o.errors).toEqual([]);
    expect(rows(o)).toContainEqual(['163', '2023-01', 'all', 312.4]);
    expect(rows(o)).toContainEqual(['169', '2023-02', 'all', 790]);
    expect(o.rowNumbers[0]).toBe(4);
    expect(suggestedLabel(o, 'kontanthjaelp.xlsx')).toBe('Fuldtidspersoner på kontanthjælp, Kontanthjælp');
    expect(inferUnit(o)).toBe('fte');
  });

  it('turns a Statistikbanken file with YDELSESTYPE and KØN into a breakdown and a filter on the total', async () => {
    const o = await read('auk-ydelsestype.csv');
    expect(o.dimensions.map((d) => [d.name, d.total, d.use])).toEqual([
      ['YDELSESTYPE', 'I alt', { kind: 'breakdown' }],
      ['KØN', 'Køn i alt', { kind: 'filter', value: 'Køn i alt' }],
    ]);
    expect(o.filteredOut).toBe(24);
    expect(o.duplicates).toEqual([]);
    expect(rows(o).filter((r) => r[0] === '163' && r[1] === '2023-01')).toEqual([
      ['163', '2023-01', 'all', 1210],
      ['163', '2023-01', 'Dagpenge', 390],
      ['163', '2023-01', 'Kontanthjælp', 820],
    ]);
    // The user's other choice: sex as the breakdown, only dagpenge.
    const bySex = shapeImport(o, [{ kind: 'filter', value: 'Dagpenge' }, { kind: 'breakdown' }]);
    expect(rows(bySex).filter((r) => r[0] === '151' && r[1] === '2023-02')).toEqual([
      ['151', '2023-02', 'all', 690],
      ['151', '2023-02', 'Mænd', 345],
      ['151', '2023-02', 'Kvinder', 345],
    ]);
    // Both as breakdowns would give each figure twice if totals were dropped from only one: they are not.
    expect(shapeImport(o, [{ kind: 'breakdown' }, { kind: 'breakdown' }]).duplicates).toEqual([]);
  });

  it('reads our own rows as JSON, with the defaults for the columns left out and names mapped', async () => {
    const o = await read('egne-tal.json');
    expect(o.detection.format).toBe('contract');
    expect(o.source).toEqual({ kind: 'json', encoding: 'utf-8', detail: 'rows' });
    expect(o.errors).toEqual([]);
    expect(o.contractRows.map((r) => [r.area, r.indicator, r.breakdown, r.period, r.value, r.unit, r.kind])).toEqual([
      ['163', 'jobsamtaler', 'all', '2023-01', 412, 'count', 'actual'],
      ['163', 'jobsamtaler', 'all', '2023-02', 398, 'count', 'actual'],
      ['151', 'jobsamtaler', 'all', '2023-01', 701, 'count', 'actual'],
      ['151', 'jobsamtaler', 'all', '2023-02', 688, 'count', 'actual'],
      ['159', 'jobsamtaler', 'all', '2023-01', 655, 'count', 'actual'],
      ['159', 'jobsamtaler', 'all', '2023-02', null, 'count', 'actual'],
    ]);
  });

  it('reads JSON-stat as Statistikbanken returns it: labels for areas, codes for time, the total as all', async () => {
    const o = await read('statistikbanken.jsonstat.json');
    expect(o.source.detail).toBe('json-stat');
    expect(o.title).toBe('Fuldtidsledige efter område, ydelsestype og tid');
    expect(rows(o).filter((r) => r[0] === '157')).toEqual([
      ['157', '2023-01', 'all', 820],
      ['157', '2023-02', 'all', 806],
      ['157', '2023-01', 'Ledige dagpengemodtagere', 610],
      ['157', '2023-02', 'Ledige dagpengemodtagere', 598],
    ]);
  });
});

describe('JSON shapes', () => {
  it('reads the Jobindsats API rows as saved from the API, and offers each measure as the value', async () => {
    // Lines of the real API response (a committed excerpt of the public Y30R21 file).
    const lines = readFileSync('test/fixtures/ingest/y30r21-small.ndjson', 'utf8');
    const r = await importBytes(new TextEncoder().encode(lines), resolve);
    if ('failed' in r) throw new Error(r.failed);
    expect(r.source.detail).toBe('rows');
    expect(r.detection.measures).toHaveLength(7);
    expect(r.unmapped).toEqual([]);
    // The last measure is the rank; shares are read with their decimal comma, counts as numbers.
    const share = r.detection.measures.find((i) => /Faktisk andel/.test(r.detection.header[i]!))!;
    const shares = await importBytes(new TextEncoder().encode(lines), resolve, { ...r.detection.columns!, value: share, dimensions: r.detection.columns!.dimensions });
    if ('failed' in shares) throw new Error(shares.failed);
    const first = JSON.parse(lines.replace(/^\uFEFF/, '').split('\n')[0]!) as Record<string, string>;
    expect(importRows(shares.columns)[0]).toEqual({ area: '169', period: '2021-Q3/2022-Q2', breakdown: 'all', value: Number(first['Forventet og faktisk andel fuldtidspersoner på offentlig forsørgelse: Faktisk andel (pct.)']!.replace(',', '.')) });
    expect(inferUnit(shares)).toBe('pct');
  });

  it('reads a columnar object and a header-and-matrix table', () => {
    expect(tableFromJson('{"area":["163","151"],"period":["2023-01","2023-01"],"value":[1.5,2]}')).toMatchObject({ header: ['area', 'period', 'value'], rows: [['163', '2023-01', '1.5'], ['151', '2023-01', '2']] });
    expect(tableFromJson('[{"Variables":["Område","Periode","Antal"],"Data":[["Herlev","2023M01",5]]}]')).toMatchObject({ shape: 'matrix', header: ['Område', 'Periode', 'Antal'], rows: [['Herlev', '2023M01', '5']] });
    const failure = (text: string) => {
      const r = tableFromJson(text);
      return 'failed' in r ? r.failed : '';
    };
    expect(failure('{"a":1}')).toContain('lige lange kolonner');
    expect(failure('[1, 2')).toContain('afkortet');
  });
});

describe('decoding', () => {
  it('tells the encodings apart by their bytes', () => {
    expect(detectEncoding(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))).toEqual({ encoding: 'utf-8', bom: 3 });
    expect(detectEncoding(new Uint8Array(Buffer.from('OMRÅDE;TID', 'utf16le')))).toEqual({ encoding: 'utf-16le', bom: 0 });
    expect(detectEncoding(new Uint8Array(Buffer.from('\uFEFFOMRÅDE', 'utf16le')))).toEqual({ encoding: 'utf-16le', bom: 2 });
    expect(detectEncoding(new Uint8Array(Buffer.from('Høje', 'latin1')))).toEqual({ encoding: 'windows-1252', bom: 0 });
    expect(detectEncoding(new Uint8Array(Buffer.from('Høje', 'utf8')))).toEqual({ encoding: 'utf-8', bom: 0 });
  });

  it('cuts text only where a record ends, never inside quotes', () => {
    expect(splitCompleteRecords('a;b\nc;"d\ne')).toEqual(['a;b\n', 'c;"d\ne']);
    expect(splitCompleteRecords('a;"say ""hi"""\nb')).toEqual(['a;"say ""hi"""\n', 'b']);
    expect(splitCompleteRecords('no end')).toEqual(['', 'no end']);
  });

  it('decodes a file in small pieces without breaking a character or a record, and notices Windows-1252 late in a UTF-8 guess', async () => {
    const text = 'OMRÅDE;TID;INDHOLD\nHøje-Taastrup;2023M01;"2,5\nnote"\nÆrø;2023M01;1\n';
    const pieces: string[] = [];
    for await (const p of decodeRecords(new Blob([Buffer.from(text, 'utf8')]), { encoding: 'utf-8', bom: 0 }, 5)) pieces.push(p.text);
    expect(pieces.join('')).toBe(text);
    expect(pieces.every((p) => p.endsWith('\n'))).toBe(true);
    const late = new Blob([Buffer.from('OMRADE;TID;INDHOLD\nHerlev;2023M01;1\n', 'latin1'), Buffer.from('Ærø;2023M01;2\n', 'latin1')]);
    await expect(async () => {
      for await (const p of decodeRecords(late, { encoding: 'utf-8', bom: 0 }, 16)) void p;
    }).rejects.toBeInstanceOf(NotUtf8Error);
  });
});
