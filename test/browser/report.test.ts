import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { readCsv } from '../../src/data/parse-csv.ts';
import { browserSession } from './browser.ts';

const baseUrl = inject('baseUrl');
const s = browserSession();

/** Herlev's rank for unemployment with any tie, computed here from data/ and not with the app's code. */
function herlevRank(period: string): string {
  const { records } = readCsv(readFileSync('data/observations/ledighed_pct.csv', 'utf8'));
  const values = records.filter((r) => r.breakdown === 'all' && r.period === period && r.area !== '000' && r.value !== '').map((r) => ({ area: r.area!, value: Number(r.value) }));
  const herlev = values.find((v) => v.area === '163')!.value;
  const first = values.filter((v) => v.value < herlev).length + 1;
  const last = values.filter((v) => v.value <= herlev).length;
  return `${last > first ? `delt nr. ${first}–${last}` : `nr. ${first}`} af 98`;
}

describe('beskæftigelsesoverblik', () => {
  it('shows Albertslund against its lokalområde average, Ballerup and Gladsaxe in every theme', async () => {
    await s.page.goto(`${baseUrl}?view=report&areas=165`);
    await s.page.getByRole('heading', { name: /Beskæftigelsesoverblik: Albertslund/ }).waitFor();
    const themes = s.page.locator('section.theme-card:not(.benchmark-theme)');
    await expect.poll(() => themes.count()).toBe(4);
    for (const theme of await themes.all()) {
      const legend = (await theme.locator('.series-legend li').allTextContents()).join(' | ');
      expect(legend).toContain('Albertslunds lokalområde (gns. vægtet efter befolkning)');
      expect(legend).toContain('Ballerup');
      expect(legend).toContain('Gladsaxe');
      expect(await theme.locator('.recharts-line').count()).toBeGreaterThanOrEqual(4);
    }
    expect(await themes.first().locator('.theme-sentence').textContent()).toMatch(/^Ledigheden i Albertslund var \d+,\d % i juli 2026/);
  });

  it('shows Herlev against the benchmark\'s expected level, and takes municipalities with similar conditions as the comparison set', async () => {
    await s.page.goto(`${baseUrl}?view=report&areas=163`);
    const theme = s.page.locator('section[data-theme="benchmark"]');
    await theme.waitFor({ timeout: 15_000 });
    const share = readCsv(readFileSync('data/observations/benchmark_andel.csv', 'utf8')).records.filter((r) => r.area === '163' && r.breakdown === 'all');
    const latest = [...new Set(share.map((r) => r.period!))].sort().at(-1)!;
    const actual = Number(share.find((r) => r.period === latest && r.kind === 'actual')!.value).toFixed(2).replace('.', ',');
    const rank = readCsv(readFileSync('data/observations/benchmark_placering.csv', 'utf8')).records.find((r) => r.area === '163' && r.breakdown === 'all' && r.period === latest)!.value;
    expect(await theme.locator('.theme-value').textContent()).toBe(`${actual} %`);
    expect(await theme.locator('.theme-rank').textContent()).toBe(`nr. ${rank} af 98`);
    expect(await theme.locator('.theme-sentence').textContent()).toContain('(1 = mest under det forventede)');
    await theme.getByRole('button', { name: 'Sammenlign med kommuner med tilsvarende rammevilkår' }).click();
    await expect.poll(() => s.page.url()).toMatch(/peers=000(~\d{3}){5}/);
    expect(await s.page.locator('section[data-theme="ledighed"] .series-legend li').count()).toBe(7);
  });

  it('gives Herlev the unemployment rank among the 98 that the data gives', async () => {
    await s.page.goto(`${baseUrl}?view=report&areas=163&at=2026-07`);
    const ledighed = s.page.locator('section[data-theme="ledighed"]');
    await ledighed.waitFor();
    const rank = herlevRank('2026-07');
    expect(await ledighed.locator('.theme-rank').textContent()).toBe(`${rank} · 1 = lavest`);
    expect(await ledighed.locator('.theme-sentence').textContent()).toContain(`${rank} kommuner (1 = lavest)`);
    const legend = (await ledighed.locator('.series-legend li').allTextContents()).join(' | ');
    for (const peer of ['Ballerup', 'Glostrup', 'Albertslund', 'Hele landet']) expect(legend).toContain(peer);
  });

  it('keeps an edited comparison set in the URL', async () => {
    await s.page.goto(`${baseUrl}?view=report&areas=163`);
    await s.page.locator('section[data-theme="ledighed"]').waitFor();
    await s.page.getByRole('button', { name: 'Fjern Glostrup' }).click();
    await expect.poll(() => s.page.url()).toContain('peers=000~151~165');
    await s.page.reload();
    await s.page.locator('section[data-theme="ledighed"]').waitFor();
    const legend = (await s.page.locator('section[data-theme="ledighed"] .series-legend li').allTextContents()).join(' | ');
    expect(legend).not.toContain('Glostrup');
  });
});
