// What drove a change: for an indicator whose breakdowns add up to its total, each breakdown's
// part of the change between two periods; and how much of an area's change the national trend
// explains (the change the area would have had, had it moved as the whole country did). Pure.
import { NATIONAL } from '../data/national.ts';
import type { ObservationTable } from '../data/table.ts';

interface Part {
  breakdown: string;
  from: number;
  to: number;
  change: number;
}

export interface Contributions {
  area: string;
  from: string;
  to: string;
  total: Part;
  /** Each breakdown's change; with `rest` they add up to the total change. */
  parts: Part[];
  /** What the breakdowns leave unexplained (0 where they add up, as they should). */
  rest: number;
  /** The change had the area moved by the national percentage; null for Hele landet or without national figures. */
  national: { change: number; pct: number } | null;
}

/** The contributions to the change of `area` from `from` to `to`, or null where a figure is missing at either end. */
export function contributions(table: ObservationTable, area: string, breakdowns: readonly string[], from: string, to: string): Contributions | null {
  const at = (a: string, b: string, p: string) => table.observationAt(a, b, p)?.value ?? null;
  const part = (a: string, b: string): Part | null => {
    const f = at(a, b, from);
    const t = at(a, b, to);
    return f === null || t === null ? null : { breakdown: b, from: f, to: t, change: t - f };
  };
  const total = part(area, 'all');
  if (!total) return null;
  const parts = breakdowns.filter((b) => b !== 'all').map((b) => part(area, b));
  if (parts.some((p) => p === null)) return null;
  const known = parts as Part[];
  const rest = total.change - known.reduce((s, p) => s + p.change, 0);
  const nation = area === NATIONAL ? null : part(NATIONAL, 'all');
  const national = nation && nation.from !== 0 ? { pct: (100 * nation.change) / nation.from, change: (total.from * nation.change) / nation.from } : null;
  return { area, from, to, total, parts: known.sort((a, b) => Math.abs(b.change) - Math.abs(a.change)), rest, national };
}
