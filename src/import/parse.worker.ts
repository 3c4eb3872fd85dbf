// Reads an imported file off the main thread: Excel through its reader, JSON whole, and CSV
// decoded and parsed a megabyte at a time, so a file of any size never blocks the page.
import { parseRecords } from '../data/parse-csv.ts';
import { areaResolver } from '../data/area-names.ts';
import type { Municipality } from '../data/contract.ts';
import { decodeRecords, detectEncoding, hasNonAscii, NotUtf8Error, type EncodingGuess } from './decode.ts';
import { detectDelimiter, looksBinary, type ColumnMap } from './formats.ts';
import { tableFromJson } from './json-tables.ts';
import { importTable, ImportRun, looksLikeJson } from './pipeline.ts';
import { outcomeBuffers, type FileSource, type ImportOutcome } from './outcome.ts';
import { isZip, tableFromXlsx } from './xlsx.ts';

export interface ParseRequest {
  file: File;
  municipalities: Municipality[];
  columns: ColumnMap | null;
  overrides: [string, string][];
}

export type ParseMessage =
  | { type: 'progress'; bytes: number; total: number; rowsRead: number; errors: number }
  | { type: 'done'; outcome: ImportOutcome }
  | { type: 'failed'; message: string };

const post = (m: ParseMessage) => self.postMessage(m);
const done = (outcome: ImportOutcome) => self.postMessage({ type: 'done', outcome } satisfies ParseMessage, { transfer: outcomeBuffers(outcome) });

async function readCsv(request: ParseRequest, head: string, guess: EncodingGuess, repair?: FileSource['repair']): Promise<ImportOutcome> {
  const { file, municipalities, columns, overrides } = request;
  const delimiter = detectDelimiter(head.split(/\r?\n/).filter((l) => l.trim() !== ''));
  const run = new ImportRun(areaResolver(municipalities), delimiter, columns, new Map(overrides), { kind: 'csv', encoding: guess.encoding, detail: null, repair });
  let lastPost = 0;
  for await (const piece of decodeRecords(file, guess, undefined, repair === 'invalid-bytes-rejected')) {
    const { records, unclosed } = parseRecords(piece.text, delimiter);
    const d = run.push(records, unclosed);
    const now = Date.now();
    if (now - lastPost > 100) {
      lastPost = now;
      post({ type: 'progress', bytes: piece.bytes, total: file.size, rowsRead: run.outcome.rowsRead, errors: run.outcome.errorCount });
    }
    // Nothing more to learn once the layout is unusable or needs the user's say.
    if (d && (d.problem || (!d.columns && d.format !== 'contract'))) break;
  }
  return run.finish();
}

self.onmessage = async (event: MessageEvent<ParseRequest>) => {
  const request = event.data;
  const { file, municipalities, columns, overrides } = request;
  try {
    if (file.size === 0) return post({ type: 'failed', message: 'Filen er tom.' });
    const headBytes = new Uint8Array(await file.slice(0, 64 * 1024).arrayBuffer());
    const resolve = areaResolver(municipalities);
    if (isZip(headBytes)) {
      const table = await tableFromXlsx(file);
      if ('failed' in table) return post({ type: 'failed', message: table.failed });
      return done(importTable(table, resolve, columns, new Map(overrides), { kind: 'xlsx', encoding: null, detail: table.sheet }));
    }
    const guess = detectEncoding(headBytes);
    const head = new TextDecoder(guess.encoding).decode(headBytes.subarray(guess.bom));
    if (head.trim() === '') return post({ type: 'failed', message: 'Filen er tom.' });
    if (looksLikeJson(head)) {
      const table = tableFromJson(new TextDecoder(guess.encoding).decode((await file.arrayBuffer()).slice(guess.bom)));
      if ('failed' in table) return post({ type: 'failed', message: table.failed });
      return done(importTable(table, resolve, columns, new Map(overrides), { kind: 'json', encoding: guess.encoding, detail: table.shape }));
    }
    if (looksBinary(head)) return post({ type: 'failed', message: 'Filen ser ikke ud til at være tekst, Excel (.xlsx) eller JSON. Gem den som CSV fra regnearket og prøv igen.' });
    try {
      done(await readCsv(request, head, guess));
    } catch (e) {
      if (!(e instanceof NotUtf8Error)) throw e;
      // Valid UTF-8 at the start, but not further in. UTF-8 characters in the start (Område, Køge)
      // show the file is UTF-8 with a stray bad byte: its rows are rejected and named. Plain ASCII
      // at the start tells nothing, and the file is Windows-1252 after all; the import says why.
      if (hasNonAscii(headBytes)) done(await readCsv(request, head, guess, 'invalid-bytes-rejected'));
      else done(await readCsv(request, head, { encoding: 'windows-1252', bom: 0 }, 'not-utf8-further-in'));
    }
  } catch (e) {
    post({ type: 'failed', message: `Filen kunne ikke læses: ${(e as Error).message}` });
  }
};
