// The map: playing through months, zooming and finding a municipality. Danish first; the English has the Danish object's type, so no key is missing.
import type { Lang } from '../../view/view-spec.ts';

export const mapDa = {
  play: '▶ Afspil månederne',
  pause: '❚❚ Pause',
  mapHint: 'Peg på en kommune for at se tallet; klik for at vælge den.',
  mapHintTouch: 'Tryk på en kommune for at se tallet og vælge den.',
  zoomTo: 'Zoom til',
  zoomIn: 'Zoom ind',
  zoomOut: 'Zoom ud',
  zoomReset: 'Vis hele landet igen',
  chosenMunicipalities: 'Valgte kommuner',
  findMunicipality: 'Find kommune',
  noMunicipalityFound: (q: string) => `Ingen kommune hedder "${q}".`,
  mapKeys: 'Piletaster flytter kortet, + og − zoomer, Ctrl + hjul zoomer med musen.',
  mapKeysTouch: 'Knib med to fingre for at zoome, træk for at flytte kortet; knapperne + og − zoomer også.',
  capitalInset: 'Hovedstadsområdet',
  mapEmpty: 'Nøgletallet har ingen tal for kommunerne i den valgte periode.',
  mapLabel: (title: string, subtitle: string) => `Danmarkskort: ${title}, ${subtitle}. Hver kommune kan vælges.`,
};

const mapEn: typeof mapDa = {
  play: '▶ Play the months',
  pause: '❚❚ Pause',
  mapHint: 'Point at a municipality to see its figure; click to choose it.',
  mapHintTouch: 'Tap a municipality to see its figure and choose it.',
  zoomTo: 'Zoom to',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  zoomReset: 'Show the whole country again',
  chosenMunicipalities: 'Chosen municipalities',
  findMunicipality: 'Find municipality',
  noMunicipalityFound: (q: string) => `No municipality is called "${q}".`,
  mapKeys: 'Arrow keys move the map, + and − zoom, Ctrl + wheel zooms with the mouse.',
  mapKeysTouch: 'Pinch with two fingers to zoom, drag to move the map; the + and − buttons zoom too.',
  capitalInset: 'Capital area',
  mapEmpty: 'The indicator has no figures for the municipalities in the chosen period.',
  mapLabel: (title: string, subtitle: string) => `Map of Denmark: ${title}, ${subtitle}. Each municipality can be chosen.`,
};

/** This feature's texts in the view's language; they load with the feature's code, not the first view's. */
export const mapTexts = (lang: Lang): typeof mapDa => (lang === 'en' ? mapEn : mapDa);
