// Reads minutes off the main thread: a dropped PDF, HTML page or text file, or pasted text,
// then the extraction itself, posting progress as it goes. The page stays responsive, and
// cancelling is terminating this worker.
import type { Municipality } from '../data/contract.ts';
import { extractMinutes, type Extraction } from './extract.ts';
import { DocumentError, readDocument, type DocumentKind } from './read-document.ts';
import type { DocumentProblem } from './read-pdf.ts';
// Built as a worker chunk, so it is served as .js like the app's own scripts.
import pdfWorkerUrl from 'pdfjs-dist/build/pdf.worker.mjs?worker&url';

/** A file to read, or text already in hand; `name` is the file's name ('' for pasted text). */
export type ExtractInput = { name: string } & ({ file: File } | { text: string });

export type ExtractRequest = ExtractInput & { municipalities: Municipality[] };

export type ExtractMessage =
  | { type: 'progress'; stage: 'reading'; page: number; pages: number }
  | { type: 'progress'; stage: 'extracting'; share: number }
  | { type: 'done'; extraction: Extraction; kind: DocumentKind; pages: number | null }
  | { type: 'failed'; problem: DocumentProblem | null; detail: string };

const post = (m: ExtractMessage) => self.postMessage(m);

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

self.onmessage = async (e: MessageEvent<ExtractRequest>) => {
  const request = e.data;
  try {
    const document =
      'file' in request
        ? await readDocument(new Uint8Array(await request.file.arrayBuffer()), request.name, loadPdf, (page, pages) => post({ type: 'progress', stage: 'reading', page, pages }))
        : { text: request.text, kind: 'text' as const, pages: null };
    let last = 0;
    const extraction = extractMinutes(document.text, request.municipalities, {
      fileName: request.name,
      paged: document.kind === 'pdf',
      onProgress: (share) => {
        const now = Date.now();
        if (now - last < 100) return;
        last = now;
        post({ type: 'progress', stage: 'extracting', share });
      },
    });
    post({ type: 'done', extraction, kind: document.kind, pages: document.pages });
  } catch (error) {
    post({ type: 'failed', problem: error instanceof DocumentError ? error.problem : null, detail: (error as Error).message });
  }
};
