// One import run over a stream of CSV chunks: detection on the first chunk, then conversion.
// Used by the Web Worker and by the CLI, so both read files the same way.
import type { AreaResolver } from '../data/area-names.ts';
import { appendTo } from '../data/append-to.ts';
import { dictionary } from '../data/bundle.ts';
import { observationSchema } from '../data/contract.ts';
import { parseRecords, UNCLOSED_QUOTE } from '../data/parse-csv.ts';
import type { TextEncoding } from './decode.ts';
import { CONTRACT_DEFAULTS, convertRecords, decideNumbers, detectDelimiter, detectFormat, looksBinary, parseNumber, type ColumnMap, type Detection, type ImportRow, type PendingNumber, type RowError } from './formats.ts';
import { tableFromJson, type TextTable } from './json-tables.ts';
import { type Dimension, type FileSource, type ImportNumbers, type ImportOutcome, isTotalValue, type RawColumns } from './outcome.ts';
import { shapeImport } from './shape.ts';


/** What an indicator id in our own format must look like, so a link can name it. */
const INDICATOR_ID = /^[a-z][a-z0-9_]{0,40}$/;

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
      for (const [name, rows] of r.unmapped) appendTo(this.unmapped, name, rows);
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
        appendTo(this.unmapped, o.area, [row]);
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
        const e = p.evidence;
        const contradicts = reading.shownBy && (e === 'comma' || e === 'point');
        const message = contradicts
          ? `"${p.text.trim().slice(0, 40)}" har ${sign(e === 'comma')} som decimaltegn, men kolonnens tal har ${sign(reading.decimalComma)} (fx "${reading.shownBy!.text}" i række ${reading.shownBy!.row}).`
          : `"${p.text.trim().slice(0, 40)}" er ikke et tal.`;
        this.addErrors([{ row: p.row, column: p.column, message, raw: [] }]);
        continue;
      }
      this.rows[p.index]!.value = value;
      if (p.evidence === 'ambiguous') ambiguous.push({ index: p.index, alternative: parseNumber(p.text, !reading.decimalComma) ?? Number.NaN });
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

