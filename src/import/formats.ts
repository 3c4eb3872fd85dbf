// The analyst's own files: our contract CSV, Statistikbanken exports (long or wide) and
// jobindsats.dk exports. Pure and total: any input gives rows and errors, never an exception.
import type { AreaResolver } from '../data/area-names.ts';
import { isAggregateName } from '../data/area-names.ts';
import { appendTo } from '../data/append-to.ts';

import { isPeriod } from '../data/period.ts';
import { periodFromRollingYear, periodFromStatbank } from '../data/statbank-period.ts';

type Format = 'contract' | 'statbank-long' | 'statbank-wide' | 'jobindsats' | 'unknown';

export interface ColumnMap {
  area: number;
  period: number;
  value: number;
  /** Further text columns (benefit group, sex, age …): each becomes a breakdown or a filter. */
  dimensions: number[];
}

export interface Detection {
  format: Format;
  delimiter: string;
  header: string[];
  /** For long formats: which column is which; null when the user must say. */
  columns: ColumnMap | null;
  /** For the wide Statistikbanken layout: the columns that are periods. */
  periodColumns: number[];
  /** Columns of numbers that could be the value (Jobindsats gives several measures per row). */
  measures: number[];
  /**
   * The first guess at the decimal sign, from the first rows and the delimiter; the value
   * column's own reading is decided from all its rows when the file is read (`decideNumbers`).
   */
  decimalComma: boolean;
  problem: string | null;
}

export interface ImportRow {
  row: number;
  area: string;
  areaName: string;
  period: string;
  /** The row's value in each dimension column, in the order of `ColumnMap.dimensions`. */
  dims: string[];
  value: number | null;
}

export interface RowError {
  row: number;
  column: string;
  message: string;
  raw: string[];
}

/** Our own format needs these columns; the others have defaults (see CONTRACT_DEFAULTS). */
const CONTRACT_REQUIRED = ['area', 'indicator', 'period', 'value', 'unit'];
export const CONTRACT_DEFAULTS: Record<string, string> = { breakdown: 'all', kind: 'actual', source_id: 'import', item: '', quote: '' };

const norm = (s: string) => s.trim().toLowerCase().replace(/^\uFEFF/, '');
const AREA_NAMES = ['område', 'omrade', 'area', 'kommune', 'region', 'bopæl', 'bopomr', 'municipality'];
const PERIOD_NAMES = ['tid', 'periode', 'period', 'time', 'måned', 'kvartal', 'år'];
const VALUE_NAMES = ['indhold', 'value', 'værdi', 'antal', 'fuldtidspersoner', 'personer', 'pct', 'andel'];

/** Picks the delimiter that splits the first lines most consistently. */
export function detectDelimiter(lines: string[]): string {
  let best = ',';
  let bestScore = -1;
  for (const d of [';', ',', '\t', '|']) {
    const counts = lines.slice(0, 10).map((l) => splitCount(l, d));
    const first = counts[0] ?? 0;
    const consistent = counts.filter((c) => c === first).length;
    const score = first > 0 ? first * 10 + consistent : 0;
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

function splitCount(line: string, d: string): number {
  let n = 0;
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (ch === d && !quoted) n++;
  }
  return n;
}

/** True when the text looks binary (a spreadsheet or image renamed .csv). */
export function looksBinary(text: string): boolean {
  const sample = text.slice(0, 4000);
  if (sample.includes('\u0000')) return true;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 9 || (c > 13 && c < 32)) && c !== 27) control++;
  }
  return sample.length > 0 && control / sample.length > 0.05;
}

const findColumn = (header: string[], names: string[]) => header.findIndex((h) => names.some((n) => norm(h) === n || norm(h).startsWith(n)));

