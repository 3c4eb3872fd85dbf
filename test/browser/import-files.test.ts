import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CSP_HEADERS } from '../../scripts/csp.ts';
import { serveStatic } from '../../scripts/static-server.ts';
import { readCsv } from '../../src/data/parse-csv.ts';
import { ANALYST_FILES } from '../fixtures/import/analyst-files.ts';
import { xlsxOf, type Cell } from '../fixtures/import/xlsx-fixture.ts';
import { browserSession, downloaded } from './browser.ts';

const baseUrl = inject('baseUrl');
const s = browserSession();
const dir = mkdtempSync(join(tmpdir(), 'kommunetal-import-'));

/** Each file, what the import must say it read, and one figure the chart's table must show for it. */
const CASES = [
  { file: 'ledighed-excel.csv', readAs: 'CSV, tegnsæt Windows-1252', unit: 'procent', areas: 5, column: 'Høje-Taastrup', row: 'jan. 2023', text: '3,1 %' },
  { file: 'sygedagpenge-unicode.txt', readAs: 'CSV, tegnsæt UTF-16 LE', unit: 'fuldtidspersoner', areas: 2, column: 'Tårnby', row: 'feb. 2023', text: '398' },
  { file: 'kontanthjaelp.xlsx', readAs: 'Excel, ark "Ark1"', unit: 'fuldtidspersoner', areas: 3, column: 'Herlev', row: 'jan. 2023', text: '312' },
  { file: 'auk-ydelsestype.csv', readAs: 'CSV, tegnsæt UTF-8', unit: 'personer', areas: 2, column: 'Ballerup', row: 'feb. 2023', text: '2.010' },
  { file: 'egne-tal.json', readAs: 'JSON, rækker, tegnsæt UTF-8', unit: null, areas: 3, column: 'Gladsaxe', row: 'jan. 2023', text: '655' },
  { file: 'statistikbanken.jsonstat.json', readAs: 'JSON, JSON-stat, tegnsæt UTF-8', unit: 'fuldtidspersoner', areas: 3, column: 'Gentofte', row: 'feb. 2023', text: '806' },
];

describe('import of the files analysts have', () => {
  it('imports Windows-1252, UTF-16, Excel, a file with extra dimensions, contract JSON and JSON-stat without mapping, and charts every area', async () => {
    for (const c of CASES) {
      const path = join(dir, c.file);
      writeFileSync(path, ANALYST_FILES[c.file]!());
      await s.page.goto(`${baseUrl}?view=import`);
      await s.page.getByLabel('Fil til import').setInputFiles(path);
      const review = s.page.locator('.import-review');
      await review.locator('.import-source').waitFor();
      expect(await review.locator('.import-source').textContent(), c.file).toBe(`Læst som: ${c.readAs}`);
      expect(await review.locator('fieldset.unmapped').count(), c.file).toBe(0);
      expect(await review.locator('.import-errors').count(), c.file).toBe(0);
      // The preview shows the figures as they will be stored, before anything is saved.
      expect(await review.locator('.import-preview tbody tr').count(), c.file).toBeGreaterThan(0);
      if (c.unit) expect(await review.getByLabel('Enhed').locator('option:checked').textContent(), c.file).toBe(c.unit);
      await review.getByRole('button', { name: /^Importér \d+ gyldige tal$/ }).click();

      await s.page.locator('.trend-view .chart-title').waitFor();
      await expect.poll(() => s.page.locator('.recharts-line').count(), { message: c.file }).toBe(c.areas);
      await s.page.getByRole('button', { name: 'Vis som tabel' }).click();
      const table = s.page.locator('.trend-view table');
      const headers = await table.locator('thead th').allTextContents();
      const column = headers.indexOf(c.column);
      expect(column, `${c.file}: ${headers.join(', ')}`).toBeGreaterThan(0);
      const row = table.locator('tbody tr').filter({ has: s.page.locator('th', { hasText: c.row }) });
      expect(await row.locator('td').nth(column - 1).textContent(), c.file).toBe(c.text);
    }
    expect(s.consoleErrors).toEqual([]);
  });

  it('lets the analyst split a Statistikbanken file by sex instead, and shows the stored rows before saving', async () => {
    const path = join(dir, 'auk-ydelsestype.csv');
    writeFileSync(path, ANALYST_FILES['auk-ydelsestype.csv']!());
    await s.page.goto(`${baseUrl}?view=import`);
    await s.page.getByLabel('Fil til import').setInputFiles(path);
    const review = s.page.locator('.import-review');
    await review.locator('fieldset.dimensions').waitFor();
    expect(await review.locator('.chart-subtitle').textContent()).toContain('24 tal valgt fra af filtrene');
    await review.getByLabel('YDELSESTYPE').selectOption({ label: 'Kun "Dagpenge" (12 rækker)' });
    await review.getByLabel('KØN').selectOption({ label: 'Fordel tallene efter den' });
    const preview = review.locator('.import-preview tbody tr');
    await expect.poll(() => preview.first().locator('td').allTextContents()).toEqual(['Herlev (163)', 'jan. 2023', 'I alt', '390', 'personer']);
    expect(await preview.nth(1).locator('td').nth(2).textContent()).toBe('Mænd');
    expect(await review.getByLabel('Navn på nøgletallet').inputValue()).toBe('Dagpenge');
  });
});

