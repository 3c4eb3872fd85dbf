import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readCsv } from '../../src/data/parse-csv.ts';
import { serveStatic } from '../../scripts/static-server.ts';
import { columnarJson } from '../../scripts/bench-data.ts';
import { decodeTable } from '../../src/data/wire.ts';
import { encodeObservations, partitionFile } from '../../src/data/bundle.ts';
import { compactObservations, ObservationTable } from '../../src/data/table.ts';
import { downloaded, openBrowser, type Session } from './browser.ts';

const baseUrl = inject('baseUrl');
let s: Session;
let host: { server: Server; url: string };

beforeAll(async () => {
  s = await openBrowser();
  await s.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseUrl).origin });
  // A host page on another port, i.e. another origin, that embeds the app.
  const dir = mkdtempSync(join(tmpdir(), 'kommunetal-host-'));
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html><html><body><h1>Intranet</h1><div id="slot"></div><script>
      window.heights = [];
      addEventListener('message', function (e) { if (e.data && e.data.type === 'kommunetal:height') { window.heights.push(e.data.height); document.querySelector('iframe').style.height = e.data.height + 'px'; } });
      var f = document.createElement('iframe'); f.src = decodeURIComponent(location.hash.slice(1)); f.width = '800'; f.height = '300'; f.style.border = '0';
      document.getElementById('slot').appendChild(f);
    </script></body></html>`,
  );
  host = await serveStatic(dir);
});
afterAll(async () => {
  await s.close();
  host.server.close();
});

const VIEW = '?view=trend&areas=163~151&ind=ledige&from=2025-01&to=2025-12';

async function tableRows(): Promise<string[][]> {
  await s.page.getByRole('button', { name: 'Vis som tabel' }).click();
  return s.page.locator('tbody tr').evaluateAll((rows) =>
    rows.map((r) => Array.from(r.querySelectorAll('th, td')).map((c) => (c.textContent ?? '').trim())),
  );
}

describe('share, embed and export', () => {
  it('copies a share link that opens the same chart in a new page', async () => {
    await s.page.goto(`${baseUrl}${VIEW}`);
    await s.page.getByRole('heading', { name: 'Registrerede ledige' }).waitFor();
    const before = await tableRows();
    await s.page.getByRole('button', { name: 'Del', exact: true }).click();
    await expect.poll(() => s.page.getByRole('status').filter({ hasText: 'Linket er kopieret.' }).count()).toBe(1);
    const link = await s.page.evaluate(() => navigator.clipboard.readText());
    expect(link).toContain('v=1');
    const other = await s.context.newPage();
    await other.goto(link);
    await other.getByRole('heading', { name: 'Registrerede ledige' }).waitFor();
    expect(await other.locator('.recharts-line').count()).toBe(2);
    await other.getByRole('button', { name: 'Vis som tabel' }).click();
    const after = await other.locator('tbody tr').evaluateAll((rows) => rows.map((r) => Array.from(r.querySelectorAll('th, td')).map((c) => (c.textContent ?? '').trim())));
    expect(after).toEqual(before);
    await other.close();
  });

  it('gives an embed snippet whose page, framed on another origin, reports its height', async () => {
    await s.page.goto(`${baseUrl}${VIEW}`);
    await s.page.getByRole('button', { name: 'Indlejr' }).click();
    const dialog = s.page.getByRole('dialog', { name: 'Indlejr grafen på en anden side' });
    await dialog.getByRole('radio', { name: /Fastfrosset/ }).check();
    const snippet = await dialog.getByRole('textbox').inputValue();
    const src = /src="([^"]+)"/.exec(snippet)![1]!.replace(/&amp;/g, '&');
    expect(src).toContain('embed=1');
    expect(src).toMatch(/data=[0-9a-f]{12}/);
    await dialog.getByRole('button', { name: 'Luk' }).click();

    const hostPage = await s.context.newPage();
    await hostPage.goto(`${host.url}#${encodeURIComponent(src)}`);
    const frame = hostPage.frameLocator('iframe');
    await frame.getByRole('heading', { name: 'Registrerede ledige' }).waitFor();
    expect(await frame.locator('.recharts-line').count()).toBe(2);
    expect(await frame.getByRole('navigation').count()).toBe(0);
    expect(await frame.locator('.controls').count()).toBe(0);
    expect(await frame.locator('.source-line').textContent()).toContain('Jobindsats.dk / STAR');
    await expect.poll(() => hostPage.evaluate(() => (window as unknown as { heights: number[] }).heights.at(-1) ?? 0)).toBeGreaterThan(300);
    await hostPage.close();
  });

  it('shows a frozen view of a data version published before the binary files, from its JSON files', async () => {
    // Such a version's folder as it was deployed: its catalogue names obs/<indicator>.json.
    const dist = inject('distDir');
    const old = 'a1b2c3d4e5f6';
    const core = JSON.parse(readFileSync(join(dist, 'data/core.json'), 'utf8')) as { dataVersion: string; catalog: { indicator: string; breakdowns: string[]; file?: string }[] };
    mkdirSync(join(dist, `data/v/${old}/obs`), { recursive: true });
    for (const entry of core.catalog) {
      // Such a version had one file per indicator with every breakdown: today's partitions put together.
      const parts = entry.breakdowns.map((b) => {
        const bytes = readFileSync(join(dist, 'data', partitionFile(entry.indicator, b)));
        return ObservationTable.of(decodeTable(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)));
      });
      const whole = compactObservations(encodeObservations(entry.indicator, ObservationTable.combine(parts).rows()));
      writeFileSync(join(dist, `data/v/${old}/obs/${entry.indicator}.json`), columnarJson(whole));
      entry.file = `obs/${entry.indicator}.json`;
    }
    writeFileSync(join(dist, `data/v/${old}/core.json`), JSON.stringify({ ...core, dataVersion: old }));
    // The host page of the test before has no favicon; only this test's errors count.
    s.consoleErrors.length = 0;
    await s.page.goto(`${baseUrl}${VIEW}`);
    await s.page.getByRole('heading', { name: 'Registrerede ledige' }).waitFor();
    const current = await tableRows();
    // The current version's page also fetches the parts for "Hvad drev ændringen?"; only the frozen page's requests count.
    await s.page.waitForLoadState('networkidle');
    const requested: string[] = [];
    s.page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await s.page.goto(`${baseUrl}${VIEW}&data=${old}`);
    await s.page.getByRole('heading', { name: 'Registrerede ledige' }).waitFor();
    expect(await tableRows()).toEqual(current);
    expect(requested).toContain(`/data/v/${old}/obs/ledige.json`);
    expect(requested.filter((p) => p.endsWith('.bin'))).toEqual([]);
    expect(await s.page.locator('.banner').count()).toBe(0);
    expect(s.consoleErrors).toEqual([]);
  });

  it('downloads a CSV that matches the table alternative row by row', async () => {
    await s.page.goto(`${baseUrl}${VIEW}`);
    await s.page.getByRole('heading', { name: 'Registrerede ledige' }).waitFor();
    const table = await tableRows();
    const [download] = await Promise.all([s.page.waitForEvent('download'), s.page.getByRole('button', { name: 'CSV', exact: true }).click()]);
    const text = (await downloaded(download)).toString('utf8');
    expect(download.suggestedFilename()).toBe('kommunetal-registrerede-ledige.csv');
    // The header is the first line; what the table is stands in the sidecar beside it.
    expect(text.replace(/^\uFEFF/, '').split('\n')[0]).toBe('område,kode,nøgletal,nøgletal_navn,fordeling,fordeling_navn,periode,periode_navn,værdi,værdi_i_kilden,enhed_i_kilden,enhed_i_kilden_navn,art,art_navn,kilde,kilde_navn,punkt');
    const records = readCsv(text.replace(/^\uFEFF/, '')).records;
    expect(records[0]).toMatchObject({ nøgletal_navn: 'Registrerede ledige', fordeling_navn: 'I alt', art_navn: 'faktisk', kilde_navn: 'Ledighed (y25i01)' });
    const [about] = await Promise.all([s.page.waitForEvent('download'), s.page.getByRole('button', { name: 'Om tallene (.txt)' }).click()]);
    const notes = (await downloaded(about)).toString('utf8');
    expect(about.suggestedFilename()).toBe('kommunetal-registrerede-ledige.txt');
    expect(notes).toContain('Enhed: personer');
    expect(notes).toContain('Kilde: Jobindsats.dk / STAR, y25i01');
    expect(records).toHaveLength(24);
    const months = ['jan.', 'feb.', 'mar.', 'apr.', 'maj', 'jun.', 'jul.', 'aug.', 'sep.', 'okt.', 'nov.', 'dec.'];
    for (const [i, row] of table.entries()) {
      const [label, herlev, ballerup] = row;
      const period = `2025-${String(i + 1).padStart(2, '0')}`;
      expect(label).toBe(`${months[i]} 2025`);
      const danish = (v: string | undefined) => Number(v).toLocaleString('da-DK');
      expect(herlev).toBe(danish(records.find((r) => r.kode === '163' && r.periode === period)?.['værdi']));
      expect(ballerup).toBe(danish(records.find((r) => r.kode === '151' && r.periode === period)?.['værdi']));
    }
  });

  it('downloads PNG at twice the size and SVG with title, unit and source', async () => {
    await s.page.goto(`${baseUrl}${VIEW}`);
    await s.page.getByRole('heading', { name: 'Registrerede ledige' }).waitFor();
    const [svgDownload] = await Promise.all([s.page.waitForEvent('download'), s.page.getByRole('button', { name: 'SVG', exact: true }).click()]);
    const svg = (await downloaded(svgDownload)).toString('utf8');
    const width = Number(/<svg[^>]* width="(\d+)"/.exec(svg)![1]);
    const height = Number(/<svg[^>]* height="(\d+)"/.exec(svg)![1]);
    expect(width).toBeGreaterThan(600);
    expect(svg).toContain('<title>Registrerede ledige</title>');
    expect(svg).toContain('personer · I alt · jan. 2025 – dec. 2025');
    expect(svg).toContain('Kilde: Jobindsats.dk / STAR, y25i01');
    expect(svg).toContain('Data offentliggjort 22. august 2026');
    expect(svg).not.toMatch(/<script|onclick=|javascript:/i);

    const [pngDownload] = await Promise.all([s.page.waitForEvent('download'), s.page.getByRole('button', { name: 'PNG', exact: true }).click()]);
    const png = await downloaded(pngDownload);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(width * 2);
    expect(png.readUInt32BE(20)).toBe(height * 2);
    expect(png.length).toBeGreaterThan(20_000);
  });
});

describe('language', () => {
  it('switches to English from the URL and back with the header button', async () => {
    await s.page.goto(`${baseUrl}?view=trend&areas=163&lang=en`);
    await s.page.getByRole('heading', { name: 'Unemployment, % of labour force' }).waitFor();
    expect(await s.page.locator('html').getAttribute('lang')).toBe('en');
    expect(await s.page.getByRole('navigation').textContent()).toContain('Trend');
    await s.page.getByRole('button', { name: 'Dansk' }).click();
    await s.page.getByRole('heading', { name: 'Ledighed i pct. af arbejdsstyrken' }).waitFor();
    expect(s.page.url()).not.toContain('lang=');
    expect(await s.page.locator('html').getAttribute('lang')).toBe('da');
  });
});
