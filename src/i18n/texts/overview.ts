// The overview page. Danish first; the English has the Danish object's type, so no key is missing.

export const overviewDa = {
  overviewTitle: (area: string) => `Overblik: ${area}`,
  overviewIntro: 'Seneste tal for kommunen og udviklingen siden samme periode året før. Klik på et nøgletal for at se hele udviklingen.',
  newestData: 'Nyeste tal',
  upTo: 'til og med',
  newestMeetings: 'Udvalgsmøder med tal',
  noMeetings: (area: string) => `Vi har ingen udvalgsreferater fra ${area} endnu.`,
  noComparison: 'ingen tal året før',
  percentagePoints: 'procentpoint',
  sinceLastYear: (period: string) => `siden ${period}`,
  cardHint: 'Se udviklingen →',
};

export const overviewEn: typeof overviewDa = {
  overviewTitle: (area: string) => `Overview: ${area}`,
  overviewIntro: 'Newest figures for the municipality and the change since the same period a year before. Click an indicator to see its full trend.',
  newestData: 'Newest figures',
  upTo: 'up to',
  newestMeetings: 'Committee meetings with figures',
  noMeetings: (area: string) => `We have no committee minutes from ${area} yet.`,
  noComparison: 'no figure a year before',
  percentagePoints: 'percentage points',
  sinceLastYear: (period: string) => `since ${period}`,
  cardHint: 'See the trend →',
};
