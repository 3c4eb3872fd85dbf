// STAR's benchmark (Jobindsats table Y30R21): per municipality and twelve-month window, the
// expected and actual full-time persons on public support given its framework conditions,
// the difference and the rank on the Ministry's list. Pure: the CLI reads and writes the files.
import type { Observation, Source } from '../data/contract.ts';
import type { AreaResolver } from '../data/area-names.ts';
import { decimalCommaToPoint } from '../data/danish-text.ts';
import { periodFromRollingYear } from '../data/statbank-period.ts';
import { IngestError, ind, requireArea, type IndicatorRow } from './official-series.ts';

export const BENCHMARK_SOURCE: Source = {
  source_id: 'jobindsats-y30r21',
  municipality_code: '000',
  body: 'Jobindsats.dk / STAR',
  meeting_date: '',
  title: 'Benchmark: forventet og faktisk antal og andel fuldtidspersoner på offentlig forsørgelse (Y30R21)',
  document: 'y30r21',
  url: 'https://www.jobindsats.dk/',
  publisher: 'Styrelsen for Arbejdsmarked og Rekruttering (STAR), Jobindsats.dk',
  retrieved: '2023-08-15',
  usual_delay_days: '150',
};

const SCOPE = 'Omfatter dagpenge, sygedagpenge og kontanthjælp mv., ikke fx førtidspension og fleksjob.';

export const BENCHMARK_INDICATORS: IndicatorRow[] = [
  ind('benchmark_andel', 'pct', 'Benchmark: andel på offentlig forsørgelse, faktisk og forventet', 'Benchmark: share on public benefits, actual and expected', `Fuldtidspersoner på offentlig forsørgelse i procent af befolkningen over 12 måneder: den faktiske andel og den andel, STAR forventer ud fra kommunens rammevilkår. ${SCOPE}`, 'yes', '', { frequency: 'window', additive: true }),
  ind('benchmark_fuldtid', 'fte', 'Benchmark: fuldtidspersoner på offentlig forsørgelse, faktisk og forventet', 'Benchmark: full-time persons on public benefits, actual and expected', `Gennemsnitligt antal fuldtidspersoner over 12 måneder, faktisk og forventet ud fra kommunens rammevilkår, afrundet til tiere af STAR. ${SCOPE}`, 'yes', '', { frequency: 'window', additive: true }),
  ind('benchmark_forskel', 'pp', 'Benchmark: faktisk minus forventet andel', 'Benchmark: actual minus expected share', `Faktisk minus forventet andel på offentlig forsørgelse i procentpoint. Under nul: færre på offentlig forsørgelse end rammevilkårene lader forvente. ${SCOPE}`, 'yes', '', { frequency: 'window', additive: true }),
  ind('benchmark_placering', 'rank', 'Placering på benchmarkranglisten', 'Rank on the benchmark list', `Kommunens placering blandt de 98 på Beskæftigelsesministeriets benchmarkrangliste. 1 = mest under det forventede, 98 = mest over. ${SCOPE}`, 'yes', '', { frequency: 'window', rankOf: 98 }),
];

/** The benefit groups as the source names them, and the breakdown each becomes. */
const BENCHMARK_GROUPS: Record<string, string> = {
  'Ydelsesgrupper i alt': 'all',
  'A-dagpenge mv.': 'a-dagpenge mv.',
  'Sygedagpenge mv.': 'sygedagpenge mv.',
  'Kontanthjælp mv.': 'kontanthjælp mv.',
};


const COUNT = 'Forventet og faktisk antal fuldtidspersoner på offentlig forsørgelse: ';
const SHARE = 'Forventet og faktisk andel fuldtidspersoner på offentlig forsørgelse: ';
const FIELDS = {
  expectedCount: `${COUNT}Forventet antal`,
  actualCount: `${COUNT}Faktisk antal`,
  countDifference: `${COUNT}Forskel mellem forventet og faktisk antal`,
  expectedShare: `${SHARE}Forventet andel (pct.)`,
  actualShare: `${SHARE}Faktisk andel (pct.)`,
  shareDifference: `${SHARE}Forskel mellem forventet og faktisk andel (pct. point)`,
  rank: 'Placering på benchmarkranglisten',
} as const;

function count(row: Record<string, unknown>, key: string, where: string): number {
  const v = row[key];
  if (typeof v !== 'number' || !Number.isInteger(v)) throw new IngestError(`${where}: "${key}" skal være et helt tal, men er ${JSON.stringify(v)}.`);
  return v;
}

