import type { DataError } from './contract.ts';

export function formatDataError(e: DataError): string {
  // Row 0 is the file as a whole (it is missing, or not UTF-8 from the start).
  const where = e.row === 0 ? '' : e.column ? `række ${e.row}, kolonne "${e.column}"` : `række ${e.row}`;
  return where ? `${e.file}, ${where}: ${e.message}` : `${e.file}: ${e.message}`;
}
