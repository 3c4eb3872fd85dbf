// Paper and phone: what a committee member prints as an annex, and what they read on the way in.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, seriousAxeViolations, type Session } from './browser.ts';

const baseUrl = inject('baseUrl');
const distDir = inject('distDir');

interface PdfText {
  page: number;
  text: string;
  x: number;
  width: number;
}

/** Every piece of text in a PDF with its page and horizontal extent, and the page width (pt). */
async function readPdf(bytes: Buffer): Promise<{ pages: number; width: number; items: PdfText[]; text: string }> {
  const doc = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, useSystemFonts: false }).promise;
  const items: PdfText[] = [];
  // The text as read, pieces joined as they come: a ligature ("ff") is a piece of its own.
  let text = '';
  let width = 0;
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    width = page.getViewport({ scale: 1 }).width;
    const content = await page.getTextContent();
    for (const item of content.items) {
      if ('str' in item) text += item.str + (item.hasEOL ? ' ' : '');
      if ('str' in item && item.str.trim()) items.push({ page: n, text: item.str.trim(), x: item.transform[4] as number, width: item.width });
    }
  }
  await doc.destroy();
  return { pages: doc.numPages, width, items, text };
}

/** What printing to A4 from this window gives, as the browser's own print does it. */
async function printed(s: Session): Promise<Awaited<ReturnType<typeof readPdf>>> {
  return readPdf(await s.page.pdf({ format: 'A4', preferCSSPageSize: true }));
}

const BUTTONS = ['English', 'Udskriv', 'Del', 'Indlejr', 'Vis som tabel', 'Ret valg'];

describe('printed on A4', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openBrowser({ width: 1280, height: 900 });
  });
  afterAll(async () => s.close());

  it('the Herlev report from a 1280 px window is one page, every chart reaching July 2026 inside the page', async () => {
    await s.page.goto(`${baseUrl}?view=report&areas=163&at=2026-07`);
    await s.page.locator('section.theme-card .chart-screen svg').nth(3).waitFor();
    const pdf = await printed(s);
    expect(pdf.pages).toBe(1);
    const lastLabels = pdf.items.filter((i) => i.text === 'jul. 2026');
    // One axis label a theme chart, each wholly on the paper; the right-hand column too.
    expect(lastLabels.length).toBeGreaterThanOrEqual(4);
    for (const label of lastLabels) expect(label.x + label.width).toBeLessThanOrEqual(pdf.width);
    expect(lastLabels.filter((l) => l.x > pdf.width / 2).length).toBeGreaterThanOrEqual(2);
    const text = pdf.text;
    expect(text).toContain('Beskæftigelsesoverblik: Herlev');
    expect(text).toMatch(/Data offentliggjort \d+\. \w+ \d{4}/);
    expect(text).toContain('view=report');
    expect(text).toContain('Kilde: Jobindsats.dk');
    for (const button of BUTTONS) expect(pdf.items.some((i) => i.text === button)).toBe(false);
  });

  it('the trend view puts the whole period on the first page and its table after, headed on every page', async () => {
    await s.page.setViewportSize({ width: 1600, height: 900 });
    await s.page.goto(`${baseUrl}?view=trend&areas=163~151`);
    await s.page.locator('.chart-screen .recharts-line').nth(1).waitFor();
    const subtitle = (await s.page.locator('.chart-subtitle').first().textContent()) ?? '';
    const last = subtitle.split(' – ').at(-1)!;
    expect(last).toMatch(/^[a-zæøå]{3}\. \d{4}$/);
    const pdf = await printed(s);
    expect(pdf.pages).toBeGreaterThan(1);
    const onFirst = pdf.items.filter((i) => i.page === 1);
    expect(onFirst.some((i) => i.text === 'Ledighed i pct. af arbejdsstyrken')).toBe(true);
    // The axis label of the newest month, not only the subtitle that names it.
    expect(onFirst.filter((i) => i.text === last).length).toBeGreaterThanOrEqual(1);
    for (const item of pdf.items) expect(item.x + item.width).toBeLessThanOrEqual(pdf.width + 0.5);
    for (let page = 2; page <= pdf.pages; page++) expect(pdf.items.some((i) => i.page === page && i.text === 'Periode')).toBe(true);
    for (const button of BUTTONS) expect(pdf.items.some((i) => i.text === button)).toBe(false);
    await s.page.setViewportSize({ width: 1280, height: 900 });
  });
});

