import { describe, expect, inject, it } from 'vitest';
import { generateMinutes } from '../../scripts/bench-minutes.ts';
import { minutesPdf, scannedPdf } from '../fixtures/minutes/make-pdf.ts';
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

const TABLE_MINUTES = `Ballerup Kommune
REFERAT Beskæftigelsesudvalget d. 02-09-2024

Punkt 4: Status på beskæftigelsen

Fuldtidspersoner på offentlig forsørgelse efter ydelsesgruppe
Ydelsesgruppe\tMaj 2024\tJuni 2024
A-dagpenge\t512\t498
Sygedagpenge\t701\t688

Der var i juni 2024 i alt 3.120 ydelsesmodtagere målt i fuldtidspersoner.

Punkt 5: Eventuelt

Intet. Mødet sluttede kl. 18:00.`;

/** Drops a file on the minutes page's input card, as a person dragging it from the desktop. */
async function dropFile(bytes: Uint8Array, name: string, type: string) {
  await s.page.locator('.extract-input').waitFor();
  await s.page.evaluate(
    ({ data, name, type }) => {
      const file = new File([Uint8Array.from(atob(data), (c) => c.charCodeAt(0))], name, { type });
      const transfer = new DataTransfer();
      transfer.items.add(file);
      const target = document.querySelector('.extract-input')!;
      for (const kind of ['dragenter', 'dragover', 'drop']) target.dispatchEvent(new DragEvent(kind, { dataTransfer: transfer, bubbles: true, cancelable: true }));
    },
    { data: Buffer.from(bytes).toString('base64'), name, type },
  );
}

describe('minutes as PDF in the app', () => {
  it('reads a dropped PDF, shows each proposal on its page, and two accepted figures show in the trend view with their source', async () => {
    await s.page.goto(`${baseUrl}?view=extract`);
    await dropFile(minutesPdf(TABLE_MINUTES), 'ballerup-bu-2024-09-02.pdf', 'application/pdf');
    await s.page.getByRole('heading', { name: '5 foreslåede tal' }).waitFor();
    expect(await s.page.locator('.chart-subtitle').textContent()).toContain('Ballerup · Beskæftigelsesudvalget · 2. september 2024 · 2 dagsordenspunkter · ballerup-bu-2024-09-02.pdf, 1 side');
    // The table's cells come with their row and column.
    const first = s.page.locator('tr[data-candidate="0"]');
    expect(await first.getByLabel('Periode').inputValue()).toBe('2024-05');
    // The row label is the official series' breakdown code, so the figure lines up with Jobindsats' own.
    expect(await first.locator('.extract-breakdown').textContent()).toBe('a-dagpenge');
    expect(await first.locator('.extract-page-ref').textContent()).toBe('s. 1 · ');
    // The evidence is marked on the page, and the focused one is outlined.
    await s.page.locator('tr[data-candidate="4"] .link-button').click();
    expect(await s.page.locator('.extract-text mark.focused').textContent()).toContain('3.120 ydelsesmodtagere');
    // Correct a proposal before accepting it: the table's June figure for sickness benefit.
    const sick = s.page.locator('tr[data-candidate="3"]');
    expect(await sick.getByLabel('Værdi').inputValue()).toBe('688');
    await sick.getByLabel('Værdi').fill('689');
    await s.page.getByRole('checkbox', { name: /^Tag 689 med/ }).check();
    await s.page.getByRole('checkbox', { name: /^Tag 701 med/ }).check();
    await s.page.getByRole('button', { name: 'Gem 2 valgte som egne data' }).click();

    await s.page.getByRole('heading', { name: /Ballerup Beskæftigelsesudvalget 2\. september 2024 \(egne data\)$/ }).waitFor();
    await s.page.getByRole('button', { name: 'Vis som tabel' }).click();
    const cells = await s.page.locator('tbody tr').evaluateAll((rows) => rows.map((r) => Array.from(r.querySelectorAll('th, td')).map((c) => (c.textContent ?? '').trim())));
    expect(cells).toEqual([
      ['maj 2024', '701'],
      ['jun. 2024', '689'],
    ]);
    expect(await s.page.locator('.source-line').textContent()).toContain('Egne data');
    expect(s.consoleErrors).toEqual([]);
  });

  it('says what to do with a scanned PDF, and a long PDF shows its progress and can be cancelled', async () => {
    await s.page.goto(`${baseUrl}?view=extract`);
    await dropFile(scannedPdf(), 'scannet.pdf', 'application/pdf');
    await s.page.getByText('PDF-filen har intet tekstlag').waitFor();

    await dropFile(minutesPdf(generateMinutes(1_500_000)), 'langt.pdf', 'application/pdf');
    const progress = s.page.locator('.extract-progress');
    await progress.getByText(/Læser side \d+ af \d+/).waitFor();
    await progress.getByRole('button', { name: 'Afbryd' }).click();
    await s.page.getByText('Læsningen er afbrudt. Intet er ændret.').waitFor();
    expect(await progress.count()).toBe(0);
    expect(await s.page.getByRole('heading', { name: /foreslåede tal/ }).count()).toBe(0);
  });
});

