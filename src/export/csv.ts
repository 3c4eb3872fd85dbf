// CSV of exactly what a view shows, from its model: plain UTF-8 CSV with `.` decimals, or the
// "CSV (Excel, dansk)" that Danish Excel opens in columns (semicolons, decimal commas). Text
// cells are neutralised so a spreadsheet never reads them as a formula, note lines included.
import { writeCsv, type CsvCell } from '../data/write-csv.ts';

export type CsvFlavour = 'plain' | 'excel-da';

/** What a model hands over for download; numbers stay numbers until the flavour is chosen. */
export interface CsvTable {
  columns: string[];
  rows: CsvCell[][];
}

export interface CsvExport extends CsvTable {
  title: string;
  unit: string;
  sourceLine: string;
  publishedOn: string;
  link: string;
  /** The note lines' labels in the view's language. */
  notes: { title: string; unit: string; source: string; published: string; link: string; format: (flavour: CsvFlavour) => string };
}

export function exportCsv(e: CsvExport, flavour: CsvFlavour = 'plain'): string {
  const excel = flavour === 'excel-da';
  const number = (v: number) => (excel ? String(v).replace('.', ',') : String(v));
  const note = (label: string, value: string) => [`# ${label}: ${value.replace(/[\r\n]+/g, ' ')}`];
  const rows: CsvCell[][] = [
    note(e.notes.title, e.title),
    note(e.notes.unit, e.unit),
    // The source line already starts with its own label ("Kilde: …").
    note(e.notes.source, e.sourceLine.replace(`${e.notes.source}: `, '')),
    note(e.notes.published, e.publishedOn),
    note(e.notes.link, e.link),
    [`# ${e.notes.format(flavour)}`],
    e.columns,
    ...e.rows.map((r) => r.map((v) => (typeof v === 'number' ? number(v) : v))),
  ];
  return writeCsv(rows, { delimiter: excel ? ';' : ',', protect: true });
}
