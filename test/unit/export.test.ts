import { describe, expect, it } from 'vitest';
import { readCsv } from '../../src/data/parse-csv.ts';
import { writeCsv } from '../../src/data/write-csv.ts';
import { exportCsv } from '../../src/export/csv.ts';
import { safeFileName } from '../../src/export/file-name.ts';
import { embedSnippet } from '../../src/features/common/chart-actions.tsx';
import { da, en } from '../../src/i18n/texts.ts';

const base = { title: 'T', unit: 'procent', sourceLine: 'Kilde: Jobindsats.dk / STAR, y25i01', publishedOn: '2026-08-22', link: 'http://x/?v=1', notes: da.csvNotes };

describe('CSV export', () => {
  it('never lets a cell start a spreadsheet formula, note lines included', () => {
    const csv = exportCsv({ ...base, title: '=cmd|calc', sourceLine: 'evil,=1+1,@SUM(A1).csv', columns: ['område', 'værdi'], rows: [['=1+2', -1.5], ['@x', 2], ['Herlev', null], ['\t=1', 3], ['-2+3', 4]] });
    const lines = csv.trimEnd().split('\n');
    expect(lines[0]).toBe('# Kommunetal: =cmd|calc');
    // A note with a comma is one quoted cell: its formula cannot spill into a column of its own.
    expect(lines[2]).toBe('"# Kilde: evil,=1+1,@SUM(A1).csv"');
    const body = readCsv(lines.slice(6).join('\n')).records;
    expect(body.map((r) => r['område'])).toEqual(["'=1+2", "'@x", 'Herlev', "'\t=1", "'-2+3"]);
    // Numbers stay numbers, negative ones too; missing stays empty.
    expect(body.map((r) => r['værdi'])).toEqual(['-1.5', '2', '', '3', '4']);
    for (const line of lines) expect(/^[=+@-]/.test(line)).toBe(false);
  });

  it('writes Danish Excel CSV with semicolons and decimal commas, negative numbers unharmed', () => {
    const csv = exportCsv({ ...base, columns: ['område', 'værdi'], rows: [['Herlev', 3.25], ['Ballerup', -1.5], ['=evil', 1234.5]] }, 'excel-da');
    const lines = csv.trimEnd().split('\n');
    expect(lines[6]).toBe('område;værdi');
    expect(lines.slice(7)).toEqual(['Herlev;3,25', 'Ballerup;-1,5', "\"'=evil\";1234,5"]);
    expect(csv).toContain('komma som decimaltegn');
  });

  it('names indicator, unit, source and the number format in the view\'s language', () => {
    const csv = exportCsv({ ...base, columns: ['a'], rows: [] });
    expect(csv).toContain('# Enhed: procent');
    expect(csv).toContain('# Kilde: Jobindsats.dk / STAR, y25i01');
    expect(csv).toContain('punktum som decimaltegn');
    expect(exportCsv({ ...base, notes: en.csvNotes, columns: ['a'], rows: [] })).toContain('# Unit: procent');
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
