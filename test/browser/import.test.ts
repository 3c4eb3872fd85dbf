import { describe, expect, inject, it } from 'vitest';
import { browserSession } from './browser.ts';

const baseUrl = inject('baseUrl');
const s = browserSession();

describe('import', () => {
  it('imports a Statistikbanken file, shows it in the trend view, keeps it across reloads and removes it', async () => {
    await s.page.goto(`${baseUrl}?view=import`);
    await s.page.getByLabel('Fil til import').setInputFiles('test/fixtures/import/statbank-long.csv');
    const review = s.page.locator('.import-review');
    await expect.poll(() => review.locator('.chart-subtitle').textContent()).toContain('Statistikbanken (lang tabel');
    expect(await review.locator('.chart-subtitle').textContent()).toContain('5 gyldige tal, 0 afviste');
    await s.page.getByLabel('Navn på nøgletallet').fill('Kontanthjælp, egen kørsel');
    await s.page.getByRole('button', { name: 'Importér 5 gyldige tal' }).click();

    await s.page.getByRole('heading', { name: 'Kontanthjælp, egen kørsel (egne data)' }).waitFor();
    expect(await s.page.locator('.source-line').textContent()).toMatch(/Kilde: Egne data, statbank-long\.csv \(importeret \d+\.\d\d\.\d{4} kl\. \d\d\.\d\d\)/);
    await s.page.getByRole('button', { name: 'Vis som tabel' }).click();
    const headers = await s.page.locator('thead th').allTextContents();
    expect(headers).toContain('Herlev');
    expect(await s.page.locator('tbody tr').count()).toBeGreaterThan(0);

    await s.page.reload();
    await s.page.getByRole('heading', { name: 'Kontanthjælp, egen kørsel (egne data)' }).waitFor();
    await expect.poll(() => s.page.locator('.recharts-line').count()).toBeGreaterThan(0);

    await s.page.goto(`${baseUrl}?view=import`);
    const mine = s.page.locator('.user-datasets li');
    await expect.poll(() => mine.count()).toBe(1);
    await mine.getByRole('button', { name: 'Fjern' }).click();
    await expect.poll(() => s.page.getByText('Du har ikke importeret noget endnu.').count()).toBe(1);
    expect(s.consoleErrors).toEqual([]);
  });

  it('lists the rejected rows of a broken file, offers them as CSV, and leaves the app working', async () => {
    await s.page.goto(`${baseUrl}?view=import`);
    await s.page.getByLabel('Fil til import').setInputFiles('test/fixtures/import/text-in-number.csv');
    const errors = s.page.locator('.import-errors');
    await errors.waitFor();
    expect(await errors.locator('summary').textContent()).toBe('2 rækker blev afvist');
    expect(await errors.locator('tbody tr').first().locator('td').allTextContents()).toEqual(['2', 'INDHOLD', '"mange" er ikke et tal.']);
    const [download] = await Promise.all([s.page.waitForEvent('download'), s.page.getByRole('button', { name: 'Hent de afviste rækker som CSV' }).click()]);
    expect(download.suggestedFilename()).toBe('afviste-raekker-text-in-number.csv');

    await s.page.getByLabel('Fil til import').setInputFiles('test/fixtures/import/binary.csv');
    await expect.poll(() => s.page.getByRole('alert').textContent()).toContain('ser ikke ud til at være tekst');

    await s.page.getByLabel('Fil til import').setInputFiles('test/fixtures/import/unknown-area.csv');
    const unmapped = s.page.locator('fieldset.unmapped');
    await unmapped.waitFor();
    expect(await unmapped.textContent()).toContain('Smørum');
    await unmapped.getByRole('combobox').selectOption({ label: 'Ballerup' });
    await unmapped.getByRole('button', { name: 'Brug valgene og læs filen igen' }).click();
    await expect.poll(() => s.page.locator('.import-review .chart-subtitle').textContent()).toContain('3 gyldige tal');

    await s.page.getByRole('link', { name: 'Udvikling' }).click();
    await expect.poll(() => s.page.locator('.recharts-line').count()).toBeGreaterThan(0);
  });
});
