// Minutes as published: PDF (generated here from our own test-set text), HTML pages and folders
// of both, read through the same extractor as text.
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDataDir } from '../../scripts/data-dir.ts';
import { runExtract } from '../../scripts/extract.ts';
import { readCsv } from '../../src/data/parse-csv.ts';
import { mergeProposals } from '../../src/extract/batch.ts';
import { extractMinutes, type Extraction } from '../../src/extract/extract.ts';
import { compileCatalogue } from '../../src/extract/indicator-terms.ts';
import { decodeHtml, htmlToText } from '../../src/extract/html-text.ts';
import { layoutPage } from '../../src/extract/pdf-layout.ts';
import { DocumentError } from '../../src/extract/document-error.ts';
import { readDocument } from '../../src/extract/read-document.ts';
import { findTables } from '../../src/extract/tables.ts';
import { generateMinutes } from '../../scripts/bench-minutes.ts';
import { minutesPdf, scannedPdf } from '../fixtures/minutes/make-pdf.ts';

const run = promisify(execFile);

/** The extraction command in this process, with what it wrote and its exit code (the spawned command is tested once). */
async function extractCommand(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runExtract(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}
const { dataset } = loadDataDir('data');
const catalogue = compileCatalogue(dataset.indicators, dataset.breakdownLabels);
const SET = 'test/fixtures/minutes';
const setFiles = ['tuning', 'heldout'].flatMap((g) => readdirSync(join(SET, g)).filter((f) => f.endsWith('.txt')).map((f) => join(SET, g, f)));
const loadPdf = () => Promise.resolve(pdfjs);
const work = mkdtempSync(join(tmpdir(), 'kommunetal-extract-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** What a person reviews: the figure and what it is, not where the text happens to break. */
const figures = (ex: Extraction) => ex.observations.map((o) => [o.value, o.unit, o.period, o.kind, o.breakdown, o.area, o.indicator].join('|')).sort();
const problem = async (bytes: Uint8Array, name = 'x.pdf') => readDocument(bytes, name, loadPdf).then(() => 'read', (e: unknown) => (e instanceof DocumentError ? e.problem : String(e)));

describe('PDF layout', () => {
  const item = (str: string, x: number, y: number, width = str.length * 5) => ({ str, x, y, width, size: 10 });

  it('puts items on one baseline on one line, wide gaps as cells in the columns of the table', () => {
    const text = layoutPage([
      item('Ydelse', 56, 700), item('2023', 300, 700), item('2024', 380, 700),
      item('A-dagpenge', 56, 686), item('701', 305, 686), item('812', 385, 686),
      // A missing cell: the figure for 2024 stays under 2024.
      item('Sygedagpenge', 56, 672), item('702', 385, 672),
    ]);
    expect(text.split('\n')).toEqual(['Ydelse\t2023\t2024', 'A-dagpenge\t701\t812', 'Sygedagpenge\t\t702']);
  });

  it('joins lines the layout wrapped, keeps short lines and blank space apart', () => {
    const long = 'Der var i juli 2022 i alt 2.790 ydelsesmodtagere målt i fuldtidspersoner, hvilket er et fald';
    const text = layoutPage([item('Punkt 1: Status', 56, 760), item(long, 56, 720), item('i forhold til juni.', 56, 706), item('Beslutning', 56, 680)]);
    expect(text.split('\n')).toEqual(['Punkt 1: Status', '', `${long} i forhold til juni.`, '', 'Beslutning']);
  });
});

describe('PDF files', () => {
  it('reads back every cell of a table with its row and column', async () => {
    const bytes = minutesPdf(['Fuldtidspersoner efter ydelse', 'Ydelse\t2022\t2023\t2024', 'A-dagpenge\t701\t745\t812', 'Kontant- og uddannelseshjælp\t1.402\t1.355\t1.290', 'Sygedagpenge\t688\t702\t-'].join('\n'));
    const { text, kind, pages } = await readDocument(bytes, 'tabel.pdf', loadPdf);
    expect([kind, pages]).toEqual(['pdf', 1]);
    const [table] = findTables(text);
    expect(table!.header!.map((c) => c.text)).toEqual(['Ydelse', '2022', '2023', '2024']);
    expect(table!.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['A-dagpenge', '701', '745', '812'],
      ['Kontant- og uddannelseshjælp', '1.402', '1.355', '1.290'],
      ['Sygedagpenge', '688', '702', '-'],
    ]);
  });

  for (const file of setFiles) {
    it(`gives the same figures from ${file.split('/').pop()} as a PDF as from its text, each with its page`, async () => {
      const text = readFileSync(file, 'utf8');
      const fromText = extractMinutes(text, dataset.municipalities, { catalogue });
      const pdf = await readDocument(minutesPdf(text), 'referat.pdf', loadPdf);
      const fromPdf = extractMinutes(pdf.text, dataset.municipalities, { paged: true, catalogue });
      expect(figures(fromPdf)).toEqual(figures(fromText));
      expect(fromPdf.source).toMatchObject({ municipality_code: fromText.source.municipality_code, meeting_date: fromText.source.meeting_date, body: fromText.source.body });
      // make-pdf starts a new page every 48 lines; each figure's page is where its text stands.
      for (const o of fromPdf.observations) {
        const pageText = pdf.text.split('\f')[o.evidence.page! - 1]!;
        expect(pageText).toContain(fromPdf.text.slice(o.evidence.start, o.evidence.end));
      }
    });
  }

  it('numbers the pages of a long PDF and gives every figure the page it stands on', async () => {
    const text = generateMinutes(12_000);
    const pdf = await readDocument(minutesPdf(text), 'lang.pdf', loadPdf);
    const ex = extractMinutes(pdf.text, dataset.municipalities, { paged: true, catalogue });
    expect(pdf.pages).toBeGreaterThan(4);
    const pages = new Set(ex.observations.map((o) => o.evidence.page));
    expect(pages.size).toBeGreaterThan(4);
    for (const o of ex.observations) expect(pdf.text.split('\f')[o.evidence.page! - 1]).toContain(ex.text.slice(o.evidence.start, o.evidence.end));
    expect(figures(ex)).toEqual(figures(extractMinutes(text, dataset.municipalities, { catalogue })));
  });

  it('says why a protected, a scanned, a damaged and an empty file cannot be read', async () => {
    expect(await problem(minutesPdf('Punkt 1: Status\n2.790 borgere', { encrypt: true }))).toBe('encrypted');
    expect(await problem(scannedPdf())).toBe('no-text');
    expect(await problem(new TextEncoder().encode('%PDF-1.4\n1 0 obj\n<<'))).toBe('damaged');
    expect(await problem(new Uint8Array(0), 'tom.txt')).toBe('empty');
    expect(await problem(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]), 'billede.txt')).toBe('binary');
    expect(await problem(new Uint8Array([0x52, 0xf8, 0x64]), 'latin1.txt')).toBe('encoding');
  });
});