/** Shares come as text with a decimal comma ("9,08", "-0,06"). */
function share(row: Record<string, unknown>, key: string, where: string): number {
  const v = row[key];
  const text = typeof v === 'number' ? String(v) : typeof v === 'string' ? decimalCommaToPoint(v.trim()) : '';
  if (!/^-?\d+(\.\d+)?$/.test(text)) throw new IngestError(`${where}: "${key}" skal være en andel som "9,08", men er ${JSON.stringify(v)}.`);
  return Number(text);
}

const asText = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');

/** The table as a client saved it from the Jobindsats API, one JSON object per line. */
export function convertBenchmark(text: string, file: string, resolve: AreaResolver): Observation[] {
  const rows: { row: Record<string, unknown>; where: string }[] = [];
  text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .forEach((line, i) => {
      if (line.trim() === '') return;
      const where = `${file}, linje ${i + 1}`;
      let row: unknown;
      try {
        row = JSON.parse(line);
      } catch {
        throw new IngestError(`${where}: linjen er ikke JSON.`);
      }
      if (typeof row !== 'object' || row === null || Array.isArray(row)) throw new IngestError(`${where}: forventede et objekt.`);
      rows.push({ row: row as Record<string, unknown>, where });
    });
  return convertBenchmarkRows(rows, resolve);
}

/**
 * Y30R21 rows keyed by the API's labels, checked: differences match actual minus expected and no
 * two municipalities share a rank. Used by the ingest and by `npm run update`.
 */
export function convertBenchmarkRows(rows: readonly { row: Record<string, unknown>; where: string }[], resolve: AreaResolver, source_id = BENCHMARK_SOURCE.source_id): Observation[] {
  const out: Observation[] = [];
  const seen = new Set<string>();
  const rankHolder = new Map<string, string>();
  for (const { row, where } of rows) {
    const name = asText(row.Area);
    const code = asText(row.Periode);
    const groupName = asText(row.Ydelsesgrupper);
    const area = requireArea(resolve, name, where);
    const period = periodFromRollingYear(code);
    if (!period) throw new IngestError(`${where}: ukendt periode "${code}"; forventede fx 2022QMAT02.`);
    const breakdown = BENCHMARK_GROUPS[groupName];
    if (!breakdown) throw new IngestError(`${where}: ukendt ydelsesgruppe "${groupName}".`);
    const key = `${area}|${period}|${breakdown}`;
    if (seen.has(key)) throw new IngestError(`${where}: ${name}, ${code}, ${groupName} står der to gange.`);
    seen.add(key);

    const expectedCount = count(row, FIELDS.expectedCount, where);
    const actualCount = count(row, FIELDS.actualCount, where);
    if (count(row, FIELDS.countDifference, where) !== actualCount - expectedCount) {
      throw new IngestError(`${where}: forskellen i antal passer ikke med faktisk minus forventet.`);
    }
    const expectedShare = share(row, FIELDS.expectedShare, where);
    const actualShare = share(row, FIELDS.actualShare, where);
    const difference = share(row, FIELDS.shareDifference, where);
    // STAR subtracts unrounded shares; the rounded ones may miss by a hundredth.
    if (Math.abs(actualShare - expectedShare - difference) > 0.011) {
      throw new IngestError(`${where}: forskellen i andel (${difference}) passer ikke med faktisk minus forventet (${actualShare} − ${expectedShare}).`);
    }
    const rank = count(row, FIELDS.rank, where);
    if (rank < 1 || rank > 98) throw new IngestError(`${where}: placeringen skal ligge fra 1 til 98, men er ${rank}.`);
    const holder = rankHolder.get(`${period}|${breakdown}|${rank}`);
    if (holder) throw new IngestError(`${where}: ${name} og ${holder} har begge plads ${rank} i ${code}, ${groupName}.`);
    rankHolder.set(`${period}|${breakdown}|${rank}`, name);

    const add = (indicator: string, value: number, unit: Observation['unit'], kind: Observation['kind']) =>
      out.push({ area, indicator, breakdown, period, value, unit, kind, source_id, item: '', quote: '' });
    add('benchmark_fuldtid', actualCount, 'fte', 'actual');
    add('benchmark_fuldtid', expectedCount, 'fte', 'expected');
    add('benchmark_andel', actualShare, 'pct', 'actual');
    add('benchmark_andel', expectedShare, 'pct', 'expected');
    add('benchmark_forskel', difference, 'pp', 'actual');
    add('benchmark_placering', rank, 'rank', 'actual');
  }
  return out;
}
