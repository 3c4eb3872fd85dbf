// Derived state of the trend chart (no JSX): which series, in which mode, titled how.
import type { CoreBundle } from '../data/bundle.ts';
import type { Indicator, Observation } from '../data/contract.ts';
import { areaNames } from '../data/labels.ts';
import type { ObservationTable } from '../data/table.ts';
import {
  chartRows,
  indexSeries,
  perThousandSeries,
  populationLookup,
  type ChartRow,
  type Series,
} from '../data/series.ts';
import { formatPeriod } from '../format/format.ts';
import { indicatorLabel, texts } from '../i18n/texts.ts';
import type { ViewSpec } from '../view/view-spec.ts';
import { areaColours } from './palette.ts';
import { sourceLineFor } from './source-line.ts';
import type { ChartSeries } from './trend-chart.tsx';

export interface TrendModel {
  indicator: Indicator | undefined;
  series: Series[];
  rows: ChartRow[];
  chartSeries: ChartSeries[];
  title: string;
  subtitle: string;
  unitLabel: string;
  valueSuffix: string;
  decimals: number;
  per1000Available: boolean;
  per1000Reason: string;
  sourceLine: string;
  isEmpty: boolean;
}

export function breakdownLabel(breakdown: string): string {
  return breakdown === 'all' ? texts().breakdownAll : breakdown;
}

export function trendModel(
  core: CoreBundle,
  observations: ObservationTable,
  population: readonly Observation[] | undefined,
  spec: ViewSpec,
): TrendModel {
  const t = texts();
  const indicator = core.indicators.find((i) => i.indicator === spec.indicator);
  const names = areaNames(core);
  const base = observations.forView(spec);
  const shareLike = indicator ? indicator.unit === 'pct' || indicator.unit === 'rank' : false;
  const lookup = population ? populationLookup(population) : null;
  const covered = !!lookup && base.length > 0 && base.every((s) => s.points.some((p) => lookup(s.area, p.period) !== null));
  const per1000Available = !shareLike && covered;
  const per1000Reason = shareLike ? t.per1000NotForShares : t.per1000Unavailable;
  const mode = spec.mode === 'per1000' && !per1000Available ? 'absolute' : spec.mode;

  let series = base;
  if (mode === 'index') series = indexSeries(base, spec.base);
  else if (mode === 'per1000' && lookup) series = perThousandSeries(base, lookup);

  const rows = chartRows(series);
  const colours = areaColours(spec.areas);
  const chartSeries: ChartSeries[] = series.map((s) => ({
    key: s.key,
    name: names.get(s.area) ?? s.area,
    colour: colours.get(s.area) ?? '#555',
    kind: s.kind,
    sparse: s.points.length < rows.length,
  }));

  const unitName = indicator ? t.units[indicator.unit] : '';
  const basePeriod = spec.base ?? rows[0]?.period;
  const unitLabel =
    mode === 'index' ? t.indexUnit(basePeriod ? formatPeriod(basePeriod) : '') : mode === 'per1000' ? t.per1000Unit(unitName) : unitName;
  const first = rows[0]?.period;
  const last = rows[rows.length - 1]?.period;
  const range = first && last ? (first === last ? formatPeriod(first) : `${formatPeriod(first)} – ${formatPeriod(last)}`) : '';
  const subtitle = [unitLabel, breakdownLabel(spec.breakdown), range].filter(Boolean).join(' · ');

  const sourceLine = sourceLineFor(core, series.flatMap((s) => s.points.map((p) => p.observation.source_id)));

  const valueSuffix = mode === 'absolute' && indicator?.unit === 'pct' ? ' %' : '';
  const decimals = mode === 'absolute' && indicator && ['persons', 'fte', 'count', 'dkk', 'rank'].includes(indicator.unit) ? 0 : 1;
  return {
    indicator,
    series,
    rows,
    chartSeries,
    title: indicator ? indicatorLabel(indicator) : spec.indicator,
    subtitle,
    unitLabel,
    valueSuffix,
    decimals: mode === 'per1000' ? 2 : decimals,
    per1000Available,
    per1000Reason,
    sourceLine,
    isEmpty: rows.length === 0,
  };
}
