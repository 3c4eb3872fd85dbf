// The app at twice national scale: 570.000 generated rows in 24 breakdowns are built into
// partitions through DuckDB, the chart shows exactly the series chosen with the values the
// generated file holds, and the page fetches the one partition it draws. npm run bench builds
// ×10 and ×100 the same way and fails if a first chart fetches any other partition; ×10 here
// cost 30 s of every test run (DuckDB and the row checks), and proves nothing more.
import { cpSync, createReadStream, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { BENCH_INDICATOR, generateBenchData } from '../../scripts/bench-data.ts';
import { bundleDataDir } from '../../scripts/data-dir.ts';
import { serveStatic } from '../../scripts/static-server.ts';
import { partitionFile, type Manifest } from '../../src/data/bundle.ts';
import { formatFor } from '../../src/format/format.ts';
const { number: formatNumber } = formatFor('da');
import { appBuilt, openBrowser, type Session } from './browser.ts';

let s: Session;
let server: { server: Server; url: string };
let work: string;
let rows: number;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'kommunetal-scale-'));
  rows = await generateBenchData(join(work, 'data'), 2);
  // The app's code does not depend on the data: the suite's build with this data folder's files,
  // made by the same function the build's data plugin calls (npm run bench builds ×10 whole).
  await appBuilt();
  const dist = inject('distDir');
  cpSync(dist, join(work, 'dist'), { recursive: true, filter: (src) => relative(dist, src).split(sep)[0] !== 'data' });
  for (const [path, body] of await bundleDataDir(join(work, 'data'), { strict: true })) {
    mkdirSync(dirname(join(work, 'dist/data', path)), { recursive: true });
    writeFileSync(join(work, 'dist/data', path), body);
  }
  server = await serveStatic(join(work, 'dist'));
  s = await openBrowser();
}, 240_000);

afterAll(async () => {
  await s?.close();
  server?.server.close();
  rmSync(work, { recursive: true, force: true });
});

/** The last value of one series, read from the generated CSV itself. */
async function lastValue(area: string, breakdown: string): Promise<number> {
  let last = Number.NaN;
  const lines = createInterface({ input: createReadStream(join(work, 'data', 'observations', `${BENCH_INDICATOR}.csv`)) });
  for await (const line of lines) {
    const [a, , b, , value] = line.split(',');
    if (a === area && b === breakdown) last = Number(value);
  }
  return last;
}

describe('twice national scale', () => {
  it('loads 570.000 rows and shows the selected series, fetching only the partition it draws', async () => {
    expect(rows).toBe(99 * 24 * 240);
    const fetched: string[] = [];
    s.page.on('request', (r) => fetched.push(decodeURIComponent(new URL(r.url()).pathname)));
    await s.page.goto(`${server.url}?view=trend&ind=${BENCH_INDICATOR}&brk=${encodeURIComponent('kontanthjælp 2')}&areas=101~151~163`);
    await s.page.getByRole('heading', { name: 'SYNTETISK: ydelsesmodtagere' }).waitFor({ timeout: 60_000 });
    await expect.poll(() => s.page.locator('.recharts-line-curve').count(), { timeout: 60_000 }).toBe(3);
    await s.page.getByRole('button', { name: 'Vis som tabel' }).click();
    expect(await s.page.locator('thead th').allTextContents()).toEqual(['Periode', 'København', 'Ballerup', 'Herlev']);
    expect(await s.page.locator('tbody tr').count()).toBe(240);
    const herlev = await s.page.locator('tbody tr').last().locator('td[data-series="163"]').textContent();
    expect(herlev).toBe(formatNumber(await lastValue('163', 'kontanthjælp 2'), 0));
    expect(await s.page.locator('.source-line').textContent()).toContain('Syntetiske testdata');
    // One breakdown of 24: its file, not the indicator's 570.000 rows.
    const partition = partitionFile(BENCH_INDICATOR, 'kontanthjælp 2');
    expect(fetched.filter((p) => p.endsWith('.bin'))).toEqual([`/data/${partition}`]);
    const manifest = JSON.parse(readFileSync(join(work, 'dist/data/manifest.json'), 'utf8')) as Manifest;
    expect(manifest.partitions).toHaveLength(24);
    expect(manifest.partitions.find((p) => p.file === partition)).toMatchObject({ rows: 99 * 240, areas: 99, firstPeriod: '2006-08', lastPeriod: '2026-07' });
    expect(manifest.partitions.reduce((n, p) => n + p.rows, 0)).toBe(rows);
  });
});
