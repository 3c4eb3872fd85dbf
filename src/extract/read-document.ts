// Minutes as they are published: a PDF, an agenda system's HTML page, or text. Each is turned
// into the text the extractor reads; what cannot be read says why (DocumentError).
import { decodeHtml, htmlToText } from './html-text.ts';
import { DocumentError } from './document-error.ts';
import { readPdf } from './read-pdf.ts';
import type * as PdfJs from 'pdfjs-dist';

export type DocumentKind = 'pdf' | 'html' | 'text';

export interface ReadDocument {
  text: string;
  kind: DocumentKind;
  /** Pages of a PDF; null for HTML and text. */
  pages: number | null;
}

const startsWith = (bytes: Uint8Array, ascii: string) => ascii.split('').every((c, k) => bytes[k] === c.charCodeAt(0));

function documentKind(bytes: Uint8Array, fileName: string): DocumentKind {
  // A PDF may have a few bytes of junk before its header; readers look in the first kilobyte.
  if (startsWith(bytes, '%PDF-') || new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).includes('%PDF-')) return 'pdf';
  if (/\.(?:html?|xhtml)$/i.test(fileName)) return 'html';
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 512)).replace(/^\uFEFF|^ï»¿/, '').trimStart().toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html') ? 'html' : 'text';
}

/** UTF-8 (with or without BOM) or UTF-16 with a BOM; anything else is refused with a reason. */
function decodeText(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new DocumentError('empty');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  if (bytes.subarray(0, 4000).includes(0)) throw new DocumentError('binary');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new DocumentError('encoding');
  }
  if (text.trim() === '') throw new DocumentError('empty');
  return text;
}

type PdfModule = Pick<typeof PdfJs, 'getDocument'>;

export async function readDocument(bytes: Uint8Array, fileName: string, loadPdf: () => Promise<PdfModule>, onPage?: (done: number, total: number) => void): Promise<ReadDocument> {
  if (bytes.length === 0) throw new DocumentError('empty');
  const kind = documentKind(bytes, fileName);
  if (kind === 'pdf') {
    const { text, pages } = await readPdf(bytes, await loadPdf(), onPage);
    return { text, kind, pages };
  }
  if (kind === 'html') {
    const text = htmlToText(decodeHtml(bytes));
    if (text.trim() === '') throw new DocumentError('empty');
    return { text, kind, pages: null };
  }
  return { text: decodeText(bytes), kind, pages: null };
}
