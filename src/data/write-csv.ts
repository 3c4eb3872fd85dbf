// The one CSV writer: PapaParse's unparse, LF line endings, quoted only where needed.
import Papa from 'papaparse';

export type CsvCell = string | number | null | undefined;

export interface CsvOptions {
  delimiter?: ',' | ';';
  /** Prefix text cells that a spreadsheet would read as a formula with an apostrophe. */
  protect?: boolean;
}

// A cell starting with = + - @ tab or CR is a formula to a spreadsheet, unless it is a number
// written as text (a Danish "-1,5").
const FORMULA = /^(?![-+]?\d+(?:[.,]\d+)?$)[=+\-@\t\r]/;

export function writeCsv(rows: readonly (readonly CsvCell[])[], options: CsvOptions = {}): string {
  if (rows.length === 0) return '';
  return (
    Papa.unparse(rows.map((r) => r.map((c) => c ?? null)), {
      delimiter: options.delimiter ?? ',',
      newline: '\n',
      escapeFormulae: options.protect ? FORMULA : false,
    }) + '\n'
  );
}

export function toCsv<T extends object>(columns: readonly (keyof T & string)[], rows: readonly T[], options: CsvOptions = {}): string {
  return writeCsv([columns, ...rows.map((row) => columns.map((c) => row[c] as CsvCell))], options);
}
