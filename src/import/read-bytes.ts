// A whole file in memory through the import pipeline, as the worker reads it in pieces: the
// command line and the tests use it, so they read Excel, JSON and every encoding as the app does.
import type { AreaResolver } from '../data/area-names.ts';
import { detectEncoding, isUtf8 } from './decode.ts';
import type { ColumnMap } from './formats.ts';
import { importTable, importText, type ImportOutcome } from './pipeline.ts';
import { isZip, tableFromXlsx } from './xlsx.ts';

/** Any file as bytes: Excel by its zip signature, otherwise text in the encoding its bytes show. */
export async function importBytes(bytes: Uint8Array, resolve: AreaResolver, columns: ColumnMap | null = null, overrides = new Map<string, string>()): Promise<ImportOutcome | { failed: string }> {
  if (bytes.length === 0) return { failed: 'Filen er tom.' };
  if (isZip(bytes)) {
    const table = await tableFromXlsx(bytes.slice().buffer);
    return 'failed' in table ? table : importTable(table, resolve, columns, overrides, { kind: 'xlsx', encoding: null, detail: table.sheet });
  }
  const guess = detectEncoding(bytes.subarray(0, 65536));
  // The head can be plain ASCII in a Windows-1252 file: the whole file decides.
  const encoding = guess.encoding === 'utf-8' && !isUtf8(bytes) ? 'windows-1252' : guess.encoding;
  return importText(new TextDecoder(encoding).decode(bytes.subarray(guess.bom)), resolve, columns, overrides, encoding);
}
