// The English beside forecast.ts: the type is the Danish texts', so no key is missing. Loaded only for an English page.
import type { Refusal } from '../../forecast/series.ts';
import type { forecastDa } from './forecast.ts';

export const forecastEn: typeof forecastDa = {
  driversTitle: (area: string, range: string) => `What drove the change? ${area}, ${range}`,
  driversSentence: (indicator: string, area: string, from: string, to: string, change: string, fromValue: string, toValue: string) => `${indicator} in ${area} changed by ${change} from ${from} to ${to} (from ${fromValue} to ${toValue}).`,
  driversNational: (pct: string, change: string, own: string) => `Had it moved as the whole country did (${pct}), the change would have been ${change}; the rest, ${own}, is the area's own.`,
  driversBreakdown: 'Breakdown',
  driversChange: 'Change',
  driversRest: 'Not in any breakdown',
  driversTotal: 'In all',
  forecastModel: 'Forecast (model)',
  forecastToggle: 'Show forecast (model) for the next 12 months',
  forecastLoading: 'Computing the forecast …',
  forecastFailed: (detail: string) => `The forecast could not be computed (${detail}).`,
  forecastUnavailable: {
    figure: 'Forecasts are made for monthly counts and shares; this indicator is neither.',
    mode: 'The forecast is shown on the figures as the source gives them; choose "As in the source".',
    second: 'The forecast is shown for one indicator at a time; remove the second indicator.',
  },
  forecastRefused: (area: string, reason: Refusal) =>
    `No forecast for ${area}: ${reason === 'too-short' ? 'the series has fewer than 36 months' : reason === 'gaps' ? 'the series has months without figures' : 'the figures are not monthly'}.`,
  forecastNote: (last: string) =>
    `Forecast (model): MSTL with AutoETS (augurs) on every month up to ${last}. The bands are calibrated: in a backtest on all municipalities, 80% and 95% of actual figures fell within bands this wide (see README, npm run evaluate).`,
  forecastSource: 'Kommunetal, model (MSTL/AutoETS, augurs), calibrated',
  goalControl: (area: string) => `Target for ${area}`,
  goalValue: 'Level',
  goalMonth: 'Month',
  goalClear: 'Remove the target',
  goalInvalid: 'Write the level as a number, e.g. 450, 4.5 or 4,500.',
  goalLabel: (value: string) => `Target: ${value}`,
  goalChance: (area: string, atLeast: boolean, value: string, month: string, chance: number) =>
    `Chance that ${area} reaches the target (${atLeast ? 'at least' : 'at most'} ${value} in ${month}): ${chance < 0.01 ? 'under 1%' : chance > 0.99 ? 'over 99%' : `${Math.round(chance * 100)}%`}.`,
  goalHow:
    'How it is computed: the share of the model\'s errors in the backtest on all municipalities, the same number of months ahead, that added to the forecast would have reached the target – the same errors the bands are calibrated on.',
  goalPast: (month: string) => `The target in ${month} is not after the latest figure; the figure itself is in the table.`,
  goalOutside: (month: string) => `The target in ${month} lies beyond the forecast's 12 months, so no chance is given for it.`,
  forecastInterval: (lo80: string, hi80: string, lo95: string, hi95: string) => `80%: ${lo80}–${hi80}; 95%: ${lo95}–${hi95}`,
  seasonalModel: 'seasonally adjusted (model)',
  seasonalToggle: 'Also show seasonally adjusted (model)',
  seasonalLoading: 'Computing the seasonal adjustment …',
  seasonalFailed: (detail: string) => `The seasonal adjustment could not be computed (${detail}).`,
  seasonalUnavailable: {
    figure: 'Seasonal adjustment is made for monthly counts and shares; this indicator is neither.',
    mode: 'The seasonal adjustment is shown on the figures as the source gives them; choose "As in the source".',
    second: 'The seasonal adjustment is shown for one indicator at a time; remove the second indicator.',
  },
  seasonalRefused: (area: string, reason: Refusal) =>
    `No seasonal adjustment for ${area}: ${reason === 'too-short' ? 'the series has fewer than 36 months, too few to tell the season from the rest' : reason === 'gaps' ? 'the series has months without figures' : 'the figures are not monthly'}.`,
  seasonalNote: (first: string, last: string) =>
    `Seasonally adjusted (model): the yearly season is estimated with Prophet (augurs) on every month from ${first} to ${last} and taken out of the figures. The dashed line shows where the figures stood without the fixed yearly rhythm; a new month's figure can move the latest months' adjustment a little.`,
  seasonalChange: (area: string, month: string, before: string, change: string, adjusted: string, season: string) =>
    `${area}, ${month}: ${change} from ${before}; seasonally adjusted ${adjusted}. The season alone accounts for ${season} in that month.`,
  seasonalSource: 'Kommunetal, model (Prophet yearly season, augurs)',
  seasonalSeason: (season: string) => `yearly season: ${season}`,
};
