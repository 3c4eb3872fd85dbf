import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { readCsv } from '../../src/data/parse-csv.ts';
import { browserSession, downloaded, seriousAxeViolations } from './browser.ts';

const baseUrl = inject('baseUrl');
const s = browserSession();
const SOURCE = '../shared/public-data/star-benchmark-y30r21/Y30R21-api.csv';

interface Expected {
  actual: string;
  expected: string;
  /** As the page writes it: "−0,27 pct.point". */
  difference: string;
  rank: number;
}

const signed = (text: string) => (text.startsWith('-') ? `−${text.slice(1)}` : Number(text.replace(',', '.')) === 0 ? `±${text}` : `+${text}`) + ' pct.point';

/**
 * Herlev's figures in the newest benchmark period, straight from STAR's file where it is beside
 * the project (the shares as STAR writes them, "7,94"); a clone without it reads data/, which the
 * ingest test proves is that file converted.
 */
function herlevLatest(): { period: string; figures: Expected; count: number } {
  if (existsSync(SOURCE)) {
    const rows = readFileSync(SOURCE, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, string | number>);
    const latest = [...new Set(rows.map((r) => String(r.Periode)))].sort().at(-1)!;
    const key = (suffix: string) => Object.keys(rows[0]!).find((k) => k.endsWith(suffix))!;
    const herlev = rows.find((r) => r.Area === 'Herlev' && r.Periode === latest && r.Ydelsesgrupper === 'Ydelsesgrupper i alt')!;
    const year = Number(latest.slice(0, 4));
    const period = latest.endsWith('04') ? `1.–4. kvt. ${year}` : `3. kvt. ${year - 1} – 2. kvt. ${year}`;
    const count = rows.filter((r) => r.Periode === latest && r.Ydelsesgrupper === 'Ydelsesgrupper i alt').length;
    return { period, count, figures: { actual: String(herlev[key('Faktisk andel (pct.)')]), expected: String(herlev[key('Forventet andel (pct.)')]), difference: signed(String(herlev[key('(pct. point)')])), rank: Number(herlev[key('benchmarkranglisten')]) } };
  }
  const share = readCsv(readFileSync('data/observations/benchmark_andel.csv', 'utf8')).records.filter((r) => r.breakdown === 'all');
  const latest = [...new Set(share.map((r) => r.period!))].sort().at(-1)!;
  const value = (kind: string) => Number(share.find((r) => r.area === '163' && r.period === latest && r.kind === kind)!.value).toFixed(2).replace('.', ',');
  const pick = (file: string) => readCsv(readFileSync(`data/observations/${file}.csv`, 'utf8')).records.find((r) => r.area === '163' && r.breakdown === 'all' && r.period === latest)!.value!;
  const difference = Number(pick('benchmark_forskel')).toFixed(2).replace('.', ',');
  const [from, to] = latest.split('/') as [string, string];
  const q = (p: string) => `${p.slice(6)}. kvt. ${p.slice(0, 4)}`;
  const period = from.slice(0, 4) === to.slice(0, 4) ? `${from.slice(6)}.–${to.slice(6)}. kvt. ${to.slice(0, 4)}` : `${q(from)} – ${q(to)}`;
  return { period, count: share.filter((r) => r.period === latest && r.kind === 'actual').length, figures: { actual: value('actual'), expected: value('expected'), difference: signed(difference), rank: Number(pick('benchmark_placering')) } };
}

