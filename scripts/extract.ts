// npm run extract -- <minutes.pdf|.html|.txt|folder> [--json] [--out <file>] [--diff <data-dir>] [--skip-unreadable]
// Proposes the figures in committee minutes. One file: contract CSV of the observations on stdout
// (or, with --json, one object with source, observations with their page, grants and grant_lines).
// A folder: every .pdf, .html, .htm, .txt and .md in it, merged in meeting order, each proposal
// marked new, repeat or conflict against earlier minutes (and new, known or different against
// the data folder given to --diff). A summary goes to stderr. Nothing is written unless every
// file could be read; unreadable files stop the run with exit code 2 and the reason.
import { readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CONTRACT } from '../src/data/contract.ts';
import { toCsv } from '../src/data/write-csv.ts';
import { mergeProposals, type BatchProposal } from '../src/extract/batch.ts';
import { extractMinutes, type Extraction } from '../src/extract/extract.ts';
import { DocumentError } from '../src/extract/document-error.ts';
import { readDocument } from '../src/extract/read-document.ts';
import { compileCatalogue, type IndicatorCatalogue } from '../src/extract/indicator-terms.ts';
import { extractDa } from '../src/i18n/texts/extract.ts';
import { loadDataDir } from './data-dir.ts';

class UsageError extends Error {}

const USAGE = 'Brug: npm run extract -- <referat.pdf|.html|.txt eller mappe> [--json] [--out <fil>] [--diff <datamappe>] [--skip-unreadable]';
const DOCUMENT_RE = /\.(?:pdf|html?|txt|md)$/i;
const loadPdf = () => import('pdfjs-dist/legacy/build/pdf.mjs');

interface Args {
  input: string;
  json: boolean;
  out: string | undefined;
  diff: string | undefined;
  skipUnreadable: boolean;
}

function parseArgs(args: string[]): Args {
  const valueOf = (flag: string) => {
    const at = args.indexOf(flag);
    if (at < 0) return undefined;
    const value = args[at + 1];
    if (!value || value.startsWith('--')) throw new UsageError(`${flag} skal efterfølges af en sti. ${USAGE}`);
    return value;
  };
  const out = valueOf('--out');
  const diff = valueOf('--diff');
  const known = new Set(['--json', '--out', '--diff', '--skip-unreadable']);
  const unknown = args.find((a) => a.startsWith('--') && !known.has(a));
  if (unknown) throw new UsageError(`Ukendt tilvalg ${unknown}. ${USAGE}`);
  const input = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--out' && args[i - 1] !== '--diff');
  if (!input) throw new UsageError(USAGE);
  return { input, json: args.includes('--json'), out, diff, skipUnreadable: args.includes('--skip-unreadable') };
}

async function readMinutes(path: string, municipalities: Parameters<typeof extractMinutes>[1], catalogue: IndicatorCatalogue): Promise<Extraction> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(path));
  } catch {
    throw new UsageError(`Filen ${path} kan ikke læses.`);
  }
  try {
    const document = await readDocument(bytes, path, loadPdf);
    return extractMinutes(document.text, municipalities, { fileName: basename(path), paged: document.kind === 'pdf', catalogue });
  } catch (e) {
    if (e instanceof DocumentError) throw new UsageError(`${basename(path)}: ${extractDa.documentProblem[e.problem]}`);
    throw e;
  }
}

/** Written next to the target and renamed into place, so a failed run leaves no half a file. */
function writeWhole(path: string, text: string) {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  writeFileSync(temporary, text);
  renameSync(temporary, path);
}

const PROPOSAL_COLUMNS = [...CONTRACT.observations.columns, 'document', 'page', 'status', 'earlier', 'data_status', 'data_value'] as const;

/** Where the command writes: the terminal, or a test that reads what it says. */
export interface CommandOutput {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const TERMINAL: CommandOutput = { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t) };

