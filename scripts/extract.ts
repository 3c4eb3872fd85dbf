// npm run extract -- <minutes.txt|.md> [--json] [--out <file>]
// Proposes the figures in a minutes text: contract CSV of the observations on stdout (or, with
// --json, one object with source, observations, grants and grant_lines); a summary on stderr.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CONTRACT } from '../src/data/contract.ts';
import { toCsv } from '../src/data/write-csv.ts';
import { extractMinutes } from '../src/extract/extract.ts';
import { loadDataDir } from './data-dir.ts';

class UsageError extends Error {}

/** UTF-8 (with or without BOM) or UTF-16 with a BOM; anything else is refused with a reason. */
function decodeText(bytes: Buffer): string {
  if (bytes.length === 0) throw new UsageError('Filen er tom.');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  if (bytes.subarray(0, 4000).includes(0)) throw new UsageError('Filen er ikke en tekstfil (den indeholder binære data). Gem referatet som tekst (.txt eller .md).');
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    if (text.replace(/^\uFEFF/, '').trim() === '') throw new UsageError('Filen indeholder kun blanktegn.');
    return text.replace(/^\uFEFF/, '');
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError('Filens tegnkodning er ikke UTF-8. Gem den som UTF-8 (fx "Gem som … Tekst, UTF-8") og prøv igen.');
  }
}

function main(args: string[]): number {
  const json = args.includes('--json');
  const outAt = args.indexOf('--out');
  const out = outAt >= 0 ? args[outAt + 1] : undefined;
  const file = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--out');
  if (!file) throw new UsageError('Brug: npm run extract -- <referat.txt> [--json] [--out <fil>]');
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    throw new UsageError(`Filen ${file} kan ikke læses.`);
  }
  const { dataset } = loadDataDir(resolve('data'));
  const ex = extractMinutes(decodeText(bytes), dataset.municipalities, file.split('/').pop() ?? file);
  const strip = <T extends { evidence: unknown }>({ evidence: _evidence, ...rest }: T) => rest;
  const output = json
    ? JSON.stringify({ source: ex.source, observations: ex.observations.map(strip), grants: ex.grants.map(strip), grant_lines: ex.grant_lines }, null, 2) + '\n'
    : toCsv(CONTRACT.observations.columns, ex.observations);
  if (out) writeFileSync(out, output);
  else process.stdout.write(output);
  const where = [dataset.municipalities.find((m) => m.code === ex.source.municipality_code)?.name ?? 'ukendt kommune', ex.source.body, ex.source.meeting_date || 'ukendt dato'].join(', ');
  process.stderr.write(`${where}: ${ex.items.length} dagsordenspunkter, ${ex.observations.length} tal, ${ex.grants.length} bevillinger, ${ex.grant_lines.length} budgetlinjer foreslået.\n`);
  return 0;
}

try {
  process.exit(main(process.argv.slice(2)));
} catch (e) {
  if (e instanceof UsageError) {
    process.stderr.write(`Fejl: ${e.message}\n`);
    process.exit(2);
  }
  throw e;
}
