// What kind of figure an indicator is, read from one place by every model: a level, a share, a
// rank among N (and which end is best), a difference, money; how often it is published; whether
// its breakdowns add up to the total. The catalogue (indicators.csv) says it; imported indicators,
// which do not, get what their unit and periods imply.
import type { BreakdownLabel, Figure, Frequency, Indicator, Observation } from './contract.ts';

export interface Semantics {
  figure: Figure;
  frequency: Frequency;
  /** How many are ranked (98 municipalities); null for figures that are not ranks. */
  rankOf: number | null;
  lowerIsBetter: boolean;
  /** The breakdowns add up to the total ("all"), so a change can be split into their contributions. */
  additive: boolean;
}

const FIGURE_OF_UNIT: Record<Indicator['unit'], Figure> = { persons: 'level', fte: 'level', count: 'level', pct: 'share', pp: 'difference', dkk: 'money', rank: 'rank' };

type SemanticFields = Pick<Indicator, 'unit' | 'lower_is_better'> & Partial<Pick<Indicator, 'figure' | 'frequency' | 'rank_of' | 'additive'>>;

export function semanticsOf(indicator: SemanticFields | undefined): Semantics {
  const unit = indicator?.unit ?? 'count';
  const figure = indicator?.figure || FIGURE_OF_UNIT[unit];
  const rankOf = figure === 'rank' ? Number(indicator?.rank_of) || 98 : null;
  return {
    figure,
    frequency: indicator?.frequency || 'mixed',
    rankOf,
    lowerIsBetter: indicator?.lower_is_better !== 'no',
    additive: indicator?.additive === 'yes',
  };
}

/** English names of breakdown values, keyed by "indicator|breakdown". */
export function breakdownNames(labels: readonly BreakdownLabel[]): Map<string, string> {
  return new Map(labels.map((l) => [`${l.indicator}|${l.breakdown}`, l.label_en]));
}

type Located = { file: string; row: number; column: string; message: string };

/**
 * The catalogue's promises checked against data/: every indicator says what kind of figure it
 * is and how often it comes, and a rank says how many it ranks. Run by check-data, the build and
 * the update.
 */
export function semanticsErrors(indicators: readonly Indicator[]): Located[] {
  const errors: Located[] = [];
  indicators.forEach((i, n) => {
    const row = n + 2;
    if (!i.figure) errors.push({ file: 'indicators.csv', row, column: 'figure', message: `"${i.indicator}" mangler arten af tal (level, share, rate, rank, difference eller money).` });
    if (!i.frequency) errors.push({ file: 'indicators.csv', row, column: 'frequency', message: `"${i.indicator}" mangler hyppigheden (month, quarter, year, window, date eller mixed).` });
    if (i.figure === 'rank' && !i.rank_of) errors.push({ file: 'indicators.csv', row, column: 'rank_of', message: `"${i.indicator}" er en placering og skal sige, blandt hvor mange (fx 98).` });
    if (i.figure && i.figure !== FIGURE_OF_UNIT[i.unit] && !(i.figure === 'rate' && i.unit === 'pct'))
      errors.push({ file: 'indicators.csv', row, column: 'figure', message: `"${i.indicator}": arten "${i.figure}" passer ikke til enheden "${i.unit}".` });
  });
  return errors;
}

/**
 * Breakdown values without an English name. check-data (and so CI) rejects them; the build and
 * the monthly update do not, so a publisher's new category reaches the review as a named gap
 * instead of stopping the update. Until it is named, English shows the Danish value.
 */
export function missingBreakdownNames(labels: readonly BreakdownLabel[], observations: readonly Pick<Observation, 'indicator' | 'breakdown'>[]): Located[] {
  const named = breakdownNames(labels);
  const missing = new Set<string>();
  for (const o of observations) {
    if (o.breakdown !== 'all' && !named.has(`${o.indicator}|${o.breakdown}`)) missing.add(`${o.indicator}|${o.breakdown}`);
  }
  return [...missing].sort().map((key) => {
    const [indicator, breakdown] = key.split('|');
    return { file: 'breakdowns.csv', row: labels.length + 2, column: 'label_en', message: `Fordelingen "${breakdown}" af "${indicator}" har intet engelsk navn; tilføj en række i breakdowns.csv.` };
  });
}
