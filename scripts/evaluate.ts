// npm run evaluate [-- --indicator ledige]
// Backtests the forecasts the way a reader meets them: for every official monthly indicator and
// every area, forecasts from several origins with bands calibrated only on what was known at each
// origin, then per horizon 1–12: MASE against the seasonal naive forecast (median and quartiles)
// and how often the actual value fell inside the 80 % and 95 % bands.
import { resolve } from 'node:path';
import { backtestForecasts, missesBefore, type BacktestForecast } from '../src/forecast/backtest.ts';
import { calibrate, quantile } from '../src/forecast/calibration.ts';
import { mstlForecaster } from '../src/forecast/mstl.ts';
import { loadDataDir } from './data-dir.ts';
import { areaSeries, forecastIndicators, startForecaster } from './forecast-series.ts';

const HORIZON = 12;
/** Evaluated origins: every fourth month from here to the last that leaves a year to compare. */
const FIRST_EVALUATED = 36;

interface Tally {
  mase: number[][];
  naiveMase: number[][];
  inside80: number[];
  inside95: number[];
  count: number[];
}

function evaluateIndicator(series: { values: number[] }[], tally: Tally) {
  // Every backtest forecast of every area, once: calibration at an origin uses those whose actual month came before it.
  const forecasts: BacktestForecast[][] = series.map((s) => backtestForecasts(s.values, mstlForecaster, HORIZON));
  const n = Math.min(...series.map((s) => s.values.length));
  for (let origin = FIRST_EVALUATED; origin < n; origin += 4) {
    const bands = calibrate(series.flatMap((s, k) => missesBefore(s.values, forecasts[k]!.filter((f) => f.origin < origin), origin)), HORIZON);
    series.forEach((s, k) => {
      const f = forecasts[k]!.find((x) => x.origin === origin);
      if (!f || !(f.scale > 0)) return;
      f.point.forEach((p, i) => {
        const actual = s.values[origin + i];
        const band = bands[i];
        if (actual === undefined || !band) return;
        const naive = s.values[origin - 12 + (i % 12)]!;
        tally.mase[i]!.push(Math.abs(actual - p) / f.scale);
        tally.naiveMase[i]!.push(Math.abs(actual - naive) / f.scale);
        const miss = Math.abs(actual - p) / f.scale;
        tally.inside80[i]! += miss <= band.halfWidth[0.8]! ? 1 : 0;
        tally.inside95[i]! += miss <= band.halfWidth[0.95]! ? 1 : 0;
        tally.count[i]! += 1;
      });
    });
  }
}

function main(argv: string[]) {
  const only = argv.includes('--indicator') ? argv[argv.indexOf('--indicator') + 1] : undefined;
  const { dataset } = loadDataDir(resolve('data'));
  startForecaster();
  const indicators = forecastIndicators(dataset).filter((i) => !only || i === only);
  const tally: Tally = { mase: [], naiveMase: [], inside80: [], inside95: [], count: [] };
  for (let h = 0; h < HORIZON; h++) {
    tally.mase.push([]);
    tally.naiveMase.push([]);
    tally.inside80.push(0);
    tally.inside95.push(0);
    tally.count.push(0);
  }
  const started = performance.now();
  let areas = 0;
  for (const indicator of indicators) {
    const series = [...areaSeries(dataset, indicator).values()];
    areas += series.length;
    process.stderr.write(`${indicator}: ${series.length} områder …\n`);
    if (series.length > 0) evaluateIndicator(series, tally);
  }
  const f = (x: number, d = 2) => x.toLocaleString('da-DK', { minimumFractionDigits: d, maximumFractionDigits: d });
  const pct = (x: number) => `${f(100 * x, 1)} %`;
  process.stdout.write(`\nPrognoser (MSTL + AutoETS fra augurs) med kalibrerede intervaller: ${indicators.length} månedlige nøgletal, ${areas} serier (kommuner og Hele landet), prognoser fra hver fjerde måned fra måned ${FIRST_EVALUATED}; ${f((performance.now() - started) / 1000, 0)} s\n`);
  process.stdout.write(`MASE: prognosens fejl i forhold til seriens gennemsnitlige ændring fra samme måned året før (under 1 = bedre end at gentage sidste års måned)\n\n`);
  process.stdout.write('horisont | MASE median (kvartiler)  | sæson-naiv MASE median | inden for 80 % | inden for 95 % | prognoser\n');
  for (let h = 0; h < HORIZON; h++) {
    const m = tally.mase[h]!;
    const line = [
      String(h + 1).padStart(8),
      `${f(quantile(m, 0.5))} (${f(quantile(m, 0.25))}–${f(quantile(m, 0.75))})`.padEnd(24),
      f(quantile(tally.naiveMase[h]!, 0.5)).padStart(22),
      pct(tally.inside80[h]! / tally.count[h]!).padStart(14),
      pct(tally.inside95[h]! / tally.count[h]!).padStart(14),
      String(tally.count[h]).padStart(9),
    ];
    process.stdout.write(`${line.join(' | ')}\n`);
  }
}

main(process.argv.slice(2));
