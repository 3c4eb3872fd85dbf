import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { mergeUserData } from '../../import/merge.ts';
import { POPULATION_INDICATOR } from '../../view/view-data.ts';
import { useSpec } from '../../view/store.ts';
import { coreQuery, observationsQuery, userDatasetsQuery, type LoadedCore } from './queries.ts';

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

export function useObservations(indicator: string | undefined) {
  const core = useCore();
  const entry = core.data?.catalog.find((c) => c.indicator === indicator);
  const file = entry && core.data ? (entry.file.startsWith('idb:') ? entry.file : core.data.base + entry.file) : undefined;
  return useQuery(observationsQuery(file));
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
