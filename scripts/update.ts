// npm run update: fresh figures from Statistikbanken and Jobindsats into data/, safely.
// Everything is fetched and converted first, written into a copy of data/ and checked there;
// data/ is replaced only when every table converted and check-data passes.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { areaResolver } from '../src/data/area-names.ts';
import type { Observation, Source } from '../src/data/contract.ts';
import { formatDataError } from '../src/data/errors.ts';
import { convertBenchmarkRows } from '../src/ingest/benchmark.ts';
import { IngestError } from '../src/ingest/official-series.ts';
import { changesMarkdown, dataChanges } from '../src/update/changes.ts';
import { answerGaps, keepEarlierPeriods, type AnswerGap } from '../src/update/contract-rows.ts';
import { UpdateError, parseUpdateConfig, type UpdateConfig, type UpdateSource } from '../src/update/config.ts';
import { fetchText, type FetchPolicy, type HttpRequest } from '../src/update/http.ts';
import { jobindsatsDataRequest, jobindsatsTableRequest, observationsFromJobindsats, parseJobindsatsTable, rowsFromJobindsats } from '../src/update/jobindsats.ts';
import { observationsFromStatbank, statbankDataRequest } from '../src/update/statbank.ts';
import { INDICATOR_COLUMNS, SOURCE_COLUMNS, mergeOwnedRows, writeIndicatorFiles } from './contract-files.ts';
import { checkDataDir, loadDataDir } from './data-dir.ts';
import { todayIso } from '../src/data/today.ts';

export interface UpdateOptions {
  dataDir: string;
  configPath: string;
  cacheDir: string;
  /** The Jobindsats key; without it only Statistikbanken is fetched. */
  jobindsatsKey?: string;
  /** Convert the newest cached responses instead of fetching. */
  offline?: boolean;
  /** The retrieval date written to sources.csv (YYYY-MM-DD). */
  today: string;
  policy: FetchPolicy;
  statbankUrl?: string;
  jobindsatsUrl?: string;
  /** Let an answer remove areas, breakdowns or periods the data has (a deliberate removal), and list them. */
  allowRemovals?: boolean;
  log: (line: string) => void;
}

export interface UpdateResult {
  summary: string;
  changedIndicators: string[];
}

const HELP = `npm run update -- [valg]

Henter nye tal fra Danmarks Statistiks Statistikbank (åben, ingen nøgle) og – når
JOBINDSATS_API_KEY er sat – fra Jobindsats' API, og skriver dem i data/ i samme format,
som npm run ingest bruger. Hvilke tabeller, variable og perioder der hentes, og hvilke
nøgletal de bliver til, står i update.config.json; en ny tabel tilføjes dér, uden kode.

Sikkert: alt hentes og omregnes først og skrives i en kopi af data/, som kontrolleres
med de samme regler som npm run check-data. Først når alle tabeller er omregnet og
kontrollen er bestået, erstattes data/. Går noget galt (intet net, forkert nøgle, en
tabel svarer ikke, for mange forespørgsler, et svar i en ny form), stopper kommandoen
med en besked om hvilken tabel og hvad, afslutter med kode 1, og data/ er uændret.

Nøgle:
  JOBINDSATS_API_KEY    den personlige nøgle fra Jobindsats (sendes som Authorization).
                        Uden nøgle springes Jobindsats-tabellerne over.

Cache:
  De rå svar gemmes i .update-cache/<dato>/ (én fil pr. tabel), så en omregning kan
  gentages og et mærkeligt svar kan undersøges. --offline omregner den nyeste cache
  uden at hente noget.

Valg:
  --config <fil>        konfigurationen (standard: update.config.json)
  --data <mappe>        datamappen, der opdateres (standard: data)
  --cache <mappe>       cachemappen (standard: .update-cache)
  --offline             brug den nyeste cache i stedet for at hente
  --allow-removals      lad et svar fjerne områder, fordelinger eller perioder, som data har
                        (uden det stopper et svar, der mangler noget, kørslen med navnet)
  --summary <fil>       skriv ændringerne (nye perioder, reviderede tal) som Markdown
  --timeout <sek>       tidsgrænse pr. forespørgsel (standard: 60)
  --retries <antal>     nye forsøg efter timeout, 429 og serverfejl (standard: 3)
  --help                denne tekst

Adresser (til test mod en lokal server): STATBANK_API_URL, JOBINDSATS_API_URL.
`;

