import { useQueries } from '@tanstack/react-query';
import type { ObservationTable } from '../../data/table.ts';
import type { LoadedCore } from './queries.ts';
import { observationsQuery } from './queries.ts';
import { indicatorsForView } from '../../view/view-data.ts';
import type { ViewSpec } from '../../view/view-spec.ts';

/** Loads several indicators at once; the map fills in as files arrive. */
function useManyObservations(core: LoadedCore, indicators: readonly string[]) {
  const entries = indicators.map((i) => core.catalog.find((c) => c.indicator === i)).filter((e) => e !== undefined);
  return useQueries({
    queries: entries.map((e) => observationsQuery(e.file.startsWith('idb:') ? e.file : core.base + e.file)),
    combine: (results) => {
      const byIndicator = new Map<string, ObservationTable>();
      results.forEach((r, i) => {
        if (r.data) byIndicator.set(entries[i]!.indicator, r.data);
      });
      return { byIndicator, pending: results.some((r) => r.isPending), failed: results.filter((r) => r.isError).map((r) => r.error?.message ?? '') };
    },
  });
}

/** Every file the view's spec needs, as `indicatorsForView` lists them for the boot preload too. */
export function useViewData(spec: ViewSpec, core: LoadedCore) {
  return useManyObservations(core, indicatorsForView(spec, core));
}