async function main(argv: string[], io: CommandOutput): Promise<number> {
  const args = parseArgs(argv);
  let isFolder: boolean;
  try {
    const entry = statSync(args.input);
    isFolder = entry.isDirectory();
    // A named pipe, a socket or a device would be read forever or never: only files and folders are read.
    if (!isFolder && !entry.isFile()) throw new UsageError(`${args.input} er hverken en fil eller en mappe og læses ikke.`);
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(`${args.input} findes ikke.`);
  }
  const { dataset } = loadDataDir(resolve('data'));
  const catalogue = compileCatalogue(dataset.indicators, dataset.breakdownLabels);
  const known = args.diff ? loadDataDir(resolve(args.diff)).dataset.observations : null;
  const emit = (text: string) => (args.out ? writeWhole(args.out, text) : io.stdout(text));

  if (!isFolder) {
    const ex = await readMinutes(args.input, dataset.municipalities, catalogue);
    const output = args.json
      ? JSON.stringify({ source: ex.source, observations: ex.observations.map(({ evidence, ...o }) => ({ ...o, page: evidence.page })), grants: ex.grants.map(({ evidence: _e, ...g }) => g), grant_lines: ex.grant_lines }, null, 2) + '\n'
      : toCsv(CONTRACT.observations.columns, ex.observations, { protect: true });
    emit(output);
    const name = dataset.municipalities.find((m) => m.code === ex.source.municipality_code)?.name ?? 'ukendt kommune';
    io.stderr(`${[name, ex.source.body, ex.source.meeting_date || 'ukendt dato'].join(', ')}: ${ex.items.length} dagsordenspunkter, ${ex.observations.length} tal (${ex.observations.filter((o) => o.indicator === '').length} med ukendt nøgletal, som skal vælges før tallene kan gemmes i data/), ${ex.grants.length} bevillinger, ${ex.grant_lines.length} budgetlinjer foreslået.\n`);
    return 0;
  }

  const entries = readdirSync(args.input, { withFileTypes: true }).filter((f) => DOCUMENT_RE.test(f.name) && !f.name.startsWith('.'));
  // Only regular files: a named pipe named referat.txt would hang the run.
  const skipped = entries.filter((f) => !f.isFile()).map((f) => f.name);
  if (skipped.length > 0) io.stderr(`Springer over ${skipped.join(', ')}: ikke almindelige filer.\n`);
  const files = entries.filter((f) => f.isFile()).map((f) => f.name).sort();
  if (files.length === 0) throw new UsageError(`Mappen ${args.input} indeholder ingen referater (.pdf, .html, .txt eller .md).`);
  const documents: { document: string; extraction: Extraction }[] = [];
  const unreadable: string[] = [];
  for (const file of files) {
    try {
      documents.push({ document: file, extraction: await readMinutes(join(args.input, file), dataset.municipalities, catalogue) });
    } catch (e) {
      if (!(e instanceof UsageError)) throw e;
      unreadable.push(e.message);
    }
  }
  if (unreadable.length > 0) {
    io.stderr(`Kan ikke læse ${unreadable.length} af ${files.length} filer:\n${unreadable.map((u) => `  ${u}`).join('\n')}\n`);
    if (!args.skipUnreadable) throw new UsageError('Intet er skrevet. Ret eller fjern filerne, eller kør igen med --skip-unreadable for at gå videre uden dem.');
  }
  const proposals = mergeProposals(documents, known);
  // Proposals are reviewed in a spreadsheet: a cell from the minutes that reads as a formula is neutralised, as in the app's downloads.
  emit(args.json ? JSON.stringify(proposals, null, 2) + '\n' : toCsv(PROPOSAL_COLUMNS, proposals as unknown as Record<(typeof PROPOSAL_COLUMNS)[number], unknown>[], { protect: true }));
  io.stderr(summary(proposals, documents.length, Boolean(known)));
  return 0;
}

function summary(proposals: BatchProposal[], files: number, diffed: boolean): string {
  const count = (status: string) => proposals.filter((p) => p.status === status).length;
  const lines = [`${files} referater, ${proposals.length} foreslåede tal: ${count('new')} nye, ${count('repeat')} gentagelser af tidligere referater, ${count('conflict')} i konflikt med et tidligere referat.`];
  if (diffed) {
    const data = (status: string) => proposals.filter((p) => p.data_status === status).length;
    lines.push(`Mod datamappen: ${data('new')} nye, ${data('known')} findes allerede, ${data('different')} afviger fra dataene.`);
  }
  for (const p of proposals.filter((q) => q.status === 'conflict')) lines.push(`  Konflikt: ${p.area}, ${p.indicator}, ${p.breakdown}, ${p.period}: ${p.value} (${p.document}${p.page ? ` s. ${p.page}` : ''}) mod ${p.earlier}`);
  return `${lines.join('\n')}\n`;
}

/** The command with its exit code, in this process: a usage error is said on stderr with code 2. */
export async function runExtract(argv: string[], io: CommandOutput = TERMINAL): Promise<number> {
  try {
    return await main(argv, io);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.stderr(`Fejl: ${e.message}\n`);
    return 2;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exit(await runExtract(process.argv.slice(2)));
