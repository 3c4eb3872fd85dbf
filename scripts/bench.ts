// npm run bench: builds the app on synthetic national-scale data (≈ 285.000 rows, ten and a
// hundred times that; --skip-100 leaves the last out) the way a deployment builds it, serves it
// and measures it in headless Chromium beside the stack floor (scripts/stack-floor): the same
// chart drawn by a page of the stack alone. Prints figures and where the time goes; never fails
// on a threshold.
import { cpSync, createWriteStream, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import { build } from 'vite';
import react from '@vitejs/plugin-react';
import { BENCH_INDICATOR, BENEFIT_GROUPS, generateBenchData } from './bench-data.ts';
import { partitionFile, type Manifest } from '../src/data/bundle.ts';
import { generateMinutes } from './bench-minutes.ts';
import { extractMinutes } from '../src/extract/extract.ts';
import { compileCatalogue } from '../src/extract/indicator-terms.ts';
import { scoreMinutesSet } from './extract-score.ts';
import { readPdf } from '../src/extract/read-pdf.ts';
import { htmlToText } from '../src/extract/html-text.ts';
import { minutesPdf } from '../test/fixtures/minutes/make-pdf.ts';
import { xlsxOf, type Cell } from '../test/fixtures/import/xlsx-fixture.ts';
import { loadDataDir } from './data-dir.ts';
import { chromiumLaunch } from './chromium.ts';
import { serveStatic } from './static-server.ts';

const ROOT = resolve(import.meta.dirname, '..');
const WORK = join(ROOT, '.bench');

interface Waterfall {
  /** The entry module has run and started every load (app/boot.ts). */
  boot: number;
  coreArrived: number;
  coreRead: number;
  chunksStart: number;
  chunksEnd: number;
  viewCode: number;
  dataStart: number;
  dataEnd: number;
  decodeMs: number;
  firstChart: number;
}

interface Result {
  label: string;
  rows: number;
  buildSeconds: number;
  /** Every partition of the data, and the one the first chart draws. */
  partitions: number;
  partitionKb: number;
  /** Median of LOADS loads with the browser's cache off. */
  firstChartMs: number;
  firstPaintMs: number;
  /** The same partition drawn by the stack floor page, median of LOADS loads. */
  floorMs: number;
  /** Data (core.json and partitions) and all files fetched up to the first chart. */
  dataKbFirstChart: number;
  allKbFirstChart: number;
  longestTaskMs: number;
  longestAfterChartMs: number;
  /** Cumulative layout shift of one load up to half a second after its first chart. */
  layoutShift: number;
  filterMedianMs: number;
  filterWorstMs: number;
  /** The app's changes of areas and period range only, and the same changes on the stack floor. */
  filterSameKindsMs: number;
  floorFilterMs: number;
  heapMb: number;
  initialJsKb: number;
  initialCssKb: number;
  shownSeries: number;
  waterfall: Waterfall;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const AREAS = '101~151~163~000';
/** Loads of the app and of the stack floor, taken in turn; the medians are printed. */
const LOADS = 5;
const FLOOR_HTML = 'scripts/stack-floor/index.html';

/** The breakdown the first chart draws at a scale: a benefit group, or its first made-up subgroup. */
const firstBreakdown = (scale: number) => (scale === 1 ? BENEFIT_GROUPS[1]! : `${BENEFIT_GROUPS[1]} 1`);

/** Builds the app on the synthetic data of one scale, the way a deployment builds it. */
async function buildAt(scale: number): Promise<{ dist: string; rows: number; buildSeconds: number }> {
  const dataDir = join(WORK, `data-${scale}`);
  const dist = join(WORK, `dist-${scale}`);
  const rows = await generateBenchData(dataDir, scale);
  const started = Date.now();
  process.env.KOMMUNETAL_DATA_DIR = dataDir;
  try {
    await build({ root: ROOT, logLevel: 'error', build: { outDir: dist, emptyOutDir: true } });
  } finally {
    delete process.env.KOMMUNETAL_DATA_DIR;
  }
  const buildSeconds = (Date.now() - started) / 1000;
  // ×100's CSV is 2 GB; the build has read it, the measurement needs the dist only.
  rmSync(dataDir, { recursive: true, force: true });
  return { dist, rows, buildSeconds };
}

/**
 * The stack floor: a page of React and Recharts built by Vite with the app's React plugin, base and
 * target, that fetches the first chart's partition, reads it and draws the same four series.
 */
async function buildFloor(): Promise<string> {
  const dist = join(WORK, 'dist-floor');
  await build({
    root: ROOT,
    configFile: false,
    base: './',
    logLevel: 'error',
    plugins: [react()],
    build: { outDir: dist, emptyOutDir: true, target: 'es2022', rolldownOptions: { input: join(ROOT, FLOOR_HTML) } },
  });
  return dist;
}

/** One load of a page until four lines are drawn: when, and what was fetched by then. */
async function loadOnce(page: Page, url: string) {
  await page.goto(url);
  await page.waitForFunction(() => document.querySelectorAll('.recharts-line-curve').length >= 4, undefined, { timeout: 600_000 });
  return page.evaluate(() => ({
    chart: performance.now(),
    paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
    fetched: performance
      .getEntriesByType('resource')
      .map((e) => ({ name: e.name, start: e.startTime, end: (e as PerformanceResourceTiming).responseEnd }))
      .filter((e) => e.end <= performance.now()),
  }));
}

async function measure(label: string, dist: string, scale: number, rows: number, buildSeconds: number): Promise<Result> {
  cpSync(join(WORK, 'dist-floor'), dist, { recursive: true });
  const { server, url, context, page } = await openServed(dist, `scale-${scale}`);
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await page.addInitScript(`window.longTasks = []; window.layoutShift = 0;
      new PerformanceObserver((list) => list.getEntries().forEach((e) => window.longTasks.push({ start: e.startTime, duration: e.duration }))).observe({ type: 'longtask', buffered: true });
      new PerformanceObserver((list) => list.getEntries().forEach((e) => { if (!e.hadRecentInput) window.layoutShift += e.value; })).observe({ type: 'layout-shift', buffered: true });`);
    const breakdown = firstBreakdown(scale);
    const partition = `data/${partitionFile(BENCH_INDICATOR, breakdown)}`;
    const query = `?view=trend&ind=${BENCH_INDICATOR}&brk=${encodeURIComponent(breakdown)}&areas=${AREAS}`;
    const floorUrl = `${url}${FLOOR_HTML}?file=${encodeURIComponent(`../../${partition}`)}&brk=${encodeURIComponent(breakdown)}&areas=${AREAS}`;
    const floors: number[] = [];
    const loads: Awaited<ReturnType<typeof loadOnce>>[] = [];
    for (let i = 0; i < LOADS; i++) {
      floors.push((await loadOnce(page, floorUrl)).chart);
      loads.push(await loadOnce(page, url + query));
    }
    const load = loads.at(-1)!;
    // What the suite's scale test checks at ×2, the bench checks at every scale it builds.
    const bins = [...new Set(load.fetched.map((r) => decodeURIComponent(new URL(r.name).pathname)).filter((p) => p.endsWith('.bin')))];
    if (bins.length !== 1 || !bins[0]!.endsWith(`/${partition}`)) throw new Error(`×${scale}: den første graf hentede ${bins.join(', ') || 'ingen partition'}, ikke kun ${partition}.`);
    await page.waitForTimeout(500);
    const tasks = await page.evaluate(() => (window as unknown as { longTasks: { start: number; duration: number }[] }).longTasks);
    // Cumulative layout shift of the last load, up to half a second after its first chart.
    const layoutShift = await page.evaluate(() => (window as unknown as { layoutShift: number }).layoutShift);
    const timings = await page.evaluate(() => ({
      marks: performance.getEntriesByType('mark').map((e) => ({ name: e.name, at: e.startTime })),
      measures: performance.getEntriesByType('measure').map((e) => ({ name: e.name, duration: e.duration })),
    }));
    const mark = (name: string) => timings.marks.find((m) => m.name === `kommunetal:${name}`)?.at ?? Number.NaN;
    const resource = (test: (name: string) => boolean) => load.fetched.filter((r) => test(r.name));
    const core = resource((n) => n.endsWith('/data/core.json'))[0];
    const data = resource((n) => n.endsWith(partition))[0];
    const boot = mark('boot');
    // The view's chunks are the scripts asked for once the entry had run.
    const chunks = resource((n) => n.endsWith('.js') && !n.includes('.worker')).filter((r) => r.start >= boot - 1);
    const waterfall: Waterfall = {
      boot,
      coreArrived: core?.end ?? Number.NaN,
      coreRead: mark('core'),
      chunksStart: Math.min(...chunks.map((c) => c.start)),
      chunksEnd: Math.max(...chunks.map((c) => c.end)),
      viewCode: mark('view-code'),
      dataStart: data?.start ?? Number.NaN,
      dataEnd: data?.end ?? Number.NaN,
      decodeMs: timings.measures.find((m) => m.name.startsWith('kommunetal:decode'))?.duration ?? Number.NaN,
      firstChart: load.chart,
    };
    const sizeOf = (href: string) => {
      const path = join(dist, decodeURIComponent(new URL(href).pathname));
      return existsSync(path) && statSync(path).isFile() ? statSync(path).size : 0;
    };
    const kb = (names: string[]) => names.reduce((sum, n) => sum + sizeOf(n), 0) / 1024;

    const filters = [
      (i: number) => `?view=trend&ind=${BENCH_INDICATOR}&brk=${encodeURIComponent(breakdown)}&areas=${AREAS}~${['165', '147', '159', '161', '167'][i % 5]}`,
      (i: number) => `?view=trend&ind=${BENCH_INDICATOR}&brk=${encodeURIComponent(scale === 1 ? BENEFIT_GROUPS[(i % 11) + 1]! : `${BENEFIT_GROUPS[(i % 11) + 1]} 1`)}&areas=${AREAS}`,
      (i: number) => `?view=trend&ind=${BENCH_INDICATOR}&brk=${encodeURIComponent(breakdown)}&areas=${AREAS}&from=${2008 + (i % 10)}-01&to=2024-12`,
    ];
    const times: number[] = [];
    for (let i = 0; i < 20; i++) times.push(await filterChange(page, filters[i % 3]!(i)));
    // The floor redraws the same partition for other areas and another period range (a breakdown
    // is another partition, which the floor does not fetch); the app's changes of those two kinds
    // are set beside them.
    const floorQuery = floorUrl.slice(floorUrl.indexOf('?'));
    const floorFilters = [(i: number) => `${floorQuery}~${['165', '147', '159', '161', '167'][i % 5]}`, (i: number) => `${floorQuery}&from=${2008 + (i % 10)}-01&to=2024-12`];
    await loadOnce(page, floorUrl);
    const floorTimes: number[] = [];
    for (let i = 0; i < 20; i++) floorTimes.push(await filterChange(page, floorFilters[i % 2]!(i)));
    await page.goto(url + query);
    await page.waitForFunction(() => document.querySelectorAll('.recharts-line-curve').length >= 4, undefined, { timeout: 600_000 });
    const shownSeries = await page.evaluate(() => document.querySelectorAll('.recharts-line-curve').length);
    await cdp.send('HeapProfiler.collectGarbage');
    // The typed columns live outside the JS heap, in array buffer backing stores.
    const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; backingStorageSize?: number };

    const assets = readdirSync(join(dist, 'assets'));
    const loaded = (ext: string) => assets.filter((a) => a.endsWith(ext) && load.fetched.some((r) => r.name.endsWith(a)) && !a.includes('.worker'));
    const gz = (files: string[]) => files.reduce((sum, f) => sum + gzipSync(readFileSync(join(dist, 'assets', f))).length, 0) / 1024;
    const manifest = JSON.parse(readFileSync(join(dist, 'data/manifest.json'), 'utf8')) as Manifest;
    return {
      label,
      rows,
      buildSeconds,
      partitions: manifest.partitions.length,
      partitionKb: statSync(join(dist, partition)).size / 1024,
      firstChartMs: median(loads.map((l) => l.chart)),
      firstPaintMs: median(loads.map((l) => l.paint)),
      floorMs: median(floors),
      dataKbFirstChart: kb(load.fetched.map((r) => r.name).filter((n) => n.includes('/data/'))),
      allKbFirstChart: kb(load.fetched.map((r) => r.name)),
      longestTaskMs: Math.max(0, ...tasks.map((t) => t.duration)),
      longestAfterChartMs: Math.max(0, ...tasks.filter((t) => t.start > load.chart).map((t) => t.duration)),
      layoutShift,
      filterMedianMs: median(times),
      filterWorstMs: Math.max(...times),
      filterSameKindsMs: median(times.filter((_, i) => i % 3 !== 1)),
      floorFilterMs: median(floorTimes),
      heapMb: (heap.usedSize + (heap.backingStorageSize ?? 0)) / 1024 / 1024,
      initialJsKb: gz(loaded('.js')),
      initialCssKb: gz(loaded('.css')),
      shownSeries,
      waterfall,
    };
  } finally {
    await context.close();
    server.close();
  }
}

