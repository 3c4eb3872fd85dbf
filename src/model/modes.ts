// Which ways of showing an indicator make sense, and why not where they do not: one rule for the
// trend view's modes and the compare and map views' measure, read from the indicator's semantics.
import type { Indicator } from '../data/contract.ts';
import { semanticsOf } from '../data/semantics.ts';
import type { Locale } from '../i18n/locale.ts';
import type { Mode } from '../view/view-spec.ts';

export interface ModeOption {
  mode: Mode;
  available: boolean;
  /** Why the mode is not offered, in words that are true for this indicator. */
  reason: string;
}

/**
 * `populationCovers` says whether the population figures reach the periods and areas shown;
 * per 1.000 needs them. An index needs a level that can be divided by its base: not a rank, a
 * difference that crosses zero, or a figure whose periods are not a series.
 */
export function modeOptions(indicator: Indicator | undefined, populationCovers: boolean, locale: Locale): ModeOption[] {
  const { t } = locale;
  const s = semanticsOf(indicator);
  const per1000 = s.figure === 'rank' ? t.modeNotForRanks : s.figure === 'difference' ? t.modeNotForDifferences : s.figure === 'level' || s.figure === 'money' ? (populationCovers ? '' : t.per1000Unavailable) : t.per1000NotForShares;
  const index = s.figure === 'rank' ? t.modeNotForRanks : s.figure === 'difference' ? t.modeNotForDifferences : '';
  return [
    { mode: 'absolute', available: true, reason: '' },
    { mode: 'per1000', available: per1000 === '', reason: per1000 },
    { mode: 'index', available: index === '', reason: index },
  ];
}

/** The mode the view can show: the spec's when it is available, else the figure as in the source. */
export function effectiveMode(options: readonly ModeOption[], wanted: Mode): Mode {
  return options.find((o) => o.mode === wanted)?.available ? wanted : 'absolute';
}
