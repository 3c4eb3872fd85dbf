// npm run update, the pure parts: configuration, the requests to both publishers, their answers
// read into contract rows, and the change summary.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { areaResolver } from '../../src/data/area-names.ts';
import type { Observation } from '../../src/data/contract.ts';
import { convertBenchmark, convertBenchmarkRows } from '../../src/ingest/benchmark.ts';
import { changesMarkdown, dataChanges } from '../../src/update/changes.ts';
import { answerGaps, keepEarlierPeriods } from '../../src/update/contract-rows.ts';
import { UpdateError, expandValues, parseUpdateConfig } from '../../src/update/config.ts';
import { jobindsatsDataRequest, jobindsatsTableRequest, observationsFromJobindsats, parseJobindsatsTable, rowsFromJobindsats } from '../../src/update/jobindsats.ts';
import { observationsFromStatbank, statbankDataRequest } from '../../src/update/statbank.ts';
import { auk01Csv, folk1amCsv, ptva02Json, tableJson } from '../fixtures/update/publishers.ts';

const config = parseUpdateConfig(readFileSync('update.config.json', 'utf8'), 'update.config.json');
const table = (id: string) => config.statbank.tables.find((t) => t.table === id)!;
const jobTable = (id: string) => config.jobindsats.tables.find((t) => t.table === id)!;
const resolve = areaResolver([
  { code: '000', name: 'Hele landet', region: '' },
  { code: '151', name: 'Ballerup', region: 'Region Hovedstaden' },
  { code: '163', name: 'Herlev', region: 'Region Hovedstaden' },
  { code: '185', name: 'Tårnby', region: 'Region Hovedstaden' },
  { code: '253', name: 'Greve', region: 'Region Sjælland' },
  { code: '169', name: 'Høje-Taastrup', region: 'Region Hovedstaden' },
]);

describe('update configuration', () => {
  it('reads the shipped file and rejects a table that fills an undefined indicator, naming both', () => {
    expect(config.statbank.tables.map((t) => t.table)).toEqual(['AUK01', 'FOLK1AM']);
    expect(config.jobindsats.tables[0]!.table).toBe('ptva02');
    const broken = JSON.parse(readFileSync('update.config.json', 'utf8')) as { indicators: unknown[] };
    broken.indicators = broken.indicators.slice(1);
    expect(() => parseUpdateConfig(JSON.stringify(broken), 'x.json')).toThrow('x.json: tabellen AUK01 fylder nøgletallet forsoergede_fuldtid_ydelsestype, som ikke står under "indicators".');
    expect(() => parseUpdateConfig('{"statbank": {"url": "nope", "tables": []}}', 'x.json')).toThrow(/^x\.json, statbank\.url:/);
    expect(() => parseUpdateConfig('{', 'x.json')).toThrow(UpdateError);
  });

  it('expands an age range into single years and leaves other values alone', () => {
    expect(expandValues(['16..18', '*', 'TOT'])).toEqual(['16', '17', '18', '*', 'TOT']);
    expect(expandValues(['16..66'])).toHaveLength(51);
    expect(() => expandValues(['66..16'])).toThrow('baglæns');
  });
});

