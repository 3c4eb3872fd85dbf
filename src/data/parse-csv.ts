import Papa from 'papaparse';
import { CONTRACT, type ContractFile, type DataError, type RowOf } from './contract.ts';

export interface Parsed<T> {
  rows: T[];
  /** Spreadsheet row number of each returned row (the header is row 1). */
  rowNumbers: number[];
  errors: DataError[];
}

/** Said of a line whose quote never closes, wherever CSV is read. */
export const UNCLOSED_QUOTE = 'Et anførselstegn lukkes ikke i rækken; den er læst uden anførselstegn, og rækkerne efter den er læst som normalt.';

/**
 * CSV text as records of cells. A quote that is opened and never closed would swallow every line
 * after it into one cell: that line is read again without quotes, reading goes on after it, and
 * its index is returned in `unclosed`, so the reader can name it instead of losing the rest.
 */
export function parseRecords(text: string, delimiter: string): { records: string[][]; unclosed: number[] } {
  const records: string[][] = [];
  const unclosed: number[] = [];
  let rest = text;
  for (;;) {
    const result = Papa.parse<string[]>(rest, { delimiter, skipEmptyLines: 'greedy' });
    const bad = result.errors.find((e) => e.code === 'MissingQuotes');
    // Appended one by one: a spread of millions of records overflows the call stack.
    if (!bad || bad.index === undefined) {
      if (records.length === 0) return { records: result.data, unclosed };
      for (const r of result.data) records.push(r);
      return { records, unclosed };
    }
    const lineStart = rest.lastIndexOf('\n', bad.index - 1) + 1;
    const newline = rest.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? rest.length : newline;
    // The records before the broken line, as they were read.
    const before = lineStart > 0 ? Papa.parse<string[]>(rest.slice(0, lineStart), { delimiter, skipEmptyLines: 'greedy' }).data : [];
    for (const r of before) records.push(r);
    unclosed.push(records.length);
    records.push(Papa.parse<string[]>(rest.slice(lineStart, lineEnd).replace(/\r$/, ''), { delimiter, quoteChar: '\u0000' }).data[0] ?? []);
    rest = rest.slice(lineEnd + 1);
  }
}

/** Reads CSV text into header-keyed records; tolerant of a BOM and CRLF line endings. `unclosed` holds the spreadsheet rows whose quote never closed. */
export function readCsv(text: string, delimiter = ','): { header: string[]; records: Record<string, string>[]; unclosed: number[] } {
  const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const { records: rows, unclosed } = parseRecords(clean, delimiter);
  const header = (rows[0] ?? []).map((h) => h.trim());
  const records = rows.slice(1).map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])) as Record<string, string>);
  return { header, records, unclosed: unclosed.map((i) => i + 1) };
}

/**
 * A contract file's records, once its header has every column the contract asks for. A missing
 * column or an empty file is said once, and no record is returned.
 */
export function readContractRecords(kind: ContractFile, fileName: string, text: string): { records: Record<string, string>[]; errors: DataError[] } {
  if (text.replace(/^\uFEFF/, '').trim() === '') {
    return { records: [], errors: [{ file: fileName, row: 1, column: '', message: 'Filen er tom.' }] };
  }
  const { header, records, unclosed } = readCsv(text);
  const missing = CONTRACT[kind].columns.filter((c) => !header.includes(c));
  if (missing.length > 0) {
    return { records: [], errors: missing.map((column) => missingColumnError(fileName, column, records.length)) };
  }
  return { records, errors: unclosed.map((row) => ({ file: fileName, row, column: '', message: UNCLOSED_QUOTE })) };
}

export function missingColumnError(file: string, column: string, rows: number): DataError {
  return { file, row: 1, column, message: `Kolonnen "${column}" mangler i overskriftsrækken, så ingen af filens ${rows} rækker kan læses.` };
}

/**
 * Parses one contract file and validates every row. Bad rows are reported and left out;
 * good rows are returned, so one typo never hides the rest of a file.
 */
export function parseContractCsv<F extends ContractFile>(kind: F, fileName: string, text: string): Parsed<RowOf[F]> {
  const { records, errors } = readContractRecords(kind, fileName, text);
  const { schema } = CONTRACT[kind];
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
