import { useSyncExternalStore } from 'react';

/** Phones: one column, a menu for the views, the controls folded behind a summary. */
export const PHONE = '(max-width: 640px)';
/** A touch screen with no mouse: hints speak of tapping and pinching, not of pointing and keys. */
export const TOUCH = '(hover: none) and (pointer: coarse)';

/** One MediaQueryList per query: asking the browser anew on every render costs a style check each time. */
const lists = new Map<string, MediaQueryList>();
const listFor = (query: string) => lists.get(query) ?? lists.set(query, matchMedia(query)).get(query)!;

/** Whether a media query matches now, followed as the window changes. */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const m = listFor(query);
      m.addEventListener('change', onChange);
      return () => m.removeEventListener('change', onChange);
    },
    () => listFor(query).matches,
    () => false,
  );
}
