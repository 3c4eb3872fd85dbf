// Every indicator drawn for what it is (issue "Nothing misleads"): each case is a link a
// committee member, an analyst or a report writer could open, checked as they would read it.
import { describe, expect, inject, it } from 'vitest';
import { browserSession } from './browser.ts';

const baseUrl = inject('baseUrl');
const s = browserSession();

/** The y positions of the rank axis's tick labels, by their text. */
async function yTicks(): Promise<Map<string, number>> {
  const ticks = await s.page.locator('.recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value').evaluateAll((els) => els.map((e) => [e.textContent ?? '', e.getBoundingClientRect().top] as const));
  return new Map(ticks);
}

describe('every indicator drawn for what it is', () => {
  it('draws a rank on an inverted 1–98 axis, says which end is best, and offers no index or per 1.000', async () => {
    await s.page.goto(`${baseUrl}?view=trend&areas=163~151&ind=benchmark_placering`);
    await s.page.getByRole('heading', { name: 'Placering på benchmarkranglisten' }).waitFor();
    await s.page.locator('.recharts-line').nth(1).waitFor();
    expect(await s.page.locator('.chart-subtitle').first().textContent()).toContain('placering blandt 98 · 1 = bedst, 98 = dårligst');
    const ticks = await yTicks();
    // 1 at the top, 98 at the bottom: a fall in the ranking draws as a line going down.
    expect(ticks.get('1')!).toBeLessThan(ticks.get('98')!);
    await s.page.getByRole('button', { name: 'Vis som tabel' }).click();
    expect(await s.page.locator('.data-table tbody td').first().textContent()).toMatch(/^nr\. \d+ af 98$/);
    for (const mode of ['Indeks', 'Pr. 1.000 indbyggere']) expect(await s.page.getByRole('radio', { name: mode }).isDisabled()).toBe(true);
    expect(await s.page.locator('.mode .hint').first().textContent()).toContain('En placering er en plads i en rangliste');
  });

  it('draws ranks of one period as dots on a 1–98 scale, never as bars whose length grows with the worse rank', async () => {
    await s.page.goto(`${baseUrl}?view=trend&areas=580&ind=noegletal_placering`);
    await s.page.getByRole('heading', { name: 'Placering blandt kommunerne (nøgletal)' }).waitFor();
    await s.page.locator('.recharts-bar circle').first().waitFor();
    expect(await s.page.locator('.recharts-bar circle').count()).toBe(15);
    expect(await s.page.locator('.chart-subtitle').first().textContent()).toContain('alle 15 fordelinger');
    const labels = await s.page.locator('.recharts-label-list text').allTextContents();
    expect(labels).toContain('nr. 70 af 98');
    // No two category labels overlap.
    const boxes = await s.page.locator('.recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value').evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => [r.top, r.bottom]));
    expect(boxes).toHaveLength(15);
    for (let i = 1; i < boxes.length; i++) expect(boxes[i]![0]!).toBeGreaterThanOrEqual(boxes[i - 1]![1]! - 1);
  });

  it('disables "Pr. 1.000 indbyggere" with its reason where there is no population for the month', async () => {
    await s.page.goto(`${baseUrl}?view=compare&areas=151~165~175~161~167~159&ind=socialt_frikort&at=2019-10&mode=per1000`);
    await s.page.getByRole('heading', { name: 'Borgere med socialt frikort' }).waitFor();
    const per1000 = s.page.getByRole('radio', { name: 'Pr. 1.000 indbyggere' });
    await per1000.waitFor();
    expect(await per1000.isDisabled()).toBe(true);
    expect(await s.page.getByRole('radio', { name: 'Som i kilden' }).isChecked()).toBe(true);
    const notes = await s.page.locator('.chart-notes').textContent();
    expect(notes).toContain('Pr. 1.000 indbyggere kan ikke vælges her: der er ingen befolkningstal for oktober 2019');
    expect(notes).not.toContain('Vælg "Pr. 1.000 indbyggere"');
  });

  it('names the municipalities a ranking leaves out, and shows all 98 with the chosen one highlighted', async () => {
    await s.page.goto(`${baseUrl}?view=compare&areas=580&ind=langtidsledige&mode=per1000`);
    await s.page.getByRole('heading', { name: 'Langtidsledige' }).waitFor();
    await expect.poll(() => s.page.locator('.recharts-bar-rectangle').count()).toBe(96);
    expect(await s.page.locator('.chart-notes').textContent()).toContain('Fanø og Læsø er ikke med: kilden har ingen tal for dem i juli 2026');
    expect(await s.page.locator('.recharts-cartesian-axis-tick-label text[font-weight="700"]').allTextContents()).toEqual(['Aabenraa']);
    expect(await s.page.locator('.recharts-label-list text').first().textContent()).toMatch(/af 96\)$/);
    await s.page.getByRole('checkbox', { name: 'Kun de valgte kommuner' }).check();
    await expect.poll(() => s.page.locator('.recharts-bar-rectangle').count()).toBe(1);
    expect(s.page.url()).toContain('only=1');
  });

  it('draws a yearly expected figure among monthly ones as a span over its year, each month written once on the axis', async () => {
    await s.page.goto(`${baseUrl}?view=trend&areas=151~000&ind=socialt_frikort`);
    await s.page.getByRole('heading', { name: 'Borgere med socialt frikort' }).waitFor();
    await s.page.locator('.recharts-line-dots rect').first().waitFor();
    const ends = await s.page.locator('.recharts-line-dots rect').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().left));
    expect(ends).toHaveLength(2);
    const plot = await s.page.locator('.recharts-cartesian-grid').first().boundingBox();
    // From the start of the axis (January) to December: the span covers the year, not a point in January.
    expect(ends[1]! - ends[0]!).toBeGreaterThan(plot!.width * 0.8);
    expect(await s.page.locator('.chart-notes').textContent()).toContain('Hele landet (forventet): 2019 er et tal for hele perioden');
    const xLabels = await s.page.locator('.recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value').allTextContents();
    expect(xLabels.length).toBeGreaterThan(1);
    expect(new Set(xLabels).size).toBe(xLabels.length);
    expect(await s.page.getByRole('combobox', { name: 'Fra' }).locator('option:checked').textContent()).toBe('2019');
  });

  it('leads from a figure to its meeting in Kilder, open at its item, and to the minutes\' site', async () => {
    await s.page.goto(`${baseUrl}?view=trend&areas=163&ind=ydelsesmodtagere_fuldtid`);
    await s.page.getByRole('heading', { name: 'Ydelsesmodtagere i alt (fuldtidspersoner)' }).waitFor();
    const dot = s.page.locator('.recharts-line-dots circle').first();
    await dot.waitFor();
    const box = (await dot.boundingBox())!;
    await s.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    const panel = s.page.getByRole('region', { name: /^Kilder:/ });
    await panel.waitFor();
    const site = panel.getByRole('link', { name: 'Referatet hos Herlev Kommune' });
    expect(await site.getAttribute('href')).toBe('https://www.herlev.dk/');
    expect(await site.getAttribute('rel')).toContain('noopener');
    const meeting = panel.getByRole('link', { name: /^Se mødet i Kilder, punkt / });
    expect(await meeting.getAttribute('href')).toContain('src=herlev-amu-2022-10-26');
    await meeting.click();
    await expect.poll(() => s.page.url()).toContain('view=sources');
    const card = s.page.locator('details[data-source="herlev-amu-2022-10-26"]');
    await expect.poll(() => card.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    expect(await card.locator('tr.item-match').count()).toBeGreaterThan(0);
    // Every other meeting stays folded.
    expect(await s.page.locator('details.source-card[open]').count()).toBe(1);
  });

  it('makes the view tabs links that open in a new tab, and names the view and areas in the page title', async () => {
    await s.page.goto(`${baseUrl}?view=trend&areas=163~151`);
    await s.page.getByRole('heading', { name: 'Ledighed i pct. af arbejdsstyrken' }).waitFor();
    await expect.poll(() => s.page.title()).toBe('Udvikling: Herlev og Ballerup – Kommunetal');
    const tab = s.page.getByRole('link', { name: 'Sammenlign', exact: true });
    expect(await tab.getAttribute('href')).toMatch(/view=compare&areas=163~151/);
    const [opened] = await Promise.all([s.context.waitForEvent('page'), tab.click({ modifiers: ['ControlOrMeta'] })]);
    await opened.waitForLoadState();
    expect(opened.url()).toContain('view=compare');
    await expect.poll(() => opened.title()).toBe('Sammenlign: Herlev og Ballerup – Kommunetal');
    await opened.close();
    // A plain click changes the view in place.
    expect(s.page.url()).toContain('view=trend');
    await tab.click();
    await expect.poll(() => s.page.url()).toContain('view=compare');
    await s.page.goto(`${baseUrl}?view=sources&lang=en`);
    await expect.poll(() => s.page.title()).toBe('Sources – Kommunetal');
  });
});
