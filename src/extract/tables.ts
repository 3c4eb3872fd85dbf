// Tables in minutes text. PDF and HTML readers, and text copied from Word, write a table row
// as one line with its cells separated by tabs; a run of such lines is a table. Each cell
// becomes a candidate figure whose row label and column header say what it is.
import type { Kind, Unit } from '../data/contract.ts';
import { NATIONAL } from '../data/national.ts';
import { findPeriods, MONTHS, parseDanishNumber } from './danish.ts';

interface TableCell {
  text: string;
  /** Offset of the cell's text in the whole text. */
  start: number;
}

export interface TextTable {
  /** The line just above the table, when it reads like a title ("Tabel 1. Fuldtidspersoner …"). */
  caption: string;
  header: TableCell[] | null;
  rows: TableCell[][];
  start: number;
  end: number;
}

function cellsOf(line: string, offset: number): TableCell[] {
  const cells: TableCell[] = [];
  let at = 0;
  for (const part of line.split('\t')) {
    const lead = part.length - part.trimStart().length;
    cells.push({ text: part.trim(), start: offset + at + lead });
    at += part.length + 1;
  }
  return cells;
}

const MISSING_RE = /^(?:-|–|—|\.\.|\.|x|n\/a|)$/i;

/** A cell's number: "1.402", "21,5", "21,5 %", "1 402", "+22", "−3,5", "500.000 kr."; null for text or a gap. */
export function cellNumber(text: string): { value: number; percent: boolean; kroner: boolean; signed: boolean } | null {
  const t = text.replace(/\u2212/g, '-').trim();
  const m = /^([+-])?\s*(\d{1,3}(?:[. ]\d{3})+(?:,\d+)?|\d+(?:,\d+)?)\s*(%|pct\.?|kr\.?)?$/.exec(t);
  if (!m) return null;
  const value = parseDanishNumber(m[2]!.replace(/ /g, '.'));
  if (value === null) return null;
  return { value: m[1] === '-' ? -value : value, percent: Boolean(m[3]) && !/^kr/.test(m[3]!), kroner: Boolean(m[3]) && /^kr/.test(m[3]!), signed: Boolean(m[1]) };
}

const isYear = (text: string) => /^(19|20)\d{2}$/.test(text.trim());

/** Runs of two or more tab-separated lines; the first row is a header when it holds no figures. */
export function findTables(text: string): TextTable[] {
  const tables: TextTable[] = [];
  let run: { line: string; start: number }[] = [];
  let previous = { line: '', start: 0 };
  let beforeRun = { line: '', start: 0 };
  const flush = () => {
    const lines = run;
    run = [];
    if (lines.length < 2) return;
    const rows = lines.map((l) => cellsOf(l.line, l.start));
    const first = rows[0]!.slice(1).filter((c) => c.text !== '');
    const isHeader = first.length > 0 && first.every((c) => cellNumber(c.text) === null || isYear(c.text));
    // A title is short or has no full stop; a paragraph above the table is not its title.
    const above = beforeRun.line.trim();
    const caption = !beforeRun.line.includes('\t') && (above.length <= 80 || !/[.!?:]$/.test(above)) ? above : '';
    // A table of contents (dot leaders, page numbers) is no table of figures.
    if (/indhold/i.test(caption) || rows.filter((r) => /\.{3,}$|…$/.test(r[0]!.text)).length * 2 >= rows.length) return;
    const last = lines[lines.length - 1]!;
    tables.push({ caption: caption.length <= 200 ? caption : '', header: isHeader ? rows[0]! : null, rows: isHeader ? rows.slice(1) : rows, start: lines[0]!.start, end: last.start + last.line.length });
  };
  let start = 0;
  while (start <= text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    const line = text.slice(start, end);
    if (/\S\t+\S|^\t*\S[^\t]*\t+\S/.test(line.trimEnd())) {
      if (run.length === 0) beforeRun = previous;
      run.push({ line: line.trimEnd(), start });
    } else {
      flush();
      if (line.trim() !== '') previous = { line, start };
    }
    if (newline < 0) break;
    start = newline + 1;
  }
  flush();
  return tables;
}

export interface TableFigure {
  value: number;
  unit: Unit;
  kind: Kind;
  period: string;
  area: string;
  breakdown: string;
  /** The row label and column header, which with the caption say what the figure is. */
  label: string;
  header: string;
  quote: string;
  start: number;
  end: number;
}

interface Axis {
  period: string;
  kind: Kind | null;
  unit: Unit | null;
  area: string | null;
  skip: boolean;
  total: boolean;
}

const TOTAL_RE = /^(?:i alt|total|alle|samlet|heraf i alt)$/i;

