// What several views draw alike: the series as drawn, bars at one period, the breakdown a view
// can show, and the note on the population used for figures per 1.000.
import type { Kind, Observation } from '../data/contract.ts';
import { periodTime } from '../data/period.ts';
import type { ObservationTable } from '../data/table.ts';
import type { Marker } from '../format/palette.ts';
import type { Locale } from '../i18n/locale.ts';

/**
 * Comparisons at one month use the newest population there is; where that is older than the
 * month, a note says which month it is from.
 */
export function populationNote(population: ObservationTable | undefined, period: string | null, used: boolean, locale: Locale): string[] {
  if (!population || !period || !used) return [];
  const last = population.latestPeriodOf('000', 'all');
  return last && periodTime(last) < periodTime(period) ? [locale.t.populationFrom(locale.period(last, true))] : [];
}

export interface DrawnSeries {
  key: string;
  area: string;
  name: string;
  colour: string;
  kind: Kind;
  /** Drawn as points: figures from minutes, or a series with gaps. */
  sparse: boolean;
  /** A dash of its own: the second indicator's lines. */
  dash?: string;
  /** A model's line made from another series (seasonally adjusted): thinner, and no end label of its own beside the series'. */
  derived?: boolean;
  /** The area's shape on its line and in the legend, so lines differ by more than colour. */
  marker?: Marker;
  /** A series with a figure drawn as a span: marks at the span's two ends and a dot at each of its other points, none between. */
  marks?: { spanEnds: number[]; points: number[] };
}

/** A measure with one period only: bars per breakdown (or per area), one bar per area. */
export interface BarGroup {
  key: string;
  label: string;
  values: { key: string; value: number | null; observation: Observation | null }[];
}