describe('Excel as analysts save it', () => {
  // Served as a host does, with our CSP on every file (the workers' scripts too): a reader that starts a blob: worker is blocked there.
  let strict: { server: Server; url: string };
  beforeAll(async () => {
    strict = await serveStatic(inject('distDir'), { 'Content-Security-Policy': CSP_HEADERS.app });
  });
  afterAll(() => {
    strict.server.close();
  });

  it('imports a deflated .xlsx of 3.600 rows (a sheet over 512 kB), which used to hang behind a helper worker our CSP blocks', async () => {
    const areas = ['Herlev', 'Ballerup', 'Gladsaxe', 'Gentofte', 'Rødovre', 'Albertslund', 'Glostrup', 'Hvidovre', 'Brøndby', 'Ishøj', 'Tårnby', 'Dragør'];
    const rows: Cell[][] = [['Fuldtidspersoner på kontanthjælp, lang tidsserie (opdigtede tal til test)'], [], ['Område', 'Periode', 'Ydelsesgrupper', 'Fuldtidspersoner']];
    for (const area of areas) for (let m = 0; m < 300; m++) rows.push([area, `${2001 + Math.floor(m / 12)}M${String((m % 12) + 1).padStart(2, '0')}`, 'Kontanthjælp i alt', 100 + m]);
    const path = join(dir, 'lang-serie.xlsx');
    writeFileSync(path, xlsxOf(rows, 'Ark1', true));
    await s.page.goto(`${strict.url}?view=import`);
    await s.page.getByLabel('Fil til import').setInputFiles(path);
    const review = s.page.locator('.import-review');
    await review.locator('.import-source').waitFor({ timeout: 30_000 });
    expect(await review.locator('.import-source').textContent()).toBe('Læst som: Excel, ark "Ark1"');
    expect(await review.getByRole('button', { name: /^Importér 3\.600 gyldige tal$/ }).count()).toBe(1);
    expect(s.consoleErrors).toEqual([]);
  });
});

describe('two indicators in one chart', () => {
  it("draws Herlev's registrerede ledige and langtidsledige together and downloads a CSV holding both", async () => {
    await s.page.goto(`${baseUrl}?view=trend&areas=163&ind=ledige`);
    await s.page.getByRole('heading', { name: 'Registrerede ledige', exact: true }).waitFor();
    await s.page.getByLabel('Vis også nøgletal').selectOption({ label: 'Langtidsledige' });
    await s.page.getByRole('heading', { name: 'Registrerede ledige og Langtidsledige' }).waitFor();
    expect(s.page.url()).toContain('ind2=langtidsledige');
    // One axis: both are persons.
    expect(await s.page.locator('.trend-panel').count()).toBe(1);
    await expect.poll(() => s.page.locator('.recharts-line').count()).toBe(2);
    expect(await s.page.locator('.recharts-line-curve[stroke-dasharray="7 4"]').count()).toBe(1);

    await s.page.getByRole('button', { name: 'Vis som tabel' }).click();
    const table = s.page.locator('.trend-view table');
    expect(await table.locator('thead th').allTextContents()).toEqual(['Periode', 'Herlev · Registrerede ledige', 'Herlev · Langtidsledige']);
    const lastRow = await table.locator('tbody tr').last().locator('td').allTextContents();

    const [download] = await Promise.all([s.page.waitForEvent('download'), s.page.getByRole('button', { name: 'CSV', exact: true }).click()]);
    const text = (await downloaded(download)).toString('utf8');
    const records = readCsv(text.replace(/^\uFEFF/, '').split('\n').filter((l) => !/^"?#/.test(l)).join('\n')).records;
    expect(new Set(records.map((r) => r['nøgletal']))).toEqual(new Set(['ledige', 'langtidsledige']));
    const last = (indicator: string) => records.filter((r) => r['nøgletal'] === indicator).at(-1)!;
    expect([last('ledige')['værdi'], last('langtidsledige')['værdi']].map((v) => Number(v).toLocaleString('da-DK'))).toEqual(lastRow);

    // Another unit: a chart of its own, titled, with its own axis.
    await s.page.getByLabel('Vis også nøgletal').selectOption({ label: 'Ledighed i pct. af arbejdsstyrken' });
    await expect.poll(() => s.page.locator('.trend-panel').count()).toBe(2);
    expect(await s.page.locator('.trend-panel .panel-title').allTextContents()).toEqual(['Registrerede ledige', 'Ledighed i pct. af arbejdsstyrken']);
  });
});
