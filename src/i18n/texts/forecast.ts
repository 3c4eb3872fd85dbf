// The trend view's answers: the forecast (its name, bands, refusals, how it was made) and what drove a change. The Danish texts, whose type the English (forecast.en.ts) must match.
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
  goalControl: (area: string) => `Mål for ${area}`,
  goalValue: 'Niveau',
  goalMonth: 'Måned',
  goalClear: 'Fjern målet',
  goalInvalid: 'Skriv niveauet som et tal, fx 450, 4,5 eller 4.500.',
  goalLabel: (value: string) => `Mål: ${value}`,
  goalChance: (area: string, atLeast: boolean, value: string, month: string, chance: number) =>
    `Sandsynlighed for, at ${area} når målet (${atLeast ? 'mindst' : 'højst'} ${value} i ${month}): ${chance < 0.01 ? 'under 1 %' : chance > 0.99 ? 'over 99 %' : `${Math.round(chance * 100)} %`}.`,
  goalHow:
    'Sådan er den beregnet: andelen af modellens fejl i tilbageregningen på alle kommuner, samme antal måneder frem, der lagt til prognosen ville have nået målet – de samme fejl, som båndene er kalibreret på.',
  goalPast: (month: string) => `Målet i ${month} ligger ikke efter det seneste tal; tallet selv står i tabellen.`,
  goalOutside: (month: string) => `Målet i ${month} ligger uden for prognosens 12 måneder, så der gives ingen sandsynlighed for det.`,
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
