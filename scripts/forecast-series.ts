// The data folder's monthly series as the forecast commands model them, and the forecaster
// started in Node.
import { readFileSync } from 'node:fs';
import type { Dataset } from '../src/data/dataset.ts';
import { semanticsOf } from '../src/data/semantics.ts';
import { initMstl } from '../src/forecast/mstl.ts';
import { modelSeries, type ModelSeries } from '../src/forecast/series.ts';

export function startForecaster(): void {
  initMstl(readFileSync(new URL('mstl_bg.wasm', import.meta.resolve('@bsull/augurs/mstl'))));
}

/** Monthly levels and shares from the publishers (not ranks, differences or figures from minutes). */
export function forecastIndicators(dataset: Dataset): string[] {
  const official = new Set(dataset.sources.filter((s) => !s.meeting_date).map((s) => s.source_id));
  const withOfficial = new Set(dataset.observations.filter((o) => official.has(o.source_id) && o.kind === 'actual').map((o) => o.indicator));
  return dataset.indicators
    .filter((i) => {
      const s = semanticsOf(i);
      return s.frequency === 'month' && ['level', 'share', 'rate'].includes(s.figure) && withOfficial.has(i.indicator) && i.indicator !== 'befolkning';
    })
    .map((i) => i.indicator);
}

/** Each area's total of the indicator, up to and including `asOf` when given, as a series to model. */
export function areaSeries(dataset: Dataset, indicator: string, asOf: string | null = null): Map<string, ModelSeries> {
  const points = new Map<string, { period: string; value: number | null }[]>();
  for (const o of dataset.observations) {
    if (o.indicator !== indicator || o.breakdown !== 'all' || o.kind !== 'actual') continue;
    if (asOf !== null && o.period > asOf) continue;
    const list = points.get(o.area) ?? [];
    list.push({ period: o.period, value: o.value });
    points.set(o.area, list);
  }
  const out = new Map<string, ModelSeries>();
  for (const [area, list] of points) {
    const s = modelSeries(list);
    if (!('refused' in s)) out.set(area, s);
  }
  return out;
}