const PAGE = `<!DOCTYPE html><html lang="da"><head><meta charset="utf-8"><title>Referat</title><style>p{color:red}</style><script>var x = "2.790 borgere";</script></head>
<body><header><nav><a href="/">Forside</a> <a href="/dagsorden">Dagsordener 2024</a> 12 borgere</nav></header>
<main>
<h1>Herlev Kommune</h1>
<p>REFERAT Arbejdsmarkedsudvalget d. 14-03-2024</p>
<h2>Punkt 12: Status på beskæftigelsen</h2>
<p>Herlev Kommune havde i januar&nbsp;2024 i alt 2.650 ydelsesmodtagere målt i fuldtidspersoner.<br>Målet er 2.500 fuldtidspersoner i december 2024.</p>
<p>Fuldtidspersoner efter ydelsesgruppe</p>
<table><thead><tr><th>Ydelsesgruppe</th><th>December 2023</th><th>Januar 2024</th></tr></thead>
<tbody><tr><td>A-dagpenge</td><td>412</td><td>430</td></tr><tr><td>Kontanthjælp &amp; uddannelseshjælp</td><td><b>1.104</b></td><td>1.089</td></tr></tbody></table>
<ul><li>Løn: 80.000 kr.</li></ul>
</main>
<footer>Herlev Kommune · Herlev Bygade 90 · 2730 Herlev · 44 52 70 00</footer></body></html>`;

