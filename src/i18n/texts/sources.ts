// The sources page. The Danish texts, whose type the English (sources.en.ts) must match.

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