describe('a PDF from the command line', () => {
  it('waits for the data and prints the report as the browser does, on one page', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kommunetal-pdf-'));
    const out = join(dir, 'overblik.pdf');
    try {
      execFileSync(process.execPath, [resolve('node_modules/tsx/dist/cli.mjs'), 'scripts/render.ts', '?view=report&areas=163&at=2026-07', out], { env: { ...process.env, KOMMUNETAL_DIST: distDir }, stdio: 'pipe', timeout: 60_000 });
      const pdf = await readPdf(readFileSync(out));
      expect(pdf.pages).toBe(1);
      expect(pdf.text).not.toContain('Henter data');
      expect(pdf.text).toContain('Beskæftigelsesoverblik: Herlev');
      expect(pdf.items.filter((i) => i.text === 'jul. 2026').length).toBeGreaterThanOrEqual(4);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('on a phone (375 × 812)', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openBrowser({ width: 375, height: 812 });
  });
  afterAll(async () => s.close());

  const firstChartTop = async () => {
    const chart = s.page.locator('.chart-screen svg').first();
    await chart.waitFor();
    return (await chart.boundingBox())!.y;
  };

  it('offers the views as a menu and the controls behind a summary of what is shown', async () => {
    await s.page.goto(`${baseUrl}?view=trend&areas=163~151`);
    const summary = s.page.locator('.controls-summary');
    await expect.poll(() => summary.textContent()).toMatch(/Herlev, Ballerup · Ledighed i pct\. af arbejdsstyrken · aug\. 2021 – jul\. 2026/);
    expect(await s.page.getByRole('link', { name: 'Sammenlign', exact: true }).isVisible()).toBe(false);
    expect(await s.page.getByRole('combobox', { name: 'Nøgletal', exact: true }).isVisible()).toBe(false);

    await summary.click();
    await s.page.getByRole('combobox', { name: 'Nøgletal', exact: true }).selectOption({ label: 'Kontanthjælp i pct. af befolkningen 16-66 år' });
    await expect.poll(() => summary.textContent()).toContain('Kontanthjælp i pct. af befolkningen 16-66 år');

    const menu = s.page.getByRole('button', { name: /Menu: Udvikling/ });
    expect((await menu.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    await menu.click();
    await s.page.getByRole('link', { name: 'Sammenlign', exact: true }).click();
    await expect.poll(() => s.page.url()).toContain('view=compare');
    expect(await s.page.getByRole('link', { name: 'Sammenlign', exact: true }).isVisible()).toBe(false);
    // The names sit above the bars, so each bar may use the card's width.
    await s.page.locator('.chart-screen .recharts-bar-rectangle').first().waitFor();
    const offsets = await s.page.locator('.chart-screen .recharts-bar-rectangle').evaluateAll((bars) => bars.map((b) => b.getBoundingClientRect().left - b.closest('svg')!.getBoundingClientRect().left));
    for (const offset of offsets) expect(offset).toBeLessThan(24);
    const labels = await s.page.locator('.chart-screen .recharts-label-list text').allTextContents();
    expect(labels.some((l) => /^Herlev \d+,\d %/.test(l))).toBe(true);
  });

  // The chart views also start their first chart on the first screen, before the controls are opened.
  for (const [view, query, chartFirst] of [
    ['trend', '?view=trend&areas=163~151', true],
    ['compare', '?view=compare&areas=163~151~165', true],
    ['report', '?view=report&areas=163', true],
    ['map', '?view=map&areas=163', false],
    ['grants', '?view=grants', false],
    ['overview', '?areas=163', false],
    ['sources', '?view=sources', false],
    ['benchmark', '?view=benchmark&areas=163~151', false],
  ] as const) {
    it(`${chartFirst ? 'starts the first chart on the first screen, ' : ''}gives every control of ${view} a 44 px target, fits the width and passes axe`, async () => {
      await s.page.goto(`${baseUrl}${query}`);
      await s.page.locator('#main .view').waitFor();
      if (chartFirst) expect(await firstChartTop()).toBeLessThan(812 - 100);
      await s.page.waitForFunction(() => !document.querySelector('#main .page-status, #main .chart-placeholder:not(.empty)'));
      const summary = s.page.locator('.controls-summary');
      if (await summary.count()) await summary.click();
      const small = await s.page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('button, select, input')]
          .filter((e) => e.offsetParent !== null && !['range', 'radio', 'checkbox', 'file'].includes(e.getAttribute('type') ?? ''))
          .filter((e) => e.getBoundingClientRect().height < 44)
          .map((e) => e.outerHTML.slice(0, 80)),
      );
      expect(small).toEqual([]);
      expect(await s.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
      expect(await seriousAxeViolations(s.page, ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])).toEqual([]);
    });
  }

  it('shows grants as cards with their amounts', async () => {
    await s.page.goto(`${baseUrl}?view=grants`);
    const cards = s.page.locator('.grant-card');
    await cards.first().waitFor();
    expect(await s.page.locator('.grants-table').count()).toBe(0);
    const amounts = await s.page.locator('.grant-card-amount').allTextContents();
    expect(amounts.length).toBe(await cards.count());
    for (const amount of amounts) expect(amount).toMatch(/^[\d.]+ kr\.$/);
    const box = (await s.page.locator('.grant-card-amount').first().boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(375);
  });
});

describe('on a tablet (768 px)', () => {
  it('keeps every view on one row of tabs', async () => {
    const s = await openBrowser({ width: 768, height: 1024 });
    try {
      await s.page.goto(`${baseUrl}?view=trend&areas=163`);
      const tabs = s.page.locator('.tab');
      await tabs.first().waitFor();
      const tops = await tabs.evaluateAll((ts) => ts.map((t) => Math.round(t.getBoundingClientRect().top)));
      expect(tops.length).toBe(10);
      expect(new Set(tops).size).toBe(1);
      const fits = await s.page.locator('.tabs').evaluate((ul) => ul.scrollWidth <= ul.clientWidth);
      expect(fits).toBe(true);
    } finally {
      await s.close();
    }
  });
});
