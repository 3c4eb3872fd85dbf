// The forecast in the trend view: asked for by the link (fc=1), fitted in a worker, drawn with
// its bands, named in both languages, and in the CSV with a kind that says it is a model's.
import { describe, expect, inject, it } from 'vitest';
import { browserSession, downloaded } from './browser.ts';

const baseUrl = inject('baseUrl');
const s = browserSession();

describe('forecast (model) in the trend view', () => {
  it('draws a forecast with 80 % and 95 % bands from a link, named in Danish and English, and survives a share link and an embed', { timeout: 120_000 }, async () => {
    await s.page.goto(`${baseUrl}?view=trend&ind=ledige&areas=163&fc=1`);
    await s.page.locator('.forecast-band').first().waitFor({ timeout: 60_000 });
    expect(await s.page.locator('.forecast-band.band-80').count()).toBe(1);
    expect(await s.page.locator('.forecast-band.band-95').count()).toBe(1);
    expect(await s.page.locator('.series-legend li').allTextContents()).toContain('Herlev – Prognose (model)');
    expect(await s.page.locator('.chart-subtitle').first().textContent()).toContain('Prognose (model) aug. 2026 – jul. 2027');
    expect(await s.page.getByLabel('Vis prognose (model) for de næste 12 måneder').isChecked()).toBe(true);

    await s.page.getByRole('button', { name: 'Vis som tabel' }).click();
    const row = s.page.locator('tbody tr').filter({ hasText: 'jan. 2027' });
    const value = Number(await row.locator('td[data-series="163:model"]').getAttribute('data-value'));
    expect(value).toBeGreaterThan(0);

    const [download] = await Promise.all([s.page.waitForEvent('download'), s.page.getByRole('button', { name: 'CSV', exact: true }).click()]);
    const lines = (await downloaded(download)).toString('utf8').replace(/^\uFEFF/, '').trim().split('\n');
    const header = lines[0]!.split(',');
    const rows = lines.slice(1).map((l) => l.split(','));
    const forecastRows = rows.filter((r) => r[header.indexOf('art')] === 'model_forecast');
    expect(forecastRows.map((r) => r[header.indexOf('periode')])).toEqual(['2026-08', '2026-09', '2026-10', '2026-11', '2026-12', '2027-01', '2027-02', '2027-03', '2027-04', '2027-05', '2027-06', '2027-07']);
    expect(forecastRows.every((r) => r[header.indexOf('art_navn')] === 'Prognose (model)')).toBe(true);
    // Actual figures keep their own kind: the model's numbers are never mixed in unmarked.
    expect(rows.filter((r) => r[header.indexOf('art')] === 'actual').every((r) => r[header.indexOf('periode')]! <= '2026-07')).toBe(true);

    await s.page.goto(`${baseUrl}?view=trend&ind=ledige&areas=163&fc=1&lang=en`);
    await s.page.locator('.forecast-band').first().waitFor({ timeout: 60_000 });
    expect(await s.page.locator('.series-legend li').allTextContents()).toContain('Herlev – Forecast (model)');

    await s.page.goto(`${baseUrl}embed.html?view=trend&ind=ledige&areas=163&fc=1`);
    await s.page.locator('.forecast-band').first().waitFor({ timeout: 60_000 });
    expect(await s.page.locator('.series-legend li').allTextContents()).toContain('Herlev – Prognose (model)');
  });

  it('states the chance of reaching a target typed in the controls, draws the target, and keeps it in the link, in Danish and English', { timeout: 120_000 }, async () => {
    await s.page.goto(`${baseUrl}?view=trend&ind=ledige&areas=163&fc=1`);
    await s.page.locator('.forecast-band').first().waitFor({ timeout: 60_000 });
    const control = s.page.getByRole('group', { name: 'Mål for Herlev' });
    // A level that is not a number in Danish is named, and no target is set.
    await control.getByLabel('Niveau').fill('4.5');
    await control.getByLabel('Niveau').press('Enter');
    expect(await control.getByRole('alert').textContent()).toBe('Skriv niveauet som et tal, fx 450, 4,5 eller 4.500.');
    expect(new URL(s.page.url()).searchParams.get('goal')).toBeNull();
    await control.getByLabel('Niveau').fill('400');
    await control.getByLabel('Niveau').press('Enter');
    // A level alone is for the forecast's last month; choosing another moves the target there.
    await expect.poll(() => new URL(s.page.url()).searchParams.get('goal')).toBe('400~2027-07');
    await control.getByLabel('Måned').selectOption('2027-06');
    const sentence = s.page.locator('.chart-notes li').filter({ hasText: 'Sandsynlighed for, at Herlev når målet' });
    await sentence.waitFor({ timeout: 60_000 });
    const text = (await sentence.textContent())!;
    expect(text).toMatch(/^Sandsynlighed for, at Herlev når målet \(højst 400 i juni 2027\): (under 1 %|over 99 %|\d{1,2} %)\.$/);
    expect(await s.page.locator('.chart-notes li').filter({ hasText: 'Sådan er den beregnet' }).count()).toBe(1);
    expect(await s.page.locator('.goal-line').count()).toBe(1);
    expect(new URL(s.page.url()).searchParams.get('goal')).toBe('400~2027-06');
    expect(await control.getByRole('alert').count()).toBe(0);
    // Back goes to the target's first month, then takes the target away, and the field follows.
    await s.page.goBack();
    await expect.poll(() => control.getByLabel('Måned').inputValue()).toBe('2027-07');
    await s.page.goBack();
    await expect.poll(() => control.getByLabel('Niveau').inputValue()).toBe('');
    expect(await sentence.count()).toBe(0);
    await s.page.goForward();
    await expect.poll(() => control.getByLabel('Niveau').inputValue()).toBe('400');
    // A lower target is never more likely to be reached than a higher one.
    const chance = (t: string) => (/(\d+) ?%/.exec(t) ? Number(/(\d+) ?%/.exec(t)![1]) : t.includes('under') ? 0 : 100);
    await s.page.goto(`${baseUrl}?view=trend&ind=ledige&areas=163&fc=1&goal=300~2027-06&lang=en`);
    const english = s.page.locator('.chart-notes li').filter({ hasText: 'Chance that Herlev reaches the target' });
    await english.waitFor({ timeout: 60_000 });
    const lower = (await english.textContent())!;
    expect(lower).toMatch(/^Chance that Herlev reaches the target \(at most 300 in June 2027\): /);
    expect(chance(lower)).toBeLessThanOrEqual(chance(text));
    expect(await s.page.getByRole('group', { name: 'Target for Herlev' }).getByLabel('Level').inputValue()).toBe('300');
  });

  it("splits the change of registered unemployed into its breakdowns, which add up to the change the chart shows", async () => {
    await s.page.goto(`${baseUrl}?view=trend&ind=ledige&areas=163&from=2024-01&to=2026-07`);
    const drivers = s.page.locator('.drivers');
    await drivers.waitFor();
    expect(await drivers.locator('h3').textContent()).toBe('Hvad drev ændringen? Herlev, jan. 2024 – jul. 2026');
    const parts = await drivers.locator('li:not(.total) .num').evaluateAll((cells) => cells.map((c) => Number(c.getAttribute('data-value'))));
    const total = Number(await drivers.locator('li.total .num').getAttribute('data-value'));
    expect(parts.length).toBeGreaterThanOrEqual(2);
    expect(parts.reduce((a, b) => a + b, 0)).toBeCloseTo(total);
    // The total is the chart's own change: the table's last figure less its first.
    await s.page.getByRole('button', { name: 'Vis som tabel' }).click();
    const values = await s.page.locator('.trend-view tbody td[data-series="163"]').evaluateAll((cells) => cells.map((c) => Number(c.getAttribute('data-value'))));
    expect(total).toBe(values.at(-1)! - values[0]!);
    expect(await drivers.locator('p').textContent()).toContain('Havde området fulgt hele landet');
  });

  it('offers no forecast for a figure that is not monthly, and says why', async () => {
    await s.page.goto(`${baseUrl}?view=trend&ind=benchmark_placering&areas=163&fc=1`);
    const toggle = s.page.getByLabel('Vis prognose (model) for de næste 12 måneder');
    await toggle.waitFor();
    expect(await toggle.isDisabled()).toBe(true);
    expect(await s.page.locator('.forecast-toggle .hint').textContent()).toBe('Prognoser laves for månedlige antal og andele; dette nøgletal er ikke et af dem.');
    expect(await s.page.locator('.forecast-band').count()).toBe(0);
  });
});

