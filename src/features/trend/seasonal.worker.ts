// Seasonal adjustment in a worker: Prophet's WebAssembly and its Stan optimizer (2,3 MB) load only
// when a trend view asks for the adjusted line.
import init from '@bsull/augurs/prophet';
import { prophetSeasonFitter, seasonallyAdjust, type SeasonalAdjustment } from '../../forecast/seasonal.ts';
import type { ModelSeries } from '../../forecast/series.ts';
import { answerJobs } from '../common/worker-client.ts';

export interface SeasonalJob {
  targets: { area: string; series: ModelSeries }[];
  /** A share is kept within 0–100 after the season is taken out. */
  share: boolean;
}

export type SeasonalResult = { area: string; adjustment: SeasonalAdjustment }[];

// The optimizer compiles its WebAssembly with compileStreaming and no fallback, which a host serving
// .wasm as application/octet-stream would stop; its files are given the type they have.
const fetchAsServed = self.fetch.bind(self);
self.fetch = async (input, init) => {
  const response = await fetchAsServed(input, init);
  if (!/\.wasm$/.test(new URL(response.url).pathname) || response.headers.get('Content-Type') === 'application/wasm') return response;
  return new Response(response.body, { status: response.status, headers: { 'Content-Type': 'application/wasm' } });
};

// The optimizer's module awaits its WebAssembly at the top level; imported statically, it would hold
// back this module, and a request posted meanwhile would find no one listening and be lost.
const ready = Promise.all([init(), import('@bsull/augurs-prophet-wasmstan')]);

answerJobs<SeasonalJob, SeasonalResult>(async ({ targets, share }) => {
  const [, { optimizer }] = await ready;
  const fit = prophetSeasonFitter(optimizer);
  return targets.map((t) => ({ area: t.area, adjustment: seasonallyAdjust(t.series, fit, share) }));
});