describe('Statistikbanken', () => {
  it('asks for the configured variables as CSV in Danish, with ages 16–66 written out', () => {
    const r = statbankDataRequest('https://api.statbank.dk/v1/', table('FOLK1AM'));
    expect(r.method).toBe('POST');
    expect(r.url).toBe('https://api.statbank.dk/v1/data');
    const body = JSON.parse(r.body!) as { table: string; format: string; lang: string; variables: { code: string; values: string[] }[] };
    expect(body).toMatchObject({ table: 'FOLK1AM', format: 'CSV', lang: 'da' });
    expect(body.variables.map((v) => v.code)).toEqual(['OMRÅDE', 'ALDER', 'Tid']);
    expect(body.variables[1]!.values[0]).toBe('16');
    expect(body.variables[1]!.values.at(-1)).toBe('66');
    expect(body.variables[1]!.values).toHaveLength(51);
  });

  it('reads AUK01: the total becomes "all", regions are skipped, ".." is a missing value, quarters in Danish', () => {
    const rows = observationsFromStatbank(auk01Csv(), table('AUK01'), 'fte', resolve);
    expect(new Set(rows.map((r) => r.area))).toEqual(new Set(['000', '163', '151']));
    expect(new Set(rows.map((r) => r.breakdown))).toEqual(new Set(['all', 'Nettoledige dagpengemodtagere', 'Kontanthjælp', 'Sygedagpenge']));
    const herlev = rows.filter((r) => r.area === '163' && r.breakdown === 'all');
    expect(herlev.map((r) => [r.period, r.value])).toEqual([
      ['2025-Q1', 400],
      ['2025-Q2', 401],
      ['2025-Q3', 402],
      ['2025-Q4', 403],
      ['2026-Q1', 404],
      ['2026-Q2', 405],
    ]);
    expect(rows.find((r) => r.area === '163' && r.breakdown === 'Sygedagpenge' && r.period === '2025-Q3')!.value).toBeNull();
    expect(rows.every((r) => r.source_id === 'dst-auk01-ydelsestype' && r.unit === 'fte' && r.kind === 'actual')).toBe(true);
  });

  it('adds the single years of age into one population 16–66', () => {
    const request = statbankDataRequest('https://x/v1', table('FOLK1AM'));
    const rows = observationsFromStatbank(folk1amCsv(request.body!), table('FOLK1AM'), 'persons', resolve);
    expect(rows.filter((r) => r.area === '163').map((r) => [r.period, r.breakdown, r.value])).toEqual([
      ['2026-01', 'all', 51 * 1000],
      ['2026-02', 'all', 51 * 1001],
      ['2026-03', 'all', 51 * 1002],
    ]);
  });

  it('fills a month the publisher left out as a missing value, so the series has no hole', () => {
    const csv = 'OMRÅDE;TID;INDHOLD\nHerlev;2026M01;5\nHerlev;2026M03;7\nBallerup;2026M02;1\n';
    const rows = observationsFromStatbank(csv, { ...table('FOLK1AM'), sum: undefined }, 'persons', resolve);
    expect(rows.filter((r) => r.area === '163').map((r) => [r.period, r.value])).toEqual([
      ['2026-01', 5],
      ['2026-02', null],
      ['2026-03', 7],
    ]);
  });

  it('says what is wrong with an answer in a new shape, an unknown area and an error page', () => {
    const t = table('AUK01');
    expect(() => observationsFromStatbank('OMRÅDE;YDELSESTYPE;TID;VÆRDI\nHerlev;I alt;2026K1;5\n', t, 'fte', resolve)).toThrow(
      'Statistikbanken AUK01: svaret mangler kolonnen INDHOLD (kolonnerne er OMRÅDE, YDELSESTYPE, TID, VÆRDI); har tabellen skiftet form?',
    );
    expect(() => observationsFromStatbank('OMRÅDE;YDELSESTYPE;TID;INDHOLD\nSmørum;I alt;2026K1;5\n', t, 'fte', resolve)).toThrow('Statistikbanken AUK01, række 2: området "Smørum" findes ikke i municipalities.csv.');
    expect(() => observationsFromStatbank('<html>Service Unavailable</html>', t, 'fte', resolve)).toThrow('svaret er ikke en CSV-tabel');
    expect(() => observationsFromStatbank('OMRÅDE;YDELSESTYPE;TID;INDHOLD\nHerlev;I alt;2026K1;fem\n', t, 'fte', resolve)).toThrow('"fem" er ikke et tal');
  });
});

