// Every view under the strict Content-Security-Policy, checked by axe and for CSP violations in one visit.
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CSP_HEADERS } from '../../scripts/csp.ts';
import { serveStatic } from '../../scripts/static-server.ts';
import { openBrowser, seriousAxeViolations, type Session } from './browser.ts';

const baseUrl = inject('baseUrl');
let s: Session;
let strict: { server: Server; url: string };

const seriousViolations = () => seriousAxeViolations(s.page);

beforeAll(async () => {
  s = await openBrowser();
  strict = await serveStatic(inject('distDir'), { 'Content-Security-Policy': CSP_HEADERS.app });
  await s.page.addInitScript(() => {
    const w = window as unknown as { cspViolations: string[] };
    w.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
});
afterAll(async () => {
  await s.close();
  strict?.server.close();
});

const VIEWS: [string, string][] = [
  ['oversigt', '?areas=163'],
  ['udvikling', '?view=trend&areas=163~151~000'],
  ['udvikling med tabel', '?view=trend&areas=580&ind=kontant_uddannelseshjaelp'],
  ['sammenlign', '?view=compare&areas=albertslund-lokalomraade~165~000'],
  ['bevillinger', '?view=grants&grant=albertslund-2021-afklaring'],
  ['kort', '?view=map&areas=163'],
  ['importér', '?view=import'],
  ['referater', '?view=extract'],
  ['beskæftigelsesoverblik', '?view=report&areas=165'],
  ['kilder', '?view=sources'],
  ['indlejret', 'embed.html?view=trend&areas=163~151'],
  ['benchmark', '?view=benchmark&areas=163'],
];

describe('accessibility (axe-core, WCAG 2.1 AA)', () => {
  for (const [name, query] of VIEWS) {
    it(`has no serious or critical violations, and no CSP violation under the strict header: ${name}`, async () => {
      await s.page.goto(`${strict.url}${query}`);
      await s.page.locator('.chart-card, .cards, .source-card').first().waitFor();
      await s.page.waitForLoadState('networkidle');
      // Read before axe runs: axe is injected through the debugger protocol, not by the page.
      expect(await s.page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
      if (name === 'udvikling med tabel') await s.page.getByRole('button', { name: 'Vis som tabel' }).click();
      expect(await seriousViolations()).toEqual([]);
    });
  }

  it('is usable by keyboard alone: add an area and open the table', async () => {
    await s.page.goto(`${baseUrl}?view=trend`);
    await s.page.getByRole('heading', { name: 'Ledighed i pct. af arbejdsstyrken' }).waitFor();
    await s.page.getByRole('combobox', { name: 'Områder' }).focus();
    await s.page.keyboard.type('herl');
    await s.page.keyboard.press('Enter');
    await expect.poll(() => s.page.locator('.recharts-line').count()).toBe(2);
    const toggle = s.page.getByRole('button', { name: 'Vis som tabel' });
    await toggle.focus();
    await s.page.keyboard.press('Enter');
    expect(await s.page.getByRole('table').locator('thead th').allTextContents()).toEqual(['Periode', 'Hele landet', 'Herlev']);
  });
});

describe('security and robustness', () => {
  it('shows a sensible screen for a thousand areas and for nonsense', async () => {
    const many = Array.from({ length: 1000 }, (_, i) => String(100 + i).slice(-3)).join('~');
    await s.page.goto(`${baseUrl}?view=trend&areas=${many}`);
    await s.page.getByRole('heading', { name: 'Ledighed i pct. af arbejdsstyrken' }).waitFor();
    await expect.poll(() => s.page.locator('.recharts-line').count()).toBeGreaterThan(50);

    await s.page.goto(`${baseUrl}?view=grants&grant=${'x'.repeat(5000)}&ind=%3Cscript%3Ealert(1)%3C/script%3E&v=999`);
    await s.page.getByRole('heading', { name: 'Bevillinger', exact: true }).waitFor();
    expect(await s.page.locator('.grants-table tbody tr').count()).toBe(5);

    await s.page.goto(`${baseUrl}?view=compare&ind=findes_ikke`);
    await expect.poll(() => s.page.getByRole('alert').first().textContent()).toMatch(/Nøgletallet findes ikke/);
    expect(s.consoleErrors.filter((e) => !/404/.test(e))).toEqual([]);
  });
});
