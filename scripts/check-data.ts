// npm run check-data [-- <folder>]: validates data/ against the contract and the sanity rules,
// and reports in Danish by file, row and column.
import { resolve } from 'node:path';
import { formatDataError } from '../src/data/errors.ts';
import { checkDataDir } from './data-dir.ts';
import { missingBreakdownNames } from '../src/data/semantics.ts';

const dir = resolve(process.argv[2] ?? 'data');
const checked = checkDataDir(dir);
const { dataset } = checked;
const errors = [...checked.errors, ...missingBreakdownNames(dataset.breakdownLabels, dataset.observations)];
for (const e of errors.slice(0, 200)) process.stderr.write(`${formatDataError(e)}\n`);
if (errors.length > 200) process.stderr.write(`… og ${errors.length - 200} fejl mere\n`);
const summary = `${dataset.observations.length} observationer, ${dataset.grants.length} bevillinger, ${dataset.grantLines.length} budgetlinjer, ${dataset.sources.length} kilder, ${dataset.indicators.length} nøgletal`;
if (errors.length > 0) {
  process.stderr.write(`${errors.length} fejl i ${dir}. (${summary})\n`);
  process.exit(1);
}
process.stdout.write(`data er i orden: ${summary}\n`);
