// The trend view's forecast: its name, bands, refusals and how it was made. Danish first; the English has the Danish object's type, so no key is missing.
import type { Refusal } from '../../forecast/series.ts';


export const forecastDa = {
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
