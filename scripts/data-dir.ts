// Reads the contract files of a data/ folder from disk (Node only).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { coreBundle, Fingerprint, type Manifest } from '../src/data/bundle.ts';
import { decodeUtf8, partitionObservations, type ObservationFile } from './partition-data.ts';
import { formatDataError } from '../src/data/errors.ts';
import { CONTRACT, type ContractFile, type DataError } from '../src/data/contract.ts';
import { parseDataFiles, type DataFiles, type Dataset } from '../src/data/dataset.ts';

/**
 * The files as text. Bytes that are not UTF-8 (a file saved as Windows-1252 by a spreadsheet)
 * would otherwise become "K�benhavn" and ship: each such file is named with the row of its first
 * bad byte.
 */
export function readDataFiles(dir: string, options: { observations?: boolean } = {}): DataFiles {
  const fileErrors: DataError[] = [];
  const read = (name: string, required?: ContractFile) => {
    const path = join(dir, name);
    if (!existsSync(path)) {
      if (!required) return '';
      // Said as missing, not as empty: the header alone lets the rest of the folder be checked.
      fileErrors.push({ file: name, row: 0, column: '', message: 'Filen mangler i datamappen.' });
      return `${CONTRACT[required].columns.join(',')}\n`;
    }
    const { text, error } = decodeUtf8(name, readFileSync(path));
    if (error) fileErrors.push(error);
    return text;
  };
  return {
    municipalities: read('municipalities.csv', 'municipalities'),
    groups: read('groups.csv', 'groups'),
    indicators: read('indicators.csv', 'indicators'),
    sources: read('sources.csv', 'sources'),
    grants: read('grants.csv', 'grants'),
    grant_lines: read('grant_lines.csv', 'grant_lines'),
    breakdowns: read('breakdowns.csv'),
    observations: options.observations === false ? [] : observationFiles(dir).map((f) => ({ file: f.name, text: read(f.name) })),
    fileErrors,
  };
}

/** The observation files of a data folder in the order they are read: observations.csv, then observations/ by name. */
function observationFiles(dir: string): ObservationFile[] {
  const files: ObservationFile[] = [];
  if (existsSync(join(dir, 'observations.csv'))) files.push({ name: 'observations.csv', path: join(dir, 'observations.csv') });
  const folder = join(dir, 'observations');
  if (existsSync(folder)) {
    for (const name of readdirSync(folder).filter((n) => n.endsWith('.csv')).sort()) files.push({ name: `observations/${name}`, path: join(folder, name) });
  }
  return files;
}

export function loadDataDir(dir: string): { dataset: Dataset; errors: DataError[] } {
  return parseDataFiles(readDataFiles(dir));
}

/**
 * Every problem in a data folder: the contract and its references, then the sanity rules on
 * the rows as the files hold them (so a duplicate or a share of 140 is found by file and row).
 */
export function checkDataDir(dir: string): { dataset: Dataset; errors: DataError[] } {
  return parseDataFiles(readDataFiles(dir), { sanity: true });
}

export class DataCheckError extends Error {}

/**
 * Every generated file of the app's data bundle, by path below data/. The small files are read
 * as text; the observations go through DuckDB into partitions (partition-data.ts), checked row by
 * row as check-data checks them. With `strict` (a build) any error stops it, named by file, row
 * and column, so wrong data never ships; without (the dev server) the errors go into the bundle
 * and the app shows them in its banner.
 */
export async function bundleDataDir(dir: string, options: { strict?: boolean } = {}): Promise<Map<string, string | Uint8Array>> {
  const { dataset: core, errors } = parseDataFiles(readDataFiles(dir, { observations: false }), { sanity: true });
  const fingerprint = new Fingerprint();
  const partitioned = await partitionObservations(observationFiles(dir), core, fingerprint);
  errors.push(...partitioned.errors);
  if (options.strict && errors.length > 0) {
    const listed = errors.slice(0, 20).map((e) => `  ${formatDataError(e)}`);
    if (errors.length > 20) listed.push(`  … og ${errors.length - 20} fejl mere`);
    throw new DataCheckError(`${dir} har ${errors.length} fejl (de samme, som npm run check-data viser); appen bygges ikke:\n${listed.join('\n')}`);
  }
  const bundle = coreBundle(core, errors, partitioned.catalog, fingerprint);
  const manifest: Manifest = { version: 1, dataVersion: bundle.dataVersion, partitions: partitioned.partitions };
  // The newest data at data/, and the same files under data/v/<version>/ so a frozen embed
  // keeps finding its version as long as a deployment does not delete old files.
  const files = new Map<string, string | Uint8Array>();
  const put = (path: string, body: string | Uint8Array) => {
    files.set(path, body);
    files.set(`v/${bundle.dataVersion}/${path}`, body);
  };
  put('core.json', JSON.stringify(bundle));
  put('manifest.json', JSON.stringify(manifest));
  for (const [path, bytes] of partitioned.files) put(path, bytes);
  const boundaries = join(dir, 'kommuner.topo.json');
  if (existsSync(boundaries)) put('kommuner.topo.json', readFileSync(boundaries, 'utf8'));
  return files;
}
