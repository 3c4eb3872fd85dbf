// npm run import -- <file.csv|.xlsx|.json> --indicator <id> [--unit persons|fte|pct|dkk|rank|count]
//                   [--source <source_id>] [--out <file>] [--decimal komma|punktum]
// Converts a Statistikbanken, jobindsats.dk or contract file (CSV in any encoding, Excel, JSON) into contract observations, the
// same way the app's import does, so the rows can be reviewed and added to data/.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { areaResolver } from '../src/data/area-names.ts';
import { CONTRACT, UNITS, type Unit } from '../src/data/contract.ts';
import { formatDataError } from '../src/data/errors.ts';
import { toCsv } from '../src/data/write-csv.ts';
import { inferUnit } from '../src/import/describe.ts';
import { importRows, withOtherDecimalSign } from '../src/import/shape.ts';
import { limitToUnit } from '../src/import/unit-limits.ts';
import { importBytes } from '../src/import/read-bytes.ts';
import { loadDataDir } from './data-dir.ts';

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
}

async function main(args: string[]): Promise<number> {
  const file = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
  if (!file) {
    process.stderr.write('Brug: npm run import -- <fil.csv> --indicator <id> [--unit fte] [--source <kilde>] [--out <fil>]\n');
    return 2;
  }
  const { dataset } = loadDataDir(resolve('data'));
  const read = await importBytes(new Uint8Array(readFileSync(file)), areaResolver(dataset.municipalities));
  if ('failed' in read) {
    process.stderr.write(`Fejl: ${read.failed}\n`);
    return 2;
  }
  // A figure like "2.125" that nothing in the file explains is never guessed: the user says how to read it.
  const decimal = option(args, 'decimal');
  if (decimal !== undefined && decimal !== 'komma' && decimal !== 'punktum') {
    process.stderr.write(`Fejl: --decimal skal være komma eller punktum, ikke "${decimal}".\n`);
    return 2;
  }
  const n = read.numbers;
  if (n.basis === 'guess' && n.ambiguousCount > 0 && decimal === undefined) {
    process.stderr.write(`Fejl: ${n.ambiguousCount} tal kan læses på to måder (${n.ambiguous.slice(0, 5).map((a) => `"${a.text}" i række ${a.row}`).join(', ')}), og intet andet tal viser decimaltegnet. Angiv --decimal komma (dansk: 1.234,5) eller --decimal punktum (engelsk: 1,234.5).\n`);
    return 2;
  }
  const signed = decimal !== undefined && n.decimalComma !== (decimal === 'komma') ? withOtherDecimalSign(read) : read;
  if (read.detection.problem) {
    process.stderr.write(`Fejl: ${read.detection.problem}\n`);
    return 2;
  }
  if (!read.detection.columns && read.detection.format !== 'contract') {
    process.stderr.write(`Fejl: kolonnerne kunne ikke genkendes (${read.detection.header.join(', ')}). Navngiv dem OMRÅDE, TID og INDHOLD.\n`);
    return 2;
  }
  const unit = (option(args, 'unit') ?? inferUnit(signed)) as Unit;
  if (!UNITS.includes(unit)) {
    process.stderr.write(`Fejl: ukendt enhed "${unit}". Brug en af ${UNITS.join(', ')}.\n`);
    return 2;
  }
  const outcome = limitToUnit(signed, unit);
  const indicator = option(args, 'indicator') ?? 'importeret';
  const source = option(args, 'source') ?? 'import';
  const rows =
    outcome.detection.format === 'contract'
      ? outcome.contractRows
      : importRows(outcome.columns).map((r) => ({ ...r, indicator, unit, kind: 'actual' as const, source_id: source, item: '', quote: '' }));
  const csv = toCsv(CONTRACT.observations.columns, rows);
  const out = option(args, 'out');
  if (out) writeFileSync(out, csv);
  else process.stdout.write(csv);
  for (const e of outcome.errors.slice(0, 50)) process.stderr.write(`${formatDataError({ file, row: e.row, column: e.column, message: e.message })}\n`);
  for (const [name, at] of outcome.unmapped) process.stderr.write(`Ukendt område "${name}" i række ${at.slice(0, 10).join(', ')}${at.length > 10 ? ' …' : ''}\n`);
  process.stderr.write(`${rows.length} rækker skrevet (${outcome.detection.format}), ${outcome.errorCount} afvist, ${outcome.unmapped.length} ukendte områdenavne.\n`);
  return outcome.unmapped.length > 0 || outcome.errorCount > 0 ? 1 : 0;
}

process.exit(await main(process.argv.slice(2)));