/** Where the time of one first load went, in ms after navigation. */
function printWaterfall(r: Result) {
  const w = r.waterfall;
  const f = (n: number) => (Number.isNaN(n) ? '–' : Math.round(n).toLocaleString('da-DK'));
  process.stdout.write(`\nvandfald ${r.label}, ms efter navigation (${f(r.rows)} rækker)\n`);
  process.stdout.write(`  boot: hovedscriptet har kørt og startet alt      ${f(w.boot)}\n`);
  process.stdout.write(`  core.json: ankommet / kataloget læst             ${f(w.coreArrived)} / ${f(w.coreRead)}\n`);
  process.stdout.write(`  visningens kode: hentet ${f(w.chunksStart)}–${f(w.chunksEnd)}, klar           ${f(w.viewCode)}\n`);
  process.stdout.write(`  partition (${f(r.partitionKb)} kB): hentet                    ${f(w.dataStart)}–${f(w.dataEnd)}\n`);
  process.stdout.write(`  afkodning                                         ${w.decodeMs.toLocaleString('da-DK', { maximumFractionDigits: 1 })} ms\n`);
  process.stdout.write(`  første graf                                       ${f(w.firstChart)}\n`);
}

/**
 * Changes the view as back/forward would and times it until the chart has redrawn. The page
 * code is a string: tsx would otherwise wrap named functions in a helper the page lacks.
 */
