// The forecaster: augurs' MSTL (a yearly season taken out by STL, the rest forecast with AutoETS),
// from WebAssembly. The page loads it in a worker only when a view forecasts; Node reads the
// same .wasm from node_modules.
import { initSync, MSTL } from '@bsull/augurs/mstl';
import type { Forecaster } from './backtest.ts';

/** Starts the WebAssembly module from its bytes (Node, and a worker that has fetched them). */
export function initMstl(wasm: BufferSource): void {
  initSync({ module: wasm });
}

export const mstlForecaster: Forecaster = (values, horizon) => {
  const model = MSTL.ets([12]);
  try {
    model.fit(Float64Array.from(values));
    return model.predict(horizon).point;
  } finally {
    model.free();
  }
};
