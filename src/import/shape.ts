// The figures as the user's choices make them: dimensions as breakdown or filter, duplicates
// kept or rejected, two-way numbers read with the other decimal sign, and the rows as stored.
import { type ColumnarObservations } from '../data/bundle.ts';
import { type Observation } from '../data/contract.ts';
import { type RowError } from './formats.ts';
import { type DimensionUse, type Duplicate, type DuplicateChoice, type ImportColumns, type ImportOutcome, isTotalValue } from './outcome.ts';


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

