// The English beside sources.ts: the type is the Danish texts', so no key is missing. Loaded only for an English page.
import type { sourcesDa } from './sources.ts';

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