interface Fetched {
  observations: Observation[];
  sources: Source[];
  indicators: string[];
}

export async function runUpdate(options: UpdateOptions): Promise<UpdateResult> {
  const config = parseUpdateConfig(readText(options.configPath, 'konfigurationen'), basename(options.configPath));
  const dataDir = resolve(options.dataDir);
  if (!existsSync(join(dataDir, 'municipalities.csv'))) throw new UpdateError(`${dataDir} er ikke en datamappe (municipalities.csv mangler).`);
  const before = loadDataDir(dataDir).dataset;
  const resolveArea = areaResolver(before.municipalities);
  const cache = cacheFolder(options);
  const fetched = await fetchAll(config, options, cache, resolveArea);
  if (fetched.indicators.length === 0) throw new UpdateError('Ingen tabeller blev hentet; der er intet at opdatere.');

  removeLeftovers(dataDir);
  const work = mkdtempSync(join(dirname(dataDir), `.${basename(dataDir)}-update-`));
  try {
    cpSync(dataDir, work, { recursive: true });
    const owned = new Set(fetched.indicators);
    const gaps = answerGaps(before.observations.filter((o) => owned.has(o.indicator)), fetched.observations);
    const names = new Map(before.municipalities.map((m) => [m.code, m.name]));
    const gapLines = gaps.map((g) => gapText(g, names, [...fetched.sources, ...before.sources]));
    if (gaps.length > 0 && !options.allowRemovals) {
      throw new UpdateError(`${gapLines.join('\n')}\nEt svar med færre områder, fordelinger eller perioder end data har, er sandsynligvis afkortet. Kør med --allow-removals, hvis fjernelsen er tilsigtet.`);
    }
    const merged = keepEarlierPeriods(before.observations.filter((o) => owned.has(o.indicator)), fetched.observations);
    writeIndicatorFiles(work, fetched.indicators, merged);
    mergeOwnedRows(join(work, 'sources.csv'), 'source_id', SOURCE_COLUMNS, fetched.sources);
    const indicatorRows = config.indicators.filter((i) => fetched.indicators.includes(i.indicator));
    mergeOwnedRows(join(work, 'indicators.csv'), 'indicator', INDICATOR_COLUMNS, indicatorRows);
    const { dataset: after, errors } = checkDataDir(work);
    if (errors.length > 0) {
      const listed = errors.slice(0, 10).map((e) => `  ${formatDataError(e)}`).join('\n');
      throw new UpdateError(`De nye tal består ikke kontrollen (${errors.length} fejl); data/ er ikke ændret:\n${listed}`);
    }
    const changes = dataChanges(
      before.observations.filter((o) => owned.has(o.indicator)),
      after.observations.filter((o) => owned.has(o.indicator)),
    );
    const summary = changesMarkdown(changes, names) + (gapLines.length ? `\nFjernet med --allow-removals:\n${gapLines.map((l) => `- ${l}`).join('\n')}\n` : '');
    writeFileSync(join(cache.folder, 'changes.md'), summary);
    replaceFolder(dataDir, work);
    return { summary, changedIndicators: changes.filter((c) => c.newPeriods.length > 0 || c.revised.length > 0 || c.removed > 0).map((c) => c.indicator) };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** "Ballerup mangler i svaret for forsoergede_fuldtid_ydelsestype (AUK01)." */
function gapText(gap: AnswerGap, names: ReadonlyMap<string, string>, sources: readonly Source[]): string {
  const table = sources.find((s) => s.source_id === gap.source)?.document || gap.source;
  const parts = [...gap.areas.map((a) => names.get(a) ?? a), ...gap.breakdowns.map((b) => `fordelingen "${b}"`), ...gap.periods];
  const shown = parts.length > 8 ? `${parts.slice(0, 8).join(', ')} og ${parts.length - 8} mere` : parts.join(', ');
  return `${shown} mangler i ${table}-svaret (${gap.indicator}).`;
}

async function fetchAll(config: UpdateConfig, options: UpdateOptions, cache: { folder: string; offline: boolean }, resolveArea: ReturnType<typeof areaResolver>): Promise<Fetched> {
  const out: Fetched = { observations: [], sources: [], indicators: [] };
  const units = new Map(config.indicators.map((i) => [i.indicator, i.unit]));
  const statbankUrl = options.statbankUrl ?? config.statbank.url;
  const jobindsatsUrl = options.jobindsatsUrl ?? config.jobindsats.url;
  const key = options.jobindsatsKey?.trim();
  const jobTables = key || options.offline ? config.jobindsats.tables : [];
  const total = config.statbank.tables.length + jobTables.length;
  let n = 0;
  const get = (request: HttpRequest, file: string, label: string) => cached(request, file, label, cache, options.policy);

  for (const table of config.statbank.tables) {
    const label = `Statistikbanken ${table.table}`;
    const started = Date.now();
    options.log(`[${++n}/${total}] ${label}: henter …`);
    const text = await get(statbankDataRequest(statbankUrl, table), `statbank-${table.table}.csv`, label);
    const rows = observationsFromStatbank(text, table, units.get(table.indicator)!, resolveArea);
    out.observations.push(...rows);
    out.sources.push(sourceRow(table.source, table.table, 'Danmarks Statistik', `https://www.statbank.dk/${table.table}`, 'Danmarks Statistik, Statistikbanken (CC BY 4.0)', options.today));
    out.indicators.push(table.indicator);
    options.log(`[${n}/${total}] ${label}: ${describe(rows)} (${seconds(started)})`);
  }
  if (!key && !options.offline && config.jobindsats.tables.length > 0) {
    options.log(`JOBINDSATS_API_KEY er ikke sat; ${config.jobindsats.tables.map((t) => t.table).join(', ')} fra Jobindsats springes over (se npm run update -- --help).`);
  }
  for (const table of jobTables) {
    const label = `Jobindsats ${table.table}`;
    const started = Date.now();
    options.log(`[${++n}/${total}] ${label}: henter …`);
    const info = parseJobindsatsTable(await get(jobindsatsTableRequest(jobindsatsUrl, table.table, key ?? ''), `jobindsats-${table.table}.table.json`, `${label}, tabelbeskrivelsen`), table.table);
    const text = await get(jobindsatsDataRequest(jobindsatsUrl, table, info, key ?? ''), `jobindsats-${table.table}.json`, label);
    const rows = rowsFromJobindsats(text, table.table);
    let observations: Observation[];
    if (table.convert === 'benchmark') {
      try {
        observations = convertBenchmarkRows(rows.map((row, i) => ({ row, where: `${label}, række ${i + 1}` })), resolveArea, table.source.id);
      } catch (e) {
        throw e instanceof IngestError ? new UpdateError(e.message) : e;
      }
    } else {
      observations = observationsFromJobindsats(rows, table, config.indicators, resolveArea);
    }
    out.observations.push(...observations);
    out.sources.push(sourceRow(table.source, table.table.toLowerCase(), 'Jobindsats.dk / STAR', 'https://www.jobindsats.dk/', 'Styrelsen for Arbejdsmarked og Rekruttering (STAR), Jobindsats.dk', options.today));
    out.indicators.push(...new Set(observations.map((o) => o.indicator)));
    options.log(`[${n}/${total}] ${label}: ${describe(observations)} (${seconds(started)})`);
  }
  return out;
}

/** Fetches (and keeps the raw answer in the cache), or with --offline reads the cached answer. */
async function cached(request: HttpRequest, file: string, label: string, cache: { folder: string; offline: boolean }, policy: FetchPolicy): Promise<string> {
  const path = join(cache.folder, file);
  if (cache.offline) {
    if (!existsSync(path)) throw new UpdateError(`${label}: ${file} findes ikke i ${cache.folder}; kør uden --offline for at hente den.`);
    return readFileSync(path, 'utf8');
  }
  const text = await fetchText(request, label, policy);
  writeFileSync(path, text);
  return text;
}

function cacheFolder(options: UpdateOptions): { folder: string; offline: boolean } {
  if (options.offline) {
    const dates = existsSync(options.cacheDir) ? readdirSync(options.cacheDir).filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d)).sort() : [];
    if (dates.length === 0) throw new UpdateError(`--offline: der er ingen cache i ${options.cacheDir}; kør først npm run update med net.`);
    return { folder: join(options.cacheDir, dates.at(-1)!), offline: true };
  }
  const folder = join(options.cacheDir, options.today);
  mkdirSync(folder, { recursive: true });
  return { folder, offline: false };
}