/** Works out the file's layout from its header and first rows. */
export function detectFormat(header: string[], sample: string[][], delimiter: string): Detection {
  const base: Detection = { format: 'unknown', delimiter, header, columns: null, periodColumns: [], measures: [], decimalComma: false, problem: null };
  const h = header.map(norm);
  if (h.length <= 1) {
    return { ...base, problem: 'Filen har kun én kolonne. Er den adskilt med semikolon, komma eller tabulator?' };
  }
  // A decimal sign shown in the first rows decides the guess; without one, a file split by
  // semicolons or tabs is Danish (1.234,5) and one split by commas is not.
  const evidence = sample.flat().map(numberEvidence);
  base.decimalComma = evidence.includes('comma') || (!evidence.includes('point') && delimiter !== ',');

  if (CONTRACT_REQUIRED.every((c) => h.includes(c))) return { ...base, format: 'contract', decimalComma: false };
  // Our own column names (indicator, unit, kind, source_id) with a required one missing: say which,
  // rather than reading the file as someone else's export with the wrong columns.
  const missing = CONTRACT_REQUIRED.filter((c) => !h.includes(c));
  if (missing.length < CONTRACT_REQUIRED.length - 2 && ['indicator', 'unit', 'kind', 'source_id'].some((c) => h.includes(c))) {
    return { ...base, format: 'contract', problem: `Filen ligner Kommunetals eget format, men mangler ${missing.length === 1 ? 'kolonnen' : 'kolonnerne'} ${missing.join(', ')}. Kolonnerne ${CONTRACT_REQUIRED.join(', ')} skal alle være med.` };
  }

  const periodColumns = header.map((c, i) => (periodFromStatbank(c) || isPeriod(c.trim()) ? i : -1)).filter((i) => i >= 0);
  if (periodColumns.length >= 2) {
    const area = Math.max(0, findColumn(header, AREA_NAMES));
    return { ...base, format: 'statbank-wide', periodColumns, columns: { area, period: -1, value: -1, dimensions: header.map((_, i) => i).filter((i) => i !== area && !periodColumns.includes(i)) } };
  }

  // A header that is itself data (a period or a number in it) means the header row is missing.
  if (header.some((c) => periodFromStatbank(c) !== null) || header.filter((c) => /^-?[\d.,]+$/.test(c.trim())).length >= 1) {
    return { ...base, problem: 'Første række ligner data, ikke overskrifter. Tilføj en overskriftsrække (fx OMRÅDE;TID;INDHOLD).' };
  }
  const area = findColumn(header, AREA_NAMES);
  const period = findColumn(header, PERIOD_NAMES);
  const value = h.findIndex((c, i) => i !== area && i !== period && VALUE_NAMES.some((n) => c === n || c.startsWith(n)));
  const measures = numericColumns(sample, header.length).filter((i) => i !== area && i !== period);
  const valueColumn = value >= 0 ? value : (measures.at(-1) ?? -1);
  const format: Format = h.includes('indhold') || h.includes('tid') ? 'statbank-long' : 'jobindsats';
  if (area < 0 || period < 0 || valueColumn < 0) return { ...base, format, measures };
  return { ...base, format, measures, columns: { area, period, value: valueColumn, dimensions: dimensionColumns(header.length, [area, period, valueColumn], measures) } };
}

/** The columns that are neither area, period nor value, and hold text rather than numbers. */
export function dimensionColumns(width: number, used: number[], measures: number[]): number[] {
  return Array.from({ length: width }, (_, i) => i).filter((i) => !used.includes(i) && !measures.includes(i));
}

/** Columns whose every filled cell in the sample is a number or `..`. */
function numericColumns(sample: string[][], width: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < width; i++) {
    const cells = sample.map((r) => (r[i] ?? '').trim()).filter((c) => c !== '');
    if (cells.length > 0 && cells.every((c) => /^-?[\d.,]+$|^\.\.$/.test(c)) && cells.some((c) => c !== '..')) out.push(i);
  }
  return out;
}

/** What a number's text says of its decimal sign: "4,5" proves a comma, "2.125" can be read both ways. */
type NumberEvidence = 'comma' | 'point' | 'ambiguous' | 'none';

