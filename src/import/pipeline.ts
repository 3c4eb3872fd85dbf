// One import run over a stream of CSV chunks: detection on the first chunk, then conversion.
// Used by the Web Worker and by the CLI, so both read files the same way.
import type { AreaResolver } from '../data/area-names.ts';
import { dictionary, type ColumnarObservations } from '../data/bundle.ts';
import { observationSchema, type Observation } from '../data/contract.ts';
import Papa from 'papaparse';
import { convertRecords, detectDelimiter, detectFormat, looksBinary, type ColumnMap, type Detection, type ImportRow, type RowError } from './formats.ts';

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
  /** The file's row number of each converted figure, in the order of `columns`. */
  rowNumbers: Int32Array;
  /** Rows in our own contract format keep their own indicator, unit and source. */
  contractRows: Observation[];
  contractRowNumbers: number[];
  /** Every rejected row: the download of rejected rows holds them all. */
  errors: RowError[];
  errorCount: number;
  unmapped: [string, number[]][];
  /** The same figure given more than once, with every value: the user chooses which to keep. */
  duplicates: Duplicate[];
  skippedAggregates: number;
  rowsRead: number;
}

/** One key (area, indicator, breakdown, period, kind) that the file gives more than once. */
export interface Duplicate {
  area: string;
  indicator: string;
  breakdown: string;
  period: string;
  /** In file order; `index` is the figure's place in `columns` or `contractRows`. */
  entries: { row: number; value: number | null; index: number }[];
}

export type DuplicateChoice = 'first' | 'last' | 'reject';

/** What an indicator id in our own format must look like, so a link can name it. */
const INDICATOR_ID = /^[a-z][a-z0-9_]{0,40}$/;

export class ImportRun {
  private detection: Detection | null = null;
  private header: string[] | null = null;
  private nextRow = 2;
  private readonly unmapped = new Map<string, number[]>();
  private readonly rows: ImportRow[] = [];
  readonly outcome: Omit<ImportOutcome, 'detection' | 'unmapped' | 'columns' | 'rowNumbers' | 'duplicates'> = { contractRows: [], contractRowNumbers: [], errors: [], errorCount: 0, skippedAggregates: 0, rowsRead: 0 };

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

  /**
   * Our own format is checked like any other: an area must be one we know (a name is mapped as in
   * other files, an unknown one waits for the user's mapping), and an indicator id must be one a
   * link can carry.
   */
  private pushContract(body: string[][]) {
    const header = this.header!;
    const column = (name: string) => Math.max(0, header.indexOf(name));
    body.forEach((record, i) => {
      const row = this.nextRow + i;
      const result = observationSchema.safeParse(Object.fromEntries(header.map((h, k) => [h, record[k] ?? ''])));
      if (!result.success) {
        this.addErrors(result.error.issues.map((issue) => ({ row, column: String(issue.path[0] ?? ''), message: issue.message, raw: record })));
        return;
      }
      const o = result.data;
      if (!INDICATOR_ID.test(o.indicator)) {
        this.addErrors([{ row, column: header[column('indicator')] ?? 'indicator', message: `Nøgletallets id "${o.indicator.slice(0, 40)}" må kun have små bogstaver (a–z), tal og _, og skal starte med et bogstav, fx ledige_egne.`, raw: record }]);
        return;
      }
      const area = this.overrides.get(o.area) ?? this.resolve(o.area);
      if (area === null) {
        this.unmapped.set(o.area, [...(this.unmapped.get(o.area) ?? []), row]);
        return;
      }
      this.outcome.contractRows.push({ ...o, area });
      this.outcome.contractRowNumbers.push(row);
    });
  }

  private addErrors(errors: RowError[]) {
    this.outcome.errorCount += errors.length;
    for (const e of errors) this.outcome.errors.push(e);
  }

