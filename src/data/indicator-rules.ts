// One set of rules for what a figure may be compared with, used by every model: which values
// may be ranked, in which direction, how ties read, and when a figure is too small to trust.
import type { Indicator, Unit } from './contract.ts';
import { NATIONAL } from './national.ts';

/** Units that count people or money: they grow with a municipality's size. */
const COUNT_UNITS: readonly Unit[] = ['persons', 'fte', 'count', 'dkk'];

/** Below this many persons a figure is flagged as uncertain. */
const SMALL_NUMBER = 20;

export type Measure = 'value' | 'per1000';

export function isCount(indicator: Pick<Indicator, 'unit'> | undefined): boolean {
  return !!indicator && COUNT_UNITS.includes(indicator.unit);
}

export function lowerIsBetter(indicator: Pick<Indicator, 'lower_is_better'> | undefined): boolean {
  return indicator?.lower_is_better !== 'no';
}

/**
 * Rates, shares and per-1.000 values may be ranked; raw counts may not (that would rank
 * municipalities by size), nor figures that already are ranks.
 */
export function isRankable(indicator: Pick<Indicator, 'unit'> | undefined, measure: Measure): boolean {
  if (!indicator || indicator.unit === 'rank') return false;
  return measure === 'per1000' || !isCount(indicator);
}

export interface Rank {
  /** Competition rank: equal values share the best rank ("1224"). */
  rank: number;
  /** The last rank the tie covers; equals `rank` when the value is not shared. */
  tiedTo: number;
  total: number;
}

/** Ranks among the areas given; rank 1 is the lowest value when lower is better, else the highest. */
export function rankValues(values: ReadonlyMap<string, number | null>, lowerBetter = true): Map<string, Rank> {
  const present = [...values].filter((e): e is [string, number] => e[1] !== null && Number.isFinite(e[1]));
  present.sort((a, b) => (lowerBetter ? a[1] - b[1] : b[1] - a[1]));
  const ranks = new Map<string, Rank>();
  let start = 0;
  while (start < present.length) {
    let end = start;
    while (end + 1 < present.length && present[end + 1]![1] === present[start]![1]) end++;
    for (let i = start; i <= end; i++) ranks.set(present[i]![0], { rank: start + 1, tiedTo: end + 1, total: present.length });
    start = end + 1;
  }
  return ranks;
}

/** Ranks among the 98 municipalities, or nothing when the data covers fewer than nine in ten. */
export function municipalityRanks(values: ReadonlyMap<string, number | null>, municipalityCodes: readonly string[], lowerBetter: boolean): Map<string, Rank> | null {
  const municipal = new Map<string, number | null>();
  for (const code of municipalityCodes) if (code !== NATIONAL) municipal.set(code, values.get(code) ?? null);
  const covered = [...municipal.values()].filter((v) => v !== null).length;
  if (municipal.size === 0 || covered < municipal.size * 0.9) return null;
  return rankValues(municipal, lowerBetter);
}

export function isSmallNumber(count: number | null | undefined): boolean {
  return count !== null && count !== undefined && count >= 0 && count < SMALL_NUMBER;
}
