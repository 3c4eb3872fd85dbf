import { useEffect, useSyncExternalStore } from 'react';
import { loadTexts, localeFor, onTextsLoaded, textsLoaded, textsWith, type Locale } from './locale.ts';
import type { Texts } from './texts.ts';
import type { Lang } from '../view/view-spec.ts';
import { useSpec } from '../view/store.ts';

/** Texts and formats in the view's language; a language not yet loaded is loaded, and the view drawn again in it. */
export function useLocale(): Locale {
  const lang = useSpec().lang;
  const ready = useSyncExternalStore(onTextsLoaded, () => textsLoaded(lang));
  useEffect(() => {
    if (!ready) void loadTexts(lang);
  }, [ready, lang]);
  return localeFor(lang);
}

/** The shared texts and one feature's own, in the view's language. */
export function useTexts<F extends object>(feature: (lang: Lang) => F): Texts & F {
  return textsWith(useLocale(), feature);
}
