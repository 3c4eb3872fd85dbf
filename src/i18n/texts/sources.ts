// The sources page. Danish first; the English has the Danish object's type, so no key is missing.

export const sourcesDa = {
  sources: 'Kilder',
  sourcesTitle: 'Kilder',
  sourcesIntro: 'Hvert tal i Kommunetal kommer fra et udvalgsmøde eller en officiel statistiktabel. Her er de alle, med de tal, der er hentet fra hvert møde.',
  meetings: 'Udvalgsmøder',
  officialTables: 'Officielle statistiktabeller',
  figureCount: (figures: number, grants: number) => ` – ${figures} tal${grants ? `, ${grants} ${grants === 1 ? 'bevilling' : 'bevillinger'}` : ''}`,
  figuresFrom: (area: string, date: string) => `Tal fra ${area}, mødet ${date}`,
  openDocument: 'Åbn dokument',
  retrieved: 'hentet',
};

export const sourcesEn: typeof sourcesDa = {
  sources: 'Sources',
  sourcesTitle: 'Sources',
  sourcesIntro: 'Every figure in Kommunetal comes from a committee meeting or an official statistics table. Here they all are, with the figures taken from each meeting.',
  meetings: 'Committee meetings',
  officialTables: 'Official statistics tables',
  figureCount: (figures: number, grants: number) => ` – ${figures} ${figures === 1 ? 'figure' : 'figures'}${grants ? `, ${grants} ${grants === 1 ? 'grant' : 'grants'}` : ''}`,
  figuresFrom: (area: string, date: string) => `Figures from ${area}, meeting of ${date}`,
  openDocument: 'Open document',
  retrieved: 'retrieved',
};
