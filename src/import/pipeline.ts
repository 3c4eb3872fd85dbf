// One import run over a stream of CSV chunks: detection on the first chunk, then conversion.
// Used by the Web Worker and by the CLI, so both read files the same way.
import type { AreaResolver } from '../data/area-names.ts';
import { dictionary, type ColumnarObservations } from '../data/bundle.ts';
import { observationSchema, type Observation } from '../data/contract.ts';
import { parseRecords, UNCLOSED_QUOTE } from '../data/parse-csv.ts';
import type { TextEncoding } from './decode.ts';
import { CONTRACT_DEFAULTS, convertRecords, decideNumbers, detectDelimiter, detectFormat, looksBinary, numberEvidence, parseNumber, type ColumnMap, type Detection, type ImportRow, type NumberReading, type PendingNumber, type RowError } from './formats.ts';
import { tableFromJson, type TextTable } from './json-tables.ts';

/** Converted rows as dictionary-coded typed columns: cheap to hand from the worker to the page. */
export interface ImportColumns {
  dict: string[];
  area: Int32Array;
  breakdown: Int32Array;
  period: Int32Array;
  /** NaN marks a missing value. */
  value: Float64Array;
}

/** Every converted figure before the user's choice of breakdown and filters: one code column per dimension. */
export interface RawColumns {
  dict: string[];
  area: Int32Array;
  period: Int32Array;
  value: Float64Array;
  dims: Int32Array[];
  rowNumbers: Int32Array;
}

/** What a dimension column does: split the figures into a breakdown, or keep only one of its values. */
export type DimensionUse = { kind: 'breakdown' } | { kind: 'filter'; value: string };

export interface Dimension {
  column: number;
  name: string;
  /** Its values in file order (the first thousand), with the number of figures of each. */
  values: { value: string; count: number }[];
  /** The value that sums the others ("I alt", "Total"), if the file has one. */
  total: string | null;
  use: DimensionUse;
}

/** Where the rows came from: the file type, and for text the encoding it was read in. */
export interface FileSource {
  kind: 'csv' | 'xlsx' | 'json';
  encoding: TextEncoding | null;
  /** The Excel sheet, or the JSON shape. */
  detail: string | null;
  /**
   * Why the text is not read plainly in `encoding`: a UTF-8 file with a stray invalid byte (its
   * rows are rejected, not guessed at), or a file read as Windows-1252 because it is not UTF-8
   * after all further in.
   */
  repair?: 'invalid-bytes-rejected' | 'not-utf8-further-in';
}

/** The value column's decimal sign, with the figures that would read differently under the other one. */
export interface ImportNumbers extends NumberReading {
  /** Where each such figure is in `raw`, and its value under the other decimal sign. */
  indices: Int32Array;
  alternatives: Float64Array;
}

export interface ImportOutcome {
  detection: Detection;
  numbers: ImportNumbers;
  source: FileSource;
  /** Lines above the header (a table's title), the file's own name for its figures. */
  title: string | null;
  raw: RawColumns;
  dimensions: Dimension[];
  /** The figures as they will be stored: filtered and with their breakdown, per `dimensions`. */
  columns: ImportColumns;
  /** The file's row number of each figure in `columns`. */
  rowNumbers: Int32Array;
  /** Figures left out by a dimension's filter (say, the rows for men when the filter is "I alt"). */
  filteredOut: number;
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

/** A dimension value that sums the others: "I alt", "Total", "Ydelsesgrupper i alt", "Age, total". */
export const isTotalValue = (v: string) => /(^|[\s,])(i alt|total|alle|all)$/i.test(v.trim());

/** How many distinct values of a dimension the import lists; beyond it, the rest still import. */
const MAX_DIMENSION_VALUES = 1000;

export const INVALID_BYTES = 'Rækken har tegn, der ikke er gyldig UTF-8 (vist som �), i en fil, der ellers er UTF-8. Ret tegnet i filen, eller gem filen igen som UTF-8.';

const CSV_SOURCE: FileSource = { kind: 'csv', encoding: 'utf-8', detail: null };

export class ImportRun {
  private detection: Detection | null = null;
  private header: string[] | null = null;
  private readonly titleLines: string[] = [];
  private nextRow = 2;
  /** Records read so far, title lines and header included: a record's spreadsheet row is this + 1. */
  private recordsSeen = 0;
  private readonly unmapped = new Map<string, number[]>();
  private readonly rows: ImportRow[] = [];
  private readonly pending: PendingNumber[] = [];
  private readonly dimensionValues: Map<string, number>[] = [];
  readonly outcome: Pick<ImportOutcome, 'contractRows' | 'contractRowNumbers' | 'errors' | 'errorCount' | 'skippedAggregates' | 'rowsRead'> = { contractRows: [], contractRowNumbers: [], errors: [], errorCount: 0, skippedAggregates: 0, rowsRead: 0 };

