import { existsSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadDataDir } from '../../scripts/data-dir.ts';
import { amountValue, findPeriods, parseDanishNumber, AMOUNT_RE } from '../../src/extract/danish.ts';
import { extractMinutes } from '../../src/extract/extract.ts';
import { compileCatalogue } from '../../src/extract/indicator-terms.ts';
import { cellNumber, findTables, periodOfLabel } from '../../src/extract/tables.ts';
import { generateMinutes } from '../../scripts/bench-minutes.ts';

const { dataset } = loadDataDir('data');
const municipalities = dataset.municipalities;
const catalogue = compileCatalogue(dataset.indicators, dataset.breakdownLabels);
const extract = (text: string) => extractMinutes(text, municipalities, { catalogue });
const values = (text: string) => extract(text).observations.map((o) => [o.value, o.unit]);

describe('Danish numbers and amounts', () => {
  it('reads thousands dots and decimal commas', () => {
    expect(parseDanishNumber('2.790')).toBe(2790);
    expect(parseDanishNumber('21,5')).toBe(21.5);
    expect(parseDanishNumber('1.234,5')).toBe(1234.5);
    expect(parseDanishNumber('fem')).toBe(5);
  });

  it('reads every way minutes write kroner', () => {
    const amounts = (s: string) => [...s.matchAll(AMOUNT_RE)].map((m) => amountValue(m[1]!, m[2]));
    expect(amounts('Vi fik 806.000 kr. i alt')).toEqual([806000]);
    expect(amounts('et tilskud på 1 mio. kr.')).toEqual([1000000]);
    expect(amounts('et tilsagn på 1. mio. kr. fra staten')).toEqual([1000000]);
    expect(amounts('rammen er 1,2 mio. kr. og 60,6 mio. kr.')).toEqual([1200000, 60600000]);
    expect(amounts('der afsættes 0,5 mio. kr. årligt')).toEqual([500000]);
    expect(amounts('under Covid-19 krisen')).toEqual([]);
  });

  it('turns a sentence into figures with the right units', () => {
    expect(values('I alt 21,5 % var på ydelse, mod 21,5 pct. og 21,5 procent året før.')).toEqual([[21.5, 'pct'], [21.5, 'pct'], [21.5, 'pct']]);
    expect(values('Der var 2.790 ydelsesmodtagere målt i fuldtidspersoner.')).toEqual([[2790, 'fte']]);
    expect(values('Kommunen ligger som nummer 70, og på et andet mål som nr. 12 af landets kommuner.')).toEqual([[70, 'rank'], [12, 'rank']]);
    expect(values('I Gladsaxe benytter fem borgere ordningen.')).toEqual([[5, 'persons']]);
  });
});

describe('periods', () => {
  const periods = (s: string) => findPeriods(s).map((p) => (p.end ? `${p.period}..${p.end}` : p.period));
  it('reads the forms minutes use', () => {
    expect(periods('Tallet for juli 2022 var lavt')).toEqual(['2022-07']);
    expect(periods('Det steg i tredje kvartal 2020')).toEqual(['2020-Q3']);
    expect(periods('Målet for 4. kvartal 2022 er nået')).toEqual(['2022-Q4']);
    expect(periods('Opgjort den 19. januar 2021')).toEqual(['2021-01-19']);
    expect(periods('Målet ved udgangen af 2020 er 853.')).toEqual(['2020-12-31']);
    expect(periods('Status for maj 2022')).toEqual(['2022-05']);
    expect(periods('fordelt over 2021 og 2022')).toEqual(['2021', '2022']);
    expect(periods('i perioden 1. december 2020 – 31. december 2022')).toEqual(['2020-12-01..2022-12-31']);
  });
  it('does not read years used as names as periods', () => {
    expect(periods('Det står i Budget 2019 og i Beskæftigelsesplan 2022-2023.')).toEqual([]);
  });
});

