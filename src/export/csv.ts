// CSV of exactly what a chart shows. Machine formatting (`.` decimals); text cells are
// neutralised so a spreadsheet never reads them as a formula.
import { csvCell } from '../data/write-csv.ts';

/** A text cell that starts like a formula (= + - @, tab, CR) gets a leading apostrophe. */
export function protectCell(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export interface CsvExport {
  title: string;
  unit: string;
  sourceLine: string;
  publishedOn: string;
  link: string;
  columns: string[];
  /** Text cells are protected; numbers are written as numbers. */
  rows: (string | number | null)[][];
}

export function exportCsv(e: CsvExport): string {
  const note = (label: string, value: string) => `# ${label}: ${protectCell(value).replace(/[\r\n]+/g, ' ')}`;
  const lines = [
    note('Kommunetal', e.title),
    note('Enhed', e.unit),
    note('Kilde', e.sourceLine.replace(/^Kilde: /, '')),
    note('Data offentliggjort', e.publishedOn),
    note('Visning', e.link),
    '# Tal er skrevet med punktum som decimaltegn og uden tusindtalsadskillelse; en tom værdi betyder, at kilden ikke har et tal.',
    e.columns.map((c) => csvCell(protectCell(c))).join(','),
    ...e.rows.map((r) => r.map((v) => (typeof v === 'number' ? String(v) : csvCell(protectCell(v ?? '')))).join(',')),
  ];
  return lines.join('\n') + '\n';
}

export function safeFileName(title: string, ext: string): string {
  const base = title
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return `kommunetal-${base || 'graf'}.${ext}`;
}
