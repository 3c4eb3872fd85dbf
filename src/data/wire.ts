// The bundle's binary form of one partition (obs/<indicator>/<breakdown>.bin): the columns of a
// CompactObservations written one after another, so the browser reads them as typed-array views
// of the downloaded bytes instead of parsing text. Layout, little-endian:
//   8 bytes  "KOMTAL" 0x00 0x01 (format 1)
//   4 bytes  length of the header in bytes
//   header   UTF-8 JSON: indicator, dictionary, row and series counts, and where each column is
//   columns  each at an offset that is a multiple of 8, as its typed array needs
import { MISSING_INT, type CodeColumn, type CompactObservations } from './table.ts';

const MAGIC = [0x4b, 0x4f, 0x4d, 0x54, 0x41, 0x4c, 0x00, 0x01];

type ColumnLayout =
  | { type: 'const'; code: number }
  | { type: 'u8' | 'u16' | 'u32' | 'f64'; offset: number }
  /** Values stored as integers of value × 10^decimals; the smallest int32 marks a missing value. */
  | { type: 'i32'; offset: number; decimals: number };

const CODE_COLUMNS = ['period', 'unit', 'kind', 'source', 'item', 'quote'] as const;
const SERIES_COLUMNS = ['seriesArea', 'seriesBreakdown', 'seriesStart'] as const;

interface Header {
  indicator: string;
  rows: number;
  series: number;
  dict: string[];
  columns: Record<(typeof CODE_COLUMNS)[number] | (typeof SERIES_COLUMNS)[number] | 'value', ColumnLayout>;
}


/** The fewest decimals (at most 6) that hold every value exactly in an int32, or null. */
export function integerDecimals(values: Float64Array): number | null {
  for (let decimals = 0; decimals <= 6; decimals++) {
    const scale = 10 ** decimals;
    let fits = true;
    for (let i = 0; i < values.length && fits; i++) {
      const v = values[i]!;
      if (Number.isNaN(v)) continue;
      const n = Math.round(v * scale);
      fits = Math.abs(n) < 0x7fffffff && n / scale === v;
    }
    if (fits) return decimals;
  }
  return null;
}

const ARRAYS = { u8: Uint8Array, u16: Uint16Array, u32: Uint32Array, f64: Float64Array, i32: Int32Array } as const;

function typeOf(column: Exclude<CodeColumn, number>): 'u8' | 'u16' | 'u32' {
  return column instanceof Uint8Array ? 'u8' : column instanceof Uint16Array ? 'u16' : 'u32';
}

export function encodeTable(c: CompactObservations): Uint8Array {
  const parts: { layout: ColumnLayout; bytes: Uint8Array }[] = [];
  const columns = {} as Header['columns'];
  let offset = 0;
  const place = (name: keyof Header['columns'], layout: ColumnLayout, array?: ArrayBufferView) => {
    columns[name] = layout;
    if (!array || !('offset' in layout)) return;
    layout.offset = offset;
    const bytes = new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
    parts.push({ layout, bytes });
    offset += Math.ceil(bytes.length / 8) * 8;
  };
  for (const name of SERIES_COLUMNS) place(name, { type: 'u32', offset: 0 }, c[name]);
  for (const name of CODE_COLUMNS) {
    const column = c[name];
    if (typeof column === 'number') place(name, { type: 'const', code: column });
    else place(name, { type: typeOf(column), offset: 0 }, column);
  }
  if (c.value instanceof Int32Array) place('value', { type: 'i32', offset: 0, decimals: Math.round(Math.log10(c.valueScale)) }, c.value);
  else {
    const decimals = integerDecimals(c.value);
    if (decimals === null) place('value', { type: 'f64', offset: 0 }, c.value);
    else {
      const scale = 10 ** decimals;
      place('value', { type: 'i32', offset: 0, decimals }, Int32Array.from(c.value, (v) => (Number.isNaN(v) ? MISSING_INT : Math.round(v * scale))));
    }
  }
  const header: Header = { indicator: c.indicator, rows: c.value.length, series: c.seriesArea.length, dict: c.dict, columns };
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
  const dataStart = Math.ceil((12 + headerBytes.length) / 8) * 8;
  const out = new Uint8Array(dataStart + offset);
  out.set(MAGIC, 0);
  new DataView(out.buffer).setUint32(8, headerBytes.length, true);
  out.set(headerBytes, 12);
  for (const { layout, bytes } of parts) out.set(bytes, dataStart + (layout as { offset: number }).offset);
  return out;
}

export class WireFormatError extends Error {}

/** Reads a file written by encodeTable. Every column is a view of `buffer`, not a copy. */
export function decodeTable(buffer: ArrayBuffer, name = 'datafilen'): CompactObservations {
  const fail = (why: string): never => {
    throw new WireFormatError(`${name} kan ikke læses: ${why}.`);
  };
  const bytes = new Uint8Array(buffer);
  if (bytes.length < 12 || MAGIC.some((b, i) => bytes[i] !== b)) fail('den er ikke en Kommunetal-datafil i format 1');
  const headerLength = new DataView(buffer).getUint32(8, true);
  if (12 + headerLength > bytes.length) fail('filen er afkortet');
  let header: Header;
  try {
    header = JSON.parse(new TextDecoder().decode(bytes.subarray(12, 12 + headerLength))) as Header;
  } catch {
    return fail('hovedet er beskadiget');
  }
  const dataStart = Math.ceil((12 + headerLength) / 8) * 8;
  const view = (layout: ColumnLayout | undefined, length: number) => {
    if (!layout || layout.type === 'const' || !(layout.type in ARRAYS)) return fail('en kolonne mangler');
    const Column = ARRAYS[layout.type];
    const start = dataStart + layout.offset;
    if (start % 8 !== 0 || start + length * Column.BYTES_PER_ELEMENT > buffer.byteLength) fail('filen er afkortet');
    return new Column(buffer, start, length);
  };
  const { rows, series } = header;
  const seriesColumn = (name: (typeof SERIES_COLUMNS)[number], length: number) => {
    const v = view(header.columns[name], length);
    return v instanceof Uint32Array ? v : fail(`${name} har forkert type`);
  };
  const seriesStart = seriesColumn('seriesStart', series + 1);
  if (seriesStart[series] !== rows) fail('serierne passer ikke til rækkerne');
  const code = (name: (typeof CODE_COLUMNS)[number]): CodeColumn => {
    const layout = header.columns[name];
    if (layout?.type === 'const') return layout.code;
    const v = view(layout, rows);
    return v instanceof Float64Array || v instanceof Int32Array ? fail(`${name} har forkert type`) : v;
  };
  // Values stored as integers stay so: reading them is a division per value read, not a pass over all.
  const valueLayout = header.columns.value;
  const value = view(valueLayout, rows);
  if (!(value instanceof Float64Array || value instanceof Int32Array) || (valueLayout?.type === 'i32') !== value instanceof Int32Array) fail('værdierne har forkert type');
  const valueScale = valueLayout?.type === 'i32' ? 10 ** valueLayout.decimals : 1;
  return {
    indicator: header.indicator,
    dict: header.dict,
    seriesArea: seriesColumn('seriesArea', series),
    seriesBreakdown: seriesColumn('seriesBreakdown', series),
    seriesStart,
    period: code('period'),
    value: value as Float64Array | Int32Array,
    valueScale,
    unit: code('unit'),
    kind: code('kind'),
    source: code('source'),
    item: code('item'),
    quote: code('quote'),
  };
}
