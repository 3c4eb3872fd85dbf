// One import run over a stream of CSV chunks: detection on the first chunk, then conversion.
// Used by the Web Worker and by the CLI, so both read files the same way.
import type { AreaResolver } from '../data/area-names.ts';
import { observationSchema, type Observation } from '../data/contract.ts';
import Papa from 'papaparse';
import { convertRecords, detectDelimiter, detectFormat, looksBinary, type ColumnMap, type Detection, type ImportRow, type RowError } from './formats.ts';

export const MAX_KEPT_ERRORS = 5000;

export interface ImportOutcome {
  detection: Detection;
  rows: ImportRow[];
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
  readonly outcome: Omit<ImportOutcome, 'detection' | 'unmapped'> = { rows: [], contractRows: [], errors: [], errorCount: 0, skippedAggregates: 0, rowsRead: 0 };

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
      for (const row of r.rows) this.outcome.rows.push(row);
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
    return { ...this.outcome, detection, unmapped: [...this.unmapped] };
  }
}

/** Turns converted rows into contract observations for one imported indicator. */
export function toObservations(rows: ImportRow[], indicator: string, unit: Observation['unit'], sourceId: string): Observation[] {
  return rows.map((r) => ({ area: r.area, indicator, breakdown: r.breakdown, period: r.period, value: r.value, unit, kind: 'actual', source_id: sourceId, item: '', quote: '' }));
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
