import { describe, expect, inject, it } from 'vitest';
import { browserSession } from './browser.ts';

const baseUrl = inject('baseUrl');
const s = browserSession();

const MINUTES = `REFERAT Arbejdsmarkedsudvalget d. 14-03-2024

Punkt 12: Status på beskæftigelsen i Herlev Kommune

Herlev Kommune havde i januar 2024 i alt 2.650 ydelsesmodtagere målt i fuldtidspersoner.
Til sammenligning var der i januar 2023 i alt 2.710 ydelsesmodtagere målt i fuldtidspersoner.
Mødet sluttede kl. 18:00.`;

describe('extraction in the app', () => {
  it('proposes figures from pasted minutes, and two accepted figures show in the trend view', async () => {
    await s.page.goto(`${baseUrl}?view=extract`);
    await s.page.getByLabel('Sæt referatets tekst ind her').fill(MINUTES);
    await s.page.getByRole('button', { name: 'Find tal' }).click();
    await s.page.getByRole('heading', { name: '2 foreslåede tal' }).waitFor();
    expect(await s.page.locator('.chart-subtitle').textContent()).toContain('Herlev · Arbejdsmarkedsudvalget · 14. marts 2024');
    expect(await s.page.locator('.extract-text mark').count()).toBe(2);
    const first = s.page.locator('tr[data-candidate="0"]');
    expect(await first.getByLabel('Periode').inputValue()).toBe('2024-01');
    expect(await first.getByRole('combobox', { name: 'Nøgletal' }).inputValue()).toBe('ydelsesmodtagere_fuldtid');
    await s.page.getByRole('checkbox', { name: /^Tag 2650 med/ }).check();
    await s.page.getByRole('checkbox', { name: /^Tag 2710 med/ }).check();
    await s.page.getByRole('button', { name: 'Gem 2 valgte som egne data' }).click();

    await s.page.getByRole('heading', { name: /^Ydelsesmodtagere i alt \(fuldtidspersoner\), Herlev Arbejdsmarkedsudvalget 14\. marts 2024 \(egne data\)$/ }).waitFor();
    await s.page.getByRole('button', { name: 'Vis som tabel' }).click();
    const cells = await s.page.locator('tbody tr').evaluateAll((rows) => rows.map((r) => Array.from(r.querySelectorAll('th, td')).map((c) => (c.textContent ?? '').trim())));
    expect(cells).toEqual([
      ['jan. 2023', '2.710'],
      ['jan. 2024', '2.650'],
    ]);
    expect(await s.page.locator('.source-line').textContent()).toContain('Egne data');
  });
});