async function filterChange(page: Page, query: string): Promise<number> {
  return page.evaluate(`new Promise((done, fail) => {
    const signature = () => Array.from(document.querySelectorAll('.recharts-line-curve')).map((p) => p.getAttribute('d') || '').join('|');
    const before = signature();
    const t0 = performance.now();
    history.pushState(null, '', ${JSON.stringify(query)});
    dispatchEvent(new PopStateEvent('popstate'));
    const check = () => (signature() !== before ? done(performance.now() - t0) : performance.now() - t0 > 30000 ? fail(new Error('no redraw in 30 s: ' + location.search)) : requestAnimationFrame(check));
    requestAnimationFrame(check);
  })`);
}

/** A Statistikbanken-style export of about 50 MB (made-up figures), for the import measurement. */
async function writeImportFile(path: string, targetBytes: number): Promise<{ bytes: number; rows: number }> {
  const names = readFileSync(join(ROOT, 'data', 'municipalities.csv'), 'utf8').split('\n').slice(1).map((l) => l.split(',')[1]).filter((n): n is string => !!n);
  const out = createWriteStream(path);
  out.write('\uFEFFOMRÅDE;YDELSESTYPE;TID;INDHOLD\n');
  let bytes = 0;
  let rows = 0;
  for (let year = 1900; bytes < targetBytes; year++) {
    const lines: string[] = [];
    for (const name of names) for (const group of BENEFIT_GROUPS) for (let m = 1; m <= 12; m++) lines.push(`${name};${group};${year}M${String(m).padStart(2, '0')};${(rows++ % 9973) + 0.5}`.replace('.', ','));
    const chunk = lines.join('\n') + '\n';
    bytes += Buffer.byteLength(chunk);
    if (!out.write(chunk)) await new Promise<void>((r) => out.once('drain', () => r()));
  }
  await new Promise<void>((r) => out.end(() => r()));
  return { bytes, rows };
}

