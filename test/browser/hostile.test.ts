// The hostile corpus in the built app (see test/fixtures/hostile/README.md).
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { preview, type PreviewServer } from 'vite';
import { serveStatic } from '../../scripts/static-server.ts';
import { readCsv } from '../../src/data/parse-csv.ts';
import { partitionFile } from '../../src/data/bundle.ts';
import { invalidByteFile } from '../fixtures/hostile/invalid-byte.ts';
import { browserSession } from './browser.ts';

const baseUrl = inject('baseUrl');
const distDir = inject('distDir');
const s = browserSession();

describe('hostile inputs in the app', () => {
  it('shows both values of a duplicated figure, saves nothing until the user chooses, and keeps the chosen one', async () => {
    await s.page.goto(`${baseUrl}?view=import`);
    await s.page.getByLabel('Fil til import').setInputFiles('test/fixtures/hostile/import/duplicate-key.csv');
    const duplicates = s.page.locator('fieldset.duplicates');
    await duplicates.waitFor();
    expect(await duplicates.locator('tbody tr td').allTextContents()).toEqual(['Herlev', 'jan. 2023', 'I alt', '5 (række 2); 9 (række 3)']);
    expect(await s.page.locator('.import-review .chart-subtitle').textContent()).toContain('4 rækker læst, 2 gyldige tal, 0 afviste · 1 dublet');
    const save = s.page.locator('.import-save button.primary');
    expect(await save.isDisabled()).toBe(true);
    await duplicates.getByLabel('Behold den sidste værdi').check();
    expect(await s.page.locator('.import-review .chart-subtitle').textContent()).toContain('3 gyldige tal, 0 afviste');
    await duplicates.getByLabel('Afvis alle værdierne').check();
    expect(await s.page.locator('.import-review .chart-subtitle').textContent()).toContain('2 gyldige tal, 2 afviste');
    await duplicates.getByLabel('Behold den første værdi').check();
    await s.page.getByRole('button', { name: 'Importér 3 gyldige tal' }).click();
    await s.page.getByRole('button', { name: 'Vis som tabel' }).click();
    const herlev = await s.page.locator('tbody tr').first().locator('td[data-series="163"]').textContent();
    expect(herlev).toBe('5');
  });

  it('asks how "2.125" in a comma-separated file is to be read, saves nothing until answered, and stores what the preview shows', async () => {
    await s.page.goto(`${baseUrl}?view=import`);
    await s.page.getByLabel('Fil til import').setInputFiles('test/fixtures/hostile/import/two-way-number.csv');
    const sign = s.page.locator('fieldset.number-sign');
    await sign.waitFor();
    expect(await sign.locator('legend').textContent()).toBe('Ét tal kan læses på to måder');
    expect(await sign.locator('.number-sign-rows').textContent()).toBe('"2.125" i række 4');
    const save = s.page.locator('.import-save button.primary');
    expect(await save.isDisabled()).toBe(true);
    expect(await s.page.locator('.import-save .hint').last().textContent()).toBe('Vælg først, hvordan tallene skal læses.');
    const march = s.page.locator('.import-preview tbody tr').nth(2).locator('td.num');
    await sign.getByLabel(/^Dansk: komma er decimaltegn/).check();
    await expect.poll(() => march.getAttribute('data-value')).toBe('2125');
    await sign.getByLabel(/^Engelsk: punktum er decimaltegn/).check();
    await expect.poll(() => march.getAttribute('data-value')).toBe('2.125');
    expect(await save.isDisabled()).toBe(false);
    await s.page.getByLabel('Enhed').selectOption('fte');
    await save.click();
    await s.page.getByRole('button', { name: 'Vis som tabel' }).click();
    const herlev = s.page.locator('tbody tr').filter({ hasText: 'mar. 2024' }).locator('td[data-series="163"]');
    // Stored as the figure the user confirmed, not the 2125 a Danish reading would give.
    expect(await herlev.getAttribute('data-value')).toBe('2.125');
  });

  it('rejects by row the line of a UTF-8 file with a byte that is not UTF-8 after 64 kB, keeping its headers, and says why', async () => {
    await s.page.goto(`${baseUrl}?view=import`);
    await s.page.getByLabel('Fil til import').setInputFiles({ name: 'stray-byte.csv', mimeType: 'text/csv', buffer: Buffer.from(invalidByteFile('Område;Periode;Antal', 'Herlev')) });
    await s.page.locator('.import-repair').waitFor();
    expect(await s.page.locator('.import-repair').textContent()).toContain('nogle rækker har tegn, der ikke er gyldig UTF-8');
    expect(await s.page.locator('.import-source').textContent()).toBe('Læst som: CSV, tegnsæt UTF-8');
    expect(await s.page.locator('.import-errors tbody tr').first().locator('td').first().textContent()).toBe('3502');
    expect(await s.page.locator('.import-review .chart-subtitle').textContent()).toContain('4.001 rækker læst, 4.000 gyldige tal, 1 afvist');
    expect(await s.page.locator('.column-picker').count()).toBe(0);
  });

  it('says that a linked indicator is not here, and offers the nearest', async () => {
    await s.page.goto(`${baseUrl}?view=trend&ind=egne_abc123_ledige&areas=163`);
    const alert = s.page.getByRole('alert').filter({ hasText: 'Nøgletallet findes ikke i disse data' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain('"egne_abc123_ledige"');
    await alert.getByRole('button', { name: 'Ledighed i pct. af arbejdsstyrken' }).click();
    await s.page.getByRole('heading', { name: 'Ledighed i pct. af arbejdsstyrken' }).waitFor();
    // The default indicator is the one a link leaves out.
    expect(s.page.url()).not.toContain('ind=');
  });

  it('renders a report link with 1.000 unknown peers, and names what it left out', async () => {
    const known = new Set(readCsv(readFileSync('data/municipalities.csv', 'utf8')).records.map((r) => r.code));
    const unknown = [...Array.from({ length: 1000 }, (_, i) => String(i).padStart(3, '0')), ...Array.from({ length: 100 }, (_, i) => `gruppe-${i}`)].filter((c) => !known.has(c));
    const peers = unknown.slice(0, 1000).join('~');
    await s.page.goto(`${baseUrl}?view=report&areas=163&peers=${peers}`);
    await s.page.locator('section[data-theme="ledighed"] .recharts-line').first().waitFor();
    expect(await s.page.locator('.banner').first().textContent()).toMatch(/Linket nævner \d+ områder, som ikke findes i data \(001, 00\d/);
    expect(new URL(s.page.url()).searchParams.get('peers')).toBe('');
    expect(await s.page.locator('section[data-theme="ledighed"] .series-legend li').allTextContents()).toEqual(['Herlev']);
  });
});

describe('nothing cut short', () => {
  it('refuses a paste of minutes over the limit whole, says so and offers the file route, instead of cutting it', async () => {
    await s.page.goto(`${baseUrl}?view=extract`);
    const field = s.page.getByLabel('Sæt referatets tekst ind her');
    await field.waitFor();
    const paste = (length: number) =>
      field.evaluate((el, n) => {
        const data = new DataTransfer();
        data.setData('text/plain', 'Der var 2.650 ledige i januar 2024. '.repeat(Math.ceil(n / 36)).slice(0, n));
        el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      }, length);
    await paste(2_100_000);
    const alert = s.page.getByRole('alert').filter({ hasText: 'Teksten er ikke sat ind' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain('den er på 2.100.000 tegn, og et indsat referat kan højst være 2.000.000 tegn. Gem teksten som en fil');
    expect(await field.inputValue()).toBe('');
    await paste(1000);
    await expect.poll(() => alert.count()).toBe(0);
  });

  it('keeps a 1 MB paste beside the field instead of laying it out in it, says so, and reads all of it', async () => {
    await s.page.goto(`${baseUrl}?view=extract`);
    const field = s.page.getByLabel('Sæt referatets tekst ind her');
    await field.waitFor();
    const sentence = 'Herlev Kommune havde 2.650 ledige i januar 2024. ';
    await field.evaluate((el, text) => {
      const data = new DataTransfer();
      data.setData('text/plain', text.repeat(Math.ceil(1_000_000 / text.length)));
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, sentence);
    const held = s.page.locator('.paste-held');
    await held.waitFor();
    expect(await held.textContent()).toContain(`Den indsatte tekst er på ${(Math.ceil(1_000_000 / sentence.length) * sentence.length).toLocaleString('da-DK')} tegn`);
    expect(await field.inputValue()).toBe('');
    expect(await field.isDisabled()).toBe(true);
    await s.page.getByRole('button', { name: 'Find tal' }).click();
    await s.page.locator('.extract-review tbody tr').first().waitFor({ timeout: 120_000 });
    await held.getByRole('button', { name: 'Fjern teksten' }).click();
    expect(await field.isDisabled()).toBe(false);
    expect(await held.count()).toBe(0);
  });
});

describe('every wait ends', () => {
  it('drops and names a second indicator the data lacks, and draws the first, instead of waiting for it', async () => {
    await s.page.goto(`${baseUrl}?view=trend&areas=163&ind=ledige&ind2=nonexistent`);
    await s.page.locator('.recharts-line').first().waitFor();
    expect(await s.page.locator('.banner').first().textContent()).toContain('Linket viser også nøgletallet "nonexistent", som ikke findes i data; det er udeladt.');
    expect(s.page.url()).not.toContain('ind2=');
  });

  it('says that a cut, empty or foreign data file cannot be read, instead of loading forever', async () => {
    const copy = mkdtempSync(join(tmpdir(), 'kommunetal-cut-'));
    cpSync(distDir, copy, { recursive: true });
    const partition = partitionFile('ledighed_pct', 'all');
    const file = join(copy, 'data', partition);
    const bad = { cut: readFileSync(file).subarray(0, 100), empty: Buffer.alloc(0), foreign: Buffer.from('<html>not found</html>') };
    const host = await serveStatic(copy);
    try {
      for (const [what, bytes] of Object.entries(bad)) {
        writeFileSync(file, bytes);
        await s.page.goto(`${host.url}?view=trend&areas=163`);
        const alert = s.page.getByRole('alert').filter({ hasText: 'Data kunne ikke hentes' });
        await alert.waitFor();
        expect(await alert.textContent(), what).toContain(`data/${partition} kan ikke læses`);
      }
    } finally {
      host.server.close();
      rmSync(copy, { recursive: true, force: true });
    }
  });
});

// The strict Content-Security-Policy is checked on every view in trust.test.ts, with axe.
describe('hostile hosts', () => {
  let previewServer: PreviewServer;
  beforeAll(async () => {
    previewServer = await preview({ logLevel: 'silent', build: { outDir: distDir }, preview: { port: 0, host: '127.0.0.1', open: false } });
  });
  afterAll(async () => {
    await previewServer.close();
  });

  it('npm run preview sends frame-ancestors \'self\' on the app and lets any site frame embed.html', async () => {
    const url = previewServer.resolvedUrls!.local[0]!;
    const app = await fetch(url);
    expect(app.headers.get('content-security-policy')).toContain("frame-ancestors 'self'");
    expect(app.headers.get('x-content-type-options')).toBe('nosniff');
    expect(app.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    const embed = await fetch(`${url}embed.html`);
    expect(embed.headers.get('content-security-policy')).toContain('frame-ancestors *');
    // A made-up path ending in embed.html is the app's page by fallback, and keeps the app's frame-ancestors.
    for (const path of ['x/embed.html', 'index.html/embed.html']) expect((await fetch(`${url}${path}`)).headers.get('content-security-policy'), path).toContain("frame-ancestors 'self'");

    // Chromium warns of every Permissions-Policy feature it does not know ('bluetooth' was one).
    const warnings: string[] = [];
    const own = await s.context.newPage();
    own.on('console', (m) => warnings.push(m.text()));
    await own.goto(`${url}?view=trend&areas=163`);
    await own.locator('.chart-card').first().waitFor();
    await own.close();
    expect(warnings.filter((w) => w.includes('Permissions-Policy'))).toEqual([]);

    // A page on another origin frames both: the app is refused, the embed shows its chart.
    const site = mkdtempSync(join(tmpdir(), 'kommunetal-attacker-'));
    writeFileSync(join(site, 'index.html'), `<!doctype html><title>Anden side</title><iframe src="${url}?view=import"></iframe><iframe src="${url}embed.html?view=trend&areas=163"></iframe><iframe src="${url}embed.html?view=import"></iframe>`);
    const attacker = await serveStatic(site);
    try {
      const page = await s.context.newPage();
      await page.goto(attacker.url);
      const embedFrame = () => page.frames().find((f) => f.url().includes('embed.html'));
      await expect.poll(() => embedFrame()?.locator('.chart-card').count() ?? 0, { timeout: 10_000 }).toBeGreaterThan(0);
      const appFrame = page.frames().find((f) => f.url().includes('view=import') && !f.url().includes('embed.html'));
      expect(await appFrame?.locator('.import-view').count().catch(() => 0) ?? 0).toBe(0);
      // The import, framed through embed.html, shows no file input: only a link to open it in the app.
      const framedImport = page.frames().find((f) => f.url().includes('embed.html?view=import'))!;
      await framedImport.getByText('Importér kan ikke vises indlejret på en anden side.').waitFor();
      expect(await framedImport.locator('input[type="file"]').count()).toBe(0);
      await page.close();
    } finally {
      attacker.server.close();
      rmSync(site, { recursive: true, force: true });
    }
  });
});
