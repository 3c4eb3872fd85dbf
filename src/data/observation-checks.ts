// The checks one observation row passes before it is kept: the contract's column rules, the
// references into the small files, and (for check-data and builds) the sanity rules. One checker
// serves both routes that read observations: CSV text in memory (parseDataFiles) and the rows the
// build streams out of DuckDB (scripts/partition-data.ts), so both say the same about a row.
import { CONTRACT, observationSchema, readValue, type DataError, type Indicator, type Observation } from './contract.ts';
import type { CoreData } from './dataset.ts';
import { sanityChecker, type SanityChecker } from './sanity.ts';

type Column = (typeof CONTRACT.observations.columns)[number];
const COLUMNS = CONTRACT.observations.columns as readonly Column[];

interface ReferenceSets {
  areas: Set<string>;
  indicators: Map<string, Indicator>;
  sources: Set<string>;
}

function referenceSets(core: Pick<CoreData, 'municipalities' | 'groups' | 'indicators' | 'sources'>): ReferenceSets {
  return {
    areas: new Set([...core.municipalities.map((m) => m.code), ...core.groups.map((g) => g.group_id)]),
    indicators: new Map(core.indicators.map((i) => [i.indicator, i])),
    sources: new Set(core.sources.map((s) => s.source_id)),
  };
}

/** Why a row's references do not resolve, as column and message; null when they do. */
function referenceProblem(o: Observation, refs: ReferenceSets): { column: string; message: string } | null {
  const indicator = refs.indicators.get(o.indicator);
  if (!refs.areas.has(o.area)) return { column: 'area', message: `Området "${o.area}" findes hverken i municipalities.csv eller groups.csv.` };
  if (!indicator) return { column: 'indicator', message: `Indikatoren "${o.indicator}" findes ikke i indicators.csv.` };
  if (!refs.sources.has(o.source_id)) return { column: 'source_id', message: `Kilden "${o.source_id}" findes ikke i sources.csv.` };
  if (indicator.unit !== o.unit) return { column: 'unit', message: `Enheden "${o.unit}" passer ikke til indikatoren "${o.indicator}", som har enheden "${indicator.unit}".` };
  return null;
}

type FieldResult = { ok: true; value: unknown } | { ok: false; messages: string[] };

/**
 * Each column's rule on its own (the contract has no rule across columns), remembered per
 * distinct text: a national file repeats a few hundred periods and codes millions of times.
 */
function fieldReader() {
  const memo = new Map<Column, Map<string, FieldResult>>(COLUMNS.map((c) => [c, new Map()]));
  const MEMO_LIMIT = 50_000;
  return (column: Column, text: string): FieldResult => {
    const seen = memo.get(column)!;
    let result = seen.get(text);
    if (!result) {
      const parsed = observationSchema.shape[column].safeParse(text);
      result = parsed.success ? { ok: true, value: parsed.data } : { ok: false, messages: parsed.error.issues.map((i) => i.message) };
      // Values and quotes are mostly distinct: past the limit they are checked without being remembered.
      if (seen.size < MEMO_LIMIT) seen.set(text, result);
    }
    return result;
  };
}

export interface ObservationChecker {
  /** The row as an observation when it may be kept; its problems go to `errors`. */
  check: (record: Readonly<Record<string, string>>, file: string, row: number) => Observation | null;
  /**
   * Forgets the sanity rules' memory of keys and series. Their keys hold indicator and breakdown,
   * so a reader that hands over rows one indicator and breakdown at a time calls it between them.
   */
  startPartition: () => void;
  /** Every problem found, once all rows have been checked. */
  finish: () => DataError[];
}

/** With `partitioned`, rows come one indicator and breakdown at a time, `startPartition` between them. */
export function observationChecker(core: Pick<CoreData, 'municipalities' | 'groups' | 'indicators' | 'sources'>, options: { sanity?: boolean; partitioned?: boolean } = {}): ObservationChecker {
  const errors: DataError[] = [];
  const refs = referenceSets(core);
  const read = fieldReader();
  const newSanity = () => sanityChecker(core, undefined, { partition: options.partitioned });
  let sanity: SanityChecker | null = options.sanity ? newSanity() : null;
  const check = (record: Readonly<Record<string, string>>, file: string, row: number): Observation | null => {
    const o = {} as Record<Column, unknown>;
    let valid = true;
    for (const column of COLUMNS) {
      // Values are mostly distinct: read directly, and only a bad one through the schema for its message.
      if (column === 'value') {
        const value = readValue(record.value ?? '');
        if (value !== undefined) {
          o.value = value;
          continue;
        }
      }
      const result = read(column, record[column] ?? '');
      if (result.ok) o[column] = result.value;
      else {
        valid = false;
        for (const message of result.messages) errors.push({ file, row, column, message });
      }
    }
    if (!valid) return null;
    const observation = o as Observation;
    sanity?.add(observation, file, row);
    const problem = referenceProblem(observation, refs);
    if (problem) {
      errors.push({ file, row, ...problem });
      return null;
    }
    return observation;
  };
  const startPartition = () => {
    if (!sanity) return;
    errors.push(...sanity.errors);
    sanity = newSanity();
  };
  const finish = () => {
    startPartition();
    return errors;
  };
  return { check, startPartition, finish };
}
