// What an import run hands on: the figures as typed columns, the file's dimensions, its
// rejected rows and duplicates, and how its numbers and text were read.
import { type Observation } from '../data/contract.ts';
import type { TextEncoding } from './decode.ts';
import { type Detection, type NumberReading, type RowError } from './formats.ts';


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

/** A dimension value that sums the others: "I alt", "Total", "Ydelsesgrupper i alt", "Age, total". */
export const isTotalValue = (v: string) => /(^|[\s,])(i alt|total|alle|all)$/i.test(v.trim());

/** Every typed array of an outcome, each once, to transfer from the worker without copying. */
export function outcomeBuffers(o: Pick<ImportOutcome, 'raw' | 'columns' | 'rowNumbers'>): ArrayBuffer[] {
  const arrays = [o.raw.area, o.raw.period, o.raw.value, o.raw.rowNumbers, ...o.raw.dims, o.columns.area, o.columns.breakdown, o.columns.period, o.columns.value, o.rowNumbers];
  return [...new Set(arrays.map((a) => a.buffer as ArrayBuffer))];
}

