// The browser tab's title names the view and what it shows, so a bookmark, a tab list or a
// history entry says which page it is: "Udvikling: Herlev, Ballerup – Kommunetal".
import type { CoreData } from '../data/dataset.ts';
import { areaNamesFor, type Locale } from '../i18n/locale.ts';
import type { View, ViewSpec } from '../view/view-spec.ts';
import { nameList } from './missing.ts';

/** Views whose page is about the chosen areas; the others are about all of the data. */
const AREA_VIEWS: ReadonlySet<View> = new Set(['overview', 'report', 'trend', 'compare', 'map', 'benchmark']);

export function pageTitle(spec: ViewSpec, core: Pick<CoreData, 'municipalities' | 'groups'> | null, locale: Locale): string {
  const { t } = locale;
  const view = t.views[spec.view];
  const names = core ? areaNamesFor(core, locale) : null;
  const areas = names && AREA_VIEWS.has(spec.view) ? spec.areas.slice(0, 4).map((a) => names.get(a) ?? a) : [];
  const shown = spec.areas.length > 4 ? [...areas.slice(0, 3), t.andOthers(spec.areas.length - 3)] : areas;
  return `${shown.length ? `${view}: ${nameList(shown, locale)}` : view} – ${t.appName}`;
}
