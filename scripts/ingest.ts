// npm run ingest -- <public-data folder> [--out data]
// Converts the public statistics into the data contract. Same input, byte-identical output.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { areaResolver } from '../src/data/area-names.ts';
import type { Municipality, Observation } from '../src/data/contract.ts';
import { readCsv } from '../src/data/parse-csv.ts';
import { toCsv } from '../src/data/write-csv.ts';
import {
  IngestError,
  OFFICIAL_INDICATORS,
  OFFICIAL_SOURCES,
  convertJobindsats,
  convertStatbankTable,
  convertYearlyTable,
} from '../src/ingest/official-series.ts';
import { convertBoundaries } from '../src/ingest/boundaries.ts';
import { BENCHMARK_INDICATORS, BENCHMARK_SOURCE, convertBenchmark } from '../src/ingest/benchmark.ts';
import { INDICATOR_COLUMNS, SOURCE_COLUMNS, mergeOwnedRows, writeIndicatorFiles } from './contract-files.ts';

function main(args: string[]): void {
  const outIndex = args.indexOf('--out');
  const out = resolve(outIndex >= 0 ? (args[outIndex + 1] ?? 'data') : 'data');
  const positional = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--out');
  const input = resolve(positional[0] ?? '../shared/public-data');
  if (!existsSync(input)) throw new IngestError(`Mappen ${input} findes ikke. Angiv mappen med de offentlige data.`);
  mkdirSync(join(out, 'observations'), { recursive: true });

  const municipalities = readMunicipalities(join(input, 'kommuner-liste/kommuner.csv'));
  writeFileSync(join(out, 'municipalities.csv'), toCsv(['code', 'name', 'region'], municipalities));
  const resolveArea = areaResolver(municipalities);
  const boundaries = convertBoundaries(
    JSON.parse(readFileSync(join(input, 'dagi-kommuner-topojson/kommuner.topojson'), 'utf8')) as unknown,
    new Set(municipalities.map((m) => m.code)),
  );
  writeFileSync(join(out, 'kommuner.topo.json'), JSON.stringify(boundaries) + '\n');

  const dst = join(input, 'dst-danish-politics-data');
  const observations: Observation[] = [
    ...convertJobindsats(
      JSON.parse(readFileSync(join(input, 'jobindsats-kommunal-beskaeftigelse/dashboard-data.json'), 'utf8')) as unknown,
      resolveArea,
    ),
    ...convertStatbankTable(readFileSync(join(dst, 'auk01_social_assistance.csv'), 'utf8'), 'auk01_social_assistance.csv', resolveArea, {
      indicator: 'nettoledige_kontanthjaelp',
      source: 'dst-auk01',
    }),
    ...convertStatbankTable(readFileSync(join(dst, 'folk1am_population_by_municipality.csv'), 'utf8'), 'folk1am_population_by_municipality.csv', resolveArea, {
      indicator: 'befolkning',
      source: 'dst-folk1am',
    }),
    ...convertYearlyTable(readFileSync(join(dst, 'unemployment_pct.csv'), 'utf8'), 'unemployment_pct.csv', resolveArea, {
      indicator: 'ledighed_pct_aar',
      source: 'dst-aup02',
    }),
    ...convertBenchmark(readFileSync(join(input, 'star-benchmark-y30r21/Y30R21-api.csv'), 'utf8'), 'Y30R21-api.csv', resolveArea),
  ];
  const indicators = [...OFFICIAL_INDICATORS, ...BENCHMARK_INDICATORS];

  const counts = writeIndicatorFiles(out, indicators.map((i) => i.indicator), observations);
  mergeOwnedRows(join(out, 'sources.csv'), 'source_id', SOURCE_COLUMNS, [...OFFICIAL_SOURCES, BENCHMARK_SOURCE]);
  mergeOwnedRows(join(out, 'indicators.csv'), 'indicator', INDICATOR_COLUMNS, indicators);
  process.stderr.write(`Skrev ${observations.length} observationer til ${out}\n  ${counts.join('\n  ')}\n`);
}

function readMunicipalities(path: string): Municipality[] {
  const { records } = readCsv(readFileSync(path, 'utf8'));
  const rows = records.map((r) => ({ code: r.kommunekode ?? '', name: r.kommunenavn ?? '', region: r.regionsnavn ?? '' }));
  if (rows.length !== 98) throw new IngestError(`${path}: forventede 98 kommuner, fandt ${rows.length}.`);
  return [{ code: '000', name: 'Hele landet', region: '' }, ...rows.sort((a, b) => a.code.localeCompare(b.code))];
}

try {
  main(process.argv.slice(2));
} catch (e) {
  if (e instanceof IngestError) {
    process.stderr.write(`Fejl: ${e.message}\n`);
    process.exit(2);
  }
  throw e;
}
