import { describe, expect, inject, it } from 'vitest';
import { browserSession } from './browser.ts';

const baseUrl = inject('baseUrl');
const s = browserSession();

describe('dashboard views', () => {
  it('lands on the overview with headline cards and opens a trend from a card', async () => {
    await s.page.goto(`${baseUrl}?areas=163`);
    await s.page.getByRole('heading', { name: 'Overblik: Herlev' }).waitFor();
    const card = s.page.getByRole('button', { name: /^Ledighed i pct\. af arbejdsstyrken\s*[\d,]+ %\s*juli 2026\s*[▲▼■]?\s*[+−±]/ });
    await card.waitFor();
    await card.click();
    await s.page.getByRole('heading', { name: 'Ledighed i pct. af arbejdsstyrken' }).waitFor();
    expect(s.page.url()).toContain('view=trend');
    expect(s.page.url()).toContain('areas=163~000');
    await expect.poll(() => s.page.locator('.recharts-line').count()).toBe(2);
    await s.page.goBack();
    await s.page.getByRole('heading', { name: 'Overblik: Herlev' }).waitFor();
  });

  it('switches to index mode and reads 100 at the chosen base period', async () => {
    await s.page.goto(`${baseUrl}?view=trend&areas=163~151&ind=ledige&from=2022-01&to=2022-12`);
    await s.page.getByRole('heading', { name: 'Registrerede ledige' }).waitFor();
    await s.page.getByRole('radio', { name: 'Indeks' }).check();
    await s.page.getByLabel('Basisperiode (= 100)').selectOption('2022-06');
    await s.page.getByRole('button', { name: 'Vis som tabel' }).click();
    const row = s.page.locator('tbody tr', { has: s.page.locator('th', { hasText: 'jun. 2022' }) });
    expect(await row.locator('td').allTextContents()).toEqual(['100,0', '100,0']);
    expect(await s.page.locator('.chart-subtitle').first().textContent()).toContain('indeks, jun. 2022 = 100');
    expect(s.page.url()).toContain('mode=index');
    expect(s.page.url()).toContain('base=2022-06');
  });

  it('compares a benchmark group with the national reference line and ranks', async () => {
    await s.page.goto(`${baseUrl}?view=compare&areas=albertslund-lokalomraade~165~000&at=2026-07`);
    await s.page.getByRole('heading', { name: 'Ledighed i pct. af arbejdsstyrken' }).waitFor();
    const refs = s.page.getByRole('list', { name: 'Forklaring' });
    await expect.poll(() => refs.textContent()).toMatch(/Hele landet: \d+,\d %/);
    expect(await refs.textContent()).toMatch(/Albertslunds lokalområde \(gns\. vægtet efter befolkning, 6 af 6\): \d+,\d %/);
    // The chart is drawn once its width is measured, just after the legend: wait for it, not for the legend.
    await expect.poll(() => s.page.locator('.recharts-reference-line').count()).toBe(2);
    expect(await s.page.locator('.recharts-bar-rectangle').count()).toBe(98);
    expect(await s.page.locator('.recharts-cartesian-axis-tick-label text[font-weight="700"]').count()).toBe(7);
    await s.page.getByRole('button', { name: 'Vis som tabel' }).click();
    const albertslund = s.page.locator('tbody tr[data-row="165"] td').last();
    expect(await albertslund.textContent()).toMatch(/^(delt )?nr\. \d+(–\d+)? af 98$/);
    expect(await s.page.locator('.chart-notes').textContent()).toContain('Placering: nr. 1 har den laveste værdi.');
  });

  it('finds Albertslund\'s 806.000 kr. grant with its four budget lines', async () => {
    await s.page.goto(`${baseUrl}?view=grants`);
    await s.page.getByRole('combobox', { name: 'Kommune' }).selectOption({ label: 'Albertslund' });
    const row = s.page.locator('tr[data-grant="albertslund-2021-afklaring"]');
    expect(await row.locator('td.num').textContent()).toBe('806.000 kr.');
    await row.getByRole('button', { name: 'Afklaring af aktivitetsparate kontanthjælpsmodtagere' }).click();
    const detail = s.page.getByRole('region', { name: 'Afklaring af aktivitetsparate kontanthjælpsmodtagere' });
    await detail.waitFor();
    expect(await detail.locator('.budget-lines tbody tr').count()).toBe(5);
    expect(await detail.locator('.budget-lines tbody th').allTextContents()).toEqual([
      'Jobformidler på halv tid i 1,5 år',
      'Frikøb af 3 sagsbehandlere i 2,5 måneder',
      'Projektledelse to timer om ugen',
      'Revision',
      'I alt',
    ]);
    expect(await detail.locator('.recharts-bar-rectangle').count()).toBe(4);
    expect(await detail.textContent()).toContain('645.000 kr.');
    expect(await detail.textContent()).toContain('161.000 kr.');
    expect(s.page.url()).toContain('grant=albertslund-2021-afklaring');
  });

  it('opens the source meeting when a point in the chart is clicked', async () => {
    await s.page.goto(`${baseUrl}?view=trend&areas=580&ind=kontant_uddannelseshjaelp`);
    await s.page.getByRole('heading', { name: 'Kontant- og uddannelseshjælpsmodtagere' }).waitFor();
    // 2018 is a yearly figure among dated ones: drawn as a span, its first end is the mark to click.
    const dot = s.page.locator('.recharts-line-dots rect').first();
    await dot.waitFor();
    const box = (await dot.boundingBox())!;
    await s.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await s.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    const panel = s.page.getByRole('region', { name: /^Kilder:/ });
    await panel.waitFor();
    const text = await panel.textContent();
    expect(text).toContain('Arbejdsmarkedsudvalget, 11. februar 2021');
    expect(text).toContain('fra 1130 i 2018 til under 800 i maj 2022');
  });

  it('lists every meeting with the figures taken from it', async () => {
    await s.page.goto(`${baseUrl}?view=sources`);
    const herlev = s.page.locator('details[data-source="herlev-amu-2022-10-26"]');
    await expect.poll(() => herlev.locator('summary').textContent()).toContain('11 tal');
    await herlev.locator('summary').click();
    expect(await herlev.locator('tbody tr').count()).toBe(11);
    expect(await s.page.locator('details.source-card').count()).toBe(5);
    expect(s.consoleErrors).toEqual([]);
  });
});

