import { useQuery } from '@tanstack/react-query';
import type { ForecastPoint } from '../../forecast/calibration.ts';
import { queryKeys } from '../common/query-keys.ts';
import { workerClient } from '../common/worker-client.ts';
import type { ForecastRequest } from './forecast-request.ts';
import type { ForecastJob, ForecastResult } from './forecast.worker.ts';

const FORECAST_HORIZON = 12;

/** One worker for every forecast of the session, started by the first: it keeps its calibrations. */
const runForecast = workerClient<ForecastJob, ForecastResult>(() => new Worker(new URL('./forecast.worker.ts', import.meta.url), { type: 'module' }));

export interface Forecasts {
  byArea: Map<string, ForecastPoint[]>;
  /** The chance of reaching the request's target; null where its month is not forecast, undefined without a target. */
  chance?: number | null;
}

/** The forecasts of the request's areas, by area; nothing is fitted while `request` is null. */
export function useForecast(request: ForecastRequest | null) {
  // The request is fixed by its key (indicator, breakdown, data version) and its areas; hashing its 99 series on every render would cost more than it says.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  return useQuery({
    queryKey: queryKeys.model('forecast', request?.key ?? '', request?.targets.map((t) => t.area).join('~') ?? '', request?.goal ? `${request.goal.value}~${request.goal.at}` : ''),
    queryFn: async (): Promise<Forecasts> => {
      const result = await runForecast({ request: request!, horizon: FORECAST_HORIZON });
      return { byArea: new Map(result.map((f) => [f.area, f.points])), chance: result.find((f) => f.chance !== undefined)?.chance };
    },
    enabled: request !== null && request.targets.length > 0,
    staleTime: Infinity,
    retry: false,
  });
}
