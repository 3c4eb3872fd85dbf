import { describe, expect, it } from 'vitest';
import { documentPages, pageIndexAt, pageSegments, progressShare, reviewSlice } from './model.ts';

describe('minutes page model', () => {
  it('splits a PDF text at its form feeds and long text into parts at line ends', () => {
    const pdf = 'side et\n\fside to\n\fside tre';
    const pages = documentPages(pdf);
    expect(pages.map((p) => pdf.slice(p.start, p.end))).toEqual(['side et\n', 'side to\n', 'side tre']);
    expect(pageIndexAt(pages, pdf.indexOf('to'))).toBe(1);
    expect(pageIndexAt(pages, 0)).toBe(0);
    expect(pageIndexAt(pages, pdf.length - 1)).toBe(2);
    const long = `${'en linje med tekst\n'.repeat(10_000)}`;
    const parts = documentPages(long);
    expect(parts.length).toBe(5);
    expect(parts.every((p) => long[p.end - 1] === '\n')).toBe(true);
    expect(parts.map((p) => p.end - p.start).reduce((a, b) => a + b)).toBe(long.length);
    expect(documentPages('kort')).toEqual([{ start: 0, end: 4 }]);
  });

  it('marks the evidence on a page, and only what stands on it', () => {
    const text = 'Der var 2.650 borgere.\fI alt 21,5 % og 12 ledige.';
    const pages = documentPages(text);
    const at = (s: string) => ({ evidence: { start: text.indexOf(s), end: text.indexOf(s) + s.length } });
    const proposals = [at('2.650'), at('21,5 %'), at('12 ledige')];
    expect(pageSegments(text, pages[1]!, proposals)).toEqual([
      { text: 'I alt ', mark: null },
      { text: '21,5 %', mark: 1 },
      { text: ' og ', mark: null },
      { text: '12 ledige', mark: 2 },
      { text: '.', mark: null },
    ]);
    expect(pageSegments(text, pages[0]!, proposals).filter((s) => s.mark !== null)).toEqual([{ text: '2.650', mark: 0 }]);
    const sentence = { evidence: { start: text.indexOf('I alt'), end: text.length } };
    expect(pageSegments(text, pages[1]!, [sentence, at('12 ledige')]).filter((s) => s.mark !== null).map((s) => s.mark)).toEqual([0]);
    expect(pageSegments(text, pages[1]!, [sentence, at('12 ledige')], 1).filter((s) => s.mark !== null)).toEqual([{ text: '12 ledige', mark: 1 }]);
  });

  it('pages the review list and reports progress in one share', () => {
    expect(reviewSlice(120, 0)).toEqual({ from: 0, to: 50, pages: 3, page: 0 });
    expect(reviewSlice(120, 2)).toEqual({ from: 100, to: 120, pages: 3, page: 2 });
    expect(reviewSlice(120, 9)).toEqual({ from: 100, to: 120, pages: 3, page: 2 });
    expect(reviewSlice(0, 0)).toEqual({ from: 0, to: 0, pages: 1, page: 0 });
    expect(progressShare({ stage: 'reading', page: 3, pages: 12 }, true)).toBe(0.125);
    expect(progressShare({ stage: 'extracting', share: 0.5 }, true)).toBe(0.75);
    expect(progressShare({ stage: 'extracting', share: 0.5 }, false)).toBe(0.5);
  });
});