function numberEvidence(text: string): NumberEvidence {
  const t = text.trim().replace(/\s/g, '').replace(/^-/, '');
  if (!/^[\d.,]+$/.test(t) || !/\d/.test(t)) return 'none';
  // 2.125 and 2,125: one separator followed by exactly three digits groups thousands or marks
  // decimals. Ending in 0 (2.010), it groups: a decimal is not written with a trailing zero.
  if (/^\d{1,3}[.,]\d{3}$/.test(t)) return t.endsWith('0') ? (t.includes('.') ? 'comma' : 'point') : 'ambiguous';
  const lastDot = t.lastIndexOf('.');
  const lastComma = t.lastIndexOf(',');
  if (lastDot < 0 && lastComma < 0) return 'none';
  if (lastDot >= 0 && lastComma >= 0) return lastComma > lastDot ? 'comma' : 'point';
  // One kind of separator: repeated, it groups thousands (1.234.567); once, it is the decimal sign.
  const sep = lastComma >= 0 ? ',' : '.';
  const groupsThousands = t.split(sep).length > 2;
  return (sep === ',') !== groupsThousands ? 'comma' : 'point';
}

const DANISH_NUMBER = /^-?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$/;
const ENGLISH_NUMBER = /^-?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/;

/**
 * Danish (1.234,5) or English (1,234.5) numbers; `..`, `-` and empty are missing. Returns
 * undefined when the text is not a number in that reading: "1.5" is not a Danish number.
 */
export function parseNumber(text: string, decimalComma: boolean): number | null | undefined {
  const t = text.trim().replace(/\s/g, '');
  if (t === '' || t === '..' || t === '.' || t === '-' || t === '–') return null;
  if (!(decimalComma ? DANISH_NUMBER : ENGLISH_NUMBER).test(t)) return undefined;
  return Number(decimalComma ? t.replace(/\./g, '').replace(',', '.') : t.replace(/,/g, ''));
}

/** A value whose reading waits until every row of the column is read (see `decideNumbers`). */
export interface PendingNumber {
  /** Its place among the chunk's (later: the run's) rows. */
  index: number;
  row: number;
  column: string;
  text: string;
  /** What the text shows of its decimal sign, read once when the value is met. */
  evidence: NumberEvidence;
}

/** The value column's decimal sign, and how it was decided. */
export interface NumberReading {
  decimalComma: boolean;
  /** `figures`: the column's own numbers show it; `file`: the file's typed numbers; `guess`: nothing shows it. */
  basis: 'figures' | 'file' | 'guess';
  /** A figure that shows the decimal sign, for the message ("4,5" in row 7). */
  shownBy: { row: number; text: string } | null;
  /** Figures that read differently with the other decimal sign: the user confirms them when `basis` is `guess`. */
  ambiguous: { row: number; text: string }[];
  ambiguousCount: number;
}

/** Decides the decimal sign from every pending figure: the sign most figures show wins, a guess only when none shows one. */
export function decideNumbers(pending: readonly PendingNumber[], guess: boolean, known: boolean | null): NumberReading {
  let comma = 0;
  let point = 0;
  let firstComma: PendingNumber | null = null;
  let firstPoint: PendingNumber | null = null;
  const ambiguous: { row: number; text: string }[] = [];
  let ambiguousCount = 0;
  for (const p of pending) {
    const e = p.evidence;
    if (e === 'comma') {
      comma++;
      firstComma ??= p;
    } else if (e === 'point') {
      point++;
      firstPoint ??= p;
    } else if (e === 'ambiguous') {
      ambiguousCount++;
      if (ambiguous.length < 20) ambiguous.push({ row: p.row, text: p.text.trim() });
    }
  }
  if (known !== null) return { decimalComma: known, basis: 'file', shownBy: null, ambiguous, ambiguousCount };
  if (comma === 0 && point === 0) return { decimalComma: guess, basis: 'guess', shownBy: null, ambiguous, ambiguousCount };
  const decimalComma = comma >= point;
  const by = decimalComma ? firstComma! : firstPoint!;
  return { decimalComma, basis: 'figures', shownBy: { row: by.row, text: by.text.trim() }, ambiguous, ambiguousCount };
}

