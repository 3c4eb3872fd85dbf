// Writing contract files the same way for `npm run ingest` and `npm run update`: one sorted file
// per indicator, and shared files (sources, indicators) where only the writer's own rows change.
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTRACT, type Observation } from '../src/data/contract.ts';
import { readCsv } from '../src/data/parse-csv.ts';
import { comparePeriods } from '../src/data/period.ts';
import { toCsv } from '../src/data/write-csv.ts';

export const SOURCE_COLUMNS = [...CONTRACT.sources.columns, 'publisher', 'retrieved', 'usual_delay_days'] as const;
export const INDICATOR_COLUMNS = [...CONTRACT.indicators.columns, 'lower_is_better', 'share_of', 'figure', 'frequency', 'rank_of', 'additive', 'terms_da'] as const;

export function sortObservations(rows: Observation[]): Observation[] {
  return rows.sort(
    (a, b) => a.area.localeCompare(b.area) || a.breakdown.localeCompare(b.breakdown, 'da') || comparePeriods(a.period, b.period) || a.kind.localeCompare(b.kind),
  );
}

/**
 * Replaces `observations/<indicator>.csv` for each of `indicators` with its rows; hand-curated files
 * are left alone. Returns "indicator: rows" lines.
 */
export function writeIndicatorFiles(dataDir: string, indicators: readonly string[], observations: readonly Observation[]): string[] {
  const byIndicator = new Map<string, Observation[]>();
  for (const o of observations) {
    const list = byIndicator.get(o.indicator) ?? [];
    list.push(o);
    byIndicator.set(o.indicator, list);
  }
  const owned = new Set(indicators.map((i) => `${i}.csv`));
  const folder = join(dataDir, 'observations');
  for (const name of readdirSync(folder)) {
    if (owned.has(name)) rmSync(join(folder, name));
  }
  const counts: string[] = [];
  for (const indicator of indicators) {
    const rows = sortObservations(byIndicator.get(indicator) ?? []);
    if (rows.length === 0) continue;
    writeFileSync(join(folder, `${indicator}.csv`), toCsv(CONTRACT.observations.columns, rows));
    counts.push(`${indicator}: ${rows.length}`);
  }
  return counts;
}

/** Replaces the rows this command owns (by key) in a shared file, keeping everyone else's rows first. */
export function mergeOwnedRows<T extends object>(path: string, key: keyof T & string, columns: readonly string[], owned: readonly T[]): void {
  const ownedKeys = new Set(owned.map((r) => String(r[key])));
  const existing = existsSync(path) ? readCsv(readFileSync(path, 'utf8')).records : [];
  const kept = existing.filter((r) => !ownedKeys.has(r[key] ?? '')) as unknown as T[];
  // A column the writer does not set (terms_da, kept by hand) keeps the value it had.
  const before = new Map(existing.map((r) => [r[key] ?? '', r]));
  const merged = owned.map((r) => ({ ...Object.fromEntries(columns.map((c) => [c, before.get(String(r[key]))?.[c]])), ...Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined)) }));
  writeFileSync(path, toCsv(columns as readonly (keyof T & string)[], [...kept, ...(merged as T[])]));
}