  finish(): ImportOutcome {
    const detection = this.detection ?? { format: 'unknown', delimiter: this.delimiter, header: [], columns: null, periodColumns: [], decimalComma: false, problem: 'Filen er tom.' };
    if (!detection.problem && this.outcome.rowsRead === 0) detection.problem = 'Filen har kun en overskriftsrække og ingen tal.';
    const keys =
      detection.format === 'contract'
        ? this.outcome.contractRows.map((o, index) => ({ area: o.area, indicator: `${o.indicator}|${o.kind}`, breakdown: o.breakdown, period: o.period, value: o.value, row: this.outcome.contractRowNumbers[index]!, index }))
        : this.rows.map((r, index) => ({ area: r.area, indicator: '', breakdown: r.breakdown, period: r.period, value: r.value, row: r.row, index }));
    return {
      ...this.outcome,
      detection,
      unmapped: [...this.unmapped],
      columns: toColumns(this.rows),
      rowNumbers: Int32Array.from(this.rows, (r) => r.row),
      duplicates: findDuplicates(keys),
    };
  }
}

function findDuplicates(keys: { area: string; indicator: string; breakdown: string; period: string; value: number | null; row: number; index: number }[]): Duplicate[] {
  const groups = new Map<string, Duplicate>();
  for (const k of keys) {
    const key = `${k.area}\u0000${k.indicator}\u0000${k.breakdown}\u0000${k.period}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { area: k.area, indicator: k.indicator.split('|')[0]!, breakdown: k.breakdown, period: k.period, entries: [] }));
    group.entries.push({ row: k.row, value: k.value, index: k.index });
  }
  return [...groups.values()].filter((g) => g.entries.length > 1);
}

/**
 * The import as the user chose for its duplicates: keep the first or the last value of each, or
 * reject all of them, which then count and download as rejected rows.
 */
export function resolveDuplicates(outcome: ImportOutcome, choice: DuplicateChoice): ImportOutcome {
  if (outcome.duplicates.length === 0) return outcome;
  const drop = new Set<number>();
  const rejected: RowError[] = [];
  for (const d of outcome.duplicates) {
    const keep = choice === 'first' ? d.entries[0]! : choice === 'last' ? d.entries.at(-1)! : null;
    for (const e of d.entries) {
      if (e === keep) continue;
      drop.add(e.index);
      if (choice === 'reject') {
        const others = d.entries.filter((x) => x !== e).map((x) => `række ${x.row} (${x.value ?? 'tom'})`).join(', ');
        rejected.push({ row: e.row, column: 'value', message: `Samme område, fordeling og periode står også i ${others}; alle er afvist.`, raw: [] });
      }
    }
  }
  const keepIndex = (i: number) => !drop.has(i);
  const kept = Array.from({ length: outcome.columns.value.length }, (_, i) => i).filter(keepIndex);
  const ints = (col: Int32Array) => Int32Array.from(kept, (i) => col[i]!);
  return {
    ...outcome,
    columns: { dict: outcome.columns.dict, area: ints(outcome.columns.area), breakdown: ints(outcome.columns.breakdown), period: ints(outcome.columns.period), value: Float64Array.from(kept, (i) => outcome.columns.value[i]!) },
    rowNumbers: ints(outcome.rowNumbers),
    contractRows: outcome.contractRows.filter((_, i) => keepIndex(i)),
    contractRowNumbers: outcome.contractRowNumbers.filter((_, i) => keepIndex(i)),
    errors: [...outcome.errors, ...rejected].sort((a, b) => a.row - b.row),
    errorCount: outcome.errorCount + rejected.length,
    duplicates: [],
  };
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

export function columnBuffers(c: ImportColumns, rowNumbers?: Int32Array): ArrayBuffer[] {
  return [c.area.buffer, c.breakdown.buffer, c.period.buffer, c.value.buffer, ...(rowNumbers ? [rowNumbers.buffer] : [])] as ArrayBuffer[];
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
