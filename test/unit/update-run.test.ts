// npm run update against a local stand-in for both publishers: a good run updates the data folder;
// every failure leaves it byte for byte as it was and says which table and what went wrong.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readCsv } from '../../src/data/parse-csv.ts';
import { runUpdate, type UpdateOptions } from '../../scripts/update.ts';
import { bundleDataDir } from '../../scripts/data-dir.ts';
import { answers, KEY, startStub, type Stub } from '../fixtures/update/stub-server.ts';
import { auk01Csv, ptva02Json } from '../fixtures/update/publishers.ts';

let root: string;
let stub: Stub;
let log: string[];
const dataDir = () => join(root, 'data');

/** Every file below a folder with its hash: equal before and after means byte for byte unchanged. */
function fingerprint(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.set(p.slice(dir.length), createHash('sha256').update(readFileSync(p)).digest('hex'));
    }
  };
  walk(dir);
  return out;
}

/** A port on 127.0.0.1 that nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  await new Promise((r) => server.close(r));
  return port;
}

const options = (patch: Partial<UpdateOptions> = {}): UpdateOptions => ({
  dataDir: dataDir(),
  configPath: 'update.config.json',
  cacheDir: join(root, 'cache'),
  jobindsatsKey: KEY,
  today: '2026-11-23',
  statbankUrl: stub.statbankUrl,
  jobindsatsUrl: stub.jobindsatsUrl,
  policy: { timeoutMs: 2000, retries: 2, retryDelayMs: 1, sleep: () => Promise.resolve(), onRetry: (m) => log.push(m) },
  log: (line) => log.push(line),
  ...patch,
});

/** Runs an update that must fail, and returns its message after checking data/ did not change. */
async function failingRun(patch: Partial<UpdateOptions> = {}): Promise<string> {
  const before = fingerprint(dataDir());
  const error = await runUpdate(options(patch)).then(
    () => null,
    (e: Error) => e,
  );
  expect(error, 'the update should have failed').not.toBeNull();
  expect(fingerprint(dataDir())).toEqual(before);
  expect(readdirSync(root).filter((n) => n.startsWith('.data-update-'))).toEqual([]);
  return error!.message;
}

beforeAll(async () => {
  stub = await startStub();
});
afterAll(async () => {
  await stub.close();
});
/**
 * A copy of data/. Unless `full`, only the observations the update writes (the benchmark) or reads
 * (the population) are kept: every run reads and checks the folder twice, and checking the other
 * 100.000 rows in each of these tests cost most of their time and proved nothing more.
 */
function copyData(full = false): void {
  const kept = (name: string) => name === 'befolkning.csv' || name.startsWith('benchmark_');
  cpSync('data', dataDir(), { recursive: true, filter: (src) => full || !/[\\/]observations[\\/]/.test(src) || kept(src.split(/[\\/]/).at(-1)!) });
}

