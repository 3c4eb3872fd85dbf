// A downloaded CSV opens in the tools its readers use with no options: pandas' read_csv (plain
// CSV) and Danish Excel (semicolons, decimal commas, a BOM for UTF-8). pandas runs where python3
// has it (.ci/run installs Debian's python3-pandas); the Excel flavour is read the way Danish
// Excel reads it: the list separator ";" and the decimal comma.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportCsv, type CsvExport } from '../../src/export/csv.ts';
import { trendModel } from '../../src/features/trend/model.ts';
import { csvLabelColumns } from '../../src/model/csv-labels.ts';
import { core, da, spec, tables } from '../fixtures/models/world.ts';

/** Debian's python3 (where apt puts pandas) before whatever python3 is first on the PATH. */
const python = ['/usr/bin/python3', 'python3'].find((p) => {
  try {
    execFileSync(p, ['-c', 'import pandas'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
});

// Per 1.000 makes values with long binary tails: the file must not carry them.
const model = trendModel({ core, observations: tables.get('ledige')!, population: tables.get('befolkning'), spec: spec({ view: 'trend', indicator: 'ledige', areas: ['163', '151'], mode: 'per1000' }), locale: da });
const csvExport: CsvExport = { ...model.csv, title: model.title, unit: model.unitLabel, sourceLine: model.sourceLine, publishedOn: '2026-08-22', link: 'http://x/', labels: csvLabelColumns(core, da), notes: da.t.csvNotes };

describe('a downloaded CSV in the readers people use', () => {
  it.skipIf(!python)('opens in pandas read_csv(path) with no options: header, every value in its column, numbers as numbers (skipped without python3-pandas)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kommunetal-csv-'));
    try {
      const path = join(dir, 'x.csv');
      writeFileSync(path, '\uFEFF' + exportCsv(csvExport));
      const script = 'import json,sys,pandas as pd\ndf=pd.read_csv(sys.argv[1])\nprint(json.dumps({"columns":list(df.columns),"rows":len(df),"dtype":str(df["værdi"].dtype),"values":df["værdi"].tolist(),"names":df["fordeling_navn"].tolist()[:1]}))';
      const out = JSON.parse(execFileSync(python!, ['-c', script, path], { encoding: 'utf8' })) as { columns: string[]; rows: number; dtype: string; values: number[]; names: string[] };
      expect(out.columns.slice(0, 4)).toEqual(['område', 'kode', 'nøgletal', 'nøgletal_navn']);
      expect(out.rows).toBe(model.csv.rows.length);
      expect(out.dtype).toBe('float64');
      expect(out.names).toEqual(['I alt']);
      for (const v of out.values) expect(String(v).replace(/^-?\d+\.?/, '').length).toBeLessThanOrEqual(4);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('opens in Danish Excel: one value per column on every line, decimal commas, no float noise', () => {
    const text = exportCsv(csvExport, 'excel-da');
    const lines = text.trimEnd().split('\n');
    const header = lines[0]!.split(';');
    expect(header[0]).toBe('område');
    const valueAt = header.indexOf('værdi');
    for (const line of lines.slice(1)) {
      const cells = line.split(';');
      expect(cells).toHaveLength(header.length);
      expect(cells[valueAt]).toMatch(/^-?\d+(,\d{1,4})?$/);
    }
  });
});
