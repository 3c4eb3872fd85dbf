// An imported figure must be possible in the unit it is saved under: a share of 140 % or −20 %,
// or −5 persons, is a rejected row that says why, as in the data folder's own check.
import type { Unit } from '../data/contract.ts';
import { valueProblem } from '../data/sanity.ts';
import type { ImportOutcome } from './outcome.ts';
import type { RowError } from './formats.ts';

/** The outcome with every figure its unit cannot hold moved to the rejected rows. */
export function limitToUnit(outcome: ImportOutcome, unit: Unit): ImportOutcome {
  const rejected: RowError[] = [];
  if (outcome.detection.format === 'contract') {
    const keep = outcome.contractRows.map((o, i) => {
      const problem = valueProblem(o.unit, o.value);
      if (problem) rejected.push({ row: outcome.contractRowNumbers[i]!, column: 'value', message: problem, raw: [] });
      return problem === null;
    });
    if (rejected.length === 0) return outcome;
    return { ...withRejected(outcome, rejected), contractRows: outcome.contractRows.filter((_, i) => keep[i]), contractRowNumbers: outcome.contractRowNumbers.filter((_, i) => keep[i]) };
  }
  const c = outcome.columns;
  const kept: number[] = [];
  c.value.forEach((v, i) => {
    const problem = valueProblem(unit, Number.isNaN(v) ? null : v);
    if (problem) rejected.push({ row: outcome.rowNumbers[i]!, column: outcome.detection.header[outcome.detection.columns?.value ?? -1] ?? 'value', message: problem, raw: [] });
    else kept.push(i);
  });
  if (rejected.length === 0) return outcome;
  const ints = (col: Int32Array) => Int32Array.from(kept, (i) => col[i]!);
  return {
    ...withRejected(outcome, rejected),
    columns: { dict: c.dict, area: ints(c.area), breakdown: ints(c.breakdown), period: ints(c.period), value: Float64Array.from(kept, (i) => c.value[i]!) },
    rowNumbers: ints(outcome.rowNumbers),
  };
}

function withRejected(outcome: ImportOutcome, rejected: RowError[]): ImportOutcome {
  return { ...outcome, errors: [...outcome.errors, ...rejected].sort((a, b) => a.row - b.row), errorCount: outcome.errorCount + rejected.length };
}