  constructor(
    private readonly resolve: AreaResolver,
    private readonly delimiter: string,
    private readonly columns: ColumnMap | null = null,
    private readonly overrides = new Map<string, string>(),
    private readonly source: FileSource = CSV_SOURCE,
    /** The decimal sign the file itself fixes (typed numbers in JSON and Excel), or null. */
    private readonly knownDecimalComma: boolean | null = null,
  ) {}

  /**
   * Feeds parsed records; the first record with two or more cells is the header. Returns the
   * detection once known. `unclosed` are the records (by index) whose quote never closed: each is
   * named by its row, and the rows after it are read as usual.
   */
  push(records: string[][], unclosed: readonly number[] = []): Detection | null {
    this.addErrors(unclosed.map((i) => ({ row: this.recordsSeen + i + 1, column: '', message: UNCLOSED_QUOTE, raw: records[i] ?? [] })));
    if (this.source.repair === 'invalid-bytes-rejected') records = this.rejectInvalidBytes(records);
    this.recordsSeen += records.length;
    let body = records;
    if (!this.header) {
      // A title line or two above the header (Statistikbanken and Jobindsats exports have them).
      let skip = 0;
      while (skip < body.length && skip < 10 && body[skip]!.filter((c) => c.trim() !== '').length <= 1 && body.slice(skip + 1).some((r) => r.filter((c) => c.trim() !== '').length >= 2)) {
        const line = body[skip]!.join(' ').replace(/^\uFEFF/, '').trim();
        if (line) this.titleLines.push(line);
        skip++;
      }
      const [header, ...rest] = body.slice(skip);
      if (!header) return null;
      this.nextRow += skip;
      this.header = header.map((h) => h.replace(/^\uFEFF/, '').trim());
      body = rest;
      const detected = detectFormat(this.header, rest.slice(0, 50), this.delimiter);
      if (this.columns) {
        const c = this.columns;
        const dimensions = c.dimensions.filter((i) => !detected.measures.includes(i) || i === c.area || i === c.period);
        this.detection = { ...detected, columns: { ...c, dimensions }, problem: null, format: detected.format === 'unknown' ? 'jobindsats' : detected.format };
      } else this.detection = detected;
      for (let i = 0; i < (this.detection.columns?.dimensions.length ?? 0); i++) this.dimensionValues.push(new Map());
    }
    const d = this.detection!;
    this.outcome.rowsRead += body.length;
    if (d.problem) return d;
    if (d.format === 'contract') this.pushContract(body);
    else if (d.columns) {
      const r = convertRecords(body, this.nextRow, d, this.resolve, this.overrides);
      for (const p of r.pending) this.pending.push({ ...p, index: this.rows.length + p.index });
      for (const row of r.rows) {
        this.rows.push(row);
        row.dims.forEach((v, i) => {
          const values = this.dimensionValues[i]!;
          const n = values.get(v);
          if (n !== undefined) values.set(v, n + 1);
          else if (values.size < MAX_DIMENSION_VALUES) values.set(v, 1);
        });
      }
      this.addErrors(r.errors);
      for (const [name, rows] of r.unmapped) this.unmapped.set(name, [...(this.unmapped.get(name) ?? []), ...rows]);
      this.outcome.skippedAggregates += r.skippedAggregates;
    }
    this.nextRow += body.length;
    return d;
  }

