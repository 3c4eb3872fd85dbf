import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { readCsv } from '../../src/data/parse-csv.ts';
import { formatFor } from '../../src/format/format.ts';
const { number: formatNumber } = formatFor('da');
import { browserSession } from './browser.ts';

const baseUrl = inject('baseUrl');
const s = browserSession();

describe('kort', () => {
  it('draws all 98 municipalities and shows Herlev\'s value and rank on hover', async () => {
    await s.page.goto(`${baseUrl}?view=map&at=2026-07`);
    const paths = s.page.locator('svg.map-svg path[data-code]');
    await expect.poll(() => paths.count(), { timeout: 15_000 }).toBe(98);
    await s.page.locator('path[data-code="163"]').hover();
    const { records } = readCsv(readFileSync('data/observations/ledighed_pct.csv', 'utf8'));
    const month = records.filter((r) => r.breakdown === 'all' && r.period === '2026-07' && r.area !== '000' && r.value !== '').map((r) => Number(r.value));
    const value = Number(records.find((r) => r.area === '163' && r.breakdown === 'all' && r.period === '2026-07')!.value);
    // Competition rank with the tie spelled out, counted here without the app's code.
    const first = month.filter((v) => v < value).length + 1;
    const last = month.filter((v) => v <= value).length;
    const rank = last > first ? `delt nr. ${first}–${last}` : `nr. ${first}`;
    const info = await s.page.locator('.map-info').textContent();
    expect(info).toBe(`Herlev: ${formatNumber(value, 1, 1)} %, ${rank} af 98 (1 = lavest), juli 2026`);
    expect(await s.page.getByRole('list', { name: 'Forklaring' }).textContent()).toContain('ingen data');
  });

  it('selects Ballerup by click, and the trend view shows it', async () => {
    await s.page.goto(`${baseUrl}?view=map&areas=000`);
    await s.page.locator('path[data-code="151"]').click();
    await expect.poll(() => s.page.url()).toContain('areas=000~151');
    expect(await s.page.locator('path[data-code="151"]').getAttribute('aria-pressed')).toBe('true');
    await s.page.getByRole('link', { name: 'Udvikling' }).click();
    await s.page.getByRole('button', { name: 'Vis som tabel' }).click();
    expect(await s.page.locator('thead th').allTextContents()).toEqual(['Periode', 'Hele landet', 'Ballerup']);
  });

  it('lists all 98 sorted by value in the table alternative', async () => {
    await s.page.goto(`${baseUrl}?view=map&ind=kontanthjaelp_pct_befolkning`);
    await s.page.getByRole('button', { name: 'Vis som tabel' }).click();
    const values = await s.page.locator('tbody tr td:first-of-type').allTextContents();
    expect(values).toHaveLength(98);
    const numbers = values.filter((v) => v !== 'ingen data').map((v) => Number(v.replace(',', '.')));
    expect([...numbers].sort((a, b) => a - b)).toEqual(numbers);
  });

  it('renders as an embed', async () => {
    await s.page.goto(`${baseUrl}embed.html?view=map&areas=163`);
    await expect.poll(() => s.page.locator('svg.map-svg path[data-code]').count(), { timeout: 15_000 }).toBe(98);
    expect(await s.page.getByRole('navigation').count()).toBe(0);
    expect(await s.page.locator('.source-line').textContent()).toContain('Geodatastyrelsen');
  });
});