beforeEach(async () => {
  root = mkdtempSync(join(tmpdir(), 'kommunetal-update-'));
  copyData();
  log = [];
  stub.requests.length = 0;
  // Each test may replace routes; the publishers' normal answers come back before the next.
  const fresh = await startStub();
  for (const [k, v] of fresh.routes) stub.routes.set(k, v);
  await fresh.close();
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('npm run update against a local stub of both publishers', () => {
  it('a good run writes every configured table into data/, with the retrieval date, and the app catalogue gains the new indicators', { timeout: 30_000 }, async () => {
    rmSync(dataDir(), { recursive: true });
    copyData(true);
    const untouched = readFileSync(join(dataDir(), 'observations/ledige.csv'));
    const result = await runUpdate(options());
    expect(stub.requests).toEqual(['POST /statbank/data', 'POST /statbank/data', 'GET /jobindsats/tables/ptva02/json', 'POST /jobindsats/data/ptva02/json', 'GET /jobindsats/tables/y30r21/json', 'POST /jobindsats/data/y30r21/json']);
    const files = readdirSync(join(dataDir(), 'observations'));
    for (const f of ['forsoergede_fuldtid_ydelsestype', 'befolkning_16_66', 'offentlig_forsoergelse_personer', 'offentlig_forsoergelse_fuldtid', 'offentlig_forsoergelse_pct_arbejdsstyrke', 'offentlig_forsoergelse_pct_befolkning']) {
      expect(files).toContain(`${f}.csv`);
    }
    const ptva = readCsv(readFileSync(join(dataDir(), 'observations/offentlig_forsoergelse_fuldtid.csv'), 'utf8')).records;
    expect(ptva.find((r) => r.area === '163' && r.breakdown === 'all' && r.period === '2026-06')).toMatchObject({ value: '804', unit: 'fte', source_id: 'jobindsats-ptva02' });
    const sources = readCsv(readFileSync(join(dataDir(), 'sources.csv'), 'utf8')).records;
    expect(sources.find((s) => s.source_id === 'jobindsats-ptva02')).toMatchObject({ retrieved: '2026-11-23', usual_delay_days: '70', document: 'ptva02' });
    expect(sources.find((s) => s.source_id === 'dst-auk01-ydelsestype')).toMatchObject({ retrieved: '2026-11-23', body: 'Danmarks Statistik' });
    // Hand-written sources are kept.
    expect(sources.some((s) => s.source_id === 'herlev-amu-2022-10-26')).toBe(true);
    // The benchmark went through the ingest's own checks; the older windows the API no longer
    // sends are kept, so an update never drops history.
    const bench = readCsv(readFileSync(join(dataDir(), 'observations/benchmark_placering.csv'), 'utf8')).records;
    const ballerup = bench.filter((r) => r.area === '151' && r.breakdown === 'all').map((r) => `${r.period} ${r.value}`);
    expect(ballerup.slice(-2)).toEqual(['2024-Q3/2025-Q2 70', '2025-Q1/2025-Q4 70']);
    expect(ballerup[0]).toMatch(/^2019-Q3\/2020-Q2 \d+$/);
    expect(result.summary).toContain('| benchmark_placering | 2024-Q3/2025-Q2, 2025-Q1/2025-Q4 | – | – |');
    // The app's catalogue comes from the data: the new indicators and benefit groups are there.
    const core = JSON.parse((await bundleDataDir(dataDir(), { strict: true })).get('core.json') as string) as { catalog: { indicator: string; breakdowns: string[] }[] };
    expect(core.catalog.find((c) => c.indicator === 'offentlig_forsoergelse_fuldtid')!.breakdowns).toEqual(['all', 'A-dagpenge mv.', 'Førtidspension', 'Kontanthjælp']);
    expect(core.catalog.some((c) => c.indicator === 'befolkning_16_66')).toBe(true);
    // One progress line per table, and the raw answers are kept.
    expect(log.filter((l) => /^\[\d\/4\] .*tal for \d+ områder/.test(l))).toHaveLength(4);
    expect(readdirSync(join(root, 'cache/2026-11-23')).sort()).toEqual(['changes.md', 'jobindsats-ptva02.json', 'jobindsats-ptva02.table.json', 'jobindsats-y30r21.json', 'jobindsats-y30r21.table.json', 'statbank-AUK01.csv', 'statbank-FOLK1AM.csv']);
    expect(result.summary).toContain('| offentlig_forsoergelse_fuldtid | 6 (2026-01 – 2026-06) |');
    expect(readFileSync(join(dataDir(), 'observations/ledige.csv')).equals(untouched)).toBe(true);
  });

  it('a second run names the new quarter and the revised value, and --offline converts the cache without fetching', { timeout: 20_000 }, async () => {
    await runUpdate(options());
    stub.routes.set('statbank AUK01', answers.ok(200, auk01Csv([...['2025K1', '2025K2', '2025K3', '2025K4', '2026K1', '2026K2'], '2026K3'], 7), 'text/csv'));
    const second = await runUpdate(options({ today: '2026-11-24' }));
    expect(second.summary).toContain('| forsoergede_fuldtid_ydelsestype | 2026-Q3 | 12 | – |');
    expect(second.summary).toContain('- forsoergede_fuldtid_ydelsestype, Hele landet, 2025-Q1: 40000 → 40007');
    const afterSecond = fingerprint(dataDir());
    const requests = stub.requests.length;
    const offline = await runUpdate(options({ offline: true, today: '2026-11-24' }));
    expect(stub.requests.length).toBe(requests);
    expect(offline.changedIndicators).toEqual([]);
    expect(fingerprint(dataDir())).toEqual(afterSecond);
  });

  it('without a Jobindsats key it updates from Statistikbanken only and says what it skipped', async () => {
    await runUpdate(options({ jobindsatsKey: undefined }));
    expect(stub.requests.every((r) => r.includes('/statbank/'))).toBe(true);
    expect(log).toContain('JOBINDSATS_API_KEY er ikke sat; ptva02, y30r21 fra Jobindsats springes over (se npm run update -- --help).');
    expect(existsSync(join(dataDir(), 'observations/befolkning_16_66.csv'))).toBe(true);
  });

  it('a publisher that does not answer in time: retried, then stopped with the table named', async () => {
    stub.routes.set('statbank FOLK1AM', answers.hang());
    const message = await failingRun({ policy: { ...options().policy, timeoutMs: 150, retries: 1 } });
    expect(message).toMatch(/^Statistikbanken FOLK1AM: 127\.0\.0\.1:\d+ svarede ikke inden for 0,2 s \(2 forsøg\)\.$/);
    expect(log.some((l) => l.startsWith('Statistikbanken FOLK1AM: ') && l.includes('prøver igen'))).toBe(true);
  });

  it('a refused key (401): not retried, and the message says to check JOBINDSATS_API_KEY', async () => {
    const message = await failingRun({ jobindsatsKey: 'forkert' });
    expect(message).toMatch(/^Jobindsats ptva02, tabelbeskrivelsen: 127\.0\.0\.1:\d+ afviste nøglen \(HTTP 401: Forkert nøgle eller nøglen er udløbet\)\. Tjek at JOBINDSATS_API_KEY/);
    expect(stub.requests.filter((r) => r.includes('ptva02'))).toHaveLength(1);
  });

  it('a rate limit (429): waits as the publisher asks and tries again; gives up with a clear message when it persists', async () => {
    let calls = 0;
    const ok = stub.routes.get('jobindsats data ptva02')!;
    stub.routes.set('jobindsats data ptva02', (req, res, body) => (++calls === 1 ? answers.ok(429, '{"message": "Too many requests"}', 'application/json', { 'Retry-After': '0' })(req, res, body) : ok(req, res, body)));
    const waits: number[] = [];
    await runUpdate(options({ policy: { ...options().policy, sleep: (ms) => (waits.push(ms), Promise.resolve()) } }));
    expect(calls).toBe(2);
    expect(waits).toEqual([0]);

    stub.routes.set('jobindsats data ptva02', answers.ok(429, '', 'text/plain', { 'Retry-After': '1' }));
    const message = await failingRun();
    expect(message).toMatch(/^Jobindsats ptva02: 127\.0\.0\.1:\d+ vil ikke svare på flere forespørgsler lige nu \(HTTP 429, for mange forespørgsler\) \(3 forsøg\)\.$/);
  });

  it('a malformed body and an answer in a new shape stop the run before anything is written', async () => {
    stub.routes.set('jobindsats data y30r21', answers.ok(200, '[{"Variables": [{"Label": "Area"}], "Data": [["Herlev", "x"]]}]'));
    expect(await failingRun()).toBe('Jobindsats y30r21: række 1 har 2 felter, men der er 1 variable.');
    stub.routes.set('jobindsats data y30r21', answers.ok(200, '<html><body>Vedligeholdelse</body></html>', 'text/html'));
    expect(await failingRun()).toMatch(/^Jobindsats y30r21: svaret er ikke gyldig JSON \(det begynder med "<html>/);
    stub.routes.set('statbank AUK01', answers.ok(200, 'OMRÅDE;TID;INDHOLD\nHerlev;2026K1;4\n', 'text/csv'));
    expect(await failingRun()).toContain('Statistikbanken AUK01: svaret mangler kolonnen YDELSESTYPE');
  });

  it('an answer that lacks a municipality stops the update with its name, data/ byte for byte as before; --allow-removals removes it and says so', { timeout: 20_000 }, async () => {
    await runUpdate(options());
    const withoutBallerup = auk01Csv().split('\r\n').filter((l) => !l.startsWith('Ballerup;')).join('\r\n');
    stub.routes.set('statbank AUK01', answers.ok(200, withoutBallerup, 'text/csv'));
    const message = await failingRun({ today: '2026-11-24' });
    expect(message).toContain('Ballerup mangler i AUK01-svaret (forsoergede_fuldtid_ydelsestype).');
    expect(message).toContain('--allow-removals');
    const deliberate = await runUpdate(options({ today: '2026-11-24', allowRemovals: true }));
    expect(deliberate.summary).toContain('Fjernet med --allow-removals:\n- Ballerup mangler i AUK01-svaret (forsoergede_fuldtid_ydelsestype).');
    const rows = readCsv(readFileSync(join(dataDir(), 'observations/forsoergede_fuldtid_ydelsestype.csv'), 'utf8')).records;
    expect(rows.some((r) => r.area === '151')).toBe(false);
  });

  it('a half-finished run: the connection drops in the middle of the last table, and data/ is as before', async () => {
    stub.routes.set('jobindsats data y30r21', answers.cutOff(ptva02Json()));
    const message = await failingRun({ policy: { ...options().policy, retries: 0 } });
    expect(message).toMatch(/^Jobindsats y30r21: forbindelsen til 127\.0\.0\.1:\d+ blev afbrudt, før svaret var hentet helt/);
    expect(stub.requests.at(-1)).toBe('POST /jobindsats/data/y30r21/json');
  });

  it('an answer larger than an update reads is stopped at once, by its declared length or as it streams, and not fetched again', async () => {
    const policy = { ...options().policy, maxBytes: 50_000 };
    const big = auk01Csv().repeat(40);
    let calls = 0;
    const counted = (handler: ReturnType<typeof answers.streamed>): ReturnType<typeof answers.streamed> => (req, res, body) => {
      calls++;
      return handler(req, res, body);
    };
    stub.routes.set('statbank AUK01', counted(answers.ok(200, big, 'text/csv', { 'Content-Length': String(Buffer.byteLength(big)) })));
    const declared = await failingRun({ policy });
    expect(declared).toMatch(/^Statistikbanken AUK01: svaret fra 127\.0\.0\.1:\d+ er på 169 kB, mere end de 49 kB en opdatering læser; hent færre perioder eller områder ad gangen \(update\.config\.json\)\.$/);
    expect(calls).toBe(1);
    stub.routes.set('statbank AUK01', counted(answers.streamed(big)));
    const streamed = await failingRun({ policy });
    expect(streamed).toMatch(/^Statistikbanken AUK01: svaret fra 127\.0\.0\.1:\d+ er på over 49 kB, det meste en opdatering læser/);
    expect(calls).toBe(2);
  });

  it('figures that fail check-data (a share of 140 %) are not let in', async () => {
    stub.routes.set('jobindsats data ptva02', answers.ok(200, ptva02Json().replace('"12,0"', '"140,0"')));
    expect(await failingRun()).toMatch(/^De nye tal består ikke kontrollen \(1 fejl\); data\/ er ikke ændret:\n {2}observations\/offentlig_forsoergelse_pct_arbejdsstyrke\.csv, række \d+, kolonne "value": En andel skal ligge mellem 0 og 100, men er 140\./);
  });

  it('no network: the command exits 1 with a Danish message, and --help explains tables, key and cache', { timeout: 30_000 }, async () => {
    const tsx = join('node_modules', '.bin', 'tsx');
    const help = spawnSync(tsx, ['scripts/update.ts', '--help'], { encoding: 'utf8' });
    expect(help.status).toBe(0);
    for (const words of ['update.config.json', 'JOBINDSATS_API_KEY', '.update-cache', '--offline', 'data/ er uændret']) expect(help.stdout).toContain(words);

    const before = fingerprint(dataDir());
    const closed = await closedPort();
    const run = spawnSync(tsx, ['scripts/update.ts', '--data', dataDir(), '--cache', join(root, 'cache'), '--retries', '0'], {
      encoding: 'utf8',
      env: { ...process.env, STATBANK_API_URL: `http://127.0.0.1:${closed}/v1`, JOBINDSATS_API_KEY: '' },
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('[1/2] Statistikbanken AUK01: henter …');
    expect(run.stderr).toContain(`Fejl: Statistikbanken AUK01: kan ikke forbinde til 127.0.0.1:${closed} (ECONNREFUSED) – er der forbindelse til internettet?`);
    expect(run.stderr).toContain('data/ er ikke ændret.');
    expect(fingerprint(dataDir())).toEqual(before);
  });
});
