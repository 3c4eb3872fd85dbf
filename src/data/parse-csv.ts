import Papa from 'papaparse';
import { CONTRACT, type ContractFile, type DataError, type RowOf } from './contract.ts';

export interface Parsed<T> {
  rows: T[];
  /** Spreadsheet row number of each returned row (the header is row 1). */
  rowNumbers: number[];
  errors: DataError[];
}

/** Reads CSV text into header-keyed records; tolerant of a BOM and CRLF line endings. */
export function readCsv(text: string, delimiter = ','): { header: string[]; records: Record<string, string>[] } {
  const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const result = Papa.parse<Record<string, string>>(clean, {
    header: true,
    delimiter,
    skipEmptyLines: 'greedy',
    transformHeader: (h) => h.trim(),
  });
  return { header: result.meta.fields ?? [], records: result.data };
}

/**
 * Parses one contract file and validates every row. Bad rows are reported and left out;
 * good rows are returned, so one typo never hides the rest of a file.
 */
export function parseContractCsv<F extends ContractFile>(kind: F, fileName: string, text: string): Parsed<RowOf[F]> {
  const errors: DataError[] = [];
  if (text.replace(/^\uFEFF/, '').trim() === '') {
    return { rows: [], rowNumbers: [], errors: [{ file: fileName, row: 1, column: '', message: 'Filen er tom.' }] };
  }
  const { header, records } = readCsv(text);
  const { schema, columns } = CONTRACT[kind];
  const missing = columns.filter((c) => !header.includes(c));
  if (missing.length > 0) {
    return {
      rows: [],
      rowNumbers: [],
      errors: missing.map((column) => ({
        file: fileName,
        row: 1,
        column,
        message: `Kolonnen "${column}" mangler i overskriftsrækken, så ingen af filens ${records.length} rækker kan læses.`,
      })),
    };
  }
  const rows: RowOf[F][] = [];
  const rowNumbers: number[] = [];
  records.forEach((record, i) => {
    const result = schema.safeParse(record);
    if (result.success) {
      rows.push(result.data as RowOf[F]);
      rowNumbers.push(i + 2);
      return;
    }
    for (const issue of result.error.issues) {
      const column = String(issue.path[0] ?? '');
      errors.push({ file: fileName, row: i + 2, column, message: issue.message });
    }
  });
  return { rows, rowNumbers, errors };
}
