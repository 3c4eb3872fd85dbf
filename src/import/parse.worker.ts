// Parses an imported file off the main thread: PapaParse streams the file in chunks here, in
// our own module worker (PapaParse's own `worker: true` breaks in Vite production builds).
import Papa from 'papaparse';
import { areaResolver } from '../data/area-names.ts';
import type { Municipality } from '../data/contract.ts';
import { detectDelimiter, looksBinary, type ColumnMap } from './formats.ts';
import { columnBuffers, ImportRun, type ImportOutcome } from './pipeline.ts';

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

self.onmessage = async (event: MessageEvent<ParseRequest>) => {
  const { file, municipalities, columns, overrides } = event.data;
  try {
    const head = await file.slice(0, 64 * 1024).text();
    if (file.size === 0 || head.replace(/^\uFEFF/, '').trim() === '') return post({ type: 'failed', message: 'Filen er tom.' });
    if (looksBinary(head)) return post({ type: 'failed', message: 'Filen ser ikke ud til at være tekst. Gem den som CSV (UTF-8) fra regnearket og prøv igen.' });
    const delimiter = detectDelimiter(head.replace(/^\uFEFF/, '').split(/\r?\n/).filter((l) => l.trim() !== ''));
    const run = new ImportRun(areaResolver(municipalities), delimiter, columns, new Map(overrides));
    let lastPost = 0;
    Papa.parse<string[]>(file, {
      delimiter,
      skipEmptyLines: 'greedy',
      chunkSize: 1024 * 1024,
      chunk: (results, parser) => {
        const d = run.push(results.data);
        const bytes = results.meta.cursor;
        const now = Date.now();
        if (now - lastPost > 100) {
          lastPost = now;
          post({ type: 'progress', bytes, total: file.size, rowsRead: run.outcome.rowsRead, errors: run.outcome.errorCount });
        }
        // Nothing more to learn once the layout is unusable or needs the user's say.
        if (d && (d.problem || (!d.columns && d.format !== 'contract'))) parser.abort();
      },
      complete: () => {
        const outcome = run.finish();
        self.postMessage({ type: 'done', outcome } satisfies ParseMessage, { transfer: columnBuffers(outcome.columns, outcome.rowNumbers) });
      },
      error: (e) => post({ type: 'failed', message: `Filen kunne ikke læses: ${e.message}` }),
    });
  } catch (e) {
    post({ type: 'failed', message: `Filen kunne ikke læses: ${(e as Error).message}` });
  }
};
