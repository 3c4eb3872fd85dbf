// The app at national scale ×10: 2.85 million generated rows are built into partitions through
// DuckDB, the chart shows exactly the series chosen with the values the generated file holds,
// and the page fetches the one partition it draws.
import { createReadStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BENCH_INDICATOR, generateBenchData } from '../../scripts/bench-data.ts';
import { serveStatic } from '../../scripts/static-server.ts';
import { partitionFile, type Manifest } from '../../src/data/bundle.ts';
import { formatFor } from '../../src/format/format.ts';
const { number: formatNumber } = formatFor('da');
import { openBrowser, type Session } from './browser.ts';

let s: Session;
let server: { server: Server; url: string };
let work: string;
let rows: number;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'kommunetal-scale-'));
  rows = await generateBenchData(join(work, 'data'), 10);
  process.env.KOMMUNETAL_DATA_DIR = join(work, 'data');
  try {
    await build({ root: resolve(import.meta.dirname, '../..'), logLevel: 'error', build: { outDir: join(work, 'dist'), emptyOutDir: true } });
  } finally {
    delete process.env.KOMMUNETAL_DATA_DIR;
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

describe('national scale ×10', () => {
  it('loads 2.85 million rows and shows the selected series, fetching only the partition it draws', async () => {
    expect(rows).toBeGreaterThan(2_800_000);
    const fetched: string[] = [];
    s.page.on('request', (r) => fetched.push(decodeURIComponent(new URL(r.url()).pathname)));
    await s.page.goto(`${server.url}?view=trend&ind=${BENCH_INDICATOR}&brk=${encodeURIComponent('kontanthjælp 3')}&areas=101~151~163`);
    await s.page.getByRole('heading', { name: 'SYNTETISK: ydelsesmodtagere' }).waitFor({ timeout: 60_000 });
    await expect.poll(() => s.page.locator('.recharts-line-curve').count(), { timeout: 60_000 }).toBe(3);
    await s.page.getByRole('button', { name: 'Vis som tabel' }).click();
    expect(await s.page.locator('thead th').allTextContents()).toEqual(['Periode', 'København', 'Ballerup', 'Herlev']);
    expect(await s.page.locator('tbody tr').count()).toBe(240);
    const herlev = await s.page.locator('tbody tr').last().locator('td[data-series="163"]').textContent();
    expect(herlev).toBe(formatNumber(await lastValue('163', 'kontanthjælp 3'), 0));
    expect(await s.page.locator('.source-line').textContent()).toContain('Syntetiske testdata');
    // One breakdown of 120: its file, not the indicator's 2.85 million rows.
    const partition = partitionFile(BENCH_INDICATOR, 'kontanthjælp 3');
    expect(fetched.filter((p) => p.endsWith('.bin'))).toEqual([`/data/${partition}`]);
    const manifest = JSON.parse(readFileSync(join(work, 'dist/data/manifest.json'), 'utf8')) as Manifest;
    expect(manifest.partitions).toHaveLength(120);
    expect(manifest.partitions.find((p) => p.file === partition)).toMatchObject({ rows: 99 * 240, areas: 99, firstPeriod: '2006-08', lastPeriod: '2026-07' });
    expect(manifest.partitions.reduce((n, p) => n + p.rows, 0)).toBe(rows);
  });
});
