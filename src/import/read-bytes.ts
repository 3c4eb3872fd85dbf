// A whole file in memory through the import pipeline, as the worker reads it in pieces: the
// command line and the tests use it, so they read Excel, JSON and every encoding as the app does.
import type { AreaResolver } from '../data/area-names.ts';
import { detectEncoding, hasNonAscii, isUtf8 } from './decode.ts';
import type { ColumnMap } from './formats.ts';
import { importTable, importText } from './pipeline.ts';
import type { ImportOutcome } from './outcome.ts';
import { isZip, tableFromXlsx } from './xlsx.ts';

/** Any file as bytes: Excel by its zip signature, otherwise text in the encoding its bytes show. */
export async function importBytes(bytes: Uint8Array, resolve: AreaResolver, columns: ColumnMap | null = null, overrides = new Map<string, string>()): Promise<ImportOutcome | { failed: string }> {
  if (bytes.length === 0) return { failed: 'Filen er tom.' };
  if (isZip(bytes)) {
    const table = await tableFromXlsx(bytes.slice().buffer);
    return 'failed' in table ? table : importTable(table, resolve, columns, overrides, { kind: 'xlsx', encoding: null, detail: table.sheet });
  }
  const head = bytes.subarray(0, 65536);
  const guess = detectEncoding(head);
  // Valid UTF-8 at the start but not further in: as the app's worker decides (parse.worker.ts).
  if (guess.encoding !== 'utf-8' || isUtf8(bytes)) return importText(new TextDecoder(guess.encoding).decode(bytes.subarray(guess.bom)), resolve, columns, overrides, guess.encoding);
  if (hasNonAscii(head)) return importText(new TextDecoder('utf-8').decode(bytes.subarray(guess.bom)), resolve, columns, overrides, 'utf-8', 'invalid-bytes-rejected');
  return importText(new TextDecoder('windows-1252').decode(bytes.subarray(guess.bom)), resolve, columns, overrides, 'windows-1252', 'not-utf8-further-in');
}
