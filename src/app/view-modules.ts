// Each view's code is its own chunk, so the landing page does not pay for the others. The entry
// starts importing the URL's view at once (boot.ts), before React has arrived; the app renders
// the view as soon as its code is in. No React here: the entry must not wait for it.
import type { ComponentType } from 'react';
import type { LoadedCore } from '../features/common/queries.ts';
import type { View } from '../view/view-spec.ts';

export type ViewComponent = ComponentType<{ core: LoadedCore }>;

const IMPORTS: Record<View, () => Promise<ViewComponent>> = {
  overview: () => import('../features/overview/overview-view.tsx').then((m) => m.OverviewView),
  report: () => import('../features/report/report-view.tsx').then((m) => m.ReportView),
  trend: () => import('../features/trend/trend-view.tsx').then((m) => m.TrendView),
  compare: () => import('../features/compare/compare-view.tsx').then((m) => m.CompareView),
  map: () => import('../features/map/map-view.tsx').then((m) => m.MapView),
  benchmark: () => import('../features/benchmark/benchmark-view.tsx').then((m) => m.BenchmarkView),
  grants: () => import('../features/grants/grants-view.tsx').then((m) => m.GrantsView),
  sources: () => import('../features/sources/sources-view.tsx').then((m) => m.SourcesView),
  extract: () => import('../features/extract/extract-view.tsx').then((m) => m.ExtractView),
  import: () => import('../features/import/import-view.tsx').then((m) => m.ImportView),
};

type Loading = { readonly component: ViewComponent | null; readonly error: Error | null; readonly promise: Promise<ViewComponent> };
const started = new Map<View, Loading>();
const listeners = new Set<() => void>();

/** Starts loading a view's code (once); a failed load may be tried again. */
export function loadView(view: View): Promise<ViewComponent> {
  let loading = started.get(view);
  if (!loading || loading.error) {
    const promise = IMPORTS[view]();
    // Each change is a new object, so useSyncExternalStore sees it.
    const settle = (next: Partial<Loading>) => {
      started.set(view, { ...started.get(view)!, ...next });
      listeners.forEach((l) => l());
    };
    started.set(view, (loading = { component: null, error: null, promise }));
    promise.then(
      (component) => settle({ component }),
      (error: unknown) => settle({ error: error instanceof Error ? error : new Error(String(error)) }),
    );
  }
  return loading.promise;
}

/** The state of a view's code for useSyncExternalStore: its component once in, or the error that stopped it. */
export function viewModuleState(view: View): Loading | undefined {
  return started.get(view);
}

export function subscribeViewModules(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
