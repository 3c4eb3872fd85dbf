// npm run evaluate [-- --indicator ledige]
// Backtests the forecasts the way a reader meets them: for every official monthly indicator and
// every area, forecasts from several origins with bands calibrated only on what was known at each
// origin, then per horizon 1–12: MASE against the seasonal naive forecast (median and quartiles)
// and how often the actual value fell inside the 80 % and 95 % bands; and whether the chance of
// reaching a target that the trend view states comes true as often as it says.
import { resolve } from 'node:path';
import { backtestForecasts, missesBefore, type BacktestForecast } from '../src/forecast/backtest.ts';
import { calibrate, chanceOfTarget, quantile } from '../src/forecast/calibration.ts';
import { mstlForecaster } from '../src/forecast/mstl.ts';
import { calendarPattern, initProphet, prophetSeasonFitter, seasonallyAdjust } from '../src/forecast/seasonal.ts';
import { readFileSync } from 'node:fs';
import { optimizer } from '@bsull/augurs-prophet-wasmstan';
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
  /** Stated chances of reaching a target against how often it was reached, by tenth of stated chance. */
  chances: { stated: number; reached: number; count: number }[];
}

/** Targets around each forecast, in units of its series' scale: below, at and above the point. */
const TARGET_OFFSETS = [-1.5, -0.75, 0, 0.75, 1.5];

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
        if (i >= 6) return;
        for (const offset of TARGET_OFFSETS) {
          const target = p + offset * f.scale;
          const chance = chanceOfTarget(p, f.scale, band, target, false);
          const bin = tally.chances[Math.min(9, Math.floor(chance * 10))]!;
          bin.stated += chance;
          bin.reached += actual <= target ? 1 : 0;
          bin.count += 1;
        }
      });
    });
  }
}

function main(argv: string[]) {
  const only = argv.includes('--indicator') ? argv[argv.indexOf('--indicator') + 1] : undefined;
  const { dataset } = loadDataDir(resolve('data'));
  startForecaster();
  const indicators = forecastIndicators(dataset).filter((i) => !only || i === only);
  const tally: Tally = { mase: [], naiveMase: [], inside80: [], inside95: [], count: [], chances: Array.from({ length: 10 }, () => ({ stated: 0, reached: 0, count: 0 })) };
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
  process.stdout.write('\nSandsynlighed for at nå et mål, 1–6 måneder frem (mål 1,5, 0,75 og 0 skalaer under og over prognosen): sagt mod sket\n\n');
  process.stdout.write('sagt      | sagt i gennemsnit | nået | mål\n');
  tally.chances.forEach((b, k) => {
    if (b.count === 0) return;
    process.stdout.write(`${`${k * 10}–${k * 10 + 10} %`.padEnd(9)} | ${pct(b.stated / b.count).padStart(17)} | ${pct(b.reached / b.count).padStart(7)} | ${String(b.count).padStart(6)}\n`);
  });
}

/**
 * Seasonal adjustment, measured two ways per indicator over every area: how much calendar pattern
 * is left in the month-to-month changes (calendarPattern, before and after), and how much the
 * latest month's adjusted change moves when a further year of figures arrives (the revision a
 * reader meets), against the typical size of an adjusted change.
 */
function evaluateSeasonal(argv: string[]) {
  const only = argv.includes('--indicator') ? argv[argv.indexOf('--indicator') + 1] : undefined;
  const { dataset } = loadDataDir(resolve('data'));
  initProphet(readFileSync(new URL('prophet_bg.wasm', import.meta.resolve('@bsull/augurs/prophet'))));
  const fit = prophetSeasonFitter(optimizer);
  const f = (x: number, d = 2) => x.toLocaleString('da-DK', { minimumFractionDigits: d, maximumFractionDigits: d });
  process.stdout.write('\nSæsonkorrektion (Prophet-årssæson fra augurs): kalendermønster i månedsændringerne (spredningen af de 12 kalendermåneders gennemsnitlige ændring i forhold til en gennemsnitlig ændring; 0 = ingen fast årsrytme) og revision af den seneste måneds korrigerede ændring, når et år mere kommer til (median, i forhold til en typisk korrigeret ændring)\n\n');
  process.stdout.write('nøgletal                          | serier | mønster før | mønster efter | revision | ms pr. serie\n');
  for (const indicator of forecastIndicators(dataset).filter((i) => !only || i === only)) {
    const series = [...areaSeries(dataset, indicator).values()];
    // Indicators published only by breakdown have no total series to adjust here.
    if (series.length === 0) continue;
    const share = !['level'].includes(dataset.indicators.find((i) => i.indicator === indicator)?.figure ?? 'level');
    const before: number[] = [];
    const after: number[] = [];
    const revisions: number[] = [];
    const started = performance.now();
    for (const s of series) {
      const full = seasonallyAdjust(s, fit, share);
      before.push(calendarPattern(s.periods, s.values));
      after.push(calendarPattern(full.periods, full.adjusted));
      if (s.values.length < 48) continue;
      const cut = s.values.length - 12;
      const early = seasonallyAdjust({ periods: s.periods.slice(0, cut), values: s.values.slice(0, cut) }, fit, share);
      const typical = quantile(full.adjusted.slice(1).map((v, i) => Math.abs(v - full.adjusted[i]!)), 0.5);
      const change = (a: number[]) => a[cut - 1]! - a[cut - 2]!;
      if (typical > 0) revisions.push(Math.abs(change(early.adjusted) - change(full.adjusted)) / typical);
    }
    const ms = (performance.now() - started) / Math.max(1, series.length + revisions.length);
    process.stdout.write(`${indicator.padEnd(33)} | ${String(series.length).padStart(6)} | ${f(quantile(before, 0.5)).padStart(11)} | ${f(quantile(after, 0.5)).padStart(13)} | ${(revisions.length ? f(quantile(revisions, 0.5)) : '–').padStart(8)} | ${f(ms, 0).padStart(12)}\n`);
  }
}

const args = process.argv.slice(2);
if (!args.includes('--seasonal-only')) main(args);
evaluateSeasonal(args);
