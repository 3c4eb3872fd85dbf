// Why a minutes document cannot be read; the texts saying so, and what to do, are in i18n.

export type DocumentProblem = 'encrypted' | 'no-text' | 'damaged' | 'empty' | 'encoding' | 'binary';

/** A document we cannot read, with a reason the reader can act on (texts in i18n). */
export class DocumentError extends Error {
  constructor(
    readonly problem: DocumentProblem,
    detail = '',
  ) {
    super(detail || problem);
  }
}