describe('Jobindsats', () => {
  const info = parseJobindsatsTable(tableJson('ptva02'), 'ptva02');

  it('sends the key as Authorization and asks for every area, the latest periods and every benefit group', () => {
    const t = jobindsatsTableRequest('https://api.jobindsats.dk/v2', 'PTVA02', 'k');
    expect(t).toMatchObject({ method: 'GET', url: 'https://api.jobindsats.dk/v2/tables/ptva02/json', headers: { Authorization: 'k' } });
    const d = jobindsatsDataRequest('https://api.jobindsats.dk/v2', { ...jobTable('ptva02'), periods: 2 }, info, 'k');
    expect(d).toMatchObject({ method: 'POST', url: 'https://api.jobindsats.dk/v2/data/ptva02/json', headers: { Authorization: 'k', 'Content-Type': 'application/json' } });
    expect(JSON.parse(d.body!)).toEqual({ area: '*', period: ['2026M05', '2026M06'], _ygrp_ptva02: ['Ydelsesgrupper i alt', 'A-dagpenge mv.', 'Kontanthjælp', 'Førtidspension'] });
    expect(() => jobindsatsDataRequest('https://x', { ...jobTable('ptva02'), breakdown: 'Køn' }, info, 'k')).toThrow('tabellen har ingen dimension "Køn" (den har: Ydelsesgrupper)');
  });

  it('reads PTVA02 into one indicator per measure: counts as numbers, shares with decimal commas, "-" as missing', () => {
    const rows = rowsFromJobindsats(ptva02Json(), 'ptva02');
    expect(Object.keys(rows[0]!)).toEqual(['Area', 'Periode', 'Ydelsesgrupper', 'Antal personer', 'Antal fuldtidspersoner', 'Fuldtidspersoner i pct. af arbejdsstyrken 16-66 år', 'Fuldtidspersoner i pct. af befolkningen 16-66 år']);
    const obs = observationsFromJobindsats(rows, jobTable('ptva02'), config.indicators, resolve);
    const pick = (indicator: string, area: string, breakdown: string, period: string) => obs.find((o) => o.indicator === indicator && o.area === area && o.breakdown === breakdown && o.period === period);
    expect(pick('offentlig_forsoergelse_personer', '163', 'all', '2026-03')).toMatchObject({ value: 1002, unit: 'persons', source_id: 'jobindsats-ptva02' });
    expect(pick('offentlig_forsoergelse_fuldtid', '163', 'all', '2026-03')!.value).toBe(802);
    expect(pick('offentlig_forsoergelse_pct_arbejdsstyrke', '151', 'A-dagpenge mv.', '2026-01')).toMatchObject({ value: 10, unit: 'pct' });
    expect(pick('offentlig_forsoergelse_pct_befolkning', '000', 'Førtidspension', '2026-06')!.value).toBe(6);
    expect(pick('offentlig_forsoergelse_personer', '151', 'Førtidspension', '2026-02')!.value).toBeNull();
    expect(new Set(obs.map((o) => o.area))).toEqual(new Set(['000', '163', '151']));
    expect(obs).toHaveLength(4 * 3 * 4 * 6);
  });

  it('reads the API envelope and the row objects a client saves into the same benchmark rows', () => {
    const ndjson = readFileSync('test/fixtures/ingest/y30r21-small.ndjson', 'utf8');
    const objects = ndjson.replace(/^\uFEFF/, '').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Record<string, unknown>);
    const labels = Object.keys(objects[0]!);
    const envelope = JSON.stringify([{ Variables: labels.map((Label) => ({ Label })), Data: objects.map((o) => labels.map((l) => o[l])) }]);
    const fromApi = convertBenchmarkRows(rowsFromJobindsats(envelope, 'y30r21').map((row, i) => ({ row, where: `rk ${i}` })), resolve);
    expect(fromApi).toEqual(convertBenchmark(ndjson, 'y30r21-small.ndjson', resolve));
    expect(fromApi.length).toBeGreaterThan(0);
  });

  it('says what is wrong with a bad key answered as text, a cut-off body, and an answer in a new shape', () => {
    expect(() => rowsFromJobindsats('Forkert nøgle eller nøglen er udløbet', 'ptva02')).toThrow('Jobindsats afviste nøglen ("Forkert nøgle eller nøglen er udløbet"). Tjek JOBINDSATS_API_KEY.');
    const full = ptva02Json();
    expect(() => rowsFromJobindsats(full.slice(0, full.length / 2), 'ptva02')).toThrow('Jobindsats ptva02: svaret er ikke gyldig JSON');
    expect(() => rowsFromJobindsats('{"rows": []}', 'ptva02')).toThrow('svaret har ikke formen [{ Variables, Data }]');
    expect(() => parseJobindsatsTable('{"TableID": "ptva02"}', 'ptva02')).toThrow('feltet Period (tabellens perioder) mangler');
    const renamed = rowsFromJobindsats(ptva02Json().replaceAll('Antal personer', 'Personer'), 'ptva02');
    expect(() => observationsFromJobindsats(renamed, jobTable('ptva02'), config.indicators, resolve)).toThrow('svaret mangler målet "Antal personer"');
  });
});

