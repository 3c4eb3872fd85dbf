// Comparisons across areas at one period, shared by the compare view, the map and the report:
// the values in a comparable measure, their ranks and benchmark-group averages.
import type { GroupMember, Indicator } from './contract.ts';
import { isCount, isRankable, lowerIsBetter, municipalityRanks, type Measure, type Rank } from './indicator-rules.ts';
import { NATIONAL } from './national.ts';
import type { PopulationLookup } from './series.ts';

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

export interface Comparison {
  measure: Measure;
  /** Values in the measure compared, by area (municipalities and Hele landet). */
  values: Map<string, number | null>;
  /** The values as the source gives them. */
  raw: Map<string, number | null>;
  population: Map<string, number | null>;
  /** Population to weigh averages by: the period's, or the newest before it. */
  weights: Map<string, number | null>;
  ranks: Map<string, Rank> | null;
  lowerBetter: boolean;
  rankable: boolean;
}

/**
 * Values of every area at one period in a measure that can be compared between municipalities
 * of different size: per 1.000 inhabitants for counts when asked and population is there.
 */
export function compareAt(raw: ReadonlyMap<string, number | null>, period: string, indicator: Indicator | undefined, wantPer1000: boolean, population: PopulationLookup | null, municipalityCodes: readonly string[]): Comparison {
  const pop = new Map<string, number | null>();
  const weights = new Map<string, number | null>();
  if (population) {
    for (const area of raw.keys()) {
      pop.set(area, population(area, period));
      weights.set(area, population(area, period, true));
    }
  }
  const per1000 = wantPer1000 && isCount(indicator) && [...pop.values()].some((v) => v !== null);
  const measure: Measure = per1000 ? 'per1000' : 'value';
  const values = new Map<string, number | null>();
  for (const [area, v] of raw) {
    const p = pop.get(area);
    values.set(area, !per1000 ? v : v !== null && p ? (v / p) * 1000 : null);
  }
  const rankable = isRankable(indicator, measure);
  const lowerBetter = lowerIsBetter(indicator);
  const ranks = rankable ? municipalityRanks(values, municipalityCodes.filter((c) => c !== NATIONAL), lowerBetter) : null;
  return { measure, values, raw: new Map(raw), population: pop, weights, ranks, lowerBetter, rankable };
}

/** Why a municipality has no value in a comparison: the source has no figure, or no population to divide by. */
export interface MissingArea {
  code: string;
  reason: 'source' | 'population';
}

/** The municipalities a comparison leaves out, each with its reason, so none is dropped without a word. */
export function missingAreas(c: Comparison, municipalityCodes: readonly string[]): MissingArea[] {
  const missing: MissingArea[] = [];
  for (const code of municipalityCodes) {
    if (code === NATIONAL || (c.values.get(code) ?? null) !== null) continue;
    missing.push({ code, reason: (c.raw.get(code) ?? null) === null ? 'source' : 'population' });
  }
  return missing;
}

/**
 * A group's figure in the measure compared: shares and per-1.000 values averaged with the
 * members' population as weights (when known), counts summed.
 */
export function groupFigure(groupId: string, groups: readonly GroupMember[], c: Comparison, indicator: Indicator | undefined): GroupAverage & { how: 'weighted' | 'unweighted' | 'sum' } {
  if (isCount(indicator) && c.measure === 'value') {
    const members = groups.filter((g) => g.group_id === groupId).map((g) => g.member_code);
    const present = members.map((m) => c.raw.get(m)).filter((v): v is number => v !== null && v !== undefined);
    return { groupId, value: present.length ? present.reduce((a, b) => a + b, 0) : null, members: members.length, membersWithData: present.length, weighted: false, how: 'sum' };
  }
  const weighted = [...c.weights.values()].some((v) => v !== null);
  const avg = groupAverage(groupId, groups, c.values, weighted ? c.weights : undefined);
  return { ...avg, how: weighted ? 'weighted' : 'unweighted' };
}
