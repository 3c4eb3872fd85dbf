import { useQuery } from '@tanstack/react-query';
import { coreQuery, observationsQuery } from './queries';

export function useCore() {
  return useQuery(coreQuery());
}

export function useObservations(indicator: string | undefined) {
  const core = useCore();
  const entry = core.data?.catalog.find((c) => c.indicator === indicator);
  return useQuery(observationsQuery(entry?.file));
}