describe('seasonally adjusted (model) in the trend view', () => {
  it('draws each area also with its season taken out, from a link (sa=1), and splits the latest change into season and the rest', { timeout: 120_000 }, async () => {
    await s.page.goto(`${baseUrl}?view=trend&ind=ledige&areas=163~151&sa=1`);
    const legend = s.page.locator('.series-legend li');
    await legend.filter({ hasText: 'Herlev – sæsonkorrigeret (model)' }).waitFor({ timeout: 60_000 });
    expect(await legend.allTextContents()).toEqual(['Herlev', 'Ballerup', 'Herlev – sæsonkorrigeret (model)', 'Ballerup – sæsonkorrigeret (model)']);
    expect(await s.page.getByLabel('Vis også sæsonkorrigeret (model)').isChecked()).toBe(true);

    await s.page.getByRole('button', { name: 'Vis som tabel' }).click();
    const column = (key: string) => s.page.locator(`.trend-view tbody td[data-series="${key}"]`).evaluateAll((cells) => cells.map((c) => Number(c.getAttribute('data-value'))));
    const raw = await column('163');
    const adjusted = await column('163:sa');
    expect(adjusted).toHaveLength(raw.length);
    // The season is taken out, not the level: over a whole number of years the two agree on average.
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(Math.abs(mean(adjusted.slice(-48)) - mean(raw.slice(-48)))).toBeLessThan(0.05 * mean(raw.slice(-48)));
    // And it moves less from month to month than the figures do.
    const wobble = (xs: number[]) => mean(xs.slice(1).map((x, i) => Math.abs(x - xs[i]!)));
    expect(wobble(adjusted)).toBeLessThan(wobble(raw));

    const note = (await s.page.locator('.chart-notes li').allTextContents()).find((n) => n.startsWith('Herlev, juli 2026'))!;
    const signed = (text: string) => Number(text.replace('−', '-').replace('±', '').replace(/\./g, '').replace(',', '.'));
    const [, change, adjustedChange, season] = /: ([−+±][\d.,]+) fra juni 2026; sæsonkorrigeret ([−+±][\d.,]+)\. Sæsonen alene giver ([−+±][\d.,]+) i den måned\./.exec(note)!;
    expect(signed(change!)).toBe(raw.at(-1)! - raw.at(-2)!);
    expect(Math.abs(signed(change!) - signed(adjustedChange!) - signed(season!))).toBeLessThanOrEqual(1);

    const [download] = await Promise.all([s.page.waitForEvent('download'), s.page.getByRole('button', { name: 'CSV', exact: true }).click()]);
    const lines = (await downloaded(download)).toString('utf8').replace(/^\uFEFF/, '').trim().split('\n');
    const header = lines[0]!.split(',');
    const kinds = lines.slice(1).map((l) => l.split(',')[header.indexOf('art')]);
    expect(kinds.filter((k) => k === 'model_seasonally_adjusted')).toHaveLength(2 * raw.length);

    await s.page.goto(`${baseUrl}?view=trend&ind=ledige&areas=163&sa=1&lang=en`);
    await s.page.locator('.series-legend li').filter({ hasText: 'Herlev – seasonally adjusted (model)' }).waitFor({ timeout: 60_000 });
  });

  it('says why a series is not adjusted, and offers no adjustment for a rank', { timeout: 120_000 }, async () => {
    await s.page.goto(`${baseUrl}?view=trend&ind=ledige&areas=163&sa=1&from=2025-01`);
    await s.page.locator('.series-legend li').filter({ hasText: 'sæsonkorrigeret' }).waitFor({ timeout: 60_000 });
    // The range shown is short, but the model sees the whole series: the adjusted line is there.
    await s.page.goto(`${baseUrl}?view=trend&ind=langtidsledige&areas=163~825&sa=1`);
    await s.page.locator('.series-legend li').filter({ hasText: 'Herlev – sæsonkorrigeret (model)' }).waitFor({ timeout: 60_000 });
    expect(await s.page.locator('.chart-notes li').allTextContents()).toContain('Ingen sæsonkorrektion for Læsø: serien har måneder uden tal.');
    expect(await s.page.locator('.series-legend li').filter({ hasText: 'Læsø – sæsonkorrigeret' }).count()).toBe(0);
    await s.page.goto(`${baseUrl}?view=trend&ind=benchmark_placering&areas=163&sa=1`);
    const toggle = s.page.getByLabel('Vis også sæsonkorrigeret (model)');
    await toggle.waitFor();
    expect(await toggle.isDisabled()).toBe(true);
    expect(await s.page.locator('.seasonal-toggle .hint').textContent()).toBe('Sæsonkorrektion laves for månedlige antal og andele; dette nøgletal er ikke et af dem.');
  });
});