const ORDINARY_LINES = `Herlev Kommune, Arbejdsmarkedsudvalget, 26. oktober 2024

Punkt 3: Status på ledigheden

Ledigheden i Herlev Kommune var 2,9 procent i september 2024.
I september 2024 var der 1.204 registrerede ledige, heraf 85 langtidsledige.
Jobcentret har fået tilsagn om 750.000 kr. fra Styrelsen for Arbejdsmarked og Rekruttering i perioden 1. november 2024 – 31. oktober 2025. Heraf går 500.000 kr. til en virksomhedskonsulent og 250.000 kr. til mentorstøtte.
I oktober 2024 var 63 borgere ansat i seniorjob.

Punkt 4: Eventuelt

Intet.`;

describe('naming what a figure is', () => {
  it('names the indicator by meaning, proposes one grant with two lines, and will not save an unknown indicator until a person picks one', async () => {
    await s.page.goto(`${baseUrl}?view=extract`);
    await s.page.getByLabel('Sæt referatets tekst ind her').fill(ORDINARY_LINES);
    await s.page.getByRole('button', { name: 'Find tal' }).click();
    await s.page.getByRole('heading', { name: '4 foreslåede tal' }).waitFor();
    expect(await s.page.locator('.chart-subtitle').textContent()).toContain('1 bevilling med 2 budgetlinjer');
    expect(await s.page.locator('.extract-grants > li').count()).toBe(1);
    expect(await s.page.locator('.extract-grants > li > strong').textContent()).toBe('Bevilling: Status på ledigheden, 750.000 kr.');
    expect(await s.page.locator('.extract-grants li li').allTextContents()).toEqual(['en virksomhedskonsulent: 500.000 kr.', 'mentorstøtte: 250.000 kr.']);
    expect(await s.page.locator('.extract-grants .warning').count()).toBe(0);
    const rows = () =>
      s.page.locator('tr[data-candidate]').evaluateAll((trs) =>
        trs.map((tr) => ({
          value: (tr.querySelector('input[type="number"]') as HTMLInputElement).value,
          indicator: (tr.querySelector('select[aria-label="Nøgletal"]') as HTMLSelectElement).value,
          period: (tr.querySelector('input[aria-label="Periode"]') as HTMLInputElement).value,
          note: tr.querySelector('.extract-confidence')?.textContent ?? '',
        })),
      );
    expect((await rows()).map((r) => [r.value, r.indicator, r.period])).toEqual([
      ['2.9', 'ledighed_pct', '2024-09'],
      ['1204', 'ledige', '2024-09'],
      ['85', 'langtidsledige', '2024-09'],
      ['63', '', '2024-10'],
    ]);
    const unknown = (await rows())[3]!;
    expect(unknown.note).toContain('Ukendt nøgletal');
    const unknownRow = s.page.locator('tr[data-candidate="3"]');
    expect(await unknownRow.getByRole('combobox', { name: 'Nøgletal' }).locator('option:checked').textContent()).toBe('Ukendt nøgletal – vælg');

    await s.page.getByRole('checkbox', { name: /^Tag 85 med/ }).check();
    await s.page.getByRole('checkbox', { name: /^Tag 63 med/ }).check();
    const save = s.page.getByRole('button', { name: 'Gem 2 valgte som egne data' });
    expect(await save.isDisabled()).toBe(true);
    expect(await s.page.locator('.import-save .error').textContent()).toContain('Ukendt nøgletal');
    const choose = unknownRow.getByRole('combobox', { name: 'Nøgletal' });
    // The list of indicators is laid out when the field is used, as a person's click or Tab does.
    await choose.focus();
    await choose.selectOption('programdeltagere');
    expect(await save.isDisabled()).toBe(false);
    expect(await unknownRow.locator('.extract-confidence').count()).toBe(0);
  });

  it('says when a grant’s budget lines do not add up', async () => {
    await s.page.goto(`${baseUrl}?view=extract`);
    const text = `Randers Kommune\nBeskæftigelsesudvalget, 27. januar 2026\n\nPunkt 3: Godkendelse af dagsorden\n\nGodkendt.\n\nPunkt 4: Pulje til opkvalificering\n\nRanders Kommune har fået en bevilling på 1.200.000 kr. fra Region Midtjylland i perioden 1. marts 2026 – 28. februar 2027.\n• Kursusudgifter: 700.000 kr.\n• Projektleder: 450.000 kr.\nDer var i januar 2026 i alt 2.310 registrerede ledige.`;
    await s.page.getByLabel('Sæt referatets tekst ind her').fill(text);
    await s.page.getByRole('button', { name: 'Find tal' }).click();
    await s.page.getByRole('heading', { name: '1 foreslået tal' }).waitFor();
    expect(await s.page.locator('.import-message.warning').textContent()).toBe('Budgetlinjerne til «Pulje til opkvalificering» summer til 1.150.000 kr., ikke til bevillingens 1.200.000 kr. – tjek referatet.');
  });
});
