import { useDeferredValue } from 'react';

/**
 * Data that has just arrived, drawn in the background: the view's first render with it (a chart
 * of a large file, its table) is done by React in slices that never hold the page for long, and
 * the loading state, or the previous chart marked `stale`, stays until it is ready. A change of
 * the view's own choices is drawn at once, so controls, chart and exports always agree. `shown`
 * is never data that is no longer current: null while the data is loading.
 */
export function useBackgroundData<T>(data: T | null): { shown: T | null; stale: boolean } {
  const deferred = useDeferredValue<T | null>(data, null);
  const shown = data === null ? null : deferred;
  return { shown, stale: shown !== data };
}
