import { useSyncExternalStore } from 'react';

/** Phones: one column, a menu for the views, the controls folded behind a summary. */
export const PHONE = '(max-width: 640px)';

/** Whether a media query matches now, followed as the window changes. */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const m = matchMedia(query);
      m.addEventListener('change', onChange);
      return () => m.removeEventListener('change', onChange);
    },
    () => matchMedia(query).matches,
    () => false,
  );
}
