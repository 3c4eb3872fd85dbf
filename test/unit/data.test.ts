// Checks of the real data/ folder: contract, references, invariants and evidence.
import { appendFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Observation } from '../../src/data/contract.ts';
import { appendTo } from '../../src/data/append-to.ts';
import { nextPeriod, parsePeriod } from '../../src/data/period.ts';
import { checkDataDir } from '../../scripts/data-dir.ts';

const { dataset, errors } = checkDataDir('data');
const MINUTES = '../shared/minutes';

function byIndicator(indicator: string): Observation[] {
  return dataset.observations.filter((o) => o.indicator === indicator);
}

describe('data/', () => {
  it('passes the contract, its references and the sanity rules: shares 0-100, ranks 1-98, unique keys, no holes', () => {
    expect(errors).toEqual([]);
    expect(dataset.municipalities).toHaveLength(99);
    expect(dataset.municipalities[0]).toEqual({ code: '000', name: 'Hele landet', region: '' });
  });

  it('has 99 areas with contiguous periods in every monthly official series', () => {
    const monthly = ['ledige', 'ledighed_pct', 'langtidsledige', 'kontanthjaelp_personer', 'kontanthjaelp_fuldtid', 'kontanthjaelp_pct_arbejdsstyrke', 'kontanthjaelp_pct_befolkning', 'aktiveringsgrad', 'befolkning'];
    for (const indicator of monthly) {
      const rows = byIndicator(indicator);
      expect(new Set(rows.map((r) => r.area)).size, indicator).toBe(99);
      const series = new Map<string, string[]>();
      for (const r of rows) appendTo(series, `${r.area}|${r.breakdown}`, [r.period]);
      for (const [key, periods] of series) {
        for (let i = 1; i < periods.length; i++) expect(periods[i], `${indicator} ${key}`).toBe(nextPeriod(periods[i - 1]!));
      }
    }
    const quarterly = byIndicator('nettoledige_kontanthjaelp');
    expect(new Set(quarterly.map((r) => r.area)).size).toBe(99);
    expect(quarterly.filter((r) => r.area === '163').map((r) => r.period)[0]).toBe('2007-Q1');
  });

  it('has budget lines that add up to the amount each grant states', () => {
    for (const g of dataset.grants) {
      const lines = dataset.grantLines.filter((l) => l.grant_id === g.grant_id);
      if (lines.length === 0) continue;
      const sum = lines.reduce((a, l) => a + l.amount_dkk, 0);
      expect(sum, `budgetlinjerne for ${g.grant_id}`).toBe(g.budget_total_dkk ?? g.amount_dkk);
    }
    for (const g of dataset.grants) {
      if (g.guaranteed_dkk !== null && g.at_risk_dkk !== null) expect(g.guaranteed_dkk + g.at_risk_dkk, g.grant_id).toBe(g.amount_dkk);
    }
  });

  it('holds the figures a committee member asks for', () => {
    const herlev = byIndicator('ydelsesmodtagere_fuldtid').filter((o) => o.area === '163');
    expect(herlev.map((o) => [o.period, o.value])).toEqual([
      ['2022-07', 2790],
      ['2021-07', 2889],
    ]);
    const aabenraa = byIndicator('kontant_uddannelseshjaelp').filter((o) => o.area === '580');
    expect(aabenraa.filter((o) => o.kind === 'target').map((o) => o.value).sort()).toEqual([800, 853]);
    expect(byIndicator('socialt_frikort').filter((o) => o.period === '2019-10')).toHaveLength(6);
    const afklaring = dataset.grants.find((g) => g.grant_id === 'albertslund-2021-afklaring');
    expect(afklaring).toMatchObject({ amount_dkk: 806000, guaranteed_dkk: 645000, at_risk_dkk: 161000 });
  });

  it.skipIf(!existsSync(MINUTES))('has every evidence excerpt verbatim in its source document (skipped without ../shared/minutes)', () => {
    const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
    const docs = new Map(
      dataset.sources.filter((s) => s.meeting_date).map((s) => [s.source_id, norm(readFileSync(`${MINUTES}/${s.document}`, 'utf8'))]),
    );
    const quoted = [...dataset.observations, ...dataset.grants].filter((o) => o.quote && docs.has(o.source_id));
    expect(quoted.length).toBeGreaterThan(70);
    const missing = quoted.filter((o) => !docs.get(o.source_id)!.includes(norm(o.quote))).map((o) => `${o.source_id}: ${o.quote}`);
    expect(missing).toEqual([]);
  });

  it('gives every observation a period the contract accepts and a known source', () => {
    const sources = new Set(dataset.sources.map((s) => s.source_id));
    expect(dataset.observations.every((o) => parsePeriod(o.period) !== null && sources.has(o.source_id))).toBe(true);
  });

  it('finds a bad row added to a copy of data/ by file and row', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kommunetal-data-'));
    try {
      cpSync('data', dir, { recursive: true });
      const file = join(dir, 'observations', 'ledighed_pct.csv');
      const rows = readFileSync(file, 'utf8').trimEnd().split('\n').length;
      appendFileSync(file, '163,ledighed_pct,all,2040-01,140,pct,actual,jobindsats-y25i01,,\n');
      appendFileSync(join(dir, 'observations.csv'), readFileSync('data/observations.csv', 'utf8').trimEnd().split('\n')[1] + '\n');
      const found = checkDataDir(dir).errors.map((e) => `${e.file}:${e.row}:${e.column}`);
      expect(found).toContain(`observations/ledighed_pct.csv:${rows + 1}:value`);
      expect(found.some((e) => e.startsWith('observations.csv:') && e.endsWith(':period'))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
