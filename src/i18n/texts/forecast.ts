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
};
