// npm run check-data [-- <folder>]: validates data/ against the contract and the sanity rules,
// and reports in Danish by file, row and column.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { DataError } from '../src/data/contract.ts';
import type { Dataset } from '../src/data/dataset.ts';
import { POPULATION_INDICATOR } from '../src/view/view-data.ts';
import { formatDataError } from '../src/data/errors.ts';
import { checkDataDir } from './data-dir.ts';
import { missingBreakdownNames } from '../src/data/semantics.ts';

const dir = resolve(process.argv[2] ?? 'data');

/**
 * What the views need beyond the contract: the population (per 1.000 inhabitants, weighted
 * averages) and the municipal boundaries (the map). Without them the app still runs and says
 * why, but a data/ that ships without them has lost something.
 */
function neededFiles(folder: string, data: Dataset): DataError[] {
  const errors: DataError[] = [];
  if (!data.observations.some((o) => o.indicator === POPULATION_INDICATOR)) {
    errors.push({ file: `observations/${POPULATION_INDICATOR}.csv`, row: 0, column: '', message: 'Befolkningstallene mangler; de bruges til tal pr. 1.000 indbyggere og til vægtede gennemsnit.' });
  }
  const boundaries = join(folder, 'kommuner.topo.json');
  let topology: unknown = null;
  try {
    topology = existsSync(boundaries) ? JSON.parse(readFileSync(boundaries, 'utf8')) : null;
  } catch {
    topology = 'unreadable';
  }
  const ok = typeof topology === 'object' && topology !== null && (topology as { type?: unknown }).type === 'Topology' && typeof (topology as { objects?: unknown }).objects === 'object';
  if (!ok) errors.push({ file: 'kommuner.topo.json', row: 0, column: '', message: topology === null ? 'Kommunegrænserne mangler; kortet kan ikke tegnes.' : 'Kommunegrænserne kan ikke læses (afkortet eller ikke TopoJSON); kortet kan ikke tegnes.' });
  return errors;
}
const checked = checkDataDir(dir);
const { dataset } = checked;
const errors = [...checked.errors, ...missingBreakdownNames(dataset.breakdownLabels, dataset.observations), ...neededFiles(dir, dataset)];
for (const e of errors.slice(0, 200)) process.stderr.write(`${formatDataError(e)}\n`);
if (errors.length > 200) process.stderr.write(`… og ${errors.length - 200} fejl mere\n`);
const summary = `${dataset.observations.length} observationer, ${dataset.grants.length} bevillinger, ${dataset.grantLines.length} budgetlinjer, ${dataset.sources.length} kilder, ${dataset.indicators.length} nøgletal`;
if (errors.length > 0) {
  process.stderr.write(`${errors.length} fejl i ${dir}. (${summary})\n`);
  process.exit(1);
}
process.stdout.write(`data er i orden: ${summary}\n`);
