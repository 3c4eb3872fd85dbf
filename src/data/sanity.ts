// Sanity rules beyond the contract: plausible values, unique keys, series without holes. They
// run row by row as files are read, so checking national-scale data costs one map of keys, not
// a second copy of every row.
import type { DataError, Observation } from './contract.ts';
import type { Dataset } from './dataset.ts';
import { nextPeriod, parsePeriod } from './period.ts';

export interface LocatedObservation extends Observation {
  file: string;
  row: number;
}

export interface SanityChecker {
  add: (o: Observation, file: string, row: number) => void;
  errors: DataError[];
}

/** Figures before this year are not in any series the app shows; a year like 0000 is a typing error. */
const FIRST_YEAR = 2000;
const COUNT_UNITS = new Set(['persons', 'fte', 'count', 'dkk']);

/** Why a value cannot be a figure of this unit (a share of 140, −2.790 persons, rank 0), or null. */
export function valueProblem(unit: string | undefined, value: number | null): string | null {
  if (value === null || unit === undefined) return null;
  if (unit === 'pct' && (value < 0 || value > 100)) return `En andel skal ligge mellem 0 og 100, men er ${value}.`;
  if (COUNT_UNITS.has(unit) && value < 0) return `Et antal kan ikke være negativt, men er ${value}.`;
  if (unit === 'rank' && (value < 1 || value > 98 || !Number.isInteger(value))) return `En placering skal være et helt tal fra 1 til 98, men er ${value}.`;
  return null;
}

/**
 * With `partition`, every row added has the same indicator and breakdown (the build hands them
 * over a partition at a time), so the keys leave them out: 28 million rows build 28 million keys.
 */
export function sanityChecker(dataset: Pick<Dataset, 'indicators' | 'sources'>, today = new Date().toISOString().slice(0, 10), options: { partition?: boolean } = {}): SanityChecker {
  const errors: DataError[] = [];
  const now = Date.parse(`${today}T00:00:00Z`);
  const units = new Map(dataset.indicators.map((i) => [i.indicator, i.unit]));
  // Official tables are complete series; figures from minutes are sparse by nature.
  const official = new Set(dataset.sources.filter((s) => !s.meeting_date).map((s) => s.source_id));
  const files: string[] = [];
  const fileIndex = new Map<string, number>();
  // Where each key was first seen, as row × 1024 + file index: one number a row.
  const seen = new Map<string, number>();
  const lastPeriod = new Map<string, string>();
  const broken = new Set<string>();
  // A national file repeats a few hundred periods millions of times: each is read once.
  const periods = new Map<string, { start: ReturnType<typeof parsePeriod>; future: boolean; serial: string | null; next: string | null }>();
  const periodOf = (text: string) => {
    let info = periods.get(text);
    if (!info) {
      const p = parsePeriod(text);
      const future = !!p && Date.UTC(p.year, p.month - 1, p.day) > now;
      periods.set(text, (info = { start: p, future, serial: p?.granularity === 'month' || p?.granularity === 'quarter' ? p.granularity : null, next: nextPeriod(text) }));
    }
    return info;
  };
  const add = (o: Observation, file: string, row: number) => {
    let f = fileIndex.get(file);
    if (f === undefined) {
      f = files.push(file) - 1;
      fileIndex.set(file, f);
    }
    const problem = valueProblem(units.get(o.indicator), o.value);
    if (problem) errors.push({ file, row, column: 'value', message: problem });
    const { start, future } = periodOf(o.period);
    if (start && start.year < FIRST_YEAR) {
      errors.push({ file, row, column: 'period', message: `Perioden ${o.period} ligger før ${FIRST_YEAR}; er årstallet skrevet rigtigt?` });
    } else if (future && o.kind === 'actual') {
      // Targets, forecasts and expectations may lie ahead; an actual figure may not.
      errors.push({ file, row, column: 'period', message: `Et faktisk tal kan ikke gælde ${o.period}, som ligger efter i dag (${today}); er det et mål eller en prognose?` });
    }
    const key = options.partition ? `${o.area}|${o.period}|${o.kind}|${o.source_id}` : `${o.area}|${o.indicator}|${o.breakdown}|${o.period}|${o.kind}|${o.source_id}`;
    const first = seen.get(key);
    if (first !== undefined) {
      errors.push({ file, row, column: 'period', message: `Samme tal står også i ${files[first % 1024]}, række ${Math.floor(first / 1024)} (område, nøgletal, fordeling, periode, art og kilde er ens).` });
    } else seen.set(key, row * 1024 + f);
    const p = official.has(o.source_id) && o.kind === 'actual' ? periodOf(o.period) : null;
    // Official monthly and quarterly series come without holes: a missing value is an empty cell.
    if (p?.serial) {
      const series = options.partition ? `${f}|${o.area}|${p.serial}` : `${file}|${o.area}|${o.indicator}|${o.breakdown}|${p.serial}`;
      const previous = lastPeriod.get(series);
      if (previous !== undefined && !broken.has(series) && periodOf(previous).next !== o.period) {
        errors.push({ file, row, column: 'period', message: `Serien springer fra ${previous} til ${o.period}; skriv manglende perioder som tomme værdier.` });
        broken.add(series);
      }
      lastPeriod.set(series, o.period);
    }
  };
  return { add, errors };
}

export function sanityErrors(dataset: Pick<Dataset, 'indicators' | 'sources'>, observations: readonly LocatedObservation[]): DataError[] {
  const checker = sanityChecker(dataset);
  for (const o of observations) checker.add(o, o.file, o.row);
  return checker.errors;
}