/** The build served locally and a fresh Chromium profile for one measurement. */
async function openServed(dist: string, name: string) {
  const { server, url } = await serveStatic(dist);
  const userDataDir = join(WORK, `chrome-${name}`);
  rmSync(userDataDir, { recursive: true, force: true });
  const context = await chromium.launchPersistentContext(userDataDir, {
    ...chromiumLaunch,
    args: [...chromiumLaunch.args, '--enable-precise-memory-info'],
    viewport: { width: 1280, height: 900 },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return { server, url, context, page };
}

/** A deflated .xlsx in a jobindsats.dk layout of `rows` rows, as Excel writes it (up to its 1.048.576 rows a sheet). */
function writeImportXlsx(path: string, rows: number): { bytes: number; rows: number } {
  const names = ['Herlev', 'Ballerup', 'Gladsaxe', 'Gentofte', 'Albertslund', 'Rødovre', 'Hvidovre', 'Glostrup'];
  const cells: Cell[][] = [['Område', 'Periode', 'Ydelsesgruppe', 'Personer']];
  for (let i = 0; i < rows; i++) cells.push([names[i % 8]!, `${2000 + (Math.floor(i / 96) % 25)}M${String((Math.floor(i / 8) % 12) + 1).padStart(2, '0')}`, `Gruppe ${Math.floor(i / 2400)}`, (i * 7919) % 5000]);
  const bytes = xlsxOf(cells, 'Ark1', true);
  writeFileSync(path, bytes);
  return { bytes: bytes.length, rows };
}

async function measureImport(dist: string, file: string, written: { bytes: number; rows: number }) {
  const { bytes, rows } = written;
  const { server, url, context, page } = await openServed(dist, 'import');
  try {
    await page.goto(`${url}?view=import`);
    await page.getByLabel('Fil til import').waitFor();
    await page.evaluate(`window.longTasks = []; window.maxGap = 0;
      new PerformanceObserver((list) => list.getEntries().forEach((e) => window.longTasks.push(e.duration))).observe({ type: 'longtask' });
      let last = performance.now();
      const tick = (now) => { window.maxGap = Math.max(window.maxGap, now - last); last = now; requestAnimationFrame(tick); };
      requestAnimationFrame(tick);`);
    const started = Date.now();
    await page.getByLabel('Fil til import').setInputFiles(file);
    await page.locator('.import-review .chart-subtitle').filter({ hasText: 'gyldige' }).waitFor({ timeout: 600_000 });
    const seconds = (Date.now() - started) / 1000;
    const longest = await page.evaluate<number>('Math.max(0, ...window.longTasks)');
    const gap = await page.evaluate<number>('window.maxGap');
    const summary = (await page.locator('.import-review .chart-subtitle').textContent()) ?? '';
    // Saving: the stored columns are built and written to IndexedDB in a worker.
    await page.evaluate('window.longTasks = []; window.maxGap = 0;');
    const saveStarted = Date.now();
    await page.getByRole('button', { name: /^Importér [\d.]+ gyldige tal$/ }).click();
    // Once saved, the app opens the trend view of the new figures.
    await page.getByRole('heading', { name: /\(egne data\)$/ }).first().waitFor({ timeout: 600_000 });
    const saveSeconds = (Date.now() - saveStarted) / 1000;
    const saveLongest = await page.evaluate<number>('Math.max(0, ...window.longTasks)');
    const saveGap = await page.evaluate<number>('window.maxGap');
    return { mb: bytes / 1024 / 1024, rows, seconds, longest, gap, summary, saveSeconds, saveLongest, saveGap };
  } finally {
    await context.close();
    server.close();
  }
}

async function main() {
  mkdirSync(WORK, { recursive: true });
  // `npm run bench -- --minutes-only`: the minutes measurements alone, on a build of the bundled data.
  if (process.argv.includes('--minutes-only')) {
    const dist = join(WORK, 'dist-import');
    await build({ root: ROOT, logLevel: 'error', build: { outDir: dist, emptyOutDir: true } });
    return reportMinutes(dist);
  }
  // `npm run bench -- --forecast-only`: the trend view's forecast alone, on a build of the bundled data.
  if (process.argv.includes('--forecast-only')) {
    const dist = join(WORK, 'dist-import');
    await build({ root: ROOT, logLevel: 'error', build: { outDir: dist, emptyOutDir: true } });
    return reportForecast(dist);
  }
  // `npm run bench -- --import-only`: the import measurement alone, on a build of the bundled data.
  if (process.argv.includes('--import-only')) {
    const dist = join(WORK, 'dist-import');
    await build({ root: ROOT, logLevel: 'error', build: { outDir: dist, emptyOutDir: true } });
    return reportImport(dist);
  }
  const results: Result[] = [];
  await buildFloor();
  const scales = process.argv.includes('--skip-100') ? ([['×1', 1], ['×10', 10]] as const) : ([['×1', 1], ['×10', 10], ['×100', 100]] as const);
  for (const [label, scale] of scales) {
    process.stderr.write(`Bygger og måler ${label} …\n`);
    const built = await buildAt(scale);
    results.push(await measure(label, built.dist, scale, built.rows, built.buildSeconds));
  }
  const f = (n: number | null, d = 0) => (n === null || Number.isNaN(n) ? '–' : n.toLocaleString('da-DK', { maximumFractionDigits: d, minimumFractionDigits: d }));
  const first = results[0]!;
  const rowsOut: [string, (r: Result) => string][] = [
    ['rækker', (r) => f(r.rows)],
    ['byggetid, CSV → DuckDB → partitioner (s)', (r) => f(r.buildSeconds, 1)],
    ['partitioner / den viste (kB)', (r) => `${f(r.partitions)} / ${f(r.partitionKb, 0)}`],
    ['data hentet til første graf (kB)', (r) => f(r.dataKbFirstChart, 0)],
    ['alt hentet til første graf (kB)', (r) => f(r.allKbFirstChart, 0)],
    [`første maling (ms, median af ${LOADS})`, (r) => f(r.firstPaintMs)],
    [`første graf (ms, median af ${LOADS})`, (r) => f(r.firstChartMs)],
    [`stakkens gulv: samme graf (ms, median af ${LOADS})`, (r) => f(r.floorMs)],
    ['første graf / stakkens gulv', (r) => f(r.firstChartMs / r.floorMs, 2)],
    ['første graf / første graf ved ×1', (r) => f(r.firstChartMs / first.firstChartMs, 2)],
    ['forskydning af layoutet (CLS) til graf + 0,5 s', (r) => f(r.layoutShift, 3)],
    ['længste opgave på hovedtråden (ms)', (r) => f(r.longestTaskMs)],
    ['… efter første graf (ms)', (r) => f(r.longestAfterChartMs)],
    ['filterskift, median af 20 (ms)', (r) => f(r.filterMedianMs, 1)],
    ['filterskift, værste af 20 (ms)', (r) => f(r.filterWorstMs, 1)],
    ['  heraf områder og periode, median (ms)', (r) => f(r.filterSameKindsMs, 1)],
    ['  samme skift på stakkens gulv, median af 20 (ms)', (r) => f(r.floorFilterMs, 1)],
    ['hukommelse efter indlæsning (MB)', (r) => f(r.heapMb, 1)],
    ['første visnings JS, gzip (kB)', (r) => f(r.initialJsKb, 1)],
    ['første visnings CSS, gzip (kB)', (r) => f(r.initialCssKb, 1)],
    ['viste serier (forventet 4)', (r) => String(r.shownSeries)],
  ];
  const width = Math.max(...rowsOut.map(([l]) => l.length));
  process.stdout.write(`\n${'måling'.padEnd(width)} | ${results.map((r) => r.label.padStart(12)).join(' | ')}\n`);
  process.stdout.write(`${'-'.repeat(width)}-+-${results.map(() => '-'.repeat(12)).join('-+-')}\n`);
  for (const [l, get] of rowsOut) process.stdout.write(`${l.padEnd(width)} | ${results.map((r) => get(r).padStart(12)).join(' | ')}\n`);
  for (const r of results) printWaterfall(r);

  // `--loads-only`: the page loads and filter changes above, without the import and minutes measurements.
  if (process.argv.includes('--loads-only')) return;
  await reportImport(join(WORK, 'dist-1'));
  await reportMinutes(join(WORK, 'dist-1'));
  await reportForecast(join(WORK, 'dist-1'));
}

/** The trend view with fc=1: when the chart shows, and when the forecast's bands (99 series calibrated in the worker) follow. */
async function reportForecast(dist: string) {
  const f = (n: number) => n.toLocaleString('da-DK', { maximumFractionDigits: 2, minimumFractionDigits: 2 });
  const { server, url, context, page } = await openServed(dist, 'forecast');
  try {
    process.stdout.write('\nprognose (model) i udviklingsvisningen, registrerede ledige, Herlev\n');
    for (const run of [1, 2, 3]) {
      const started = Date.now();
      await page.goto(`${url}?view=trend&ind=ledige&areas=163&fc=1`);
      await page.locator('.recharts-line').first().waitFor();
      const chart = (Date.now() - started) / 1000;
      await page.locator('.forecast-band').first().waitFor({ timeout: 120_000 });
      const band = (Date.now() - started) / 1000;
      process.stdout.write(`  kørsel ${run}: graf efter ${f(chart)} s, prognosens bånd efter ${f(band)} s (${f(band - chart)} s til at kalibrere på 99 serier og forecaste)\n`);
    }
  } finally {
    await context.close();
    server.close();
  }
}

/** Minutes in the app: a file dropped on the minutes page, timed until the proposals show. */
async function measureMinutesInBrowser(dist: string, file: { name: string; type: string; bytes: Uint8Array }) {
  const { server, url, context, page } = await openServed(dist, 'minutes');
  try {
    await page.goto(`${url}?view=extract`);
    await page.locator('.extract-input').waitFor();
    // Only what happens after the drop counts: making the test file in the page is not the app's work.
    await page.evaluate(`window.dropAt = Infinity; window.longTasks = []; window.maxGap = 0;
      new PerformanceObserver((list) => list.getEntries().forEach((e) => { if (e.startTime >= window.dropAt) window.longTasks.push(e.duration); })).observe({ type: 'longtask' });
      let last = performance.now();
      const tick = (now) => { if (last >= window.dropAt) window.maxGap = Math.max(window.maxGap, now - last); last = now; requestAnimationFrame(tick); };
      requestAnimationFrame(tick);`);
    await page.evaluate(
      `window.minutesFile = new File([Uint8Array.from(atob(${JSON.stringify(Buffer.from(file.bytes).toString('base64'))}), (c) => c.charCodeAt(0))], ${JSON.stringify(file.name)}, { type: ${JSON.stringify(file.type)} });`,
    );
    // The garbage of making the file would otherwise be collected during the app's work.
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    await page.waitForTimeout(200);
    const started = Date.now();
    await page.evaluate(`(() => {
      window.dropAt = performance.now();
      const transfer = new DataTransfer();
      transfer.items.add(window.minutesFile);
      const target = document.querySelector('.extract-input');
      for (const kind of ['dragover', 'drop']) target.dispatchEvent(new DragEvent(kind, { dataTransfer: transfer, bubbles: true, cancelable: true }));
    })()`);
    // A cheap check: a role query over the review table would itself be a long task in the page.
    await page.locator('.extract-review tbody tr').first().waitFor({ timeout: 600_000 });
    const seconds = (Date.now() - started) / 1000;
    await page.waitForTimeout(300);
    const longest = await page.evaluate<number>('Math.max(0, ...window.longTasks)');
    const gap = await page.evaluate<number>('window.maxGap');
    const heading = (await page.locator('.extract-view h2.chart-title').last().textContent()) ?? '';
    return { seconds, longest, gap, heading };
  } finally {
    await context.close();
    server.close();
  }
}

/** A paste of `mb` megabytes of minutes into the text field, as a clipboard event, with the main thread watched. */
async function measurePaste(dist: string, mb: number) {
  const { server, url, context, page } = await openServed(dist, 'paste');
  try {
    await page.goto(`${url}?view=extract`);
    const field = page.locator('.extract-input textarea');
    await field.waitFor();
    await page.evaluate(`window.pasteAt = Infinity; window.longTasks = [];
      new PerformanceObserver((list) => list.getEntries().forEach((e) => { if (e.startTime >= window.pasteAt) window.longTasks.push(e.duration); })).observe({ type: 'longtask' });
      window.pasteData = new DataTransfer();
      window.pasteData.setData('text/plain', 'Herlev Kommune havde 2.650 ledige i januar 2024. '.repeat(${Math.ceil((mb * 1024 * 1024) / 50)}));`);
    await page.waitForTimeout(200);
    await field.evaluate((el) => {
      const w = window as unknown as { pasteAt: number; pasteData: DataTransfer };
      w.pasteAt = performance.now();
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: w.pasteData, bubbles: true, cancelable: true }));
    });
    const said = page.locator('.paste-held, .extract-input .banner[role="alert"]').first();
    await said.waitFor();
    await page.waitForTimeout(300);
    return { longest: await page.evaluate<number>('Math.max(0, ...window.longTasks)'), said: ((await said.textContent()) ?? '').slice(0, 60) };
  } finally {
    await context.close();
    server.close();
  }
}

