import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { readCsv } from '../../src/data/parse-csv.ts';
import { formatFor } from '../../src/format/format.ts';
const { number: formatNumber } = formatFor('da');
import { browserSession } from './browser.ts';

const baseUrl = inject('baseUrl');
const s = browserSession();

/** The value the data files hold, read independently of the app. */
function expected(area: string, indicator: string, period: string): number {
  const { records } = readCsv(readFileSync(`data/observations/${indicator}.csv`, 'utf8'));
  const row = records.find((r) => r.area === area && r.breakdown === 'all' && r.period === period);
  if (!row) throw new Error(`no ${indicator} for ${area} ${period}`);
  return Number(row.value);
}

async function addArea(name: string) {
  const input = s.page.getByRole('combobox', { name: 'Områder' });
  await input.fill(name);
  await s.page.getByRole('option', { name: new RegExp(`^${name}`) }).first().click();
}


describe('udvikling (trend)', () => {
  it('shows two municipalities beside Hele landet and reads their values from the table', async () => {
    await s.page.goto(`${baseUrl}?view=trend`);
    await s.page.getByRole('heading', { name: 'Ledighed i pct. af arbejdsstyrken' }).waitFor();
    await addArea('Herlev');
    await addArea('Ballerup');
    await expect.poll(() => s.page.locator('.recharts-line').count()).toBe(3);
    expect(await s.page.locator('.recharts-line-curve').count()).toBe(3);

    await s.page.getByRole('button', { name: 'Vis som tabel' }).click();
    const table = s.page.getByRole('table');
    const headers = await table.locator('thead th').allTextContents();
    expect(headers).toEqual(['Periode', 'Hele landet', 'Herlev', 'Ballerup']);
    const lastRow = table.locator('tbody tr').last();
    expect(await lastRow.locator('th').textContent()).toBe('jul. 2026');
    const herlev = await lastRow.locator('td[data-series="163"]').textContent();
    expect(herlev).toBe(`${formatNumber(expected('163', 'ledighed_pct', '2026-07'), 1, 1)} %`);
    expect(s.page.url()).toContain('areas=000~163~151');

    // The tooltip is mounted while the pointer is in the chart: at its right edge, the last month.
    const tooltip = s.page.locator('.trend-chart .chart-tooltip');
    expect(await tooltip.count()).toBe(0);
    const plot = (await s.page.locator('.trend-chart .recharts-cartesian-grid').first().boundingBox())!;
    await s.page.mouse.move(plot.x + plot.width - 2, plot.y + plot.height / 2);
    await tooltip.waitFor();
    expect(await tooltip.locator('.chart-tooltip-title').textContent()).toBe('juli 2026');
    expect(await tooltip.locator('li').allTextContents()).toContain(`Herlev: ${herlev}`);
    await s.page.mouse.move(plot.x + plot.width / 2, plot.y - 200);
    await expect.poll(() => tooltip.count()).toBe(0);
    // And while the keyboard's focus is in it: the arrow keys walk the months.
    await s.page.locator('.trend-chart svg.recharts-surface').first().focus();
    await s.page.keyboard.press('ArrowRight');
    await tooltip.waitFor();
    expect(await tooltip.locator('li').count()).toBe(3);
    expect(s.consoleErrors).toEqual([]);
  });

  it('reproduces the view from a copied link, with no rewrite rules on the server', async () => {
    await s.page.goto(`${baseUrl}?v=1&view=trend&areas=163~151&ind=kontanthjaelp_fuldtid&from=2022-01&to=2022-12`);
    await s.page.getByRole('heading', { name: 'Kontanthjælpsmodtagere (fuldtidspersoner)' }).waitFor();
    await expect.poll(() => s.page.locator('.recharts-line').count()).toBe(2);
    await s.page.getByRole('button', { name: 'Vis som tabel' }).click();
    const rows = await s.page.locator('tbody tr th').allTextContents();
    expect(rows[0]).toBe('jan. 2022');
    expect(rows.at(-1)).toBe('dec. 2022');
    expect(rows).toHaveLength(12);
  });

  it('falls back to defaults for a hand-edited link and shows an empty state when nothing matches', async () => {
    await s.page.goto(`${baseUrl}?view=trend&areas=%%%&mode=bogus&from=2099-01`);
    await s.page.getByRole('heading', { name: 'Ledighed i pct. af arbejdsstyrken' }).waitFor();
    await expect.poll(() => s.page.getByRole('status').textContent()).toContain('Ingen tal for dette valg');
    expect(await s.page.locator('.recharts-line').count()).toBe(0);
  });

  it('says so when a link names a breakdown the indicator lacks, instead of quietly drawing another', async () => {
    await s.page.goto(`${baseUrl}?view=trend&ind=ledige&brk=kontanth%C3%A6lp&areas=163`);
    const banner = s.page.locator('.banner').filter({ hasText: 'fordelingen' });
    await banner.waitFor();
    expect(await banner.locator('p').textContent()).toBe('Linket viser fordelingen "kontanthælp", som dette nøgletal ikke har; her vises "I alt".');
    await s.page.locator('.recharts-line-curve').first().waitFor();
    expect(await s.page.locator('.chart-subtitle').first().textContent()).toContain('I alt');
    // The address is corrected in place, so a copied link is clean.
    expect(new URL(s.page.url()).searchParams.get('brk')).toBeNull();
  });

  it('shows Herlev\'s full-time benefit recipients from the minutes with their source', async () => {
    await s.page.goto(`${baseUrl}?view=trend&areas=163&ind=ydelsesmodtagere_fuldtid`);
    await s.page.getByRole('heading', { name: 'Ydelsesmodtagere i alt (fuldtidspersoner)' }).waitFor();
    await s.page.getByRole('button', { name: 'Vis som tabel' }).click();
    const cells = await s.page.locator('tbody td').allTextContents();
    expect(cells).toEqual(['2.889', '2.790']);
    await s.page.locator('tbody td button').last().click();
    const panel = s.page.getByRole('region', { name: /Kilder/ });
    await expect.poll(() => panel.textContent()).toContain('Arbejdsmarkedsudvalget 2022-2025, 26. oktober 2022');
    expect(await panel.textContent()).toContain('Punkt 68: Statistik på beskæftigelsesområdet');
    expect(await s.page.locator('.source-line').textContent()).toContain('Herlev Kommune');
  });

  it('keeps the controls, and the focus in the breakdown menu, while another breakdown\'s file loads', async () => {
    await s.page.goto(`${baseUrl}?view=trend&areas=163&ind=ledige`);
    const menu = s.page.getByRole('combobox', { name: 'Fordeling' });
    await menu.focus();
    await menu.selectOption('kontanthjælp');
    await expect.poll(() => s.page.locator('.chart-subtitle').textContent()).toContain('kontanthjælp');
    await s.page.locator('.recharts-line-curve').first().waitFor();
    expect(await menu.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(new URL(s.page.url()).searchParams.get('brk')).toBe('kontanthjælp');
    expect(s.consoleErrors).toEqual([]);
  });
});
