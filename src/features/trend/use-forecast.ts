import { useQuery } from '@tanstack/react-query';
import type { ForecastPoint } from '../../forecast/calibration.ts';
import { queryKeys } from '../common/query-keys.ts';
import { workerClient } from '../common/worker-client.ts';
import type { ForecastRequest } from './forecast-request.ts';
import type { ForecastJob, ForecastResult } from './forecast.worker.ts';

const FORECAST_HORIZON = 12;

/** One worker for every forecast of the session, started by the first: it keeps its calibrations. */
const runForecast = workerClient<ForecastJob, ForecastResult>(() => new Worker(new URL('./forecast.worker.ts', import.meta.url), { type: 'module' }));

/** The forecasts of the request's areas, by area; nothing is fitted while `request` is null. */
export function useForecast(request: ForecastRequest | null) {
  // The request is fixed by its key (indicator, breakdown, data version) and its areas; hashing its 99 series on every render would cost more than it says.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  return useQuery({
    queryKey: queryKeys.model('forecast', request?.key ?? '', request?.targets.map((t) => t.area).join('~') ?? ''),
    queryFn: async (): Promise<Map<string, ForecastPoint[]>> => new Map((await runForecast({ request: request!, horizon: FORECAST_HORIZON })).map((f) => [f.area, f.points])),
    enabled: request !== null && request.targets.length > 0,
    staleTime: Infinity,
    retry: false,
  });
}
