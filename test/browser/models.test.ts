// Where views meet: per 1.000 chosen from the controls, a hidden series gone from every export
// and link, English with no Danish month, and one colour per municipality in every view.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { readCsv } from '../../src/data/parse-csv.ts';
import { DANISH_MONTH_NAMES } from '../../src/format/format.ts';
import { renderView } from '../../scripts/render.ts';
import { browserSession, downloaded } from './browser.ts';

const baseUrl = inject('baseUrl');
const distDir = inject('distDir');
const s = browserSession();

/** One area's value per period in a data file, read here without the app's code. */
function valuesOf(file: string, area: string): Map<string, number> {
  const { records } = readCsv(readFileSync(`data/observations/${file}.csv`, 'utf8'));
  return new Map(records.filter((r) => r.area === area && r.breakdown === 'all' && r.value !== '').map((r) => [r.period!, Number(r.value)]));
}

async function downloadText(name: string | RegExp): Promise<string> {
  const [download] = await Promise.all([s.page.waitForEvent('download'), s.page.getByRole('button', { name, exact: typeof name === 'string' }).click()]);
  return (await downloaded(download)).toString('utf8');
}

describe('view models in the browser', () => {
  it('offers "Pr. 1.000 indbyggere" for registrerede ledige and shows Herlev and Ballerup divided by their population', async () => {
    await s.page.goto(`${baseUrl}?view=trend&areas=163~151&ind=ledige&from=2025-01&to=2025-12`);
    await s.page.getByRole('heading', { name: 'Registrerede ledige' }).waitFor();
    const per1000 = s.page.getByRole('radio', { name: 'Pr. 1.000 indbyggere' });
    await expect.poll(() => per1000.isEnabled()).toBe(true);
    await per1000.check();
    await expect.poll(() => s.page.url()).toContain('mode=per1000');
    await s.page.getByRole('button', { name: 'Vis som tabel' }).click();
    const rows = await s.page.locator('.table-wrap tbody tr').evaluateAll((trs) =>
      trs.map((tr) => [tr.querySelector('th')!.textContent, ...Array.from(tr.querySelectorAll('td')).map((td) => td.getAttribute('data-value') ?? '')]),
    );
    expect(rows[0]![0]).toBe('jan. 2025');
    const herlev = valuesOf('ledige', '163');
    const ballerup = valuesOf('ledige', '151');
    const popHerlev = valuesOf('befolkning', '163');
    const popBallerup = valuesOf('befolkning', '151');
    expect(Number(rows[0]![1])).toBeCloseTo((herlev.get('2025-01')! / popHerlev.get('2025-01')!) * 1000, 6);
    expect(Number(rows[0]![2])).toBeCloseTo((ballerup.get('2025-01')! / popBallerup.get('2025-01')!) * 1000, 6);
    expect(await s.page.locator('.chart-subtitle').first().textContent()).toContain('personer pr. 1.000 indbyggere');
    expect(await s.page.locator('figcaption.source-line').textContent()).toContain('FOLK1AM');
  });

  it('leaves Ballerup out of CSV, SVG and the share link once it is hidden in the legend', async () => {
    await s.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseUrl).origin });
    await s.page.goto(`${baseUrl}?view=trend&areas=163~151&ind=ledighed_pct&from=2025-01`);
    await s.page.locator('.recharts-line').nth(1).waitFor();
    await s.page.locator('.series-legend').getByRole('button', { name: 'Ballerup' }).click();
    await expect.poll(() => s.page.url()).toContain('hide=151');
    expect(await s.page.locator('.recharts-line').count()).toBe(1);

    const csv = await downloadText('CSV');
    const body = readCsv(csv).records;
    expect(body.length).toBeGreaterThan(10);
    expect(new Set(body.map((r) => r['kode']))).toEqual(new Set(['163']));
    expect(csv).not.toContain('Ballerup');

    const excel = await downloadText('CSV (Excel, dansk)');
    expect(excel.replace(/^\uFEFF/, '').split('\n')[0]).toBe('område;kode;nøgletal;nøgletal_navn;fordeling;fordeling_navn;periode;periode_navn;værdi;værdi_i_kilden;enhed_i_kilden;enhed_i_kilden_navn;art;art_navn;kilde;kilde_navn;punkt');
    expect(excel).toMatch(/\nHerlev;163;ledighed_pct;Ledighed i pct\. af arbejdsstyrken;all;I alt;2025-01;januar 2025;\d+(,\d+)?;/);

    const svg = await downloadText('SVG');
    expect(svg).toContain('Herlev');
    expect(svg).not.toContain('Ballerup');

    await s.page.getByRole('button', { name: 'Del', exact: true }).click();
    const link = await s.page.evaluate(() => navigator.clipboard.readText());
    const other = await s.context.newPage();
    await other.goto(link);
    await other.locator('.recharts-line').first().waitFor();
    expect(await other.locator('.recharts-line').count()).toBe(1);
    expect(await other.locator('.series-legend .legend-hidden').textContent()).toContain('Ballerup');
    await other.close();
  });

  it('writes the report in English with no Danish month name', async () => {
    await s.page.goto(`${baseUrl}?view=report&areas=163&lang=en`);
    await s.page.locator('section[data-theme="ledighed"] .theme-sentence').waitFor();
    // Four monthly themes and the benchmark, all in English.
    await expect.poll(() => s.page.locator('section.theme-card').count()).toBe(5);
    const text = await s.page.locator('main').innerText();
    expect(text).toContain('Employment report: Herlev');
    expect(text).toContain('Public benefits against expected');
    expect(text).toMatch(/In Q1–Q4 2022, \d+\.\d\d % of the population of Herlev were on public benefits/);
    expect(text).toMatch(/Unemployment in Herlev was \d+\.\d % in [A-Z][a-z]+ \d{4}/);
    expect(text).toContain('Whole country');
    for (const name of DANISH_MONTH_NAMES) expect(text, name).not.toMatch(new RegExp(`(^|[^\\p{L}])${name.replace('.', '\\.')}(?![\\p{L}])`, 'u'));
    expect(await s.page.locator('html').getAttribute('lang')).toBe('en');
  });

  it('gives Herlev one colour in trend, compare and the report, wherever it stands in the list', async () => {
    const lineColour = async () => s.page.locator('.series-legend li[data-series="163"] line').first().getAttribute('stroke');
    await s.page.goto(`${baseUrl}?view=trend&areas=151~165~163&ind=ledighed_pct`);
    await s.page.locator('.series-legend li[data-series="163"]').waitFor();
    const inTrend = await lineColour();
    await s.page.goto(`${baseUrl}?view=trend&areas=163&ind=ledighed_pct`);
    await s.page.locator('.series-legend li[data-series="163"]').waitFor();
    expect(await lineColour()).toBe(inTrend);

    await s.page.goto(`${baseUrl}?view=compare&areas=165~151~163&ind=ledighed_pct`);
    await s.page.locator('.recharts-bar-rectangle').first().waitFor();
    const fills = await s.page.locator('.recharts-bar-rectangle path').evaluateAll((ps) => ps.map((p) => p.getAttribute('fill')));
    // The table lists the bars in the chart's order.
    await s.page.getByRole('button', { name: 'Vis som tabel' }).first().click();
    const codes = await s.page.locator('.table-wrap tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-row')));
    expect(fills[codes.indexOf('163')]).toBe(inTrend);
    expect(fills[codes.indexOf('151')]).not.toBe(inTrend);

    await s.page.goto(`${baseUrl}?view=report&areas=163`);
    await s.page.locator('section[data-theme="ledighed"] .recharts-line').first().waitFor();
    expect(await lineColour()).toBe(inTrend);
  });

  it('renders the monthly report to SVG as npm run render does (paper-phone runs the command itself)', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'kommunetal-render-')), 'overblik.svg');
    try {
      await renderView('?view=report&areas=163', out, { dist: distDir, browser: s.context.browser()! });
      expect(existsSync(out)).toBe(true);
      const svg = readFileSync(out, 'utf8');
      expect(svg).toContain('<title>Beskæftigelsesoverblik: Herlev</title>');
      for (const theme of ['Ledighed', 'Kontanthjælp', 'Langtidsledighed', 'Aktivering']) expect(svg).toContain(`>${theme}</text>`);
      expect((svg.match(/<svg /g) ?? []).length).toBeGreaterThanOrEqual(5);
    } finally {
      rmSync(out, { force: true });
    }
  });
});
