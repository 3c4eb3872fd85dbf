import { useState } from 'react';
import { useLocale } from '../../i18n/use-locale.ts';

/**
 * "Henter data …" where the page's content will be: the HTML's frame shows the same, so the page
 * goes from it to the content without anything on screen moving.
 */
export function PageLoading() {
  const t = useLocale().t;
  return (
    <div className="page-status" role="status">
      {t.loading}
    </div>
  );
}

/**
 * True until the view first has something to show (a model or an error): only then does it stand
 * in with PageLoading. Afterwards its controls stay while new data loads, so a menu chosen with the
 * keyboard keeps its place and its focus, and the chart's card says it is loading.
 */
export function useFirstLoad(ready: boolean): boolean {
  const [seen, setSeen] = useState(ready);
  if (ready && !seen) setSeen(true);
  return !seen && !ready;
}