describe('HTML pages', () => {
  it('reads the main content, with paragraphs, bullets and table rows as tab-separated lines', () => {
    const text = htmlToText(PAGE);
    expect(text).not.toMatch(/Forside|var x|color|Bygade|Dagsordener/);
    expect(text.split('\n')).toEqual(
      expect.arrayContaining(['Punkt 12: Status på beskæftigelsen', 'Ydelsesgruppe\tDecember 2023\tJanuar 2024', 'A-dagpenge\t412\t430', 'Kontanthjælp & uddannelseshjælp\t1.104\t1.089', '• Løn: 80.000 kr.', 'Målet er 2.500 fuldtidspersoner i december 2024.']),
    );
  });

  it('gives the figures of the page, table cells with row and column', async () => {
    const doc = await readDocument(new TextEncoder().encode(PAGE), 'referat.html', loadPdf);
    const ex = extractMinutes(doc.text, dataset.municipalities);
    expect(ex.source).toMatchObject({ municipality_code: '163', meeting_date: '2024-03-14' });
    expect(ex.observations.map((o) => [o.value, o.period, o.kind, o.breakdown])).toEqual([
      [2650, '2024-01', 'actual', 'all'],
      [2500, '2024-12', 'target', 'all'],
      [412, '2023-12', 'actual', 'A-dagpenge'],
      [430, '2024-01', 'actual', 'A-dagpenge'],
      [1104, '2023-12', 'actual', 'Kontanthjælp & uddannelseshjælp'],
      [1089, '2024-01', 'actual', 'Kontanthjælp & uddannelseshjælp'],
      // A budget line carries the period of the sentence before it.
      [80000, '2024-12', 'actual', 'all'],
    ]);
  });

  it('reads a page in the charset it declares, and the whole page when it marks no main content', () => {
    const latin = Uint8Array.from('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head><body><p>Førtidspension: 2.310 borgere</p></body></html>', (c) => c.charCodeAt(0));
    expect(htmlToText(decodeHtml(latin))).toBe('Førtidspension: 2.310 borgere');
  });
});

