// Comparisons at one period: ranks among the municipalities and benchmark-group averages.
import type { GroupMember, Indicator, Observation } from './contract.ts';
import { NATIONAL } from './national.ts';

/**
 * Competition ranking ("1224"): equal values share a rank, missing values get none.
 * Rank 1 is the lowest value when lower is better (the default), else the highest.
 */
export function rankValues(values: ReadonlyMap<string, number | null>, lowerIsBetter = true): Map<string, number> {
  const present = [...values].filter((e): e is [string, number] => e[1] !== null && Number.isFinite(e[1]));
  present.sort((a, b) => (lowerIsBetter ? a[1] - b[1] : b[1] - a[1]));
  const ranks = new Map<string, number>();
  present.forEach(([code, value], i) => {
    const prev = present[i - 1];
    ranks.set(code, prev && prev[1] === value ? ranks.get(prev[0])! : i + 1);
  });
  return ranks;
}

export interface GroupAverage {
  groupId: string;
  value: number | null;
  members: number;
  membersWithData: number;
  weighted: boolean;
}

/**
 * The average of a group's members. Weighted by population when weights are given (a share
 * averaged over people), otherwise a plain mean of the members' values. Members without a
 * value are left out and counted, so a reader can see how complete the average is.
 */
export function groupAverage(
  groupId: string,
  groups: readonly GroupMember[],
  values: ReadonlyMap<string, number | null>,
  weights?: ReadonlyMap<string, number | null>,
): GroupAverage {
  const members = groups.filter((g) => g.group_id === groupId).map((g) => g.member_code);
  let sum = 0;
  let weightSum = 0;
  let n = 0;
  for (const code of members) {
    const v = values.get(code);
    if (v === null || v === undefined) continue;
    const w = weights ? weights.get(code) : 1;
    if (w === null || w === undefined) continue;
    sum += v * w;
    weightSum += w;
    n++;
  }
  return { groupId, value: n > 0 && weightSum > 0 ? sum / weightSum : null, members: members.length, membersWithData: n, weighted: !!weights };
}

/** Values of one indicator and breakdown at one period, by area (actuals only). */
export function valuesAt(observations: readonly Observation[], breakdown: string, period: string): Map<string, number | null> {
  const values = new Map<string, number | null>();
  for (const o of observations) {
    if (o.breakdown === breakdown && o.period === period && o.kind === 'actual') values.set(o.area, o.value);
  }
  return values;
}

export function lowerIsBetter(indicator: Indicator | undefined): boolean {
  return indicator?.lower_is_better !== 'no';
}

/** Ranks among the 98 municipalities, or nothing when the data does not cover them all. */
export function municipalityRanks(values: ReadonlyMap<string, number | null>, municipalityCodes: readonly string[], lowerBetter: boolean): Map<string, number> | null {
  const municipal = new Map<string, number | null>();
  for (const code of municipalityCodes) {
    if (code === NATIONAL) continue;
    municipal.set(code, values.get(code) ?? null);
  }
  const covered = [...municipal.values()].filter((v) => v !== null).length;
  if (covered < municipal.size * 0.9) return null;
  return rankValues(municipal, lowerBetter);
}
