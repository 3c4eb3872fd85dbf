// Each view's code is its own chunk, so the landing page does not pay for the others. The entry
// starts importing the URL's view at once (boot.ts); React's lazy() waits on the same import.
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { LoadedCore } from '../features/common/queries.ts';
import { VIEWS, type View } from '../view/view-spec.ts';

type ViewComponent = ComponentType<{ core: LoadedCore }>;

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

const started = new Map<View, Promise<ViewComponent>>();

/** Starts loading a view's code (once); a failed load may be tried again. */
export function loadView(view: View): Promise<ViewComponent> {
  let loading = started.get(view);
  if (!loading) {
    loading = IMPORTS[view]();
    started.set(view, loading);
    loading.catch(() => started.delete(view));
  }
  return loading;
}

export const VIEW_COMPONENTS = Object.fromEntries(VIEWS.map((view) => [view, lazy(() => loadView(view).then((component) => ({ default: component })))])) as Record<View, LazyExoticComponent<ViewComponent>>;
