import { describe, expect, it } from 'vitest';
import { readCsv } from '../../src/data/parse-csv.ts';
import { writeCsv } from '../../src/data/write-csv.ts';
import { exportCsv, exportNotes } from '../../src/export/csv.ts';
import { safeFileName } from '../../src/export/file-name.ts';
import { embedSnippet } from '../../src/features/common/embed-dialog.tsx';
import { da } from '../../src/i18n/texts.ts';
import { en } from '../../src/i18n/texts-en.ts';

const base = { title: 'T', unit: 'procent', sourceLine: 'Kilde: Jobindsats.dk / STAR, y25i01', publishedOn: '2026-08-22', link: 'http://x/?v=1', notes: da.csvNotes };

describe('CSV export', () => {
  it('never lets a cell start a spreadsheet formula, in the table or the notes beside it', () => {
    const e = { ...base, title: '=cmd|calc', sourceLine: 'evil,=1+1,@SUM(A1).csv', columns: ['område', 'værdi'], rows: [['=1+2', -1.5], ['@x', 2], ['Herlev', null], ['\t=1', 3], ['-2+3', 4]] };
    const csv = exportCsv(e);
    const lines = csv.trimEnd().split('\n');
    // The header is the first line: no note lines above the table for a reader to skip.
    expect(lines[0]).toBe('område,værdi');
    const body = readCsv(csv).records;
    expect(body.map((r) => r['område'])).toEqual(["'=1+2", "'@x", 'Herlev', "'\t=1", "'-2+3"]);
    // Numbers stay numbers, negative ones too; missing stays empty.
    expect(body.map((r) => r['værdi'])).toEqual(['-1.5', '2', '', '3', '4']);
    for (const line of lines) expect(/^[=+@-]/.test(line)).toBe(false);
    // The sidecar names what the table is; it is plain text, never opened as a spreadsheet.
    expect(exportNotes(e).split('\n').slice(0, 3)).toEqual(['Kommunetal: =cmd|calc', 'Enhed: procent', 'Kilde: evil,=1+1,@SUM(A1).csv']);
  });

  it('writes Danish Excel CSV with semicolons and decimal commas, negative numbers unharmed', () => {
    const csv = exportCsv({ ...base, columns: ['område', 'værdi'], rows: [['Herlev', 3.25], ['Ballerup', -1.5], ['=evil', 1234.5]] }, 'excel-da');
    const lines = csv.trimEnd().split('\n');
    expect(lines[0]).toBe('område;værdi');
    expect(lines.slice(1)).toEqual(['Herlev;3,25', 'Ballerup;-1,5', "\"'=evil\";1234,5"]);
    expect(exportNotes({ ...base, columns: [], rows: [] }, 'excel-da')).toContain('komma som decimaltegn');
  });

  it('writes values at their precision, without binary float noise', () => {
    const csv = exportCsv({ ...base, columns: ['a', 'b'], rows: [[109.99999999999999, 2.6831631512260565], [0.1 + 0.2, 1234567]] });
    expect(csv).toBe('a,b\n110,2.6832\n0.3,1234567\n');
  });

  it('writes a name beside each code, in the view\'s language', () => {
    const labels = [{ after: 'art', header: 'art_navn', name: (code: string) => (code === 'expected' ? 'forventet' : code) }];
    const csv = exportCsv({ ...base, labels, columns: ['område', 'art', 'værdi'], rows: [['Herlev', 'expected', 1], ['Herlev', null, 2]] });
    expect(csv).toBe('område,art,art_navn,værdi\nHerlev,expected,forventet,1\nHerlev,,,2\n');
  });

  it('names indicator, unit, source, remarks and the number format in the sidecar, in the view\'s language', () => {
    const notes = exportNotes({ ...base, columns: ['a'], rows: [], remarks: ['Fanø og Læsø er ikke med.'] });
    expect(notes).toContain('Enhed: procent');
    expect(notes).toContain('Kilde: Jobindsats.dk / STAR, y25i01');
    expect(notes).toContain('punktum som decimaltegn');
    expect(notes).toContain('- Fanø og Læsø er ikke med.');
    expect(exportNotes({ ...base, notes: en.csvNotes, columns: ['a'], rows: [] })).toContain('Unit: procent');
  });

  it('writes contract CSV quoted only where needed', () => {
    expect(writeCsv([['a', 'b'], ['x,y', 'say "hi"'], [1.5, null]])).toBe('a,b\n"x,y","say ""hi"""\n1.5,\n');
  });

  it('makes safe file names', () => {
    expect(safeFileName('Ledighed i pct. af arbejdsstyrken', 'csv')).toBe('kommunetal-ledighed-i-pct-af-arbejdsstyrken.csv');
    expect(safeFileName('Ærø/../Høj', 'svg')).toBe('kommunetal-aeroe-hoej.svg');
  });
});

describe('embed snippet', () => {
  it('escapes the URL and title into attributes', () => {
    const s = embedSnippet('http://x/?a=1&b="2"', 'A <b> "title"');
    expect(s).toContain('src="http://x/?a=1&amp;b=&quot;2&quot;"');
    expect(s).toContain('title="A &lt;b> &quot;title&quot;"');
    expect(s).toContain('height="560"');
  });
});
