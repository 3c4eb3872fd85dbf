import { useQuery } from '@tanstack/react-query';
import type { ForecastPoint } from '../../forecast/calibration.ts';
import { FORECAST_HORIZON, type ForecastRequest } from './forecast-request.ts';
import type { ForecastJob, ForecastReply } from './forecast.worker.ts';

let worker: Worker | null = null;
let nextId = 0;
const waiting = new Map<number, (reply: ForecastReply) => void>();

/** One worker for every forecast of the session, started by the first: it keeps its calibrations. */
function forecastWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL('./forecast.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<ForecastReply>) => {
      waiting.get(e.data.id)?.(e.data);
      waiting.delete(e.data.id);
    };
  }
  return worker;
}

function runForecast(request: ForecastRequest): Promise<Map<string, ForecastPoint[]>> {
  return new Promise((resolve, reject) => {
    const id = nextId++;
    waiting.set(id, (reply) => ('failed' in reply ? reject(new Error(reply.failed)) : resolve(new Map(reply.forecasts.map((f) => [f.area, f.points])))));
    forecastWorker().postMessage({ id, request, horizon: FORECAST_HORIZON } satisfies ForecastJob);
  });
}

/** The forecasts of the request's areas, by area; nothing is fitted while `request` is null. */
export function useForecast(request: ForecastRequest | null) {
  // The request is fixed by its key (indicator, breakdown, data version) and its areas; hashing its 99 series on every render would cost more than it says.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  return useQuery({
    queryKey: ['forecast', request?.key ?? '', request?.targets.map((t) => t.area).join('~') ?? ''],
    queryFn: () => runForecast(request!),
    enabled: request !== null && request.targets.length > 0,
    staleTime: Infinity,
    retry: false,
  });
}