describe('a folder of minutes', () => {
  const base = 'Herlev Kommune\nREFERAT Arbejdsmarkedsudvalget d. DATE\n\nPunkt 1: Status\n\nDer var i januar 2024 i alt VALUE ydelsesmodtagere målt i fuldtidspersoner.\nI februar 2024 var der 2.640 ydelsesmodtagere målt i fuldtidspersoner.\n';
  const minutes = (date: string, value: string) => base.replace('DATE', date).replace('VALUE', value);

  it('marks figures earlier minutes gave as repeats and different values as conflicts', () => {
    const docs = [
      { document: 'b.txt', extraction: extractMinutes(minutes('11-04-2024', '2.660'), dataset.municipalities, { catalogue }) },
      { document: 'a.txt', extraction: extractMinutes(minutes('14-03-2024', '2.650'), dataset.municipalities, { catalogue }) },
    ];
    const proposals = mergeProposals(docs, [{ area: '163', indicator: 'ydelsesmodtagere_fuldtid', breakdown: 'all', period: '2024-02', value: 2640, unit: 'fte', kind: 'actual', source_id: 'x', item: '', quote: '' }]);
    expect(proposals.map((p) => [p.document, p.period, p.value, p.status, p.earlier, p.data_status])).toEqual([
      ['a.txt', '2024-01', 2650, 'new', '', 'new'],
      ['a.txt', '2024-02', 2640, 'new', '', 'known'],
      ['b.txt', '2024-01', 2660, 'conflict', 'a.txt: 2650', 'new'],
      ['b.txt', '2024-02', 2640, 'repeat', 'a.txt: 2640', 'known'],
    ]);
  });

  it('npm run extract (the command itself, spawned) reads a folder of PDF, HTML and text into one proposals file, and --diff compares with data/', { timeout: 60_000 }, async () => {
    const folder = join(work, 'folder');
    mkdirSync(folder);
    writeFileSync(join(folder, 'marts.pdf'), minutesPdf(minutes('14-03-2024', '2.650')));
    writeFileSync(join(folder, 'april.html'), `<html><body><main><pre>${minutes('11-04-2024', '2.660')}</pre></main></body></html>`);
    writeFileSync(join(folder, 'noter.docx.bak'), 'ignored');
    const out = join(work, 'proposals.csv');
    const { stderr } = await run('node_modules/.bin/tsx', ['scripts/extract.ts', folder, '--out', out, '--diff', 'data']);
    const rows = readFileSync(out, 'utf8').trim().split('\n');
    expect(rows[0]).toBe('area,indicator,breakdown,period,value,unit,kind,source_id,item,quote,document,page,status,earlier,data_status,data_value');
    expect(rows.slice(1).map((r) => r.split(',').slice(3, 5).concat(r.split(',').slice(-6, -2)))).toEqual([
      ['2024-01', '2650', 'marts.pdf', '1', 'new', ''],
      ['2024-02', '2640', 'marts.pdf', '1', 'new', ''],
      ['2024-01', '2660', 'april.html', '', 'conflict', 'marts.pdf s. 1: 2650'],
      ['2024-02', '2640', 'april.html', '', 'repeat', 'marts.pdf s. 1: 2640'],
    ]);
    expect(stderr).toContain('2 referater, 4 foreslåede tal: 2 nye, 1 gentagelser af tidligere referater, 1 i konflikt med et tidligere referat.');
    expect(stderr).toContain('Konflikt: 163, ydelsesmodtagere_fuldtid, all, 2024-01: 2660 (april.html) mod marts.pdf s. 1: 2650');
    expect(stderr).toMatch(/Mod datamappen: \d+ nye, \d+ findes allerede, \d+ afviger fra dataene\./);
  });

  it('gives the same figures for minutes as PDF as for the same minutes as text (--json)', { timeout: 60_000 }, async () => {
    const text = readFileSync(setFiles[0]!, 'utf8');
    writeFileSync(join(work, 'same.txt'), text);
    writeFileSync(join(work, 'same.pdf'), minutesPdf(text));
    const read = async (file: string) => (JSON.parse((await extractCommand([join(work, file), '--json'])).stdout) as { observations: { value: number; period: string; breakdown: string; page: number | null }[] }).observations;
    const [fromText, fromPdf] = await Promise.all([read('same.txt'), read('same.pdf')]);
    const key = (os: { value: number; period: string; breakdown: string }[]) => os.map((o) => `${o.value}|${o.period}|${o.breakdown}`).sort();
    expect(fromPdf.length).toBeGreaterThanOrEqual(10);
    expect(key(fromPdf)).toEqual(key(fromText));
    expect(fromPdf.every((o) => o.page !== null) && fromText.every((o) => o.page === null)).toBe(true);
  });

  it('writes a formula from the minutes as text, not as a live formula, and skips a named pipe in the folder instead of hanging', { timeout: 60_000 }, async () => {
    const folder = join(work, 'hostile');
    mkdirSync(folder);
    writeFileSync(join(folder, 'a.txt'), 'Referat, Arbejdsmarkedsudvalget, Herlev Kommune, 14-03-2024\n\nPunkt 1: Status\n\n=HYPERLINK("http://x";"klik") Der var 2.650 ydelsesmodtagere i januar 2024.\n');
    execFileSync('mkfifo', [join(folder, 'pipe.txt')]);
    const out = join(work, 'hostile.csv');
    const { stderr } = await extractCommand([folder, '--out', out]);
    expect(stderr).toContain('Springer over pipe.txt: ikke almindelige filer.');
    const quotes = readCsv(readFileSync(out, 'utf8')).records.map((r) => r.quote);
    expect(quotes).toEqual(['\'=HYPERLINK("http://x";"klik") Der var 2.650 ydelsesmodtagere i januar 2024.']);
  });

  it('stops with exit code 2 and writes nothing when a file in the folder cannot be read', { timeout: 60_000 }, async () => {
    const folder = join(work, 'bad');
    mkdirSync(folder);
    writeFileSync(join(folder, 'ok.txt'), minutes('14-03-2024', '2.650'));
    writeFileSync(join(folder, 'scannet.pdf'), scannedPdf());
    writeFileSync(join(folder, 'beskyttet.pdf'), minutesPdf('Punkt 1\n2.650 borgere', { encrypt: true }));
    const out = join(work, 'bad.csv');
    const failed = await extractCommand([folder, '--out', out]);
    expect(failed.code).toBe(2);
    expect(failed.stderr).toContain('Kan ikke læse 2 af 3 filer');
    expect(failed.stderr).toContain('scannet.pdf: PDF-filen har intet tekstlag');
    expect(failed.stderr).toContain('beskyttet.pdf: PDF-filen er beskyttet med en adgangskode');
    expect(existsSync(out)).toBe(false);
    expect((await extractCommand([folder, '--out', out, '--skip-unreadable'])).code).toBe(0);
    expect(readFileSync(out, 'utf8').trim().split('\n')).toHaveLength(3);
  });
});
