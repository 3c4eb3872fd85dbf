// Reads minutes off the main thread: a dropped PDF, HTML page or text file, or pasted text,
// then the extraction itself, posting progress as it goes. The proposals stay here; the page
// asks for the ones it shows, so even a hundred thousand of them never block it. Cancelling is
// terminating this worker.
import type { Municipality, Source } from '../data/contract.ts';
import { appendTo } from '../data/append-to.ts';
import { isPeriod } from '../data/period.ts';
import { extractMinutes, type CandidateObservation, type Extraction } from './extract.ts';
import { compileCatalogue, type CatalogueBreakdown, type CatalogueIndicator } from './indicator-terms.ts';
import { DocumentError, type DocumentProblem } from './document-error.ts';
import { readDocument, type DocumentKind } from './read-document.ts';
// Built as a worker chunk, so it is served as .js like the app's own scripts.
import pdfWorkerUrl from 'pdfjs-dist/build/pdf.worker.mjs?worker&url';

/** A file to read, or text already in hand; `name` is the file's name ('' for pasted text). */
export type ExtractInput = { name: string } & ({ file: File } | { text: string });

export type ExtractRequest = ({ type: 'extract'; municipalities: Municipality[]; indicators: CatalogueIndicator[]; breakdowns: CatalogueBreakdown[] } & ExtractInput) | { type: 'rows'; request: number; indices: number[] };

export interface ProposedGrant {
  id: string;
  title: string;
  grantor: string;
  amount: number;
  start: string;
  end: string;
  /** The sum of its budget lines, or null when it has none. */
  lineSum: number | null;
  lines: { line: string; amount: number }[];
}

/** What the page needs of an extraction before it asks for rows. */
export interface ExtractionSummary {
  text: string;
  source: Source;
  items: number;
  grants: number;
  grantLines: number;
  count: number;
  /** Start and end offset of each proposal's evidence, in pairs. */
  evidence: Int32Array;
  /** Per proposal: 1 when its period is a period, + 2 when its value is a number, + 4 when it names an indicator. */
  valid: Uint8Array;
  /** The grants proposed, each with its budget lines, for the page to show beside the figures. */
  grantList: ProposedGrant[];
  kind: DocumentKind;
  pages: number | null;
}

export type ExtractMessage =
  | { type: 'progress'; stage: 'reading'; page: number; pages: number }
  | { type: 'progress'; stage: 'extracting'; share: number }
  | { type: 'done'; summary: ExtractionSummary }
  | { type: 'rows'; request: number; rows: CandidateObservation[] }
  | { type: 'failed'; problem: DocumentProblem | null; detail: string };

const post = (m: ExtractMessage, transfer: Transferable[] = []) => self.postMessage(m, { transfer });

/**
 * pdf.js parses in a worker of its own, which this worker starts and hands to it: pdf.js cannot
 * start one itself outside a window, and loading its worker code here would make it answer on
 * this worker's port, among our own messages. Cancelling ends both.
 */
async function loadPdf() {
  const pdfjs = await import('pdfjs-dist');
  pdfjs.GlobalWorkerOptions.workerPort ??= new Worker(pdfWorkerUrl, { type: 'module' });
  return pdfjs;
}

let current: Extraction | null = null;

function summaryOf(extraction: Extraction, kind: DocumentKind, pages: number | null): ExtractionSummary {
  const { observations } = extraction;
  const evidence = new Int32Array(observations.length * 2);
  const valid = new Uint8Array(observations.length);
  observations.forEach((o, i) => {
    evidence[2 * i] = o.evidence.start;
    evidence[2 * i + 1] = o.evidence.end;
    valid[i] = (isPeriod(o.period) ? 1 : 0) + (Number.isFinite(o.value) ? 2 : 0) + (o.indicator !== '' ? 4 : 0);
  });
  const linesOf = new Map<string, { line: string; amount: number }[]>();
  for (const l of extraction.grant_lines) appendTo(linesOf, l.grant_id, [{ line: l.line, amount: l.amount_dkk }]);
  const grantList = extraction.grants.map((g) => ({
    id: g.grant_id,
    title: g.title,
    grantor: g.grantor,
    amount: g.amount_dkk,
    start: g.period_start,
    end: g.period_end,
    lineSum: g.line_sum_dkk,
    lines: linesOf.get(g.grant_id) ?? [],
  }));
  return { text: extraction.text, source: extraction.source, items: extraction.items.length, grants: extraction.grants.length, grantLines: extraction.grant_lines.length, count: observations.length, evidence, valid, grantList, kind, pages };
}

async function extract(request: Extract<ExtractRequest, { type: 'extract' }>) {
  try {
    const document =
      'file' in request
        ? await readDocument(new Uint8Array(await request.file.arrayBuffer()), request.name, loadPdf, (page, pages) => post({ type: 'progress', stage: 'reading', page, pages }))
        : { text: request.text, kind: 'text' as const, pages: null };
    let last = 0;
    current = extractMinutes(document.text, request.municipalities, {
      fileName: request.name,
      paged: document.kind === 'pdf',
      catalogue: compileCatalogue(request.indicators, request.breakdowns),
      onProgress: (share) => {
        const now = Date.now();
        if (now - last < 100) return;
        last = now;
        post({ type: 'progress', stage: 'extracting', share });
      },
    });
    const summary = summaryOf(current, document.kind, document.pages);
    post({ type: 'done', summary }, [summary.evidence.buffer, summary.valid.buffer]);
  } catch (error) {
    post({ type: 'failed', problem: error instanceof DocumentError ? error.problem : null, detail: (error as Error).message });
  }
}

self.onmessage = (e: MessageEvent<ExtractRequest>) => {
  const request = e.data;
  if (request.type === 'extract') void extract(request);
  else post({ type: 'rows', request: request.request, rows: request.indices.map((i) => current?.observations[i]).filter((o): o is CandidateObservation => o !== undefined) });
};