/** The kind a label names; null when it names none or several ("Mål og resultat"). */
function kindOf(label: string): Kind | null {
  const l = label.toLowerCase();
  const kinds: [RegExp, Kind][] = [
    [/\b(?:mål|måltal|målsætning|budget(?:teret)?|resultatkrav)\b/, 'target'],
    [/\b(?:forventet|forventede)\b/, 'expected'],
    [/\b(?:prognose|skøn|forventning|fremskrivning)\b/, 'forecast'],
    [/\b(?:faktisk|faktiske|resultat|realiseret|opnået|status)\b/, 'actual'],
  ];
  const named = kinds.filter(([re]) => re.test(l));
  return named.length === 1 ? named[0]![1] : null;
}

function unitOf(label: string): Unit | null {
  const l = label.toLowerCase();
  if (/placering|\brang\b|^nr\.?$/.test(l)) return 'rank';
  if (/procentpoint|pct\.?-point/.test(l)) return 'pp';
  if (/\bpct\b|%|procent|\bandel/.test(l)) return 'pct';
  if (/\bkr\.?\b|kroner/.test(l)) return 'dkk';
  if (/fuldtidspersoner/.test(l)) return 'fte';
  if (/\bpersoner\b|\bborgere\b|\bantal\b/.test(l)) return 'persons';
  return null;
}

/** Period named by a header or label: "Oktober 2023", "okt. 2023", "2024", "2. kvartal 2024", "2. kvt. 2024", "2024K2". */
export function periodOfLabel(label: string): string {
  const t = label.trim();
  const yearFirst = /^(\d{4})\s*[KQ]([1-4])$/i.exec(t);
  if (yearFirst) return `${yearFirst[1]}-Q${yearFirst[2]}`;
  const quarterFirst = /^[KQ]([1-4])\s+(\d{4})$/i.exec(t) ?? /([1-4])\.\s*kvt\.?\s*(\d{4})/i.exec(t);
  if (quarterFirst) return `${quarterFirst[2]}-Q${quarterFirst[1]}`;
  const abbreviated = /^(jan|feb|mar|apr|maj|jun|jul|aug|sep|sept|okt|nov|dec)\.?\s+(\d{4})$/i.exec(t);
  if (abbreviated) return `${abbreviated[2]}-${String(MONTHS[abbreviated[1]!.toLowerCase()]).padStart(2, '0')}`;
  return findPeriods(t)[0]?.period ?? '';
}

function axisOf(label: string, resolveArea: (name: string) => string | null): Axis {
  const total = TOTAL_RE.test(label.trim());
  const skip = /ændring|forskel|udvikling|difference|afvigelse|\+\/-|^diff/i.test(label);
  const area = total ? null : /^(?:hele )?landet$|^landsgennemsnit(?:tet)?$|^landsplan$/i.test(label.trim()) ? NATIONAL : resolveArea(label);
  return { period: periodOfLabel(label), kind: kindOf(label), unit: unitOf(label), area, skip, total };
}

/**
 * Every cell of a table as a figure. `contextPeriod` is the period the text around the table
 * speaks of, used when neither the columns, the row nor the caption name one.
 */
export function tableFigures(table: TextTable, home: string, resolveArea: (name: string) => string | null, contextPeriod: string): TableFigure[] {
  const caption = axisOf(table.caption, () => null);
  const columns = (table.header ?? []).map((c) => axisOf(c.text, resolveArea));
  const figures: TableFigure[] = [];
  for (const row of table.rows) {
    const label = row[0]!.text;
    if (cellNumber(label) !== null) continue;
    const r = axisOf(label, resolveArea);
    for (let j = 1; j < row.length; j += 1) {
      const cell = row[j]!;
      if (MISSING_RE.test(cell.text)) continue;
      const n = cellNumber(cell.text);
      if (!n) continue;
      const c = columns[j] ?? { period: '', kind: null, unit: null, area: null, skip: false, total: false };
      if (c.skip || r.skip) continue;
      // A signed figure in a column with no header of its own is a change, not a level.
      if (n.signed && !table.header) continue;
      const unit: Unit = n.percent ? 'pct' : n.kroner ? 'dkk' : (c.unit ?? r.unit ?? caption.unit ?? 'persons');
      const header = table.header?.[j]?.text ?? '';
      figures.push({
        value: n.value,
        unit,
        kind: c.kind ?? r.kind ?? caption.kind ?? 'actual',
        period: c.period || r.period || caption.period || contextPeriod,
        area: c.area ?? r.area ?? home,
        breakdown: r.total || r.area !== null || r.period ? 'all' : label,
        label,
        header,
        quote: `${table.caption ? `${table.caption} – ` : ''}${label}${header ? `, ${header}` : ''}: ${cell.text}`,
        start: cell.start,
        end: cell.start + cell.text.length,
      });
    }
  }
  return figures;
}
