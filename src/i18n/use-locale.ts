import { localeFor, type Locale } from './locale.ts';
import { useSpec } from '../view/store.ts';

/** Texts and formats in the view's language. */
export function useLocale(): Locale {
  return localeFor(useSpec().lang);
}
