// The overview page. Danish first; the English has the Danish object's type, so no key is missing.
import type { Lang } from '../../view/view-spec.ts';

export const overviewDa = {
  overviewTitle: (area: string) => `Overblik: ${area}`,
  overviewIntro: 'Seneste tal for kommunen og udviklingen siden samme periode året før. Klik på et nøgletal for at se hele udviklingen.',
  newestData: 'Nyeste tal',
  upTo: 'til og med',
  newestMeetings: 'Udvalgsmøder med tal',
  noComparison: 'ingen tal året før',
  sinceLastYear: (period: string) => `siden ${period}`,
  cardHint: 'Se udviklingen →',
};

const overviewEn: typeof overviewDa = {
  overviewTitle: (area: string) => `Overview: ${area}`,
  overviewIntro: 'Newest figures for the municipality and the change since the same period a year before. Click an indicator to see its full trend.',
  newestData: 'Newest figures',
  upTo: 'up to',
  newestMeetings: 'Committee meetings with figures',
  noComparison: 'no figure a year before',
  sinceLastYear: (period: string) => `since ${period}`,
  cardHint: 'See the trend →',
};

/** This feature's texts in the view's language; they load with the feature's code, not the first view's. */
export const overviewTexts = (lang: Lang): typeof overviewDa => (lang === 'en' ? overviewEn : overviewDa);
