// One import run over a stream of CSV chunks: detection on the first chunk, then conversion.
// Used by the Web Worker and by the CLI, so both read files the same way.
import type { AreaResolver } from '../data/area-names.ts';
import { dictionary, type ColumnarObservations } from '../data/bundle.ts';
import { observationSchema, type Observation } from '../data/contract.ts';
import Papa from 'papaparse';
import { convertRecords, detectDelimiter, detectFormat, looksBinary, type ColumnMap, type Detection, type ImportRow, type RowError } from './formats.ts';

export const MAX_KEPT_ERRORS = 5000;

/** Converted rows as dictionary-coded typed columns: cheap to hand from the worker to the page. */
export interface ImportColumns {
  dict: string[];
  area: Int32Array;
  breakdown: Int32Array;
  period: Int32Array;
  /** NaN marks a missing value. */
  value: Float64Array;
}

export interface ImportOutcome {
  detection: Detection;
  columns: ImportColumns;
  /** Rows in our own contract format keep their own indicator, unit and source. */
  contractRows: Observation[];
  errors: RowError[];
  errorCount: number;
  unmapped: [string, number[]][];
  skippedAggregates: number;
  rowsRead: number;
}

export class ImportRun {
  private detection: Detection | null = null;
  private header: string[] | null = null;
  private nextRow = 2;
  private readonly unmapped = new Map<string, number[]>();
  private readonly rows: ImportRow[] = [];
  readonly outcome: Omit<ImportOutcome, 'detection' | 'unmapped' | 'columns'> = { contractRows: [], errors: [], errorCount: 0, skippedAggregates: 0, rowsRead: 0 };

  constructor(
    private readonly resolve: AreaResolver,
    private readonly delimiter: string,
    private readonly columns: ColumnMap | null = null,
    private readonly overrides = new Map<string, string>(),
  ) {}

  /** Feeds parsed records; the first record of the file is its header. Returns the detection once known. */
  push(records: string[][]): Detection | null {
    let body = records;
    if (!this.header) {
      const [header, ...rest] = records;
      if (!header) return null;
      this.header = header.map((h) => h.replace(/^\uFEFF/, '').trim());
      body = rest;
      const detected = detectFormat(this.header, rest.slice(0, 50), this.delimiter);
      this.detection = this.columns ? { ...detected, columns: this.columns, problem: null, format: detected.format === 'unknown' ? 'jobindsats' : detected.format } : detected;
    }
    const d = this.detection!;
    this.outcome.rowsRead += body.length;
    if (d.problem) return d;
    if (d.format === 'contract') this.pushContract(body);
    else if (d.columns) {
      const r = convertRecords(body, this.nextRow, d, this.resolve, this.overrides);
      for (const row of r.rows) this.rows.push(row);
      this.addErrors(r.errors);
      for (const [name, rows] of r.unmapped) this.unmapped.set(name, [...(this.unmapped.get(name) ?? []), ...rows]);
      this.outcome.skippedAggregates += r.skippedAggregates;
    }
    this.nextRow += body.length;
    return d;
  }

  private pushContract(body: string[][]) {
    const header = this.header!;
    body.forEach((record, i) => {
      const row = this.nextRow + i;
      const result = observationSchema.safeParse(Object.fromEntries(header.map((h, k) => [h, record[k] ?? ''])));
      if (result.success) this.outcome.contractRows.push(result.data);
      else this.addErrors(result.error.issues.map((issue) => ({ row, column: String(issue.path[0] ?? ''), message: issue.message, raw: record })));
    });
  }

  private addErrors(errors: RowError[]) {
    this.outcome.errorCount += errors.length;
    for (const e of errors) if (this.outcome.errors.length < MAX_KEPT_ERRORS) this.outcome.errors.push(e);
  }

  finish(): ImportOutcome {
    const detection = this.detection ?? { format: 'unknown', delimiter: this.delimiter, header: [], columns: null, periodColumns: [], decimalComma: false, problem: 'Filen er tom.' };
    if (!detection.problem && this.outcome.rowsRead === 0) detection.problem = 'Filen har kun en overskriftsrække og ingen tal.';
    return { ...this.outcome, detection, unmapped: [...this.unmapped], columns: toColumns(this.rows) };
  }
}

function toColumns(rows: ImportRow[]): ImportColumns {
  const { dict, code } = dictionary();
  const n = rows.length;
  const columns: ImportColumns = { dict, area: new Int32Array(n), breakdown: new Int32Array(n), period: new Int32Array(n), value: new Float64Array(n) };
  rows.forEach((r, i) => {
    columns.area[i] = code(r.area);
    columns.breakdown[i] = code(r.breakdown);
    columns.period[i] = code(r.period);
    columns.value[i] = r.value ?? Number.NaN;
  });
  return columns;
}

export function columnBuffers(c: ImportColumns): ArrayBuffer[] {
  return [c.area.buffer, c.breakdown.buffer, c.period.buffer, c.value.buffer] as ArrayBuffer[];
}

/** The converted rows as plain objects (the CLI and tests; the page never needs them). */
export function importRows(c: ImportColumns): { area: string; period: string; breakdown: string; value: number | null }[] {
  return Array.from(c.value, (v, i) => ({ area: c.dict[c.area[i]!]!, period: c.dict[c.period[i]!]!, breakdown: c.dict[c.breakdown[i]!]!, value: Number.isNaN(v) ? null : v }));
}

/** One imported indicator in the bundle's columnar form, built without a row object per figure. */
export function importColumnar(c: ImportColumns, indicator: string, unit: Observation['unit'], sourceId: string): ColumnarObservations {
  const dict = [...c.dict, unit, 'actual', sourceId, ''];
  const [u, k, s, empty] = [c.dict.length, c.dict.length + 1, c.dict.length + 2, c.dict.length + 3];
  const n = c.value.length;
  return {
    indicator,
    dict,
    area: Array.from(c.area),
    breakdown: Array.from(c.breakdown),
    period: Array.from(c.period),
    value: Array.from(c.value, (v) => (Number.isNaN(v) ? null : v)),
    unit: new Array<number>(n).fill(u),
    kind: new Array<number>(n).fill(k),
    source_id: new Array<number>(n).fill(s),
    item: new Array<number>(n).fill(empty),
    quote: new Array<number>(n).fill(empty),
  };
}

/** A guess at the unit from the header, for the user to confirm. */
export function guessUnit(header: string[]): Observation['unit'] {
  const h = header.join(' ').toLowerCase();
  if (/fuldtid|full-time|fte/.test(h)) return 'fte';
  if (/pct|procent|andel|%|per cent|percent/.test(h)) return 'pct';
  if (/kr\.|kroner|dkk|beløb/.test(h)) return 'dkk';
  return 'persons';
}

/** The whole pipeline on text already in memory (the CLI and tests); the app streams in a worker. */
export function importText(text: string, resolve: AreaResolver, columns: ColumnMap | null = null, overrides = new Map<string, string>()): ImportOutcome | { failed: string } {
  const clean = text.replace(/^\uFEFF/, '');
  if (clean.trim() === '') return { failed: 'Filen er tom.' };
  if (looksBinary(clean)) return { failed: 'Filen ser ikke ud til at være tekst. Gem den som CSV (UTF-8) fra regnearket og prøv igen.' };
  const delimiter = detectDelimiter(clean.split(/\r?\n/).filter((l) => l.trim() !== ''));
  const run = new ImportRun(resolve, delimiter, columns, overrides);
  run.push(Papa.parse<string[]>(clean, { delimiter, skipEmptyLines: 'greedy' }).data);
  return run.finish();
}
