// The hostile corpus (test/fixtures/hostile/): inputs an attacker or a careless user gives us,
// one test per case, each saying what must happen. A new bug adds a case here first.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CSP_HEADERS, headersFile, securityHeaders } from '../../scripts/csp.ts';
import { bundleDataDir, checkDataDir, DataCheckError, loadDataDir } from '../../scripts/data-dir.ts';
import { areaResolver } from '../../src/data/area-names.ts';
import { formatDataError } from '../../src/data/errors.ts';
import { parseContractCsv, readCsv, UNCLOSED_QUOTE } from '../../src/data/parse-csv.ts';
import { writeCsv } from '../../src/data/write-csv.ts';
import { tableFromJson } from '../../src/import/json-tables.ts';
import { capNesting, decodeHtml, htmlToText } from '../../src/extract/html-text.ts';
import { limitToUnit } from '../../src/import/unit-limits.ts';
import { parseUpdateConfig } from '../../src/update/config.ts';
import { importRows, resolveDuplicates, withOtherDecimalSign } from '../../src/import/shape.ts';
import { importText, INVALID_BYTES } from '../../src/import/pipeline.ts';
import type { ImportOutcome } from '../../src/import/outcome.ts';
import { importBytes } from '../../src/import/read-bytes.ts';
import { invalidByteFile } from '../fixtures/hostile/invalid-byte.ts';
import { checkLinkAreas, checkLinkIndicator } from '../../src/view/link-check.ts';
import { decodeSpec, encodeSpec } from '../../src/view/url.ts';

const HOSTILE = 'test/fixtures/hostile';

const data = loadDataDir('data').dataset;
const resolve = areaResolver(data.municipalities);
const imported = (text: string): ImportOutcome => {
  const r = importText(text, resolve);
  if ('failed' in r) throw new Error(r.failed);
  return r;
};

