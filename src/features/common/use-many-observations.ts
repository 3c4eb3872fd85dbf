import { useQueries, type UseQueryResult } from '@tanstack/react-query';
import { useCallback } from 'react';
import { ObservationTable } from '../../data/table.ts';
import type { LoadedCore } from './queries.ts';
import { observationsQuery, observationUrl } from './queries.ts';
import { breakdownsForView, indicatorFiles, indicatorsForView } from '../../view/view-data.ts';
import type { ViewSpec } from '../../view/view-spec.ts';

/**
 * Every file the view's spec needs, as `indicatorsForView` and `breakdownsForView` list them for
 * the boot preload too; an indicator is in the map once all its files have arrived.
 */
export function useViewData(spec: ViewSpec, core: LoadedCore) {
  const files = indicatorsForView(spec, core).flatMap((indicator) => indicatorFiles(core, indicator, breakdownsForView(spec, core, indicator)).map((file) => ({ indicator, file })));
  const key = files.map((f) => f.file).join('\n');
  // Combined again only when the files or their results change, so the views' models are not rebuilt on every render.
  const combine = useCallback((results: UseQueryResult<ObservationTable>[]) => {
    const byFiles = new Map<string, ObservationTable[] | null>();
    results.forEach((r, i) => {
      const { indicator } = files[i]!;
      const tables = byFiles.get(indicator);
      if (tables === null) return;
      byFiles.set(indicator, r.data ? [...(tables ?? []), r.data] : null);
    });
    const byIndicator = new Map<string, ObservationTable>();
    for (const [indicator, tables] of byFiles) if (tables) byIndicator.set(indicator, ObservationTable.combine(tables));
    return { byIndicator, pending: results.some((r) => r.isPending), failed: [...new Set(results.filter((r) => r.isError).map((r) => r.error?.message ?? ''))] };
  }, [key]);
  return useQueries({ queries: files.map((f) => observationsQuery(observationUrl(core, f.file))), combine });
}