describe('change summary', () => {
  const o = (period: string, value: number | null, area = '163'): Observation => ({ area, indicator: 'x', breakdown: 'all', period, value, unit: 'fte', kind: 'actual', source_id: 's', item: '', quote: '' });

  it('keeps the earlier periods the publisher no longer sends, revises the ones it does, and writes a gap as missing values', () => {
    const merged = keepEarlierPeriods([o('2025-10', 1), o('2025-11', 2), o('2026-01', 3)], [o('2026-01', 30), o('2026-03', 5), o('2026-04', 6)]);
    const byPeriod = new Map(merged.map((m) => [m.period, m.value]));
    expect([...byPeriod].sort()).toEqual([
      ['2025-10', 1],
      ['2025-11', 2],
      ['2025-12', null],
      ['2026-01', 30],
      ['2026-02', null],
      ['2026-03', 5],
      ['2026-04', 6],
    ]);
    expect(merged).toHaveLength(7);
  });

  it('names the new periods and every revised value, and says so when nothing changed', () => {
    const changes = dataChanges([o('2026-01', 10), o('2026-02', 11), o('2026-03', 12)], [o('2026-01', 10), o('2026-02', 13), o('2026-03', 12), o('2026-04', 14)]);
    expect(changes).toEqual([{ indicator: 'x', newPeriods: ['2026-04'], revised: [{ area: '163', breakdown: 'all', period: '2026-02', kind: 'actual', before: 11, after: 13 }], removed: 0, rows: 4 }]);
    const md = changesMarkdown(changes, new Map([['163', 'Herlev']]));
    expect(md).toContain('| x | 2026-04 | 1 | – |');
    expect(md).toContain('- x, Herlev, 2026-02: 11 → 13');
    expect(changesMarkdown(dataChanges([o('2026-01', 1)], [o('2026-01', 1)]), new Map())).toMatch(/^Ingen ændringer i tallene\./);
  });
});

describe('an answer that lacks what the data has', () => {
  const o = (area: string, period: string, breakdown = 'all'): Observation => ({ area, indicator: 'x', breakdown, period, value: 1, unit: 'persons', kind: 'actual', source_id: 's', item: '', quote: '' });
  it('names the areas, breakdowns and periods inside the answer that the data had, and not the earlier periods it no longer sends', () => {
    const earlier = [o('151', '2025-01'), o('151', '2025-02'), o('163', '2025-02'), o('163', '2025-03'), o('163', '2025-03', 'a'), o('163', '2025-04')];
    const fresh = [o('163', '2025-02'), o('163', '2025-04'), o('163', '2025-05')];
    expect(answerGaps(earlier, fresh)).toEqual([{ indicator: 'x', source: 's', areas: ['151'], breakdowns: [], periods: ['2025-03'] }]);
    expect(answerGaps(earlier.slice(0, 1), [o('163', '2025-06')])).toEqual([]);
  });
});
