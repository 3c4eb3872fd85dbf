import { useQuery } from '@tanstack/react-query';
import type { SeasonalAdjustment } from '../../forecast/seasonal.ts';
import { queryKeys } from '../common/query-keys.ts';
import { workerClient } from '../common/worker-client.ts';
import type { ForecastRequest } from './forecast-request.ts';
import type { SeasonalJob, SeasonalResult } from './seasonal.worker.ts';

const runAdjustment = workerClient<SeasonalJob, SeasonalResult>(() => new Worker(new URL('./seasonal.worker.ts', import.meta.url), { type: 'module' }));

/** The seasonally adjusted series of the request's areas, by area; nothing is fitted while `request` is null. */
export function useSeasonal(request: (Pick<ForecastRequest, 'targets' | 'refused'> & { key: string; share: boolean }) | null) {
  // Fixed by its key (indicator, breakdown, data version) and its areas, as the forecast is.
  return useQuery({
    queryKey: queryKeys.model('seasonal', request?.key ?? '', request?.targets.map((t) => t.area).join('~') ?? ''),
    queryFn: async (): Promise<Map<string, SeasonalAdjustment>> => new Map((await runAdjustment({ targets: request!.targets, share: request!.share })).map((r) => [r.area, r.adjustment])),
    enabled: request !== null && request.targets.length > 0,
    staleTime: Infinity,
    retry: false,
  });
}