function sourceRow(source: UpdateSource, document: string, body: string, url: string, publisher: string, retrieved: string): Source {
  return { source_id: source.id, municipality_code: '000', body, meeting_date: '', title: source.title, document, url, publisher, retrieved, usual_delay_days: String(source.usualDelayDays) };
}

/** data/ swapped for the checked copy; if the second rename fails the old folder is put back. */
function replaceFolder(dataDir: string, work: string): void {
  const old = `${work}-old`;
  renameSync(dataDir, old);
  try {
    renameSync(work, dataDir);
  } catch (e) {
    renameSync(old, dataDir);
    throw e;
  }
  rmSync(old, { recursive: true, force: true });
}

/** Copies left by an update that was killed half-way; data/ itself was never touched by it. */
function removeLeftovers(dataDir: string): void {
  const prefix = `.${basename(dataDir)}-update-`;
  for (const name of readdirSync(dirname(dataDir))) {
    if (name.startsWith(prefix)) rmSync(join(dirname(dataDir), name), { recursive: true, force: true });
  }
}

function describe(rows: readonly Observation[]): string {
  if (rows.length === 0) return 'ingen tal';
  const periods = rows.map((r) => r.period).sort();
  const areas = new Set(rows.map((r) => r.area)).size;
  return `${rows.length.toLocaleString('da-DK')} tal for ${areas} områder, ${periods[0]} – ${periods.at(-1)}`;
}