describe('highlight', () => {
  it('greys the other series while a legend entry is pointed at', async () => {
    await s.page.goto(`${baseUrl}?view=trend&areas=163~151~000`);
    await expect.poll(() => s.page.locator('.recharts-line-curve').count()).toBe(3);
    const ballerup = await s.page.locator('.series-legend li[data-series="151"] line').getAttribute('stroke');
    await s.page.locator('.series-legend li', { hasText: 'Ballerup' }).hover();
    await expect.poll(() => s.page.locator('.recharts-line-curve').evaluateAll((paths) => paths.map((p) => p.getAttribute('stroke')))).toEqual(['#c3c8cf', ballerup, '#c3c8cf']);
  });
});

describe('the page before the app', () => {
  it('shows the app\'s frame from the HTML alone, with the URL\'s view marked and in its language, where the app puts it', async () => {
    const frame = () =>
      s.page.evaluate(() => ({
        header: document.querySelector('.app-header')!.getBoundingClientRect().height,
        tabs: [...document.querySelectorAll('.tab')].map((t) => t.textContent),
        current: document.querySelector('.tab[aria-current="page"]')?.textContent,
        language: document.querySelector('.language')?.textContent,
        status: document.querySelector('.page-status')?.textContent ?? null,
        lang: document.documentElement.lang,
      }));
    for (const lang of ['da', 'en']) {
      const url = `${baseUrl}?view=compare&ind=ledige&lang=${lang}`;
      // Every module script refused: what is on screen is the HTML and its one plain script.
      await s.page.route('**/*.js', (r) => (r.request().url().endsWith('/assets/shell.js') ? r.continue() : r.abort()));
      await s.page.goto(url);
      const shell = await frame();
      await s.page.unrouteAll();
      await s.page.goto(url);
      await s.page.locator('.ranked-bars, .recharts-bar-rectangle').first().waitFor();
      const app = await frame();
      expect(shell.status).toBe(lang === 'da' ? 'Henter data …' : 'Loading data …');
      expect(shell.current).toBe(lang === 'da' ? 'Sammenlign' : 'Compare');
      expect(shell.language).toBe(lang === 'da' ? 'EnglishEN' : 'DanskDA');
      expect({ ...shell, status: null }).toEqual({ ...app, status: null });
    }
  });
});

describe('the way to the first chart', () => {
  it('moves nothing on screen from the HTML frame to the chart: trend, compare and report, on a wide screen and a phone', async () => {
    const page = await s.context.newPage();
    try {
      // Every layout shift of a load, summed as the browser's Cumulative Layout Shift counts it.
      await page.addInitScript(() => {
        const w = window as unknown as { shifts: { value: number; what: string }[] };
        w.shifts = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node }[] })[]) {
            if (!e.hadRecentInput) w.shifts.push({ value: e.value, what: (e.sources ?? []).map((x) => (x.node as Element | undefined)?.className ?? '').join(' ') });
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      const pages = [
        ['?view=trend&ind=ledige&areas=163~151', '.recharts-line-curve'],
        ['?view=compare&ind=ledige', '.ranked-bars, .recharts-bar-rectangle'],
        ['?view=report&areas=163', '.theme-card'],
      ] as const;
      for (const width of [1280, 375]) {
        await page.setViewportSize({ width, height: 900 });
        for (const [query, drawn] of pages) {
          await page.goto(`${baseUrl}${query}`);
          await page.locator(drawn).first().waitFor();
          // Whatever comes after the first chart (a panel with data of its own) counts too.
          await page.waitForTimeout(500);
          const shifts = await page.evaluate(() => (window as unknown as { shifts: { value: number; what: string }[] }).shifts);
          const total = shifts.reduce((sum, x) => sum + x.value, 0);
          expect(total, `${width} px, ${query}: ${JSON.stringify(shifts)}`).toBeLessThan(0.02);
        }
      }
    } finally {
      await page.close();
    }
  });
});

describe('the languages', () => {
  it('fetches the English texts only for an English page: from the language button, then in English throughout', async () => {
    const fetched: string[] = [];
    s.page.on('request', (r) => fetched.push(r.url()));
    try {
      await s.page.goto(`${baseUrl}?view=trend&ind=ledige&areas=163`);
      await s.page.locator('.recharts-line-curve').first().waitFor();
      expect(await s.page.locator('.tab[aria-current="page"]').textContent()).toBe('Udvikling');
      expect(fetched.filter((u) => u.includes('texts-en'))).toEqual([]);
      await s.page.locator('button.language').click();
      await s.page.waitForFunction(() => document.querySelector('.tab[aria-current="page"]')?.textContent === 'Trend');
      expect(fetched.filter((u) => u.includes('texts-en'))).toHaveLength(1);
      expect(new URL(s.page.url()).searchParams.get('lang')).toBe('en');
      expect(await s.page.evaluate(() => document.documentElement.lang)).toBe('en');
      expect(await s.page.locator('button.language').textContent()).toBe('DanskDA');
    } finally {
      s.page.removeAllListeners('request');
    }
  });
});

