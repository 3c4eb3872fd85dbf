// Sanity rules beyond the contract: plausible values, unique keys, series without holes.
import type { DataError, Observation } from './contract.ts';
import type { Dataset } from './dataset.ts';
import { nextPeriod, parsePeriod } from './period.ts';

export interface LocatedObservation extends Observation {
  file: string;
  row: number;
}

export function sanityErrors(dataset: Pick<Dataset, 'indicators' | 'sources'>, observations: readonly LocatedObservation[]): DataError[] {
  const errors: DataError[] = [];
  const units = new Map(dataset.indicators.map((i) => [i.indicator, i.unit]));
  // Official tables are complete series; figures from minutes are sparse by nature.
  const official = new Set(dataset.sources.filter((s) => !s.meeting_date).map((s) => s.source_id));
  const seen = new Map<string, LocatedObservation>();
  const series = new Map<string, LocatedObservation[]>();
  for (const o of observations) {
    const unit = units.get(o.indicator);
    if (o.value !== null && unit === 'pct' && (o.value < 0 || o.value > 100)) {
      errors.push({ file: o.file, row: o.row, column: 'value', message: `En andel skal ligge mellem 0 og 100, men er ${o.value}.` });
    }
    if (o.value !== null && unit === 'rank' && (o.value < 1 || o.value > 98 || !Number.isInteger(o.value))) {
      errors.push({ file: o.file, row: o.row, column: 'value', message: `En placering skal være et helt tal fra 1 til 98, men er ${o.value}.` });
    }
    const key = [o.area, o.indicator, o.breakdown, o.period, o.kind, o.source_id].join('|');
    const first = seen.get(key);
    if (first) {
      errors.push({ file: o.file, row: o.row, column: 'period', message: `Samme tal står også i ${first.file}, række ${first.row} (område, nøgletal, fordeling, periode, art og kilde er ens).` });
    } else seen.set(key, o);
    const p = parsePeriod(o.period);
    if (official.has(o.source_id) && o.kind === 'actual' && p && (p.granularity === 'month' || p.granularity === 'quarter')) {
      const k = `${o.file}|${o.area}|${o.indicator}|${o.breakdown}|${p.granularity}`;
      const list = series.get(k) ?? [];
      list.push(o);
      series.set(k, list);
    }
  }
  // Official monthly and quarterly series come without holes: a missing value is an empty cell.
  for (const list of series.values()) {
    for (let i = 1; i < list.length; i++) {
      const expected = nextPeriod(list[i - 1]!.period);
      if (list[i]!.period !== expected) {
        const o = list[i]!;
        errors.push({ file: o.file, row: o.row, column: 'period', message: `Serien springer fra ${list[i - 1]!.period} til ${o.period}; skriv manglende perioder som tomme værdier.` });
        break;
      }
    }
  }
  return errors;
}