const seconds = (started: number) => `${((Date.now() - started) / 1000).toLocaleString('da-DK', { maximumFractionDigits: 1 })} s`;

function readText(path: string, what: string): string {
  if (!existsSync(path)) throw new UpdateError(`Kan ikke finde ${what} ${path}.`);
  return readFileSync(path, 'utf8');
}

async function main(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(HELP);
    return 0;
  }
  const value = (flag: string) => {
    const i = args.indexOf(flag);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const known = new Set(['--config', '--data', '--cache', '--summary', '--timeout', '--retries', '--offline', '--allow-removals']);
  const unknown = args.find((a, i) => a.startsWith('--') && !known.has(a) && !known.has(args[i - 1] ?? ''));
  if (unknown) {
    process.stderr.write(`Ukendt valg ${unknown}. Se npm run update -- --help\n`);
    return 2;
  }
  const timeout = Number(value('--timeout') ?? 60);
  const retries = Number(value('--retries') ?? 3);
  if (!(timeout > 0) || !Number.isInteger(retries) || retries < 0) {
    process.stderr.write('--timeout skal være et positivt antal sekunder og --retries et helt tal fra 0.\n');
    return 2;
  }
  try {
    const result = await runUpdate({
      dataDir: value('--data') ?? 'data',
      configPath: value('--config') ?? 'update.config.json',
      cacheDir: value('--cache') ?? '.update-cache',
      jobindsatsKey: process.env.JOBINDSATS_API_KEY,
      offline: args.includes('--offline'),
      allowRemovals: args.includes('--allow-removals'),
      today: todayIso(),
      statbankUrl: process.env.STATBANK_API_URL || undefined,
      jobindsatsUrl: process.env.JOBINDSATS_API_URL || undefined,
      policy: {
        timeoutMs: timeout * 1000,
        retries,
        retryDelayMs: 2000,
        sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
        onRetry: (message) => process.stderr.write(`  ${message}\n`),
      },
      log: (line) => process.stderr.write(`${line}\n`),
    });
    const summaryPath = value('--summary');
    if (summaryPath) writeFileSync(summaryPath, `Tal hentet ${todayIso()} med \`npm run update\`.\n\n${result.summary}`);
    process.stdout.write(`${result.summary}\n${result.changedIndicators.length ? `data/ er opdateret: ${result.changedIndicators.join(', ')}.` : 'data/ er opdateret; ingen tal er ændret.'}\n`);
    return 0;
  } catch (e) {
    if (e instanceof UpdateError) {
      process.stderr.write(`Fejl: ${e.message}\ndata/ er ikke ændret.\n`);
      return 1;
    }
    throw e;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = await main(process.argv.slice(2));
}
