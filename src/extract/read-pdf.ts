// Reads the text layer of a PDF with pdf.js and lays it out as minutes text (see pdf-layout).
// The caller passes the pdf.js module: Node uses the legacy build, the app's worker the modern one.
import type * as PdfJs from 'pdfjs-dist';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import { DocumentError } from './document-error.ts';
import { layoutPages, type PositionedText } from './pdf-layout.ts';

export interface PdfText {
  text: string;
  pages: number;
}

type PdfModule = Pick<typeof PdfJs, 'getDocument'>;

export async function readPdf(bytes: Uint8Array, pdfjs: PdfModule, onPage?: (done: number, total: number) => void): Promise<PdfText> {
  // Copy: pdf.js takes ownership of (detaches) the buffer it is given.
  const task = pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, stopAtErrors: false, verbosity: 0 });
  let doc: PdfJs.PDFDocumentProxy;
  try {
    doc = await task.promise;
  } catch (e) {
    const name = (e as { name?: string }).name ?? '';
    if (name === 'PasswordException') throw new DocumentError('encrypted', (e as Error).message);
    throw new DocumentError('damaged', (e as Error).message);
  }
  try {
    const pages: PositionedText[][] = [];
    for (let n = 1; n <= doc.numPages; n += 1) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      pages.push(
        content.items
          .filter((i): i is TextItem => 'str' in i)
          .map((i) => ({ str: i.str, x: i.transform[4] as number, y: i.transform[5] as number, width: i.width, size: Math.hypot(i.transform[2] as number, i.transform[3] as number) || i.height })),
      );
      page.cleanup();
      onPage?.(n, doc.numPages);
    }
    const text = layoutPages(pages);
    if (text.replace(/\f/g, '').trim() === '') throw new DocumentError('no-text');
    return { text, pages: doc.numPages };
  } finally {
    await doc.destroy();
  }
}
