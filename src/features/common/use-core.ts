import { useQuery } from '@tanstack/react-query';
import { useSpec } from '../../view/store.ts';
import { coreQuery, observationsQuery } from './queries.ts';

export function useCore() {
  return useQuery(coreQuery(useSpec().data));
}

export function useObservations(indicator: string | undefined) {
  const core = useCore();
  const entry = core.data?.catalog.find((c) => c.indicator === indicator);
  return useQuery(observationsQuery(entry && core.data ? core.data.base + entry.file : undefined));
}
