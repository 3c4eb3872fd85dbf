// STAR's benchmark read from the four bundled tables: per municipality and twelve-month window
// the actual and expected share, the difference and the rank; and the municipalities whose
// expected share is nearest, i.e. those with similar framework conditions.
import type { Observation } from './contract.ts';
import { NATIONAL } from './national.ts';
import type { ObservationTable } from './table.ts';

export const BENCHMARK = {
  share: 'benchmark_andel',
  count: 'benchmark_fuldtid',
  difference: 'benchmark_forskel',
  rank: 'benchmark_placering',
} as const;

export const BENCHMARK_GROUPS = ['all', 'a-dagpenge mv.', 'sygedagpenge mv.', 'kontanthjælp mv.'] as const;

export interface BenchmarkTables {
  share: ObservationTable;
  difference: ObservationTable;
  rank: ObservationTable;
  /** Full-time persons; the view shows them where it has them. */
  count?: ObservationTable;
}

export interface BenchmarkFigure {
  code: string;
  period: string;
  actual: number;
  expected: number;
  /** Actual minus expected share, percentage points, as STAR publishes it. */
  difference: number;
  rank: number | null;
  actualCount: number | null;
  expectedCount: number | null;
  /** The actual share's row, for the source panel. */
  observation: Observation;
}

function valueOf(rows: readonly Observation[], period: string, kind: Observation['kind']): number | null {
  return rows.find((o) => o.period === period && o.kind === kind)?.value ?? null;
}

/** One municipality's benchmark in one window, or null where a part is missing. */
export function benchmarkFigure(tables: BenchmarkTables, code: string, group: string, period: string): BenchmarkFigure | null {
  const share = tables.share.series(code, group);
  const observation = share.find((o) => o.period === period && o.kind === 'actual');
  const actual = observation?.value ?? null;
  const expected = valueOf(share, period, 'expected');
  if (!observation || actual === null || expected === null) return null;
  const count = tables.count?.series(code, group) ?? [];
  return {
    code,
    period,
    actual,
    expected,
    difference: valueOf(tables.difference.series(code, group), period, 'actual') ?? Number((actual - expected).toFixed(2)),
    rank: valueOf(tables.rank.series(code, group), period, 'actual'),
    actualCount: valueOf(count, period, 'actual'),
    expectedCount: valueOf(count, period, 'expected'),
    observation,
  };
}

/** Every municipality with a complete figure in the window. */
export function benchmarkFigures(tables: BenchmarkTables, codes: readonly string[], group: string, period: string): BenchmarkFigure[] {
  return codes.filter((c) => c !== NATIONAL).flatMap((c) => benchmarkFigure(tables, c, group, period) ?? []);
}

/**
 * The municipalities whose expected share is nearest to `code`'s in the same window: the ones
 * STAR's model sees as having similar framework conditions. Ties go to the lower code, so the
 * set is the same on every machine.
 */
export function similarConditions(figures: readonly Pick<BenchmarkFigure, 'code' | 'expected'>[], code: string, count = 5): string[] {
  const own = figures.find((f) => f.code === code);
  if (!own) return [];
  return figures
    .filter((f) => f.code !== code)
    .map((f) => ({ code: f.code, distance: Math.abs(f.expected - own.expected) }))
    .sort((a, b) => a.distance - b.distance || a.code.localeCompare(b.code))
    .slice(0, count)
    .map((f) => f.code);
}

/** The newest window in which the municipality has a complete figure. */
export function latestBenchmarkPeriod(tables: BenchmarkTables, code: string, group = 'all'): string | null {
  const periods = tables.share.periods(group);
  for (let i = periods.length - 1; i >= 0; i--) if (benchmarkFigure(tables, code, group, periods[i]!)) return periods[i]!;
  return null;
}

/** Every municipality's expected share in one window, read from the share table alone. */
export function expectedSharesAt(share: ObservationTable, codes: readonly string[], group: string, period: string): { code: string; expected: number }[] {
  return codes.flatMap((code) => {
    const expected = code === NATIONAL ? null : (share.series(code, group).find((o) => o.period === period && o.kind === 'expected')?.value ?? null);
    return expected === null ? [] : [{ code, expected }];
  });
}
