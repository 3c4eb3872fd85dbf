import { describe, expect, it } from 'vitest';
import { readCsv } from '../../src/data/parse-csv.ts';
import { exportCsv, protectCell, safeFileName } from '../../src/export/csv.ts';
import { embedSnippet } from '../../src/features/common/chart-actions.tsx';

const base = { title: 'T', unit: 'procent', sourceLine: 'Kilde: Jobindsats.dk / STAR, y25i01', publishedOn: '2026-08-22', link: 'http://x/?v=1' };

describe('CSV export', () => {
  it('never lets a cell start a spreadsheet formula', () => {
    for (const evil of ['=HYPERLINK("http://evil")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1']) {
      expect(protectCell(evil).startsWith("'")).toBe(true);
    }
    const csv = exportCsv({ ...base, title: '=cmd|calc', columns: ['område', 'værdi'], rows: [['=1+2', -1.5], ['@x', 2], ['Herlev', null]] });
    const lines = csv.split('\n');
    expect(lines[0]).toBe("# Kommunetal: '=cmd|calc");
    const body = readCsv(lines.slice(6).join('\n')).records;
    expect(body.map((r) => r['område'])).toEqual(["'=1+2", "'@x", 'Herlev']);
    // Numbers stay numbers, negative ones too; missing stays empty.
    expect(body.map((r) => r['værdi'])).toEqual(['-1.5', '2', '']);
    for (const line of lines) expect(/^[=+@]/.test(line) || /,[=+@-][^0-9]/.test(line)).toBe(false);
  });

  it('names indicator, unit, source and the machine number format in the header', () => {
    const csv = exportCsv({ ...base, columns: ['a'], rows: [] });
    expect(csv).toContain('# Enhed: procent');
    expect(csv).toContain('# Kilde: Jobindsats.dk / STAR, y25i01');
    expect(csv).toContain('punktum som decimaltegn');
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