describe('benchmark', () => {
  it('chooses Herlev and reads its actual and expected share and its rank for the newest period, as STAR publishes them', async () => {
    const { period, figures, count } = herlevLatest();
    await s.page.goto(`${baseUrl}?view=benchmark`);
    await expect.poll(() => s.page.locator('circle.scatter-point').count(), { timeout: 15_000 }).toBe(count);
    expect(await s.page.getByRole('combobox', { name: 'Periode (12 måneder)' }).locator('option:checked').textContent()).toBe(period);
    expect(await s.page.locator('.chart-subtitle').first().textContent()).toContain(period);

    await s.page.getByRole('combobox', { name: 'Områder' }).fill('Herlev');
    await s.page.keyboard.press('Enter');
    await expect.poll(() => s.page.url()).toContain('areas=000~163');
    const point = s.page.locator('circle.scatter-point[data-code="163"]');
    expect(await point.getAttribute('aria-pressed')).toBe('true');

    await point.focus();
    const tooltip = s.page.locator('.scatter-tooltip');
    expect(await tooltip.textContent()).toBe(`HerlevFaktisk: ${figures.actual} %Forventet: ${figures.expected} %Forskel: ${figures.difference}nr. ${figures.rank} af 98`);

    const row = s.page.locator('.benchmark-row[data-code="163"]');
    expect(await row.locator('.benchmark-rank').textContent()).toBe(String(figures.rank));
    expect(await row.locator('.benchmark-values').textContent()).toBe(`${figures.actual} % / ${figures.expected} %`);
    expect(await row.locator('.benchmark-diff').textContent()).toBe(figures.difference);
    expect(await row.getAttribute('class')).toContain('chosen');
    // The list is in the order of the benchmark list, 1 first.
    const ranks = (await s.page.locator('.benchmark-rows .benchmark-rank').allTextContents()).map(Number);
    expect(ranks).toEqual(Array.from({ length: count }, (_, i) => i + 1));
    expect(await s.page.locator('.chart-notes').first().textContent()).toContain('1 = mest under det forventede');
    expect(await s.page.locator('.chart-notes').first().textContent()).toContain('ikke alle ydelser');
  });

  it('reaches every municipality in the scatter by keyboard alone, and chooses one with Enter', async () => {
    await s.page.goto(`${baseUrl}?view=benchmark`);
    await expect.poll(() => s.page.locator('circle.scatter-point').count(), { timeout: 15_000 }).toBe(98);
    await s.page.getByRole('combobox', { name: 'Områder' }).focus();
    for (let i = 0; i < 10; i++) {
      await s.page.keyboard.press('Tab');
      if (await s.page.evaluate(() => document.activeElement?.classList.contains('scatter-point'))) break;
    }
    await s.page.keyboard.press('Home');
    const names = new Set<string>();
    for (let i = 0; i < 98; i++) {
      names.add(await s.page.evaluate(() => document.activeElement!.getAttribute('aria-label')!.split(':')[0]!));
      await s.page.keyboard.press('ArrowRight');
    }
    expect(names.size).toBe(98);
    expect(names).toContain('Herlev');
    expect(names).toContain('Ærø');
    // The last point has the highest expected share; Enter chooses it.
    await s.page.keyboard.press('Enter');
    const chosen = await s.page.evaluate(() => document.activeElement!.getAttribute('data-code'));
    await expect.poll(() => s.page.url()).toContain(`areas=${chosen}`);
    await expect.poll(() => s.page.evaluate(() => document.activeElement?.getAttribute('aria-pressed'))).toBe('true');
  });

  it('exports the scatter as SVG with every point, the diagonal and the title, and the list as CSV', async () => {
    await s.page.goto(`${baseUrl}?view=benchmark&areas=163`);
    await expect.poll(() => s.page.locator('circle.scatter-point').count(), { timeout: 15_000 }).toBe(98);
    const scatter = s.page.locator('figure.chart-card').first();
    const [svg] = await Promise.all([s.page.waitForEvent('download'), scatter.getByRole('button', { name: 'SVG', exact: true }).click()]);
    const text = (await downloaded(svg)).toString('utf8');
    expect(text.match(/<circle/g)?.length).toBe(98);
    expect(text).toContain('som forventet');
    expect(text).toContain('Faktisk og forventet andel på offentlig forsørgelse');
    expect(text).toContain('Jobindsats.dk / STAR, y30r21');
    const [csv] = await Promise.all([s.page.waitForEvent('download'), scatter.getByRole('button', { name: 'CSV', exact: true }).click()]);
    const lines = (await downloaded(csv)).toString('utf8').replace(/^\uFEFF/, '').split('\n').filter((l) => l && !/^"?#/.test(l));
    const records = readCsv(lines.join('\n')).records;
    expect(records).toHaveLength(98);
    expect(records.map((r) => Number(r.placering))).toEqual(Array.from({ length: 98 }, (_, i) => i + 1));
    expect(records.find((r) => r.kode === '163')).toMatchObject({ område: 'Herlev', fordeling: 'all' });
  });

  it('has no serious accessibility problems, with a municipality chosen and its development shown', async () => {
    await s.page.goto(`${baseUrl}?view=benchmark&areas=163~151`);
    await s.page.getByRole('heading', { name: 'Forskel mellem faktisk og forventet andel over tid' }).waitFor({ timeout: 15_000 });
    await s.page.locator('circle.scatter-point[data-code="163"]').focus();
    expect(await seriousAxeViolations(s.page)).toEqual([]);
  });

  it('shows an older window and another benefit group from the link, and offers the municipalities with similar conditions to compare', async () => {
    await s.page.goto(`${baseUrl}?view=benchmark&areas=163&brk=kontanthjælp mv.&at=2021-Q1/2021-Q4`);
    await s.page.getByRole('heading', { name: 'Kommuner med tilsvarende rammevilkår som Herlev' }).waitFor({ timeout: 15_000 });
    expect(await s.page.locator('.chart-subtitle').first().textContent()).toBe('Kontanthjælp mv. · 1.–4. kvt. 2021 · procent af befolkningen');
    const similar = await s.page.locator('.similar-list li').allTextContents();
    expect(similar).toHaveLength(5);
    await s.page.getByRole('button', { name: 'Sammenlign', exact: true }).last().click();
    await expect.poll(() => s.page.url()).toContain('view=compare');
    const areas = new URL(s.page.url()).searchParams.get('areas')!.split('~');
    expect(areas).toHaveLength(6);
    expect(areas[0]).toBe('163');
    // All 98 are drawn, the six chosen highlighted and named in bold.
    await expect.poll(() => s.page.locator('.recharts-bar-rectangle').count(), { timeout: 15_000 }).toBe(98);
    expect(await s.page.locator('.recharts-cartesian-axis-tick-label text[font-weight="700"]').count()).toBe(6);
  });

  it('adds the five municipalities with the nearest expected share to the trend view in one click', async () => {
    await s.page.goto(`${baseUrl}?view=trend&areas=163`);
    await s.page.getByRole('button', { name: '+ Tilsvarende rammevilkår som Herlev' }).click();
    await expect.poll(() => new URL(s.page.url()).searchParams.get('areas')?.split('~').length, { timeout: 15_000 }).toBe(6);
    const added = new URL(s.page.url()).searchParams.get('areas')!.split('~').slice(1);
    // The same five the benchmark view names for Herlev in the newest window.
    await s.page.goto(`${baseUrl}?view=benchmark&areas=163`);
    await s.page.locator('.similar-list li').first().waitFor({ timeout: 15_000 });
    const named = (await s.page.locator('.similar-list li').allTextContents()).map((t) => t.replace(/ \(.*$/, ''));
    const names = readCsv(readFileSync('data/municipalities.csv', 'utf8')).records;
    expect(added.map((code) => names.find((m) => m.code === code)!.name)).toEqual(named);
  });
});
