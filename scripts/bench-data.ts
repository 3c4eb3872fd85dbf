// Generates a synthetic dataset of national shape in the contract format, for the benchmark
// only: 99 areas x benefit groups x 240 months. Every figure is made up and labelled so.
import { copyFileSync, mkdirSync, rmSync, writeFileSync, createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { CONTRACT } from '../src/data/contract.ts';
import { loadDataDir } from './data-dir.ts';

export const BENCH_INDICATOR = 'syntetisk_ydelser';
export const BENEFIT_GROUPS = ['a-dagpenge', 'kontanthjælp', 'uddannelseshjælp', 'sygedagpenge', 'jobafklaring', 'ressourceforløb', 'fleksjob', 'førtidspension', 'ledighedsydelse', 'revalidering', 'selvforsørgelsesydelse', 'overgangsydelse'];

/** A deterministic pseudo-random stream, so two runs measure the same data. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s ^ (s >>> 15), 2246822507) + 0x6d2b79f5) >>> 0) / 2 ** 32);
}

export async function generateBenchData(dir: string, scale: 1 | 10): Promise<number> {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'observations'), { recursive: true });
  for (const f of ['municipalities.csv', 'groups.csv']) copyFileSync(join('data', f), join(dir, f));
  // The grants cite the real minutes, which synthetic data has no sources for; a build with broken references stops.
  writeFileSync(join(dir, 'grants.csv'), 'grant_id,municipality_code,title,grantor,amount_dkk,period_start,period_end,decided_on,source_id,item\n');
  writeFileSync(join(dir, 'grant_lines.csv'), 'grant_id,line,amount_dkk\n');
  const { dataset } = loadDataDir('data');
  writeFileSync(join(dir, 'sources.csv'), 'source_id,municipality_code,body,meeting_date,title,document,url\nsyntetisk,000,Syntetiske testdata,,SYNTETISKE TAL TIL YDELSESMÅLING – IKKE RIGTIGE TAL,,\n');
  writeFileSync(
    join(dir, 'indicators.csv'),
    `indicator,label_da,label_en,unit,description_da\n${BENCH_INDICATOR},SYNTETISK: ydelsesmodtagere,SYNTHETIC: benefit recipients,fte,Syntetiske tal til ydelsesmåling. Ikke rigtige tal.\n`,
  );
  const breakdowns = scale === 1 ? BENEFIT_GROUPS : BENEFIT_GROUPS.flatMap((g) => Array.from({ length: 10 }, (_, i) => `${g} ${i + 1}`));
  const months: string[] = [];
  for (let y = 2006; y <= 2026; y++) for (let m = 1; m <= 12; m++) if (y * 100 + m >= 200608 && y * 100 + m <= 202607) months.push(`${y}-${String(m).padStart(2, '0')}`);
  const rand = random(42);
  const out = createWriteStream(join(dir, 'observations', `${BENCH_INDICATOR}.csv`));
  out.write(CONTRACT.observations.columns.join(',') + '\n');
  let rows = 0;
  for (const area of dataset.municipalities.map((m) => m.code).sort()) {
    for (const b of [...breakdowns].sort((a, c) => a.localeCompare(c, 'da'))) {
      let level = 50 + rand() * 2000 * (area === '000' ? 98 : 1);
      const lines: string[] = [];
      for (const p of months) {
        level = Math.max(0, level * (1 + (rand() - 0.5) * 0.04));
        lines.push(`${area},${BENCH_INDICATOR},${b},${p},${Math.round(level)},fte,actual,syntetisk,,`);
        rows++;
      }
      if (!out.write(lines.join('\n') + '\n')) await new Promise<void>((r) => out.once('drain', () => r()));
    }
  }
  await new Promise<void>((r) => out.end(r));
  return rows;
}
