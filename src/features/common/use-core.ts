import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { mergeUserData } from '../../import/merge.ts';
import { useSpec } from '../../view/store.ts';
import { coreQuery, observationsQuery, userDatasetsQuery, type LoadedCore } from './queries.ts';

export interface CoreState {
  data: LoadedCore | undefined;
  isPending: boolean;
  isError: boolean;
  error: Error | null;
  refetch: () => Promise<unknown>;
}

/** The bundled data with the user's own imported data merged in (not in frozen embeds). */
export function useCore(): CoreState {
  const pinned = useSpec().data;
  const core = useQuery(coreQuery(pinned));
  const user = useQuery({ ...userDatasetsQuery(), enabled: pinned === null });
  const data = useMemo(() => (core.data && user.data ? mergeUserData(core.data, user.data) : core.data), [core.data, user.data]);
  return { data, isPending: core.isPending, isError: core.isError, error: core.error, refetch: core.refetch };
}

export function useObservations(indicator: string | undefined) {
  const core = useCore();
  const entry = core.data?.catalog.find((c) => c.indicator === indicator);
  const file = entry && core.data ? (entry.file.startsWith('idb:') ? entry.file : core.data.base + entry.file) : undefined;
  return useQuery(observationsQuery(file));
}
