// Generates a synthetic dataset of national shape in the contract format, for the benchmark
// only: 99 areas x benefit groups x 240 months. Every figure is made up and labelled so.
import { copyFileSync, mkdirSync, rmSync, writeFileSync, createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { CONTRACT } from '../src/data/contract.ts';
import type { ColumnarObservations } from '../src/data/bundle.ts';
import { codeAt, valueAt, type CompactObservations } from '../src/data/table.ts';
import { loadDataDir } from './data-dir.ts';

export const BENCH_INDICATOR = 'syntetisk_ydelser';
export const BENEFIT_GROUPS = ['a-dagpenge', 'kontanthjælp', 'uddannelseshjælp', 'sygedagpenge', 'jobafklaring', 'ressourceforløb', 'fleksjob', 'førtidspension', 'ledighedsydelse', 'revalidering', 'selvforsørgelsesydelse', 'overgangsydelse'];

/** A deterministic pseudo-random stream, so two runs measure the same data. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s ^ (s >>> 15), 2246822507) + 0x6d2b79f5) >>> 0) / 2 ** 32);
}

/** ×1: the twelve benefit groups; ×10 and ×100: each split in 10 or 100 made-up subgroups. */
function benchBreakdowns(scale: number): string[] {
  const groups = scale === 1 ? BENEFIT_GROUPS : BENEFIT_GROUPS.flatMap((g) => Array.from({ length: scale }, (_, i) => `${g} ${i + 1}`));
  return groups.sort((a, b) => a.localeCompare(b, 'da'));
}

export const BENCH_MONTHS: string[] = [];
for (let y = 2006; y <= 2026; y++) for (let m = 1; m <= 12; m++) if (y * 100 + m >= 200608 && y * 100 + m <= 202607) BENCH_MONTHS.push(`${y}-${String(m).padStart(2, '0')}`);

/** Every series of the synthetic data in file order: area, breakdown and one rounded value per month. */
function* benchSeries(scale: number): Generator<{ area: string; breakdown: string; values: Int32Array }> {
  const { dataset } = loadDataDir('data');
  const rand = random(42);
  const breakdowns = benchBreakdowns(scale);
  for (const area of dataset.municipalities.map((m) => m.code).sort()) {
    for (const breakdown of breakdowns) {
      let level = 50 + rand() * 2000 * (area === '000' ? 98 : 1);
      const values = new Int32Array(BENCH_MONTHS.length);
      for (let i = 0; i < values.length; i++) {
        level = Math.max(0, level * (1 + (rand() - 0.5) * 0.04));
        values[i] = Math.round(level);
      }
      yield { area, breakdown, values };
    }
  }
}

export async function generateBenchData(dir: string, scale: number): Promise<number> {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'observations'), { recursive: true });
  for (const f of ['municipalities.csv', 'groups.csv']) copyFileSync(join('data', f), join(dir, f));
  // The grants cite the real minutes, which synthetic data has no sources for; a build with broken references stops.
  writeFileSync(join(dir, 'grants.csv'), 'grant_id,municipality_code,title,grantor,amount_dkk,period_start,period_end,decided_on,source_id,item\n');
  writeFileSync(join(dir, 'grant_lines.csv'), 'grant_id,line,amount_dkk\n');
  writeFileSync(join(dir, 'sources.csv'), 'source_id,municipality_code,body,meeting_date,title,document,url\nsyntetisk,000,Syntetiske testdata,,SYNTETISKE TAL TIL YDELSESMÅLING – IKKE RIGTIGE TAL,,\n');
  writeFileSync(
    join(dir, 'indicators.csv'),
    `indicator,label_da,label_en,unit,description_da,figure,frequency\n${BENCH_INDICATOR},SYNTETISK: ydelsesmodtagere,SYNTHETIC: benefit recipients,fte,Syntetiske tal til ydelsesmåling. Ikke rigtige tal.,level,month\n`,
  );
  const out = createWriteStream(join(dir, 'observations', `${BENCH_INDICATOR}.csv`));
  out.write(CONTRACT.observations.columns.join(',') + '\n');
  let rows = 0;
  for (const { area, breakdown, values } of benchSeries(scale)) {
    const lines = BENCH_MONTHS.map((p, i) => `${area},${BENCH_INDICATOR},${breakdown},${p},${values[i]},fte,actual,syntetisk,,`);
    rows += lines.length;
    if (!out.write(lines.join('\n') + '\n')) await new Promise<void>((r) => out.once('drain', () => r()));
  }
  await new Promise<void>((r) => out.end(r));
  return rows;
}

/** The bundle's former JSON form of the same table: what the app fetched and parsed before the binary files. */
export function columnarJson(c: CompactObservations): string {
  const n = c.value.length;
  const area = new Array<number>(n);
  const breakdown = new Array<number>(n);
  for (let k = 0; k < c.seriesArea.length; k++) for (let i = c.seriesStart[k]!; i < c.seriesStart[k + 1]!; i++) [area[i], breakdown[i]] = [c.seriesArea[k]!, c.seriesBreakdown[k]!];
  const column = (col: CompactObservations['period']) => Array.from({ length: n }, (_, i) => codeAt(col, i));
  const json: ColumnarObservations = {
    indicator: c.indicator,
    dict: c.dict,
    area,
    breakdown,
    period: column(c.period),
    value: Array.from({ length: n }, (_, i) => (Number.isNaN(valueAt(c, i)) ? null : valueAt(c, i))),
    unit: column(c.unit),
    kind: column(c.kind),
    source_id: column(c.source),
    item: column(c.item),
    quote: column(c.quote),
  };
  return JSON.stringify(json);
}
