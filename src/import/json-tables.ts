// JSON as the publishers and we write it, turned into a table (a header and rows of text) that
// the import reads like any CSV: an array (or lines) of row objects, as the Jobindsats API
// returns them and as our contract rows look; a columnar object; and JSON-stat, Danmarks
// Statistik's JSON. Pure, so the command line and `npm run update` can use the same readers.

export interface TextTable {
  header: string[];
  rows: string[][];
  /** What the JSON was, for the user. */
  shape: 'rows' | 'columnar' | 'json-stat' | 'matrix';
  /** The dataset's own title, where it has one. */
  title: string | null;
  /** The decimal sign its typed numbers were written with, or null when every cell was text. */
  decimalComma: boolean | null;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Cells as text. Numbers are written in the same convention as the file's text cells: where
 * text cells use a decimal comma (Jobindsats writes shares as "9,08"), numbers do too, so one
 * reading of the table fits every cell.
 */
export function cellsToText(rows: unknown[][]): { rows: string[][]; decimalComma: boolean | null } {
  let danish = false;
  let typed = false;
  for (const row of rows.slice(0, 200)) for (const c of row) if (typeof c === 'string' && /^-?\d+,\d+$/.test(c.trim())) danish = true;
  const text = (c: unknown): string => {
    if (c === null || c === undefined) return '';
    if (typeof c === 'number') {
      typed = true;
      return Number.isFinite(c) ? (danish ? String(c).replace('.', ',') : String(c)) : '';
    }
    if (c instanceof Date) return c.toISOString().slice(0, 10);
    return typeof c === 'string' ? c : JSON.stringify(c);
  };
  const out = rows.map((r) => r.map(text));
  return { rows: out, decimalComma: danish ? true : typed ? false : null };
}

/** Reads any of the JSON shapes above; a message in plain Danish when it is none of them. */
export function tableFromJson(text: string): TextTable | { failed: string } {
  const clean = text.replace(/^\uFEFF/, '').trim();
  let data: Json;
  try {
    data = JSON.parse(clean) as Json;
  } catch {
    // One object per line (NDJSON): the first line that is not JSON is named.
    const lines = clean.split(/\r?\n/);
    const parsed: Json[] = [];
    for (const [i, line] of lines.entries()) {
      if (line.trim() === '') continue;
      try {
        parsed.push(JSON.parse(line) as Json);
      } catch {
        return { failed: lines.filter((l) => l.trim() !== '').length > 1 ? `Linje ${i + 1} kan ikke læses som JSON (filen ser ud til at have ét objekt pr. linje); ret eller slet linjen.` : 'Filen ligner JSON, men kan ikke læses som JSON. Er den afkortet?' };
      }
    }
    data = parsed;
  }
  if (isObject(data) && isObject(data.dataset)) data = data.dataset;
  if (isObject(data) && isObject(data.dimension) && data.value !== undefined) return jsonStat(data);
  if (Array.isArray(data) && data.length === 1 && isObject(data[0]) && matrixOf(data[0])) return matrixOf(data[0])!;
  if (isObject(data) && matrixOf(data)) return matrixOf(data)!;
  if (Array.isArray(data)) return rowObjects(data);
  if (isObject(data)) {
    for (const key of ['data', 'rows', 'observations', 'Data']) if (Array.isArray(data[key])) return rowObjects(data[key]);
    return columnar(data);
  }
  return { failed: 'JSON-filen indeholder ingen tabel: forventede rækker (en liste af objekter), kolonner eller JSON-stat.' };
}

/** A name from JSON: text as it is, anything else as JSON. */
const scalarText = (v: Json): string => (typeof v === 'string' ? v : JSON.stringify(v));

function rowObjects(items: Json[]): TextTable | { failed: string } {
  const objects = items.filter(isObject);
  if (objects.length === 0) return { failed: 'JSON-listen indeholder ingen rækker med navngivne felter (fx area, period, value).' };
  const header: string[] = [];
  const seen = new Set<string>();
  for (const o of objects.slice(0, 1000)) {
    for (const k of Object.keys(o)) {
      if (seen.has(k)) continue;
      seen.add(k);
      header.push(k);
    }
  }
  return { header, ...cellsToText(objects.map((o) => header.map((k) => o[k]))), shape: 'rows', title: null };
}

/** `{ "area": [...], "period": [...], "value": [...] }`, or our bundle's dictionary-coded form. */
function columnar(o: JsonObject): TextTable | { failed: string } {
  const dict = Array.isArray(o.dict) ? o.dict : null;
  const columns = Object.entries(o).filter(([k, v]) => k !== 'dict' && Array.isArray(v)) as [string, Json[]][];
  const length = columns[0]?.[1].length ?? 0;
  if (columns.length < 2 || columns.some(([, v]) => v.length !== length)) return { failed: 'JSON-objektet skal have lige lange kolonner (fx "area", "period" og "value"), eller være JSON-stat.' };
  const decode = (name: string, v: Json) => (dict && name !== 'value' && typeof v === 'number' ? (dict[v] ?? '') : v);
  const rows = Array.from({ length }, (_, i) => columns.map(([name, v]) => decode(name, v[i]!)));
  return { header: columns.map(([k]) => k), ...cellsToText(rows), shape: 'columnar', title: typeof o.indicator === 'string' ? o.indicator : null };
}

/** A header list and a matrix of rows: `{ "Variables": [...], "Data": [[...]] }` and the like. */
function matrixOf(o: JsonObject): TextTable | null {
  const isList = (v: Json | undefined): v is Json[] => Array.isArray(v);
  const names = [o.Variables, o.variables, o.columns, o.Columns, o.header].find(isList);
  const data = [o.Data, o.data, o.rows].find(isList);
  if (!names || !data || !data.every(Array.isArray)) return null;
  const header = names.map((n) => scalarText(isObject(n) ? (n.Label ?? n.label ?? n.Name ?? n.name ?? n.id ?? '') : n));
  return { header, ...cellsToText(data as Json[][]), shape: 'matrix', title: typeof o.TableName === 'string' ? o.TableName : typeof o.label === 'string' ? o.label : null };
}

/** More figures than a browser tab holds as text rows; Statistikbanken's largest extracts are well below. */
const MAX_JSON_STAT_CELLS = 10_000_000;

/**
 * JSON-stat (version 1 inside `dataset`, or 2.0): one column per dimension, labelled with the
 * dimension's label, then INDHOLD. The time dimension keeps its codes (2023M01), the others
 * their labels (Herlev, Kontanthjælp), which is what the import recognises.
 */
function jsonStat(ds: JsonObject): TextTable | { failed: string } {
  const dimension = isObject(ds.dimension) ? ds.dimension : {};
  const ids = (Array.isArray(ds.id) ? ds.id : Array.isArray(dimension.id) ? dimension.id : []).map(String);
  const sizes = (Array.isArray(ds.size) ? ds.size : Array.isArray(dimension.size) ? dimension.size : []).map(Number);
  if (ids.length === 0 || ids.length !== sizes.length) return { failed: 'JSON-stat-filen mangler dimensionernes id og størrelse.' };
  const role = isObject(ds.role) ? ds.role : isObject(dimension.role) ? dimension.role : {};
  const timeIds = new Set((Array.isArray(role.time) ? role.time : []).map(String));
  const axes = ids.map((id, d) => {
    const dim = isObject(dimension[id]) ? dimension[id] : {};
    const category = isObject(dim.category) ? dim.category : {};
    const index = category.index;
    let codes: string[];
    if (Array.isArray(index)) codes = index.map(String);
    else if (isObject(index)) codes = Object.entries(index).sort((a, b) => Number(a[1]) - Number(b[1])).map(([k]) => k);
    else codes = isObject(category.label) ? Object.keys(category.label) : [];
    const labels = isObject(category.label) ? category.label : {};
    const isTime = timeIds.has(id) || /^(tid|time)$/i.test(id);
    const cells = codes.map((c) => (isTime ? c : scalarText(labels[c] ?? c)));
    return { name: typeof dim.label === 'string' ? dim.label : id, cells, size: sizes[d]! };
  });
  if (axes.some((a) => a.cells.length !== a.size)) return { failed: 'JSON-stat-filens kategorier passer ikke med dens størrelse.' };
  const total = sizes.reduce((a, b) => a * b, 1);
  const value = ds.value;
  // Sizes are checked against the values before anything is allocated: 10.000 × 10.000 declared
  // cells in a 178 kB file would otherwise fill the memory of the tab.
  if (Array.isArray(value) && value.length !== total) return { failed: `JSON-stat-filen lover ${total.toLocaleString('da-DK')} tal, men har ${value.length.toLocaleString('da-DK')}.` };
  if (!Array.isArray(value) && !isObject(value)) return { failed: 'JSON-stat-filen har ingen tal (value).' };
  // A value object holds only the cells that have a figure: those are the rows.
  const cells = Array.isArray(value) ? null : Object.keys(value).map(Number).filter((i) => Number.isInteger(i) && i >= 0 && i < total).sort((a, b) => a - b);
  if ((cells?.length ?? total) > MAX_JSON_STAT_CELLS) return { failed: `JSON-stat-filen har over ${MAX_JSON_STAT_CELLS.toLocaleString('da-DK')} tal; hent den i mindre dele.` };
  const at = (i: number): Json => (Array.isArray(value) ? (value[i] ?? null) : (value[String(i)] ?? null));
  const rows: unknown[][] = [];
  const rowAt = (i: number) => {
    const row: unknown[] = new Array(ids.length + 1);
    for (let d = ids.length - 1, rest = i; d >= 0; d--) {
      row[d] = axes[d]!.cells[rest % sizes[d]!];
      rest = Math.floor(rest / sizes[d]!);
    }
    row[ids.length] = at(i);
    return row;
  };
  if (cells) for (const i of cells) rows.push(rowAt(i));
  else for (let i = 0; i < total; i++) rows.push(rowAt(i));
  const header = [...axes.map((a) => a.name), 'INDHOLD'];
  return { header, ...cellsToText(rows), shape: 'json-stat', title: typeof ds.label === 'string' ? ds.label : null };
}
