// A breakdown value as the reader's language names it: Danish values are the data's own, English
// names come from breakdowns.csv; "all" is the total in either language.
import type { CoreData } from '../data/dataset.ts';
import type { Locale } from '../i18n/locale.ts';
import { breakdownNames } from '../data/semantics.ts';

const cache = new WeakMap<readonly object[], Map<string, string>>();

function englishNames(labels: CoreData['breakdownLabels']): Map<string, string> {
  let names = cache.get(labels);
  if (!names) cache.set(labels, (names = breakdownNames(labels)));
  return names;
}

export function breakdownLabel(core: Pick<CoreData, 'breakdownLabels'>, indicator: string, breakdown: string, locale: Locale): string {
  if (breakdown === 'all') return locale.t.breakdownAll;
  if (locale.lang !== 'en') return breakdown;
  return englishNames(core.breakdownLabels ?? []).get(`${indicator}|${breakdown}`) ?? breakdown;
}
