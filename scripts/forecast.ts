// npm run forecast -- --area 163 --indicator ledige [--as-of 2025-06] [--horizon 12] [--json]
// One forecast with calibrated 80 % and 95 % intervals, from the data up to --as-of only.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { calibratedForecast } from '../src/forecast/backtest.ts';
import { mstlForecaster } from '../src/forecast/mstl.ts';
import { MIN_MONTHS } from '../src/forecast/series.ts';
import { loadDataDir } from './data-dir.ts';
import { areaSeries, startForecaster } from './forecast-series.ts';

const USAGE = 'Brug: npm run forecast -- --area <kode> --indicator <id> [--as-of ÅÅÅÅ-MM] [--horizon 1-12] [--json]';

export interface ForecastOutput {
  area: string;
  indicator: string;
  asOf: string;
  forecast: { period: string; value: number; lower80: number; upper80: number; lower95: number; upper95: number }[];
}

/** The forecast, or a message saying why there is none. */
export function forecastFor(dataDir: string, args: { area: string; indicator: string; asOf: string | null; horizon: number }): ForecastOutput | { failed: string } {
  const { dataset } = loadDataDir(dataDir);
  if (!dataset.indicators.some((i) => i.indicator === args.indicator)) return { failed: `Nøgletallet ${args.indicator} findes ikke i ${dataDir}.` };
  const all = areaSeries(dataset, args.indicator, args.asOf);
  const target = all.get(args.area);
  if (!target) return { failed: `${args.indicator} for ${args.area} har ikke ${MIN_MONTHS} måneder i træk uden huller${args.asOf ? ` til og med ${args.asOf}` : ''}; der laves ingen prognose.` };
  startForecaster();
  const { forecast } = calibratedForecast(target, [...all.values()], mstlForecaster, args.horizon);
  const round = (v: number) => Math.round(v * 100) / 100;
  return { area: args.area, indicator: args.indicator, asOf: target.periods.at(-1)!, forecast: forecast.map((f) => ({ period: f.period, value: round(f.value), lower80: round(f.lower80), upper80: round(f.upper80), lower95: round(f.lower95), upper95: round(f.upper95) })) };
}

function main(argv: string[]): number {
  const value = (flag: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const area = value('--area');
  const indicator = value('--indicator');
  const asOf = value('--as-of') ?? null;
  const horizon = Number(value('--horizon') ?? 12);
  if (!area || !indicator || (asOf !== null && !/^\d{4}-\d{2}$/.test(asOf)) || !Number.isInteger(horizon) || horizon < 1 || horizon > 12) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const out = forecastFor(resolve('data'), { area, indicator, asOf, horizon });
  if ('failed' in out) {
    process.stderr.write(`Fejl: ${out.failed}\n`);
    return 1;
  }
  if (argv.includes('--json')) process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  else {
    process.stdout.write(`Prognose (model) for ${indicator}, område ${area}, fra data til og med ${out.asOf}:\n`);
    for (const f of out.forecast) process.stdout.write(`  ${f.period}: ${f.value}  (80 %: ${f.lower80}–${f.upper80}; 95 %: ${f.lower95}–${f.upper95})\n`);
  }
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exit(main(process.argv.slice(2)));