async function reportMinutes(dist: string) {
  const f = (n: number, d = 0) => n.toLocaleString('da-DK', { maximumFractionDigits: d, minimumFractionDigits: d });
  process.stderr.write('Måler udtræk af tal fra referater …\n');
  const { dataset } = loadDataDir(join(ROOT, 'data'));
  const catalogue = compileCatalogue(dataset.indicators, dataset.breakdownLabels);
  const pct = (x: number) => `${f(x * 100)} %`;
  process.stdout.write('\nudtrækkets testsæt, strengt (post, værdi, enhed, periode, art, fordeling, område og nøgletal skal alle passe) / løst (værdi, enhed, periode)\n');
  const scored = scoreMinutesSet(join(ROOT, 'test/fixtures/minutes'), dataset.municipalities, catalogue);
  for (const { group, file, score } of scored) {
    process.stdout.write(`  ${group}/${file}: genfinding ${score.found}/${score.expected} (${pct(score.recall)}), præcision ${score.correct}/${score.proposed} (${pct(score.precision)}); løst ${pct(score.looseRecall)} / ${pct(score.loosePrecision)}\n`);
  }
  for (const group of ['tuning', 'heldout']) {
    const all = scored.filter((s) => s.group === group).map((s) => s.score);
    const sum = (k: 'found' | 'expected' | 'correct' | 'proposed') => all.reduce((n, s) => n + s[k], 0);
    process.stdout.write(`  ${group} i alt: genfinding ${pct(sum('found') / sum('expected'))}, præcision ${pct(sum('correct') / sum('proposed'))}\n`);
  }
  process.stdout.write('\nudtræk af tal fra referater (syntetiske referater med sætninger, tabeller og bevillinger)\n');
  for (const mb of [1, 5]) {
    const text = generateMinutes(mb * 1024 * 1024);
    const started = performance.now();
    const ex = extractMinutes(text, dataset.municipalities, { catalogue });
    process.stdout.write(`  ${mb} MB tekst fra kommandolinjen: ${f((performance.now() - started) / 1000, 2)} s, ${f(ex.observations.length)} foreslåede tal\n`);
  }
  const text = generateMinutes(1024 * 1024);
  const pdf = minutesPdf(text);
  const started = performance.now();
  const read = await readPdf(pdf, await import('pdfjs-dist/legacy/build/pdf.mjs'));
  process.stdout.write(`  PDF af 1 MB tekst (${f(pdf.length / 1024 / 1024, 1)} MB, ${f(read.pages)} sider) læst med pdf.js: ${f((performance.now() - started) / 1000, 2)} s\n`);
  const deep = `<html><body><main><p>Der var 2.650 ledige i januar 2024.</p>${'<div>'.repeat(100_000)}inde${'</div>'.repeat(100_000)}</main></body></html>`;
  const deepStarted = performance.now();
  htmlToText(deep);
  process.stdout.write(`  HTML med 100.000 indlejrede <div> (${f(deep.length / 1024 / 1024, 1)} MB) til tekst fra kommandolinjen: ${f((performance.now() - deepStarted) / 1000, 2)} s\n`);
  for (const mb of [1, 10]) {
    const p = await measurePaste(dist, mb);
    process.stdout.write(`  i appen, ${mb} MB tekst sat ind i feltet: længste opgave på hovedtråden ${f(p.longest)} ms; appen skrev: "${p.said}"\n`);
  }
  for (const file of [
    { name: 'dybt.html', type: 'text/html', bytes: new TextEncoder().encode(deep) },
    { name: 'referat.txt', type: 'text/plain', bytes: new TextEncoder().encode(text) },
    { name: 'referat.pdf', type: 'application/pdf', bytes: pdf },
  ]) {
    const m = await measureMinutesInBrowser(dist, file);
    process.stdout.write(`  i appen, ${file.name} (1 MB tekst) sluppet på siden: ${f(m.seconds, 1)} s til "${m.heading}", længste opgave på hovedtråden ${f(m.longest)} ms, længste pause mellem skærmbilleder ${f(m.gap)} ms\n`);
  }
}

