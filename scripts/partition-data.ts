// Turns a data folder's observation CSVs into the bundle's partitions through DuckDB, which
// streams CSV of any size from disk: no file is ever held as one string, and the rows reach
// JavaScript one partition (indicator × breakdown) at a time, sorted by DuckDB. Each row passes
// the same checks as `npm run check-data` (src/data/observation-checks.ts) before it is kept.
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { CatalogEntryBuilder, encodeObservations, partitionFile, type Fingerprint, type IndicatorCatalogEntry, type PartitionEntry } from '../src/data/bundle.ts';
import { CONTRACT, type DataError, type Observation } from '../src/data/contract.ts';
import type { CoreData } from '../src/data/dataset.ts';
import { observationChecker } from '../src/data/observation-checks.ts';
import { missingColumnError, readContractRecords } from '../src/data/parse-csv.ts';
import { comparePeriods } from '../src/data/period.ts';
import { compactObservations } from '../src/data/table.ts';
import { encodeTable } from '../src/data/wire.ts';

const COLUMNS = CONTRACT.observations.columns;

export interface ObservationFile {
  /** As errors name it: observations.csv or observations/<name>.csv. */
  name: string;
  path: string;
}

export interface Partitioned {
  catalog: IndicatorCatalogEntry[];
  partitions: PartitionEntry[];
  /** Each partition's wire-format bytes, by its path below data/. */
  files: Map<string, Uint8Array>;
  errors: DataError[];
}

const sqlText = (s: string) => `'${s.replace(/'/g, "''")}'`;
const sqlName = (s: string) => `"${s.replace(/"/g, '""')}"`;

/** The CSV dialect of the contract, so DuckDB reads what check-data reads and guesses nothing. */
const readCsv = (path: string) => `read_csv(${sqlText(path)}, header = true, all_varchar = true, delim = ',', quote = '"', escape = '"', null_padding = true, strict_mode = false)`;

/**
 * A file's bytes as text. Bytes that are not UTF-8 (a file saved as Windows-1252 by a spreadsheet)
 * would otherwise become "K�benhavn" and ship: such a file is named with the row of its first bad byte.
 */
export function decodeUtf8(file: string, bytes: Uint8Array): { text: string; error: DataError | null } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), error: null };
  } catch {
    const text = new TextDecoder().decode(bytes);
    const row = text.slice(0, text.indexOf('\uFFFD')).split('\n').length;
    return { text, error: { file, row, column: '', message: 'Filen er ikke gemt som UTF-8 (fx Windows-1252 fra et regneark), så æ, ø og å bliver forkerte. Gem den som "CSV UTF-8".' } };
  }
}
/** Past this size a file DuckDB cannot read is not read again as text (V8's strings end at 512 MB). */
const TEXT_FALLBACK_BYTES = 256 * 1024 * 1024;

/**
 * A file DuckDB's reader stops at (a quote that never closes makes it give up on the whole file;
 * bytes that are not UTF-8) is read as check-data reads it, so the build keeps the same rows and
 * names the same line; its records go into the same table through DuckDB's appender.
 */
async function loadAsText(db: DuckDBConnection, index: number, f: ObservationFile, errors: DataError[]): Promise<void> {
  const { text, error } = decodeUtf8(f.name, readFileSync(f.path));
  if (error) errors.push(error);
  const { records, errors: found } = readContractRecords('observations', f.name, text);
  errors.push(...found);
  const appender = await db.createAppender('obs');
  records.forEach((record, i) => {
    appender.appendInteger(index);
    appender.appendBigInt(BigInt(i + 2));
    for (const c of COLUMNS) appender.appendVarchar(record[c] ?? '');
    appender.endRow();
  });
  appender.closeSync();
}

/**
 * Copies each file's rows into one DuckDB table with the file and its spreadsheet row number
 * (the header is row 1). DuckDB keeps a file's order while it reads it in parallel
 * (preserve_insertion_order), so row_number() is the row.
 */
