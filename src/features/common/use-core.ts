import { useQueries, useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useMemo } from 'react';
import { mergeUserData } from '../../import/merge.ts';
import { ObservationTable } from '../../data/table.ts';
import { breakdownsForView, indicatorFiles, POPULATION_INDICATOR } from '../../view/view-data.ts';
import { useSpec } from '../../view/store.ts';
import { coreQuery, observationsQuery, observationUrl, userDatasetsQuery, type LoadedCore } from './queries.ts';

export interface CoreState {
  data: LoadedCore | undefined;
  isPending: boolean;
  isError: boolean;
  error: Error | null;
  refetch: () => Promise<unknown>;
  /** The user's imported datasets are merged in (or there are none to wait for). */
  complete: boolean;
}

/** The bundled data with the user's own imported data merged in (not in frozen embeds). */
export function useCore(): CoreState {
  const pinned = useSpec().data;
  const core = useQuery(coreQuery(pinned));
  const user = useQuery({ ...userDatasetsQuery(), enabled: pinned === null });
  const data = useMemo(() => (core.data && user.data ? mergeUserData(core.data, user.data) : core.data), [core.data, user.data]);
  return { data, isPending: core.isPending, isError: core.isError, error: core.error, refetch: core.refetch, complete: pinned !== null || !user.isPending };
}

/**
 * One indicator's figures as one table, from the files that hold the breakdowns the view reads
 * first (breakdownsForView), or every breakdown with `all`.
 */
export function useObservations(indicator: string | undefined, options: { all?: boolean } = {}) {
  const core = useCore().data;
  const spec = useSpec();
  const files = core && indicator ? indicatorFiles(core, indicator, options.all ? undefined : breakdownsForView(spec, core, indicator)) : [];
  return useQueries({ queries: files.map((f) => observationsQuery(observationUrl(core!, f))), combine: oneTable });
}

/** The files' tables as one, once all are in; pending while any is on its way, failed when one fails. */
function oneTable(results: readonly UseQueryResult<ObservationTable>[]) {
  const error = results.find((r) => r.error)?.error ?? null;
  const ready = results.length > 0 && results.every((r) => r.data);
  return {
    data: ready ? ObservationTable.combine(results.map((r) => r.data!)) : undefined,
    isPending: results.some((r) => r.isPending),
    error,
  };
}

/**
 * The population table, when a view wants it and the data has it: counts are divided by it
 * and averages weighted by it. `ready` is true once it has arrived, or when there is none.
 */
export function usePopulation(core: LoadedCore, wanted: boolean) {
  const available = wanted && core.catalog.some((c) => c.indicator === POPULATION_INDICATOR);
  const population = useObservations(available ? POPULATION_INDICATOR : undefined);
  return { data: population.data, ready: !available || !population.isPending };
}