/** Normalises a period written in any of the forms the sources use. */
function parseImportPeriod(text: string): string | null {
  const t = text.trim().replace(/\s+/g, '');
  return periodFromStatbank(t) ?? periodFromRollingYear(t) ?? (isPeriod(t) ? t : null);
}

export interface ChunkResult {
  rows: ImportRow[];
  errors: RowError[];
  /** Area names that could not be mapped, with the rows they stand in. */
  unmapped: Map<string, number[]>;
  skippedAggregates: number;
  /** Values with a separator in them, read once the whole column is known; their rows hold null until then. */
  pending: PendingNumber[];
}

/**
 * Converts records (without the header) into rows. `firstRow` is the spreadsheet row number
 * of records[0]. Rows whose area name is unknown are kept aside in `unmapped`, never dropped.
 */
export function convertRecords(records: string[][], firstRow: number, d: Detection, resolve: AreaResolver, overrides: Map<string, string> = new Map()): ChunkResult {
  const out: ChunkResult = { rows: [], errors: [], unmapped: new Map(), skippedAggregates: 0, pending: [] };
  if (!d.columns) return out;
  const cols = d.columns;
  records.forEach((record, i) => {
    const row = firstRow + i;
    if (record.every((c) => c.trim() === '')) return;
    const fail = (column: number, message: string) => out.errors.push({ row, column: d.header[column] ?? '', message, raw: record });
    if (record.length < d.header.length) return fail(d.header.length - 1, `Rækken har ${record.length} celler, men overskriften har ${d.header.length}.`);
    const areaName = (record[cols.area] ?? '').trim();
    if (areaName === '') return fail(cols.area, 'Området mangler.');
    const area = overrides.get(areaName) ?? resolve(areaName);
    if (area === null) {
      if (isAggregateName(areaName)) {
        out.skippedAggregates++;
        return;
      }
      appendTo(out.unmapped, areaName, [row]);
      return;
    }
    const dims = cols.dimensions.map((c) => (record[c] ?? '').trim());
    const cells: [number, number][] = d.format === 'statbank-wide' ? d.periodColumns.map((c) => [c, c]) : [[cols.period, cols.value]];
    for (const [periodColumn, valueColumn] of cells) {
      const periodText = d.format === 'statbank-wide' ? (d.header[periodColumn] ?? '') : (record[periodColumn] ?? '');
      const period = parseImportPeriod(periodText);
      if (!period) {
        fail(periodColumn, `"${periodText.slice(0, 40)}" er ikke en periode (brug fx 2022M07, 2022K3, 2022Q3 eller 2022).`);
        continue;
      }
      // A year like 0000 or 0201 is a typing error, not history: no employment series reaches back before 1900.
      if (Number(period.slice(0, 4)) < 1900) {
        fail(periodColumn, `"${periodText.slice(0, 40)}" ligger før år 1900; er årstallet skrevet rigtigt?`);
        continue;
      }
      const text = record[valueColumn] ?? '';
      // "2.125" or "4,5" depends on the column's decimal sign, which only all its rows can show.
      if (/^\s*-?[\d\s]*\d[.,][\d.,\s]*$/.test(text)) {
        out.pending.push({ index: out.rows.length, row, column: d.header[valueColumn] ?? '', text, evidence: numberEvidence(text) });
        out.rows.push({ row, area, areaName, period, dims, value: null });
        continue;
      }
      const value = parseNumber(text, d.decimalComma);
      if (value === undefined) {
        fail(valueColumn, `"${text.slice(0, 40)}" er ikke et tal.`);
        continue;
      }
      out.rows.push({ row, area, areaName, period, dims, value });
    }
  });
  return out;
}