async function loadFiles(db: DuckDBConnection, files: readonly ObservationFile[], errors: DataError[]): Promise<void> {
  await db.run('SET preserve_insertion_order = true');
  await db.run(`CREATE TABLE obs (file INTEGER, row BIGINT, ${COLUMNS.map((c) => `${sqlName(c)} VARCHAR`).join(', ')})`);
  for (const [index, f] of files.entries()) {
    let failure: unknown = null;
    try {
      const header = (await db.runAndReadAll(`DESCRIBE SELECT * FROM ${readCsv(f.path)}`)).getRowObjects().map((r) => String(r.column_name).trim());
      if (COLUMNS.every((c) => header.includes(c))) {
        const select = COLUMNS.map((c) => `coalesce(${sqlName(c)}, '')`).join(', ');
        await db.run(`INSERT INTO obs SELECT ${index}, row_number() OVER () + 1, ${select} FROM ${readCsv(f.path)}`);
        continue;
      }
    } catch (error) {
      failure = error;
    }
    // Whatever DuckDB does not read as a whole contract file (an empty file, a missing column, a
    // quote that never closes, bytes that are not UTF-8) is said, and kept, as check-data does.
    if (statSync(f.path).size <= TEXT_FALLBACK_BYTES) await loadAsText(db, index, f, errors);
    else if (failure) {
      const text = failure instanceof Error ? failure.message : JSON.stringify(failure);
      const line = /Line: (\d+)/.exec(text)?.[1];
      errors.push({ file: f.name, row: line ? Number(line) : 0, column: '', message: `Filen kan ikke læses som CSV: ${text.split('\n')[0]}` });
    } else {
      const header = (await db.runAndReadAll(`DESCRIBE SELECT * FROM ${readCsv(f.path)}`)).getRowObjects().map((r) => String(r.column_name).trim());
      const rows = Number((await db.runAndReadAll(`SELECT count(*) AS n FROM ${readCsv(f.path)}`)).getRowObjects()[0]!.n);
      for (const column of COLUMNS.filter((c) => !header.includes(c))) errors.push(missingColumnError(f.name, column, rows));
    }
  }
}

/**
 * Reads, checks and partitions the observations. `fingerprint` is fed every partition's bytes in
 * the order written, for the data version.
 */
export async function partitionObservations(files: readonly ObservationFile[], core: CoreData, fingerprint: Fingerprint): Promise<Partitioned> {
  const errors: DataError[] = [];
  // A database file, not memory: DuckDB compresses what it stores on disk, and spills its sort there.
  const spill = mkdtempSync(join(tmpdir(), 'kommunetal-duckdb-'));
  const instance = await DuckDBInstance.create(join(spill, 'observations.duckdb'), { temp_directory: spill });
  const db = await instance.connect();
  try {
    await loadFiles(db, files, errors);
    const checker = observationChecker(core, { sanity: true, partitioned: true });
    const builders = new Map(core.indicators.map((i) => [i.indicator, new CatalogEntryBuilder(i.indicator)]));
    const out: Partitioned = { catalog: [], partitions: [], files: new Map(), errors };
    let rows: Observation[] = [];
    const flush = () => {
      const kept = rows;
      rows = [];
      checker.startPartition();
      if (kept.length === 0) return;
      const { indicator, breakdown } = kept[0]!;
      const file = partitionFile(indicator, breakdown);
      // Only a name with odd white space (a tab DuckDB's trim keeps) could come round twice.
      if (out.files.has(file)) throw new Error(`Fordelingen "${breakdown}" af "${indicator}" er skrevet med forskellige mellemrum; ret dem i observationsfilerne.`);
      const bytes = encodeTable(compactObservations(encodeObservations(indicator, kept)));
      fingerprint.add(bytes);
      out.files.set(file, bytes);
      const periods = [...new Set(kept.map((o) => o.period))].sort(comparePeriods);
      out.partitions.push({ indicator, breakdown, file, rows: kept.length, areas: new Set(kept.map((o) => o.area)).size, firstPeriod: periods[0]!, lastPeriod: periods.at(-1)!, bytes: bytes.length });
    };
    // Rows of one partition together, each file's rows in their order: the sanity rules see a
    // series as the file holds it, and a repeated figure is named at its later row.
    const result = await db.stream(`SELECT file, row, ${COLUMNS.map(sqlName).join(', ')} FROM obs ORDER BY trim(indicator), trim(breakdown), file, row`);
    let current = '';
    for (;;) {
      const chunk = await result.fetchChunk();
      if (!chunk || chunk.rowCount === 0) break;
      const columns = chunk.getColumns() as unknown[][];
      const [fileColumn, rowColumn, ...values] = columns;
      for (let i = 0; i < chunk.rowCount; i++) {
        const record: Record<string, string> = {};
        for (let j = 0; j < COLUMNS.length; j++) record[COLUMNS[j]!] = values[j]![i] as string;
        const key = `${record.indicator!.trim()}\u0000${record.breakdown!.trim()}`;
        if (key !== current) {
          flush();
          current = key;
        }
        const o = checker.check(record, files[fileColumn![i] as number]!.name, Number(rowColumn![i]));
        if (!o) continue;
        rows.push(o);
        builders.get(o.indicator)?.add(o);
      }
    }
    flush();
    errors.push(...checker.finish());
    out.catalog = core.indicators.map((i) => builders.get(i.indicator)!.entry()).filter((e) => e !== null);
    return out;
  } finally {
    db.closeSync();
    instance.closeSync();
    rmSync(spill, { recursive: true, force: true });
  }
}