describe('what is not a figure', () => {
  it('leaves out dates, agenda and case numbers, times, addresses, phone and law numbers, durations', () => {
    const text = [
      'Mødedato Onsdag d. 26. oktober 2022 kl. 16:00',
      'Punkt 65: Status',
      '15.00.00-A00-20-19',
      'Sagsid.: 21/835, Sagsinitialer: NLJ',
      'Mødested: Bytorvet 25, 2620 Albertslund. Ring på tlf. 43 68 68 68.',
      'Efter lov nr. 548 og bekendtgørelse nr. 1409 gælder § 5, stk. 2.',
      'Forløbet varer 12 uger, og borgere over 30 år med 8 ud af 10 år på ydelse deltager i 1,5 år.',
      'Det fremgår af Budget 2019.',
    ].join('\n');
    expect(extract(text).observations).toEqual([]);
  });

  it('marks targets, and finds the meeting and its items', () => {
    const text = 'REFERAT Arbejdsmarkedsudvalget d. 11-02-2021\n\nPunkt 1: Status på KIK II\n\nMålet er at nå under 800 kontant- og uddannelseshjælpsmodtagere i maj 2022.\n\nPunkt 2: Eventuelt\n\nIntet.';
    const ex = extract(text);
    expect(ex.source).toMatchObject({ body: 'Arbejdsmarkedsudvalget', meeting_date: '2021-02-11' });
    expect(ex.items.map((i) => i.title)).toEqual(['Status på KIK II', 'Eventuelt']);
    expect(ex.observations).toMatchObject([{ value: 800, kind: 'target', period: '2022-05', item: 'Punkt 1: Status på KIK II', indicator: 'kontant_uddannelseshjaelp' }]);
  });

  it('proposes a grant with its budget lines', () => {
    const text = 'Punkt 3: Bevilling til jobformidling\n\nHerlev Kommune har fået tilsagn på 100.000 kr. fra Styrelsen for Arbejdsmarked og Rekruttering i perioden 1. marts 2023 – 28. februar 2024.\n\n• Løn: 80.000 kr.\n• Revision: 20.000 kr.\n';
    const ex = extractMinutes(text, municipalities);
    expect(ex.grants).toMatchObject([{ amount_dkk: 100000, grantor: 'Styrelsen for Arbejdsmarked og Rekruttering (STAR)', period_start: '2023-03-01', period_end: '2024-02-28', municipality_code: '163' }]);
    expect(ex.grant_lines.map((l) => [l.line, l.amount_dkk])).toEqual([['Løn', 80000], ['Revision', 20000]]);
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.array(fc.constantFrom('Punkt 1: X', '2.790 borgere', '21,5 %', 'nummer 70', '1. mio. kr.', '\n', 'juli 2022', '• Løn: 5 kr.', 'Sagsid.: 1/2', ' ')).map((a) => a.join(' '))), (text) => {
        const ex = extractMinutes(text, municipalities);
        expect(Array.isArray(ex.observations)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

const MINUTES = '../shared/minutes';

describe.skipIf(!existsSync(MINUTES))('recall and precision on the five minutes (skipped without ../shared/minutes)', () => {
  const cls = (u: string) => (u === 'persons' || u === 'fte' || u === 'count' ? 'antal' : u);
  for (const src of dataset.sources.filter((s) => s.meeting_date)) {
    it(`finds the figures of ${src.document}`, () => {
      const ex = extractMinutes(readFileSync(`${MINUTES}/${src.document}`, 'utf8'), municipalities, { fileName: src.document, catalogue });
      const grants = dataset.grants.filter((g) => g.source_id === src.source_id);
      const expected = [
        ...dataset.observations.filter((o) => o.source_id === src.source_id && o.value !== null).map((o) => `${o.value}|${cls(o.unit)}`),
        ...grants.flatMap((g) => [g.amount_dkk, g.guaranteed_dkk, g.at_risk_dkk, g.budget_total_dkk].filter((v) => v !== null).map((v) => `${v}|dkk`)),
        ...dataset.grantLines.filter((l) => grants.some((g) => g.grant_id === l.grant_id)).map((l) => `${l.amount_dkk}|dkk`),
      ];
      const candidates = [...ex.observations.map((o) => `${o.value}|${cls(o.unit)}`), ...ex.grants.map((g) => `${g.amount_dkk}|dkk`), ...ex.grant_lines.map((l) => `${l.amount_dkk}|dkk`)];
      const found = expected.filter((e) => candidates.includes(e));
      const relevant = candidates.filter((c) => expected.includes(c));
      const recall = found.length / expected.length;
      const precision = relevant.length / candidates.length;
      console.log(`${src.document}: recall ${found.length}/${expected.length} (${Math.round(recall * 100)} %), precision ${relevant.length}/${candidates.length} (${Math.round(precision * 100)} %)`);
      expect(recall).toBeGreaterThanOrEqual(0.9);
      expect(precision).toBeGreaterThanOrEqual(0.8);
      expect(ex.source.municipality_code).toBe(src.municipality_code);
      expect(ex.source.meeting_date).toBe(src.meeting_date);
    });
  }
});

describe('tables', () => {
  const TABLE = [
    'Punkt 2: Status',
    'Tabel 1. Fuldtidspersoner på offentlig forsørgelse efter ydelsesgruppe',
    'Ydelsesgruppe\tOktober 2023\tnov. 2023\tÆndring',
    'A-dagpenge\t612\t598\t-14',
    'Sygedagpenge\t1.104\t–\t',
    'I alt\t4.761\t4.744\t-17',
    '',
    'Mål og resultat for 2024 (pct.)',
    'Kommune\tMål\tFaktisk\tPlacering',
    'Herlev\t15,8\t16,6 %\t21',
    'Hele landet\t17\t16,9\t',
  ].join('\n');

  it('finds the tables with their caption, header and rows', () => {
    const tables = findTables(TABLE);
    expect(tables.map((t) => [t.caption, t.header?.map((c) => c.text), t.rows.map((r) => r[0]!.text)])).toEqual([
      ['Tabel 1. Fuldtidspersoner på offentlig forsørgelse efter ydelsesgruppe', ['Ydelsesgruppe', 'Oktober 2023', 'nov. 2023', 'Ændring'], ['A-dagpenge', 'Sygedagpenge', 'I alt']],
      ['Mål og resultat for 2024 (pct.)', ['Kommune', 'Mål', 'Faktisk', 'Placering'], ['Herlev', 'Hele landet']],
    ]);
    const cell = tables[0]!.rows[1]![1]!;
    expect(TABLE.slice(cell.start, cell.start + cell.text.length)).toBe('1.104');
  });

  it('reads every cell with its row, column, period, kind and unit, and skips gaps and changes; rows take the official breakdown codes', () => {
    const ex = extract(TABLE);
    expect(ex.observations.map((o) => [o.value, o.unit, o.period, o.kind, o.breakdown, o.area])).toEqual([
      [612, 'fte', '2023-10', 'actual', 'a-dagpenge', '163'],
      [598, 'fte', '2023-11', 'actual', 'a-dagpenge', '163'],
      [1104, 'fte', '2023-10', 'actual', 'sygedagpenge', '163'],
      [4761, 'fte', '2023-10', 'actual', 'all', '163'],
      [4744, 'fte', '2023-11', 'actual', 'all', '163'],
      [15.8, 'pct', '2024', 'target', 'all', '163'],
      [16.6, 'pct', '2024', 'actual', 'all', '163'],
      [21, 'rank', '2024', 'actual', 'all', '163'],
      [17, 'pct', '2024', 'target', 'all', '000'],
      [16.9, 'pct', '2024', 'actual', 'all', '000'],
    ]);
    expect(ex.observations[0]!.quote).toBe('Tabel 1. Fuldtidspersoner på offentlig forsørgelse efter ydelsesgruppe – A-dagpenge, Oktober 2023: 612');
    expect(ex.observations[0]!.indicator).toBe('ydelsesmodtagere_fuldtid');
  });

  it('reads header periods and cell numbers as tables write them', () => {
    expect(['Oktober 2023', 'okt. 2023', '2024', '2. kvartal 2024', '2. kvt. 2024', '2024K2', 'Q2 2024', 'Mål'].map(periodOfLabel)).toEqual(['2023-10', '2023-10', '2024', '2024-Q2', '2024-Q2', '2024-Q2', '2024-Q2', '']);
    expect(['1.402', '21,5 %', '1 402', '+22', '−3,5', '500.000 kr.', 'I alt', '-'].map((c) => cellNumber(c)?.value ?? null)).toEqual([1402, 21.5, 1402, 22, -3.5, 500000, null, null]);
    expect(cellNumber('500.000 kr.')).toMatchObject({ kroner: true, percent: false });
  });

  it('does not take a table of contents for a table', () => {
    expect(findTables('Indholdsfortegnelse\nStatus.....\t3\nEventuelt.....\t4\n')).toEqual([]);
  });
});

describe('size', () => {
  // How long it takes is measured by `npm run bench -- --minutes-only`, not asserted here: a busy machine would fail it.
  it('reads 1 MB of minutes into its figures', () => {
    const ex = extract(generateMinutes(1024 * 1024));
    expect(ex.observations.length).toBeGreaterThan(10_000);
  });

  it('splits a run of text without full stops, so one long "sentence" stays cheap', () => {
    const text = `Punkt 1: Status\n${'der var 2.650 borgere i januar 2024 og 21,5 % i alt '.repeat(2000)}`;
    const ex = extract(text);
    expect(ex.observations.filter((o) => o.unit === 'pct').length).toBeGreaterThan(1900);
  });
});

describe('naming the indicator from the catalogue', () => {
  const PASTED = [
    'Herlev Kommune, Arbejdsmarkedsudvalget, 26. oktober 2024',
    'Ledigheden i Herlev Kommune var 2,9 procent i september 2024.',
    'I september 2024 var der 1.204 registrerede ledige, heraf 85 langtidsledige.',
    'Jobcentret har fået tilsagn om 750.000 kr. fra Styrelsen for Arbejdsmarked og Rekruttering i perioden 1. november 2024 – 31. oktober 2025. Heraf går 500.000 kr. til en virksomhedskonsulent og 250.000 kr. til mentorstøtte.',
    'Målet er at bringe antallet af langtidsledige fra 612 til under 550 inden udgangen af 2025.',
    'Herlev ligger som nummer 41 blandt 98 kommuner på nøgletallet for langtidsledighed.',
  ].join('\n');

  it('reads the pasted lines an analyst tried: the right indicators, two figures, one grant with two lines', () => {
    const ex = extract(PASTED);
    const figures = ex.observations.map((o) => [o.value, o.indicator, o.period, o.kind]);
    expect(figures).toContainEqual([2.9, 'ledighed_pct', '2024-09', 'actual']);
    expect(figures).toContainEqual([1204, 'ledige', '2024-09', 'actual']);
    expect(figures).toContainEqual([85, 'langtidsledige', '2024-09', 'actual']);
    expect(figures).toContainEqual([550, 'langtidsledige', '2025-12-31', 'target']);
    expect(figures.find((f) => f[0] === 612)).toMatchObject([612, 'langtidsledige', expect.any(String), 'actual']);
    expect(figures).toContainEqual([41, 'noegletal_placering', expect.any(String), 'actual']);
    // The rank's denominator is part of the rank, and the grant's amounts are no observations.
    expect(ex.observations.map((o) => o.value)).not.toContain(98);
    expect(ex.observations.filter((o) => o.unit === 'dkk')).toEqual([]);
    expect(ex.grants).toMatchObject([{ amount_dkk: 750000, period_start: '2024-11-01', grantor: 'Styrelsen for Arbejdsmarked og Rekruttering (STAR)', line_sum_dkk: 750000 }]);
    expect(ex.grant_lines.map((l) => [l.line, l.amount_dkk])).toEqual([
      ['en virksomhedskonsulent', 500000],
      ['mentorstøtte', 250000],
    ]);
  });

  it('says "unknown" rather than guess, when no term of the catalogue stands by the figure', () => {
    const ex = extract('Punkt 1: Seniorjob\n\nI oktober 2025 var 63 borgere ansat i seniorjob.');
    expect(ex.observations).toMatchObject([{ value: 63, indicator: '', confidence: 'none' }]);
  });

  it('checks the unit: a share named "ledigheden" is not the count of "ledige"', () => {
    const ex = extract('Blandt de forsikrede ledige var ledigheden 2,8 pct. i maj 2025.');
    expect(ex.observations).toMatchObject([{ value: 2.8, indicator: 'ledighed_pct', breakdown: 'a-dagpenge', confidence: 'high' }]);
  });

  it('maps table rows to the breakdown codes of the official series', () => {
    const text = ['Registrerede ledige efter ydelse', 'Ydelse\tJuli 2025', 'Dagpenge\t1.011', 'Kontanthjælp\t455', 'I alt\t1.466'].join('\n');
    expect(extract(text).observations.map((o) => [o.indicator, o.breakdown, o.value])).toEqual([
      ['ledige', 'a-dagpenge', 1011],
      ['ledige', 'kontanthjælp', 455],
      ['ledige', 'all', 1466],
    ]);
  });

  it('reads a grant’s budget lines from a table under it, leaving its total out', () => {
    const text = [
      'Punkt 2: Bevilling til jobrotation',
      '',
      'Kommunen har fået tilsagn om 900.000 kr. fra Styrelsen for Arbejdsmarked og Rekruttering i perioden 1. maj 2025 – 30. april 2026.',
      'Budget',
      'Post\tBeløb',
      'Vikarløn\t600.000 kr.',
      'Uddannelse\t300.000 kr.',
      'I alt\t900.000 kr.',
      '',
      'Punkt 3: Eventuelt',
    ].join('\n');
    const ex = extract(text);
    expect(ex.grants).toMatchObject([{ amount_dkk: 900000, line_sum_dkk: 900000 }]);
    expect(ex.grant_lines.map((l) => [l.line, l.amount_dkk])).toEqual([
      ['Vikarløn', 600000],
      ['Uddannelse', 300000],
    ]);
    expect(ex.observations).toEqual([]);
  });

  it('says when a grant’s budget lines do not add up', () => {
    const text = 'Punkt 4: Pulje\n\nKommunen har fået en bevilling på 1.200.000 kr. fra Region Midtjylland i perioden 1. marts 2026 – 28. februar 2027.\n• Kurser: 700.000 kr.\n• Projektleder: 450.000 kr.\n';
    const ex = extract(text);
    expect(ex.grants).toMatchObject([{ amount_dkk: 1200000, grantor: 'Region Midtjylland', line_sum_dkk: 1150000 }]);
    expect(ex.observations).toEqual([]);
  });

  it('takes a difference for what it is: no level, no indicator', () => {
    const ex = extract('I december 2023 var 4.776 fuldtidspersoner på offentlig forsørgelse. Det er 0,7 % flere end i november.');
    expect(ex.observations.map((o) => [o.value, o.indicator])).toEqual([
      [4776, 'ydelsesmodtagere_fuldtid'],
      [0.7, ''],
    ]);
  });
});
