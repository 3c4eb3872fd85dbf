// The trend view's answers: the forecast (its name, bands, refusals, how it was made) and what drove a change. Danish first; the English has the Danish object's type, so no key is missing.
import type { Refusal } from '../../forecast/series.ts';


export const forecastDa = {
  driversTitle: (area: string, range: string) => `Hvad drev ændringen? ${area}, ${range}`,
  driversSentence: (indicator: string, area: string, from: string, to: string, change: string, fromValue: string, toValue: string) => `${indicator} i ${area} ændrede sig med ${change} fra ${from} til ${to} (fra ${fromValue} til ${toValue}).`,
  driversNational: (pct: string, change: string, own: string) => `Havde området fulgt hele landet (${pct}), var ændringen ${change}; resten, ${own}, er områdets egen.`,
  driversBreakdown: 'Fordeling',
  driversChange: 'Ændring',
  driversRest: 'Ikke i nogen fordeling',
  driversTotal: 'I alt',
  forecastModel: 'Prognose (model)',
  forecastToggle: 'Vis prognose (model) for de næste 12 måneder',
  forecastLoading: 'Beregner prognosen …',
  forecastFailed: (detail: string) => `Prognosen kunne ikke beregnes (${detail}).`,
  forecastUnavailable: {
    figure: 'Prognoser laves for månedlige antal og andele; dette nøgletal er ikke et af dem.',
    mode: 'Prognosen vises på tallene, som kilden giver dem; vælg "Som i kilden".',
    second: 'Prognosen vises for ét nøgletal ad gangen; fjern det andet nøgletal.',
  },
  forecastRefused: (area: string, reason: Refusal) =>
    `Ingen prognose for ${area}: ${reason === 'too-short' ? 'serien har færre end 36 måneder' : reason === 'gaps' ? 'serien har måneder uden tal' : 'tallene er ikke månedlige'}.`,
  forecastNote: (last: string) =>
    `Prognose (model): MSTL med AutoETS (augurs) på alle måneder til og med ${last}. Båndene er kalibrerede: i en tilbageregning på alle kommuner lå 80 % og 95 % af de faktiske tal inden for bånd så brede (se README, npm run evaluate).`,
  forecastSource: 'Kommunetal, model (MSTL/AutoETS, augurs), kalibreret',
  forecastInterval: (lo80: string, hi80: string, lo95: string, hi95: string) => `80 %: ${lo80}–${hi80}; 95 %: ${lo95}–${hi95}`,
  seasonalModel: 'sæsonkorrigeret (model)',
  seasonalToggle: 'Vis også sæsonkorrigeret (model)',
  seasonalLoading: 'Beregner sæsonkorrektionen …',
  seasonalFailed: (detail: string) => `Sæsonkorrektionen kunne ikke beregnes (${detail}).`,
  seasonalUnavailable: {
    figure: 'Sæsonkorrektion laves for månedlige antal og andele; dette nøgletal er ikke et af dem.',
    mode: 'Sæsonkorrektionen vises på tallene, som kilden giver dem; vælg "Som i kilden".',
    second: 'Sæsonkorrektionen vises for ét nøgletal ad gangen; fjern det andet nøgletal.',
  },
  seasonalRefused: (area: string, reason: Refusal) =>
    `Ingen sæsonkorrektion for ${area}: ${reason === 'too-short' ? 'serien har færre end 36 måneder, så sæsonen kan ikke skilles fra resten' : reason === 'gaps' ? 'serien har måneder uden tal' : 'tallene er ikke månedlige'}.`,
  seasonalNote: (first: string, last: string) =>
    `Sæsonkorrigeret (model): årssæsonen er anslået med Prophet (augurs) på alle måneder fra ${first} til ${last} og trukket fra tallene. Den stiplede linje viser, hvor tallene lå uden den faste årsrytme; en ny måneds tal kan flytte de seneste måneders korrektion en smule.`,
  seasonalChange: (area: string, month: string, before: string, change: string, adjusted: string, season: string) =>
    `${area}, ${month}: ${change} fra ${before}; sæsonkorrigeret ${adjusted}. Sæsonen alene giver ${season} i den måned.`,
  seasonalSource: 'Kommunetal, model (Prophet-årssæson, augurs)',
  seasonalSeason: (season: string) => `årssæson: ${season}`,
};

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
    `Forecast (model): MSTL with AutoETS (augurs) on every month up to ${last}. The bands are calibrated: in a backtest on all municipalities, 80 % and 95 % of actual figures fell within bands this wide (see README, npm run evaluate).`,
  forecastSource: 'Kommunetal, model (MSTL/AutoETS, augurs), calibrated',
  forecastInterval: (lo80: string, hi80: string, lo95: string, hi95: string) => `80 %: ${lo80}–${hi80}; 95 %: ${lo95}–${hi95}`,
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
