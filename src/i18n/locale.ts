// What a model needs to speak the view's language: the texts and the number and date formats.
import type { CoreData } from '../data/dataset.ts';
import { NATIONAL } from '../data/national.ts';
import { formatFor, type Format } from '../format/format.ts';
import type { Lang } from '../view/view-spec.ts';
import { da, type Texts } from './texts.ts';

export interface Locale extends Format {
  t: Texts;
  indicatorLabel: (indicator: { label_da: string; label_en: string }) => string;
}

const cache = new Map<Lang, Locale>();
const loaded: Partial<Record<Lang, Texts>> = { da };
const listeners = new Set<() => void>();
let english: Promise<void> | undefined;

/** Loads a language's shared texts. The English are a chunk of their own, so a Danish page never fetches them. */
export function loadTexts(lang: Lang): Promise<void> {
  if (loaded[lang]) return Promise.resolve();
  english ??= import('./texts-en.ts').then((m) => {
    loaded.en = m.en;
    for (const listener of listeners) listener();
  });
  return english;
}

export function textsLoaded(lang: Lang): boolean {
  return !!loaded[lang];
}

/** Called once when texts that were not loaded arrive. */
export function onTextsLoaded(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * The locale of a language whose texts are loaded. The app loads a language before it shows it; were
 * one asked for first (a link followed before its texts arrived), the Danish locale stands in, whole,
 * until they are in, never Danish words among English numbers.
 */
export function localeFor(lang: Lang): Locale {
  const shown = loaded[lang] ? lang : 'da';
  let l = cache.get(shown);
  if (!l) {
    const t = loaded[shown]!;
    l = { ...formatFor(shown), t, indicatorLabel: (i) => (shown === 'en' && i.label_en ? i.label_en : i.label_da) };
    cache.set(shown, l);
  }
  return l;
}

/** Display names for every area a view can show, Hele landet in the view's language. */
export function areaNamesFor(core: Pick<CoreData, 'municipalities' | 'groups'>, locale: Locale): Map<string, string> {
  const names = new Map<string, string>();
  for (const m of core.municipalities) names.set(m.code, m.code === NATIONAL ? locale.t.national : m.name);
  for (const g of core.groups) names.set(g.group_id, g.name);
  return names;
}

export interface AreaOption {
  code: string;
  name: string;
  kind: 'national' | 'group' | 'municipality';
}

/** Every area a menu offers: Hele landet, then the groups, then the municipalities by name. */
export function areaOptions(core: Pick<CoreData, 'municipalities' | 'groups'>, locale: Locale, include: { national?: boolean; groups?: boolean } = {}): AreaOption[] {
  const byName = (a: AreaOption, b: AreaOption) => locale.collator.compare(a.name, b.name);
  const national: AreaOption[] = include.national === false ? [] : [{ code: NATIONAL, name: locale.t.national, kind: 'national' }];
  const groups = include.groups === false ? [] : [...new Map(core.groups.map((g) => [g.group_id, g.name]))].map(([code, name]): AreaOption => ({ code, name, kind: 'group' })).sort(byName);
  const municipalities = core.municipalities.filter((m) => m.code !== NATIONAL).map((m): AreaOption => ({ code: m.code, name: m.name, kind: 'municipality' })).sort(byName);
  return [...national, ...groups, ...municipalities];
}

/** The current choice in one line, for the phone's summary of the controls: "Herlev, Ballerup · Ledighed · aug. 2021 – jul. 2026". */
export function choicesLine(locale: Locale, parts: { areas?: string[]; indicator?: string; period?: string; extra?: string }): string {
  const areas = parts.areas ?? [];
  const shown = areas.length > 3 ? `${areas.slice(0, 2).join(', ')} ${locale.t.andMore(areas.length - 2)}` : areas.join(', ');
  return [shown, parts.indicator, parts.period, parts.extra].filter(Boolean).join(' · ');
}

const withFeature = new WeakMap<object, object>();

/** The shared texts together with one feature's own (texts/report.ts …), in the locale's language; merged once per feature and language. */
export function textsWith<F extends object>(locale: Locale, feature: (lang: Lang) => F): Texts & F {
  const own = feature(locale.lang);
  let texts = withFeature.get(own) as (Texts & F) | undefined;
  if (!texts) {
    texts = { ...locale.t, ...own };
    withFeature.set(own, texts);
  }
  return texts;
}
