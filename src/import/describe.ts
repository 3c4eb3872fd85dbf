// What the file says of its own figures: their unit and a name for them.
import { type Observation } from '../data/contract.ts';
import { type ImportOutcome, isTotalValue } from './outcome.ts';


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

