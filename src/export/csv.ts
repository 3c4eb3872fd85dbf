// CSV of exactly what a view shows, from its model: plain UTF-8 CSV with `.` decimals, or the
// "CSV (Excel, dansk)" that Danish Excel opens in columns (semicolons, decimal commas). The
// header is the first line, so pandas, R and Excel read the table with no options; what the
// table is (title, unit, source, date, link, notes) goes in a sidecar text file beside it —
// OWID's way — because lines above or below the table are read as rows by every one of them.
// Text cells are neutralised so a spreadsheet never reads them as a formula.
import { writeCsv, type CsvCell } from '../data/write-csv.ts';

export type CsvFlavour = 'plain' | 'excel-da';

/** What a model hands over for download; numbers stay numbers until the flavour is chosen. */
export interface CsvTable {
  columns: string[];
  rows: CsvCell[][];
}

/** A column of names written beside a column of codes: "a-dagpenge" → "unemployment insurance". */
export interface CsvLabelColumn {
  /** The header of the coded column this names. */
  after: string;
  header: string;
  name: (code: string, row: readonly CsvCell[], columns: readonly string[]) => string;
}

export interface CsvExport extends CsvTable {
  title: string;
  unit: string;
  sourceLine: string;
  publishedOn: string;
  link: string;
  /** Remarks under the chart (missing areas, stale figures): they belong with the figures. */
  remarks?: string[];
  labels?: CsvLabelColumn[];
  /** The sidecar's labels in the view's language. */
  notes: { title: string; unit: string; source: string; published: string; link: string; format: (flavour: CsvFlavour) => string };
}

/**
 * A number as the figures have it, without binary noise: 109,99999999999999 is 110 and a
 * computed per-1.000 value keeps four decimals, more than any source gives.
 */
function cleanNumber(v: number): number {
  return Number((Math.round(v * 1e4) / 1e4).toPrecision(12));
}

function withLabels(e: CsvTable & Pick<CsvExport, 'labels'>): CsvTable {
  const labels = (e.labels ?? []).filter((l) => e.columns.includes(l.after));
  if (labels.length === 0) return e;
  const columns: string[] = [];
  const plan: { from: number; label?: CsvLabelColumn }[] = [];
  e.columns.forEach((c, i) => {
    columns.push(c);
    plan.push({ from: i });
    for (const l of labels.filter((x) => x.after === c)) {
      columns.push(l.header);
      plan.push({ from: i, label: l });
    }
  });
  const rows = e.rows.map((row) => plan.map((p) => (p.label ? (row[p.from] === null || row[p.from] === undefined || row[p.from] === '' ? null : p.label.name(String(row[p.from]), row, e.columns)) : row[p.from])));
  return { columns, rows };
}

export function exportCsv(e: CsvExport, flavour: CsvFlavour = 'plain'): string {
  const excel = flavour === 'excel-da';
  const number = (v: number) => (excel ? String(cleanNumber(v)).replace('.', ',') : String(cleanNumber(v)));
  const table = withLabels(e);
  const rows: CsvCell[][] = [table.columns, ...table.rows.map((r) => r.map((v) => (typeof v === 'number' ? number(v) : v)))];
  return writeCsv(rows, { delimiter: excel ? ';' : ',', protect: true });
}

/** The sidecar: what the table is, in the view's language, one line per fact. */
export function exportNotes(e: CsvExport, flavour: CsvFlavour = 'plain'): string {
  const line = (label: string, value: string) => `${label}: ${value.replace(/[\r\n]+/g, ' ')}`;
  return (
    [
      line(e.notes.title, e.title),
      line(e.notes.unit, e.unit),
      // The source line already starts with its own label ("Kilde: …").
      line(e.notes.source, e.sourceLine.replace(`${e.notes.source}: `, '')),
      line(e.notes.published, e.publishedOn),
      line(e.notes.link, e.link),
      e.notes.format(flavour),
      ...(e.remarks ?? []).map((r) => `- ${r.replace(/[\r\n]+/g, ' ')}`),
    ].join('\n') + '\n'
  );
}
