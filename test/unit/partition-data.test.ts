// The build's route for observations (DuckDB → partitions) against check-data's (CSV text in
// memory): the same rows kept, the same problems named, every row in exactly one partition.
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Buffer } from 'node:buffer';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleDataDir, checkDataDir } from '../../scripts/data-dir.ts';
import { partitionFile, type CoreBundle, type Manifest } from '../../src/data/bundle.ts';
import { formatDataError } from '../../src/data/errors.ts';
import { ObservationTable } from '../../src/data/table.ts';
import { decodeTable } from '../../src/data/wire.ts';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kommunetal-partitions-'));
  cpSync('data', dir, { recursive: true });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const tableOf = (bytes: Uint8Array) => ObservationTable.of(decodeTable(bytes.slice().buffer));

describe('the build partitions data/ through DuckDB', () => {
  it('puts every row check-data keeps in exactly one partition, one breakdown of one indicator each', async () => {
    const files = await bundleDataDir('data', { strict: true });
    const manifest = JSON.parse(files.get('manifest.json') as string) as Manifest;
    const core = JSON.parse(files.get('core.json') as string) as CoreBundle;
    const { dataset } = checkDataDir('data');
    expect(manifest.dataVersion).toBe(core.dataVersion);
    expect(manifest.partitions.reduce((n, p) => n + p.rows, 0)).toBe(dataset.observations.length);
    expect(manifest.partitions).toHaveLength(core.catalog.reduce((n, c) => n + c.breakdowns.length, 0));
    for (const p of manifest.partitions) {
      expect(p.file).toBe(partitionFile(p.indicator, p.breakdown));
      const rows = tableOf(files.get(p.file) as Uint8Array).rows();
      expect(rows).toHaveLength(p.rows);
      expect(new Set(rows.map((r) => `${r.indicator}|${r.breakdown}`))).toEqual(new Set([`${p.indicator}|${p.breakdown}`]));
      // The same bytes under the version's folder, for frozen embeds.
      expect(files.get(`v/${core.dataVersion}/${p.file}`)).toBe(files.get(p.file));
    }
    // Herlev's registered unemployed as the CSV has them, value for value.
    const ledige = manifest.partitions.find((p) => p.indicator === 'ledige' && p.breakdown === 'all')!;
    const herlev = tableOf(files.get(ledige.file) as Uint8Array).series('163', 'all').map((o) => `${o.period} ${o.value}`);
    expect(herlev).toEqual(dataset.observations.filter((o) => o.indicator === 'ledige' && o.area === '163' && o.breakdown === 'all').map((o) => `${o.period} ${o.value}`));
  }, 60_000);

  it('names the same problems as check-data, by file, row and column, and keeps the same rows', async () => {
    const ledighed = join(dir, 'observations', 'ledighed_pct.csv');
    const rows = readFileSync(ledighed, 'utf8').trimEnd().split('\n').length;
    appendFileSync(ledighed, '163,ledighed_pct,all,2040-01,140,pct,actual,jobindsats-y25i01,,\n163,ledighed_pct,all,2024-13,3.1,pct,actual,jobindsats-y25i01,,\n');
    const first = readFileSync(join(dir, 'observations.csv'), 'utf8').trimEnd().split('\n')[1];
    appendFileSync(join(dir, 'observations.csv'), `${first}\n999,ledige,all,2024-01,5,persons,actual,jobindsats-y25i01,,\n163,ledige,all,2024-01,1.234,persons,actual,jobindsats-y25i01,,\n`);
    writeFileSync(join(dir, 'observations', 'uden_enhed.csv'), 'area,indicator,breakdown,period,value,kind,source_id,item,quote\n163,ledige,all,2024-01,5,actual,s1,,\n');
    // Files DuckDB's reader gives up on: a quote that never closes, and a spreadsheet's Windows-1252.
    const header = 'area,indicator,breakdown,period,value,unit,kind,source_id,item,quote\n';
    writeFileSync(join(dir, 'observations', 'citat.csv'), `${header}151,ledige,all,2040-02,5,persons,actual,jobindsats-y25i01,"åbent,\n151,ledige,all,2040-03,7,persons,actual,jobindsats-y25i01,,\n`);
    writeFileSync(join(dir, 'observations', 'regneark.csv'), Buffer.concat([Buffer.from(`${header}151,ledige,all,2041-01,5,persons,target,jobindsats-y25i01,K`), Buffer.from([0xf8]), Buffer.from('benhavn,\n')]));
    const checked = checkDataDir(dir);
    const built = JSON.parse((await bundleDataDir(dir)).get('core.json') as string) as CoreBundle;
    const said = (errors: readonly Parameters<typeof formatDataError>[0][]) => errors.map((e) => formatDataError(e)).sort();
    expect(said(built.errors)).toEqual(said(checked.errors));
    expect(said(built.errors)).toContain(`observations/ledighed_pct.csv, række ${rows + 1}, kolonne "value": En andel skal ligge mellem 0 og 100, men er 140.`);
    expect(said(built.errors).some((e) => e.startsWith('observations/uden_enhed.csv, række 1, kolonne "unit"'))).toBe(true);
    expect(said(built.errors)).toContain('observations/citat.csv, række 2: Et anførselstegn lukkes ikke i rækken; den er læst uden anførselstegn, og rækkerne efter den er læst som normalt.');
    expect(said(built.errors)).toContain('observations/regneark.csv, række 2: Filen er ikke gemt som UTF-8 (fx Windows-1252 fra et regneark), så æ, ø og å bliver forkerte. Gem den som "CSV UTF-8".');
    expect(checked.errors.length).toBeGreaterThanOrEqual(5);
    expect(built.catalog.reduce((n, c) => n + c.rows, 0)).toBe(checked.dataset.observations.length);
    await expect(bundleDataDir(dir, { strict: true })).rejects.toThrow(/appen bygges ikke/);
  }, 60_000);
});