  /** A record with a byte that is not UTF-8 (decoded as U+FFFD) is rejected by row and read as blank. */
  private rejectInvalidBytes(records: string[][]): string[][] {
    return records.map((record, i) => {
      if (!record.some((c) => c.includes('\uFFFD'))) return record;
      this.addErrors([{ row: this.recordsSeen + i + 1, column: '', message: INVALID_BYTES, raw: record }]);
      return record.map(() => '');
    });
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
      const result = observationSchema.safeParse({ ...CONTRACT_DEFAULTS, ...Object.fromEntries(header.map((h, k) => [h, record[k] ?? ''])) });
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

  /**
   * Reads every value with a separator once the whole column is known: its decimal sign is the
   * one its figures show (never a guess from the first rows); a figure that contradicts it is a
   * rejected row that says so.
   */
  private readPending(detection: Detection): { numbers: ImportNumbers; rows: ImportRow[] } {
    const reading = decideNumbers(this.pending, detection.decimalComma, this.knownDecimalComma);
    const drop = new Set<number>();
    const ambiguous: { index: number; alternative: number }[] = [];
    const sign = (comma: boolean) => (comma ? 'komma' : 'punktum');
    for (const p of this.pending) {
      const value = parseNumber(p.text, reading.decimalComma);
      if (value === undefined) {
        drop.add(p.index);
        const e = numberEvidence(p.text);
        const contradicts = reading.shownBy && (e === 'comma' || e === 'point');
        const message = contradicts
          ? `"${p.text.trim().slice(0, 40)}" har ${sign(e === 'comma')} som decimaltegn, men kolonnens tal har ${sign(reading.decimalComma)} (fx "${reading.shownBy!.text}" i række ${reading.shownBy!.row}).`
          : `"${p.text.trim().slice(0, 40)}" er ikke et tal.`;
        this.addErrors([{ row: p.row, column: p.column, message, raw: [] }]);
        continue;
      }
      this.rows[p.index]!.value = value;
      if (numberEvidence(p.text) === 'ambiguous') ambiguous.push({ index: p.index, alternative: parseNumber(p.text, !reading.decimalComma) ?? Number.NaN });
    }
    if (drop.size === 0) return { numbers: { ...reading, indices: Int32Array.from(ambiguous, (a) => a.index), alternatives: Float64Array.from(ambiguous, (a) => a.alternative) }, rows: this.rows };
    // Indices into the rows that are kept: each dropped row before a figure moves it one place up.
    const rows: ImportRow[] = [];
    const newIndex = new Int32Array(this.rows.length);
    this.rows.forEach((r, i) => {
      newIndex[i] = rows.length;
      if (!drop.has(i)) rows.push(r);
    });
    this.outcome.errors.sort((a, b) => a.row - b.row);
    return { numbers: { ...reading, indices: Int32Array.from(ambiguous, (a) => newIndex[a.index]!), alternatives: Float64Array.from(ambiguous, (a) => a.alternative) }, rows };
  }

  finish(): ImportOutcome {
    const detection: Detection = this.detection ?? { format: 'unknown', delimiter: this.delimiter, header: [], columns: null, periodColumns: [], measures: [], decimalComma: false, problem: 'Filen er tom.' };
    if (!detection.problem && this.outcome.rowsRead === 0) detection.problem = 'Filen har kun en overskriftsrække og ingen tal.';
    const { numbers, rows } = this.readPending(detection);
    const raw = toRawColumns(rows, this.dimensionValues.length);
    const dimensions = defaultDimensions(
      (detection.columns?.dimensions ?? []).map((column, i) => {
        const values = [...(this.dimensionValues[i] ?? new Map<string, number>())].map(([value, count]) => ({ value, count }));
        return { column, name: detection.header[column] ?? '', values, total: values.find((v) => isTotalValue(v.value))?.value ?? null };
      }),
    );
    const empty = new Int32Array(0);
    const base: ImportOutcome = {
      ...this.outcome,
      detection,
      numbers,
      source: this.source,
      title: this.titleLines.join(' ').slice(0, 200) || null,
      raw,
      dimensions,
      columns: { dict: raw.dict, area: empty, breakdown: empty, period: empty, value: new Float64Array(0) },
      rowNumbers: empty,
      filteredOut: 0,
      unmapped: [...this.unmapped],
      duplicates: [],
    };
    return shapeImport(base, dimensions.map((d) => d.use));
  }
}

/**
 * What a dimension does until the user says otherwise: a column with one value only filters on
 * it (it names the figures); the first column with several values is the breakdown, its total
 * shown as "I alt"; further columns keep only their total where they have one.
 */
function defaultDimensions(dimensions: Omit<Dimension, 'use'>[]): Dimension[] {
  let breakdownTaken = false;
  return dimensions.map((d) => {
    if (d.values.length === 1) return { ...d, use: { kind: 'filter', value: d.values[0]!.value } };
    if (!breakdownTaken || d.total === null) {
      breakdownTaken = true;
      return { ...d, use: { kind: 'breakdown' } };
    }
    return { ...d, use: { kind: 'filter', value: d.total } };
  });
}

function toRawColumns(rows: ImportRow[], dimensionCount: number): RawColumns {
  const { dict, code } = dictionary();
  const n = rows.length;
  const raw: RawColumns = { dict, area: new Int32Array(n), period: new Int32Array(n), value: new Float64Array(n), dims: Array.from({ length: dimensionCount }, () => new Int32Array(n)), rowNumbers: new Int32Array(n) };
  rows.forEach((r, i) => {
    raw.area[i] = code(r.area);
    raw.period[i] = code(r.period);
    raw.value[i] = r.value ?? Number.NaN;
    raw.rowNumbers[i] = r.row;
    r.dims.forEach((v, k) => (raw.dims[k]![i] = code(v)));
  });
  return raw;
}

/**
 * The figures as the user's dimension choices make them: filters keep only the rows with the
 * chosen value, breakdown columns join into the breakdown (their totals left out, so the total
 * of all of them is "all"), and duplicates are found anew, as a choice can create or remove them.
 */
export function shapeImport(outcome: ImportOutcome, uses: DimensionUse[]): ImportOutcome {
  const dimensions = outcome.dimensions.map((d, i) => ({ ...d, use: uses[i] ?? d.use }));
  if (outcome.detection.format === 'contract') {
    const keys = outcome.contractRows.map((o, index) => ({ area: o.area, indicator: `${o.indicator}|${o.kind}`, breakdown: o.breakdown, period: o.period, value: o.value, row: outcome.contractRowNumbers[index]!, index }));
    return { ...outcome, dimensions, duplicates: findDuplicates(keys) };
  }
  const raw = outcome.raw;
  const dict = [...raw.dict];
  const codeOf = new Map<string, number>();
  const code = (s: string) => {
    let c = codeOf.get(s);
    if (c === undefined) {
      c = dict.length;
      codeOf.set(s, c);
      dict.push(s);
    }
    return c;
  };
  const filters = dimensions.flatMap((d, i) => (d.use.kind === 'filter' ? [{ dim: raw.dims[i]!, value: raw.dict.indexOf(d.use.value) }] : []));
  const splits = dimensions.flatMap((d, i) => (d.use.kind === 'breakdown' ? [raw.dims[i]!] : []));
  const labelOf = new Map<string, number>();
  const breakdownCode = (i: number): number => {
    const key = splits.map((s) => s[i]).join(',');
    let c = labelOf.get(key);
    if (c === undefined) {
      const label = splits.map((s) => raw.dict[s[i]!]!).filter((v) => v !== '' && !isTotalValue(v)).join(' · ') || 'all';
      labelOf.set(key, (c = code(label)));
    }
    return c;
  };
  const n = raw.value.length;
  const keep: number[] = [];
  for (let i = 0; i < n; i++) if (filters.every((f) => f.dim[i] === f.value)) keep.push(i);
  const pick = (col: Int32Array) => Int32Array.from(keep, (i) => col[i]!);
  const columns: ImportColumns = { dict, area: pick(raw.area), period: pick(raw.period), value: Float64Array.from(keep, (i) => raw.value[i]!), breakdown: Int32Array.from(keep, (i) => breakdownCode(i)) };
  const rowNumbers = pick(raw.rowNumbers);
  const keys = Array.from(keep, (_, k) => ({ area: dict[columns.area[k]!]!, indicator: '', breakdown: dict[columns.breakdown[k]!]!, period: dict[columns.period[k]!]!, value: Number.isNaN(columns.value[k]!) ? null : columns.value[k]!, row: rowNumbers[k]!, index: k }));
  return { ...outcome, dimensions, columns, rowNumbers, filteredOut: n - keep.length, duplicates: findDuplicates(keys) };
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

/** Every typed array of an outcome, each once, to transfer from the worker without copying. */
export function outcomeBuffers(o: Pick<ImportOutcome, 'raw' | 'columns' | 'rowNumbers'>): ArrayBuffer[] {
  const arrays = [o.raw.area, o.raw.period, o.raw.value, o.raw.rowNumbers, ...o.raw.dims, o.columns.area, o.columns.breakdown, o.columns.period, o.columns.value, o.rowNumbers];
  return [...new Set(arrays.map((a) => a.buffer as ArrayBuffer))];
}

/**
 * The import with its two-way figures ("2.125") read with the other decimal sign: the user's
 * answer when nothing in the file shows which sign it uses.
 */
export function withOtherDecimalSign(outcome: ImportOutcome): ImportOutcome {
  const value = outcome.raw.value.slice();
  const alternatives = new Float64Array(outcome.numbers.indices.length);
  outcome.numbers.indices.forEach((i, k) => {
    alternatives[k] = value[i]!;
    value[i] = outcome.numbers.alternatives[k]!;
  });
  const numbers = { ...outcome.numbers, decimalComma: !outcome.numbers.decimalComma, alternatives };
  return shapeImport({ ...outcome, numbers, raw: { ...outcome.raw, value } }, outcome.dimensions.map((d) => d.use));
}

/** The first figures exactly as they will be stored, for the preview before saving. */
export function previewRows(outcome: Pick<ImportOutcome, 'detection' | 'contractRows' | 'columns'>, unit: Observation['unit'], count: number): { area: string; period: string; breakdown: string; value: number | null; unit: Observation['unit'] }[] {
  if (outcome.detection.format === 'contract') return outcome.contractRows.slice(0, count).map((o) => ({ area: o.area, period: o.period, breakdown: o.breakdown, value: o.value, unit: o.unit }));
  const c = outcome.columns;
  return Array.from({ length: Math.min(count, c.value.length) }, (_, i) => ({ area: c.dict[c.area[i]!]!, period: c.dict[c.period[i]!]!, breakdown: c.dict[c.breakdown[i]!]!, value: Number.isNaN(c.value[i]!) ? null : c.value[i]!, unit }));
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

/**
 * The unit from what the file says of its figures (the value column's header, the title, a
 * filtered dimension's value) and, when that says nothing, from the figures themselves:
 * fractions up to 100 are a share, larger fractions full-time persons, whole numbers persons.
 */
export function inferUnit(outcome: Pick<ImportOutcome, 'detection' | 'title' | 'dimensions' | 'columns'>): Observation['unit'] {
  const d = outcome.detection;
  const words = [d.columns && d.columns.value >= 0 ? d.header[d.columns.value] : '', outcome.title ?? '', ...outcome.dimensions.flatMap((x) => (x.use.kind === 'filter' ? [x.use.value] : []))].join(' ').toLowerCase();
  // A share of full-time persons is a share: "pct." wins over "fuldtid".
  if (/pct|procent|andel|%|per cent|percent|\bshare\b|\brate\b/.test(words)) return 'pct';
  if (/fuldtid|full-time|fte/.test(words)) return 'fte';
  if (/kr\.|kroner|dkk|beløb|\bkr\b/.test(words)) return 'dkk';
  const values = outcome.columns.value.subarray(0, 5000).filter((v) => !Number.isNaN(v));
  if (values.some((v) => !Number.isInteger(v))) return values.every((v) => Math.abs(v) <= 100) ? 'pct' : 'fte';
  return 'persons';
}

/** A name for the figures from the file itself: its title, the values it is filtered on, the measure. */
export function suggestedLabel(outcome: Pick<ImportOutcome, 'detection' | 'title' | 'dimensions'>, fileName: string): string {
  const d = outcome.detection;
  const measure = d.columns && d.columns.value >= 0 ? (d.header[d.columns.value] ?? '') : '';
  const generic = /^(indhold|value|værdi|antal|\d.*)$/i;
  const parts = [
    outcome.title ?? '',
    ...outcome.dimensions.flatMap((x) => (x.use.kind === 'filter' && !isTotalValue(x.use.value) ? [x.use.value] : [])),
    d.measures.length > 1 && !generic.test(measure) ? measure.replace(/^.*:\s*/, '') : '',
  ].filter((p) => p.trim() !== '');
  return (parts.join(', ') || fileName.replace(/\.[^.]+$/, '')).slice(0, 120);
}

const BINARY_MESSAGE = 'Filen ser ikke ud til at være tekst, Excel (.xlsx) eller JSON. Gem den som CSV fra regnearket og prøv igen.';

/** True when decoded text is JSON rather than CSV. */
export const looksLikeJson = (text: string) => /^\s*[[{]/.test(text.replace(/^\uFEFF/, ''));

/** The pipeline on a table that is already rows of text (JSON and Excel files). */
export function importTable(table: TextTable, resolve: AreaResolver, columns: ColumnMap | null, overrides: Map<string, string>, source: FileSource): ImportOutcome {
  const run = new ImportRun(resolve, '', columns, overrides, source, table.decimalComma);
  run.push(table.title ? [[table.title], table.header, ...table.rows] : [table.header, ...table.rows]);
  return run.finish();
}

/** The whole pipeline on text already in memory (the CLI and tests); the app streams in a worker. */
export function importText(text: string, resolve: AreaResolver, columns: ColumnMap | null = null, overrides = new Map<string, string>(), encoding: TextEncoding = 'utf-8', repair?: FileSource['repair']): ImportOutcome | { failed: string } {
  const clean = text.replace(/^\uFEFF/, '');
  if (clean.trim() === '') return { failed: 'Filen er tom.' };
  if (looksLikeJson(clean)) {
    const table = tableFromJson(clean);
    return 'failed' in table ? table : importTable(table, resolve, columns, overrides, { kind: 'json', encoding, detail: table.shape });
  }
  if (looksBinary(clean)) return { failed: BINARY_MESSAGE };
  const delimiter = detectDelimiter(clean.split(/\r?\n/).filter((l) => l.trim() !== ''));
  const run = new ImportRun(resolve, delimiter, columns, overrides, { kind: 'csv', encoding, detail: null, repair });
  const { records, unclosed } = parseRecords(clean, delimiter);
  run.push(records, unclosed);
  return run.finish();
}