describe('kort: zoom', () => {
  const widthOf = async (code: string) => (await s.page.locator(`path[data-code="${code}"]`).boundingBox())!.width;

  it('zooms to Hovedstaden, where Herlev is big enough to click, and the trend view then shows Herlev', async () => {
    await s.page.setViewportSize({ width: 1280, height: 900 });
    await s.page.goto(`${baseUrl}?view=map&areas=000`);
    await expect.poll(() => s.page.locator('svg.map-svg path[data-code]').count(), { timeout: 15_000 }).toBe(98);
    expect(await widthOf('163')).toBeLessThan(20);
    await s.page.getByRole('button', { name: 'Hovedstaden' }).click();
    await expect.poll(() => widthOf('163')).toBeGreaterThanOrEqual(40);
    expect(s.page.url()).toContain('zoom=r-hovedstaden');
    await s.page.locator('path[data-code="163"]').click();
    await expect.poll(() => s.page.url()).toContain('areas=000~163');
    // Chosen: a ring over its colour class, and its name on the map.
    expect(await s.page.locator('[data-chosen="163"] path').count()).toBe(2);
    expect(await s.page.locator('path[data-code="163"]').getAttribute('fill')).not.toBe('#111');
    await expect.poll(() => s.page.locator('.map-labels text').allTextContents()).toContain('Herlev');
    await s.page.getByRole('link', { name: 'Udvikling' }).click();
    await expect.poll(() => s.page.locator('.series-legend').textContent()).toContain('Herlev');
  });

  it('opens a shared link on the same region, and the capital inset answers at national zoom', async () => {
    await s.page.goto(`${baseUrl}?view=map&zoom=r-hovedstaden`);
    await expect.poll(() => widthOf('163')).toBeGreaterThanOrEqual(40);
    await s.page.getByRole('button', { name: 'Hele landet', exact: true }).click();
    await expect.poll(() => widthOf('163')).toBeLessThan(20);
    const inset = s.page.locator('path[data-inset-code="163"]');
    expect((await inset.boundingBox())!.width).toBeGreaterThanOrEqual(20);
    await inset.hover();
    await expect.poll(() => s.page.locator('.map-info').textContent()).toMatch(/^Herlev: /);
    await inset.click();
    await expect.poll(() => s.page.url()).toMatch(/areas=[^&]*163/);
  });

  it('finds a municipality typed with æøå and zooms to it, all by keyboard', async () => {
    await s.page.goto(`${baseUrl}?view=map&areas=000`);
    await expect.poll(() => s.page.locator('svg.map-svg path[data-code]').count(), { timeout: 15_000 }).toBe(98);
    await s.page.getByRole('searchbox', { name: 'Find kommune' }).focus();
    await s.page.keyboard.type('Høje Taastrup');
    await s.page.keyboard.press('Enter');
    await expect.poll(() => s.page.url()).toContain('zoom=m-169');
    await expect.poll(() => s.page.evaluate(() => document.activeElement?.getAttribute('data-code'))).toBe('169');
    const before = await widthOf('169');
    await s.page.keyboard.press('+');
    await expect.poll(() => widthOf('169')).toBeGreaterThan(before * 1.3);
    await s.page.keyboard.press('ArrowLeft');
    await expect.poll(() => s.page.url()).toMatch(/zoom=[\d.]+,-?[\d.]+,-?[\d.]+/);
    await s.page.keyboard.press('Enter');
    await expect.poll(() => s.page.url()).toContain('areas=000~169');
    await s.page.keyboard.press('-');
    await expect.poll(() => widthOf('169')).toBeLessThan(before * 1.3);
    await s.page.getByRole('button', { name: 'Vis hele landet igen' }).press('Enter');
    await expect.poll(() => s.page.url()).not.toContain('zoom=');
    await expect.poll(() => widthOf('169')).toBeLessThan(before);
  });

  it('opens an embed of Herlev at 400 px zoomed so Herlev is at least 24 px wide', async () => {
    await s.page.setViewportSize({ width: 400, height: 800 });
    await s.page.goto(`${baseUrl}embed.html?view=map&areas=163`);
    await expect.poll(() => s.page.locator('svg.map-svg path[data-code]').count(), { timeout: 15_000 }).toBe(98);
    await expect.poll(() => widthOf('163')).toBeGreaterThanOrEqual(24);
    await s.page.setViewportSize({ width: 1280, height: 900 });
  });
});
