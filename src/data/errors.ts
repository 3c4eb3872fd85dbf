import type { DataError } from './contract.ts';

export function formatDataError(e: DataError): string {
  const where = e.column ? `række ${e.row}, kolonne "${e.column}"` : `række ${e.row}`;
  return `${e.file}, ${where}: ${e.message}`;
}