describe('hostile files: import never hides a value', () => {
  const duplicate = imported(readFileSync(`${HOSTILE}/import/duplicate-key.csv`, 'utf8'));

  it('reports the same area and period twice with both values, and counts them apart from the valid figures', () => {
    expect(duplicate.duplicates).toEqual([{ area: '163', indicator: '', breakdown: 'all', period: '2023-01', entries: [{ row: 2, value: 5, index: 0 }, { row: 3, value: 9, index: 1 }] }]);
    expect(duplicate.rowsRead).toBe(4);
    expect(duplicate.errorCount).toBe(0);
  });

  it('keeps the first, the last, or rejects both, as the user chooses; a rejected value is a counted, downloadable row', () => {
    const herlev = (o: ImportOutcome) => importRows(o.columns).filter((r) => r.area === '163').map((r) => r.value);
    expect(herlev(resolveDuplicates(duplicate, 'first'))).toEqual([5]);
    expect(herlev(resolveDuplicates(duplicate, 'last'))).toEqual([9]);
    const rejected = resolveDuplicates(duplicate, 'reject');
    expect(herlev(rejected)).toEqual([]);
    expect(rejected.errorCount).toBe(2);
    expect(rejected.errors.map((e) => [e.row, e.message])).toEqual([
      [2, 'Samme område, fordeling og periode står også i række 3 (9); alle er afvist.'],
      [3, 'Samme område, fordeling og periode står også i række 2 (5); alle er afvist.'],
    ]);
    expect(importRows(rejected.columns).filter((r) => r.area === '151')).toHaveLength(2);
  });

  it('checks our own format like any other: names are mapped, unknown areas wait for the mapping step, a bad indicator id is rejected by row', () => {
    const r = imported(readFileSync(`${HOSTILE}/import/contract-unknown.csv`, 'utf8'));
    expect(r.detection.format).toBe('contract');
    expect(r.contractRows.map((o) => [o.area, o.indicator, o.value])).toEqual([
      ['101', 'ledige_egne', 10],
      ['163', 'ledige_egne', 13],
    ]);
    expect(r.unmapped).toEqual([['999', [3]]]);
    expect(r.errors.map((e) => [e.row, e.column])).toEqual([[4, 'indicator']]);
    expect(r.errors[0]!.message).toContain('må kun have små bogstaver');
  });

  it('holds every row of an unknown area for the mapping step, 60.000 of them, in our own format and in an export', () => {
    // Each row was once added by copying the list so far: 40.000 rows took a minute, 80.000 near four.
    const n = 60_000;
    const period = (i: number) => `${2000 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
    const contract = imported(['area,indicator,breakdown,period,value,unit,kind,source_id,item,quote', ...Array.from({ length: n }, (_, i) => `Fooby,ledige_egne,all,${period(i)},${i},persons,actual,x,,`)].join('\n'));
    const exported = imported(['OMRÅDE;TID;INDHOLD', ...Array.from({ length: n }, (_, i) => `Fooby;${period(i).replace('-', 'M')};${i}`)].join('\n'));
    for (const r of [contract, exported]) {
      expect(r.unmapped.map(([name, rows]) => [name, rows.length, rows[0], rows.at(-1)])).toEqual([['Fooby', n, 2, n + 1]]);
      expect(r.errorCount).toBe(0);
    }
  });

  it('keeps every rejected row, not the first 5.000, so the download of rejected rows holds them all', () => {
    const text = ['OMRÅDE;TID;INDHOLD', ...Array.from({ length: 6000 }, (_, i) => `Herlev;ikke-en-periode-${i};1`)].join('\n');
    const r = imported(text);
    expect(r.errorCount).toBe(6000);
    expect(r.errors).toHaveLength(6000);
    const download = readCsv(writeCsv([['række', 'fejl'], ...r.errors.map((e) => [e.row, e.message])], { protect: true })).records;
    expect(download).toHaveLength(6000);
    expect(download.at(-1)!['række']).toBe('6001');
  });
});

describe('hostile JSON: limits before work, and the line that is wrong', () => {
  it('refuses a 10.000 × 10.000 JSON-stat file that has few values before allocating anything', () => {
    const codes = Array.from({ length: 10_000 }, (_, i) => String(i));
    const index = Object.fromEntries(codes.map((c, i) => [c, i]));
    const stat = { version: '2.0', class: 'dataset', id: ['OMRÅDE', 'Tid'], size: [10_000, 10_000], dimension: { OMRÅDE: { category: { index } }, Tid: { category: { index } } }, value: [1, 2, 3] };
    expect(tableFromJson(JSON.stringify(stat))).toEqual({ failed: 'JSON-stat-filen lover 100.000.000 tal, men har 3.' });
  });

  it('names the line of one-object-per-line JSON that cannot be read', () => {
    const text = ['{"area": "Herlev", "period": "2024-01", "value": 1}', '{"area": "Herlev", "period": "2024-02", "value": 2}', '{"area": "Herlev", "period": "2024-03", "value": ', '{"area": "Herlev", "period": "2024-04", "value": 4}'].join('\n');
    expect(tableFromJson(text)).toEqual({ failed: 'Linje 3 kan ikke læses som JSON (filen ser ud til at have ét objekt pr. linje); ret eller slet linjen.' });
  });
});

describe('hostile inputs elsewhere: clear Danish messages', () => {
  it('reads ASCII minutes that declare a UTF-16 charset as the bytes they are', () => {
    const html = '<html><head><meta charset="utf-16"></head><body><main><p>Der var 2.650 ledige i januar 2024.</p></main></body></html>';
    expect(decodeHtml(new TextEncoder().encode(html))).toContain('Der var 2.650 ledige i januar 2024.');
  });

  it('reads minutes HTML of 100.000 nested <div>s with its text whole, the parser never seeing more than 500 levels', () => {
    const html = `<html><body><main><p>Der var 2.650 ledige i januar 2024.</p>${'<div>'.repeat(100_000)}inde${'</div>'.repeat(100_000)}</main></body></html>`;
    const capped = capNesting(html);
    expect(capped.match(/<div>/g)?.length).toBe(500 - 3);
    expect(capped.match(/<\/div>/g)?.length).toBe(500 - 3);
    expect(htmlToText(html)).toBe('Der var 2.650 ledige i januar 2024.\n\ninde');
    // A page of paragraphs that are never closed is not deep, and is left as it is.
    const flat = `<main>${'<p>Punkt'.repeat(2000)}</main>`;
    expect(capNesting(flat)).toBe(flat);
  });

  it('rejects an imported period in year 0000 by row, and keeps the other rows', () => {
    const r = imported('Område,Periode,Antal\nHerlev,0000M01,5\nHerlev,2024M01,6\n');
    expect(r.errors.map((e) => [e.row, e.message])).toEqual([[2, '"0000M01" ligger før år 1900; er årstallet skrevet rigtigt?']]);
    expect(r.rowNumbers.length).toBe(1);
  });

  it('rejects an imported share of 140 % or −20 %, and a negative number of persons, by row', () => {
    const shares = limitToUnit(imported('Område;Periode;Andel pct\nHerlev;2024M01;140\nHerlev;2024M02;-20\nHerlev;2024M03;12,5\n'), 'pct');
    expect(shares.errors.map((e) => [e.row, e.column, e.message])).toEqual([
      [2, 'Andel pct', 'En andel skal ligge mellem 0 og 100, men er 140.'],
      [3, 'Andel pct', 'En andel skal ligge mellem 0 og 100, men er -20.'],
    ]);
    expect(importRows(shares.columns).map((r) => r.value)).toEqual([12.5]);
    const persons = limitToUnit(imported('Område;Periode;Antal\nHerlev;2024M01;-5\nHerlev;2024M02;7\n'), 'persons');
    expect(persons.errors.map((e) => e.message)).toEqual(['Et antal kan ikke være negativt, men er -5.']);
    const contract = limitToUnit(imported('area,indicator,period,value,unit\n163,ledige_pct,2024-01,140,pct\n163,ledige_pct,2024-02,4.5,pct\n'), 'persons');
    expect(contract.contractRows.map((o) => o.value)).toEqual([4.5]);
    expect(contract.errorCount).toBe(1);
  });

  it('names the missing unit column of a file in our own format instead of reading it as an export', () => {
    const r = imported('area,indicator,period,value\n163,ledige,2024-01,5\n');
    expect(r.detection.problem).toBe('Filen ligner Kommunetals eget format, men mangler kolonnen unit. Kolonnerne area, indicator, period, value, unit skal alle være med.');
    expect(r.columns.value.length + r.contractRows.length).toBe(0);
  });

  it('says in Danish that an update configuration lacks its indicators', () => {
    const config = JSON.parse(readFileSync('update.config.json', 'utf8')) as Record<string, unknown>;
    delete config.indicators;
    expect(() => parseUpdateConfig(JSON.stringify(config), 'update.config.json')).toThrow('update.config.json, indicators: mangler');
  });
});

describe('hostile files: a number that reads two ways is never guessed silently', () => {
  const valueOf = (r: ImportOutcome, period: string) => importRows(r.columns).find((x) => x.period === period)?.value;

  it('in a comma-separated file, "2.125" is a figure the user confirms, and either answer is stored as shown', () => {
    const r = imported(readFileSync(`${HOSTILE}/import/two-way-number.csv`, 'utf8'));
    expect(r.numbers.basis).toBe('guess');
    expect(r.numbers.ambiguous).toEqual([{ row: 4, text: '2.125' }]);
    // A file split by commas cannot hold Danish decimals unquoted: the first guess is a decimal point.
    expect(r.numbers.decimalComma).toBe(false);
    expect(valueOf(r, '2024-03')).toBe(2.125);
    const other = withOtherDecimalSign(r);
    expect(valueOf(other, '2024-03')).toBe(2125);
    expect(valueOf(withOtherDecimalSign(other), '2024-03')).toBe(2.125);
    expect(importRows(other.columns).filter((x) => x.period !== '2024-03').map((x) => x.value)).toEqual(importRows(r.columns).filter((x) => x.period !== '2024-03').map((x) => x.value));
  });

  it('decides a "1.234" after 50 whole numbers from every row, not the first 50, and asks', () => {
    const r = imported(readFileSync(`${HOSTILE}/import/late-thousands.csv`, 'utf8'));
    expect(r.numbers).toMatchObject({ basis: 'guess', decimalComma: true, ambiguousCount: 1, ambiguous: [{ row: 62, text: '1.234' }] });
    expect(valueOf(r, '2024-01')).toBe(1234);
    expect(valueOf(withOtherDecimalSign(r), '2024-01')).toBe(1.234);
  });

  it('reads "2.125" by what the other figures of its column show, anywhere in the file, and names a figure that contradicts them', () => {
    const lines = ['Område;Periode;Andel', 'Herlev;2024M01;2.125', ...Array.from({ length: 80 }, (_, i) => `Herlev;${2018 + Math.floor(i / 12)}M${String((i % 12) + 1).padStart(2, '0')};7`), 'Herlev;2025M01;4,5', 'Herlev;2025M02;3.5'];
    const r = imported(lines.join('\n'));
    expect(r.numbers).toMatchObject({ basis: 'figures', decimalComma: true, shownBy: { row: 83, text: '4,5' }, ambiguousCount: 1 });
    expect(valueOf(r, '2024-01')).toBe(2125);
    expect(valueOf(r, '2025-01')).toBe(4.5);
    expect(r.errors.map((e) => [e.row, e.message])).toEqual([[84, '"3.5" har punktum som decimaltegn, men kolonnens tal har komma (fx "4,5" i række 83).']]);
  });

  it('reads "2.010" as two thousand and ten, which a decimal would not be written as, and the column with it', () => {
    const r = imported('Område;Periode;Antal\nHerlev;2024M01;2.125\nHerlev;2024M02;2.010\n');
    expect(r.numbers).toMatchObject({ basis: 'figures', decimalComma: true, shownBy: { row: 3, text: '2.010' } });
    expect(importRows(r.columns).map((x) => x.value)).toEqual([2125, 2010]);
  });

  it('takes the decimal sign of typed numbers in JSON as given', () => {
    const r = imported(JSON.stringify([{ kommune: 'Herlev', periode: '2024M01', antal: 2.125 }, { kommune: 'Herlev', periode: '2024M02', antal: 2125 }]));
    expect(r.numbers.basis).toBe('file');
    expect(importRows(r.columns).map((x) => x.value)).toEqual([2.125, 2125]);
  });
});

describe('hostile files: a bad byte far into a file is named, not spread over the whole file', () => {
  it('rejects by row the one row of a UTF-8 file with a byte that is not UTF-8 after 64 kB, and keeps its headers and names', async () => {
    const bytes = invalidByteFile('Område;Periode;Antal', 'Herlev');
    const r = await importBytes(bytes, resolve);
    if ('failed' in r) throw new Error(r.failed);
    expect(r.source).toMatchObject({ encoding: 'utf-8', repair: 'invalid-bytes-rejected' });
    expect(r.detection.header).toEqual(['Område', 'Periode', 'Antal']);
    expect(r.errors.map((e) => [e.row, e.message])).toEqual([[3502, INVALID_BYTES]]);
    expect(r.rowNumbers.length).toBe(r.rowsRead - 1);
  });

  it('reads a file whose first 64 kB are plain ASCII as Windows-1252, and says why', async () => {
    const r = await importBytes(invalidByteFile('Kommune;Periode;Antal', 'Herlev'), resolve);
    if ('failed' in r) throw new Error(r.failed);
    expect(r.source).toMatchObject({ encoding: 'windows-1252', repair: 'not-utf8-further-in' });
    expect(r.errors).toEqual([]);
    expect(importRows(r.columns).filter((x) => x.area === '259').length).toBe(1);
  });
});

describe('hostile files: a quote that never closes swallows nothing', () => {
  it('names the row whose quote is not closed and reads every row after it', () => {
    const r = imported(readFileSync(`${HOSTILE}/import/unclosed-quote.csv`, 'utf8'));
    expect(r.rowsRead).toBe(12);
    const row6 = r.errors.filter((e) => e.row === 6).map((e) => e.message);
    expect(row6).toContain(UNCLOSED_QUOTE);
    expect(r.errors.every((e) => e.row === 6)).toBe(true);
    expect([...r.columns.period].map((p) => r.columns.dict[p])).toEqual(['2025-01', '2025-02', '2025-03', '2025-04', '2025-06', '2025-07', '2025-08', '2025-09', '2025-10', '2025-11', '2025-12']);
    expect([...r.rowNumbers]).toEqual([2, 3, 4, 5, 7, 8, 9, 10, 11, 12, 13]);
  });

  it('in an official series of a data folder: the file and row are named in Danish, no other row is lost', () => {
    const lines = readFileSync('data/observations/ledige.csv', 'utf8').split('\n');
    lines[500] = lines[500]!.replace(/,(\d+),persons,/, ',"$1,persons,');
    const { rows, errors } = parseContractCsv('observations', 'observations/ledige.csv', lines.join('\n'));
    expect(errors.filter((e) => e.message === UNCLOSED_QUOTE).map((e) => [e.file, e.row])).toEqual([['observations/ledige.csv', 501]]);
    expect(rows.length).toBe(lines.filter((l) => l.trim() !== '').length - 2);
  });
});

describe('hostile data folders: wrong data never ships quietly', () => {
  const copy = () => {
    const dir = mkdtempSync(join(tmpdir(), 'kommunetal-hostile-'));
    cpSync(`${HOSTILE}/data-missing-column`, dir, { recursive: true });
    return dir;
  };

  it('says that a missing column cost every row of the file, not one', () => {
    const { errors } = checkDataDir(`${HOSTILE}/data-missing-column`);
    expect(errors).toEqual([{ file: 'observations.csv', row: 1, column: 'unit', message: 'Kolonnen "unit" mangler i overskriftsrækken, så ingen af filens 3 rækker kan læses.' }]);
  });

  it('stops a build on a share of 140, naming file, row and column', async () => {
    const dir = copy();
    try {
      writeFileSync(join(dir, 'indicators.csv'), 'indicator,label_da,label_en,unit,description_da,figure,frequency\nandel,Andel,Share,pct,Test,share,month\n');
      writeFileSync(join(dir, 'observations.csv'), 'area,indicator,breakdown,period,value,unit,kind,source_id,item,quote\n163,andel,all,2023-01,3.5,pct,actual,s1,,\n163,andel,all,2023-02,140,pct,actual,s1,,\n');
      await expect(bundleDataDir(dir, { strict: true })).rejects.toThrow(DataCheckError);
      await expect(bundleDataDir(dir, { strict: true })).rejects.toThrow('observations.csv, række 3, kolonne "value": En andel skal ligge mellem 0 og 100, men er 140.');
      // The dev server still serves it, with the error in the banner's list.
      const core = JSON.parse((await bundleDataDir(dir)).get('core.json') as string) as { errors: { row: number }[] };
      expect(core.errors.map((e) => e.row)).toEqual([3]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('rejects impossible values, a year like 0000, a grant that ends before it starts, bytes that are not UTF-8 and a missing file, each by file and row', () => {
    const dir = copy();
    try {
      const header = 'area,indicator,breakdown,period,value,unit,kind,source_id,item,quote\n';
      writeFileSync(join(dir, 'observations.csv'), `${header}163,ledige,all,2023-01,-2790,persons,actual,s1,,\n163,ledige,all,0000-01,5,persons,actual,s1,,\n163,ledige,all,2023-02,1${'0'.repeat(400)},persons,actual,s1,,\n163,ledige,all,2099-01,5,persons,actual,s1,,\n163,ledige,all,2099-02,5,persons,target,s1,,\n`);
      const municipalities = readFileSync(join(dir, 'municipalities.csv'));
      writeFileSync(join(dir, 'municipalities.csv'), Buffer.concat([municipalities, Buffer.from([0x31, 0x30, 0x31, 0x2c, 0x4b, 0xf8, 0x62, 0x65, 0x6e, 0x68, 0x61, 0x76, 0x6e, 0x2c, 0x0a])]));
      rmSync(join(dir, 'grant_lines.csv'));
      const found = checkDataDir(dir).errors.map((e) => formatDataError(e));
      expect(found).toContain('observations.csv, række 2, kolonne "value": Et antal kan ikke være negativt, men er -2790.');
      expect(found).toContain('observations.csv, række 3, kolonne "period": Perioden 0000-01 ligger før 2000; er årstallet skrevet rigtigt?');
      expect(found.some((f) => f.startsWith('observations.csv, række 4, kolonne "value": skal være et tal'))).toBe(true);
      expect(found.some((f) => f.startsWith('observations.csv, række 5, kolonne "period": Et faktisk tal kan ikke gælde 2099-01'))).toBe(true);
      // A target may lie ahead.
      expect(found.some((f) => f.startsWith('observations.csv, række 6'))).toBe(false);
      expect(found.some((f) => /^municipalities\.csv, række \d+: Filen er ikke gemt som UTF-8/.test(f))).toBe(true);
      expect(found).toContain('grant_lines.csv: Filen mangler i datamappen.');
      expect(found).not.toContain('grant_lines.csv, række 1: Filen er tom.');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('npm run check-data rejects a data folder without population figures or with cut boundaries, naming each', { timeout: 60_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'kommunetal-needed-'));
    try {
      cpSync('data', dir, { recursive: true });
      rmSync(join(dir, 'observations/befolkning.csv'));
      writeFileSync(join(dir, 'kommuner.topo.json'), readFileSync(join(dir, 'kommuner.topo.json'), 'utf8').slice(0, 1000));
      const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check-data.ts', dir], { encoding: 'utf8' });
      expect(result.status).toBe(1);
      expect(result.stderr).toContain('observations/befolkning.csv: Befolkningstallene mangler');
      expect(result.stderr).toContain('kommuner.topo.json: Kommunegrænserne kan ikke læses (afkortet eller ikke TopoJSON)');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('rejects a grant that ends before it starts', () => {
    const dir = copy();
    try {
      writeFileSync(join(dir, 'grants.csv'), 'grant_id,municipality_code,title,grantor,amount_dkk,period_start,period_end,decided_on,source_id,item\ng1,163,Job,STAR,1000,2024-06-01,2023-01-01,2024-01-01,s1,\n');
      expect(checkDataDir(dir).errors.map((e) => formatDataError(e))).toContain('grants.csv, række 2, kolonne "period_end": Bevillingen slutter 2023-01-01, før den begynder 2024-06-01.');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('stops a build on a duplicated row', async () => {
    const dir = copy();
    try {
      writeFileSync(join(dir, 'observations.csv'), 'area,indicator,breakdown,period,value,unit,kind,source_id,item,quote\n163,ledige,all,2023-01,5,persons,actual,s1,,\n163,ledige,all,2023-01,5,persons,actual,s1,,\n');
      await expect(bundleDataDir(dir, { strict: true })).rejects.toThrow(/observations\.csv, række 3, kolonne "period": Samme tal står også i observations\.csv, række 2/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('hostile links: every query ends in a clear state, before any work', () => {
  const core = { municipalities: data.municipalities, groups: data.groups, catalog: data.indicators.map((i) => ({ indicator: i.indicator })) };

  it('names an indicator that exists only in someone else\'s browser, and offers the nearest', () => {
    const spec = decodeSpec('?view=trend&ind=egne_abc123_ledige');
    expect(spec.indicator).toBe('egne_abc123_ledige');
    expect(checkLinkIndicator(spec, core)?.nearest).toContain('ledighed_pct');
  });

  it('turns a 4 kB report link with 1.000 unknown peers into none, naming them', () => {
    const peers = Array.from({ length: 1000 }, (_, i) => `x${i}`).join('~');
    const spec = decodeSpec(`?view=report&areas=163&peers=${peers}`);
    const check = checkLinkAreas(spec, core);
    expect(check.peers).toEqual([]);
    expect(check.unknown).toHaveLength(1000);
  });

  it('never lets a list, a period or a zoom carry anything but what its codec allows', () => {
    const spec = decodeSpec('?view=benchmark&areas=<script>~163&at=2021-Q3/2022-Q2/2023&zoom=javascript:alert(1)&ind=../../etc&hide=163:evil&brk=' + 'x'.repeat(500));
    expect(spec).toMatchObject({ view: 'benchmark', areas: ['163'], at: null, zoom: null, indicator: 'ledighed_pct', hidden: [], breakdown: 'all' });
    expect(decodeSpec(encodeSpec(spec))).toEqual(spec);
  });
});

describe('hostile hosts: only our own pages may frame the app', () => {
  it('sends frame-ancestors \'self\' for every page but embed.html, and the headers a public site sends', () => {
    expect(securityHeaders('index.html')['Content-Security-Policy']).toBe(CSP_HEADERS.app);
    expect(securityHeaders('/kommunetal/index.html')['X-Frame-Options']).toBe('SAMEORIGIN');
    expect(securityHeaders('/embed.html')['Content-Security-Policy']).toContain('frame-ancestors *');
    expect(securityHeaders('/embed.html')['X-Frame-Options']).toBeUndefined();
    for (const path of ['index.html', 'embed.html']) {
      expect(securityHeaders(path)).toMatchObject({ 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'strict-origin-when-cross-origin' });
      expect(securityHeaders(path)['Permissions-Policy']).toContain('camera=()');
    }
  });

  it('writes a _headers file in which no header is set twice for one page', () => {
    const rules = headersFile().trim().split('\n\n').map((block) => {
      const [path, ...lines] = block.split('\n');
      return { path: path!, names: lines.map((l) => l.trim().split(':')[0]!) };
    });
    expect(rules.map((r) => r.path)).toEqual(['/*', '/', '/index.html', '/embed.html']);
    const everywhere = new Set(rules[0]!.names);
    for (const r of rules.slice(1)) expect(r.names.filter((n) => everywhere.has(n))).toEqual([]);
  });
});