async function reportImport(dist: string) {
  const f = (n: number, d = 0) => n.toLocaleString('da-DK', { maximumFractionDigits: d, minimumFractionDigits: d });
  process.stderr.write('Måler import af en fil på 50 MB …\n');
  const csv = join(WORK, 'import-50mb.csv');
  const imp = await measureImport(dist, csv, await writeImportFile(csv, 50 * 1024 * 1024));
  process.stdout.write(`\nimport af Statistikbanken-fil: ${f(imp.mb, 1)} MB, ${f(imp.rows)} rækker\n`);
  process.stdout.write(`  tid til rækkerne er læst og kontrolleret: ${f(imp.seconds, 1)} s\n`);
  process.stdout.write(`  længste opgave på hovedtråden undervejs: ${f(imp.longest)} ms\n`);
  process.stdout.write(`  længste pause mellem to skærmbilleder:   ${f(imp.gap)} ms\n`);
  process.stdout.write(`  appen skrev: ${imp.summary}\n`);
  process.stdout.write(`  gem i IndexedDB (i en worker) til grafen vises: ${f(imp.saveSeconds, 1)} s, længste opgave på hovedtråden ${f(imp.saveLongest)} ms, længste pause mellem skærmbilleder ${f(imp.saveGap)} ms\n`);
  process.stderr.write('Måler import af en Excel-fil med 870.000 rækker …\n');
  const xlsx = join(WORK, 'import-stor.xlsx');
  const ex = await measureImport(dist, xlsx, writeImportXlsx(xlsx, 870_000));
  process.stdout.write(`\nimport af Excel-fil (.xlsx, komprimeret): ${f(ex.mb, 1)} MB, ${f(ex.rows)} rækker\n`);
  process.stdout.write(`  tid til rækkerne er læst og kontrolleret: ${f(ex.seconds, 1)} s, længste opgave på hovedtråden ${f(ex.longest)} ms\n`);
  process.stdout.write(`  appen skrev: ${ex.summary}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`Fejl: ${(e as Error).stack ?? String(e)}\n`);
  process.exit(1);
});
