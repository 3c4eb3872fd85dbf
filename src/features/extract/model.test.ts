import { describe, expect, it } from 'vitest';
import { acceptedInvalid, documentPages, INDICATOR_OK, marksOnPage, pageIndexAt, pageSegments, PERIOD_OK, progressShare, reviewSlice, VALUE_OK } from './model.ts';

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
    expect(parts.length).toBeGreaterThan(10);
    expect(parts.every((p) => p.end - p.start <= 22_500)).toBe(true);
    expect(parts.every((p) => long[p.end - 1] === '\n')).toBe(true);
    expect(parts.map((p) => p.end - p.start).reduce((a, b) => a + b)).toBe(long.length);
    expect(documentPages('kort')).toEqual([{ start: 0, end: 4 }]);
  });

  it('marks the evidence on a page, and only what stands on it', () => {
    const text = 'Der var 2.650 borgere.\fI alt 21,5 % og 12 ledige.';
    const pages = documentPages(text);
    const span = (s: string) => [text.indexOf(s), text.indexOf(s) + s.length];
    const evidence = Int32Array.from([...span('2.650'), ...span('21,5 %'), ...span('12 ledige')]);
    expect(marksOnPage(evidence, pages[0]!)).toEqual([{ i: 0, start: 8, end: 13 }]);
    expect(pageSegments(text, pages[1]!, marksOnPage(evidence, pages[1]!))).toEqual([
      { text: 'I alt ', mark: null },
      { text: '21,5 %', mark: 1 },
      { text: ' og ', mark: null },
      { text: '12 ledige', mark: 2 },
      { text: '.', mark: null },
    ]);
    // Two figures in one sentence: the first mark shows, unless the other one is focused.
    const sentence = Int32Array.from([text.indexOf('I alt'), text.length, ...span('12 ledige')]);
    expect(pageSegments(text, pages[1]!, marksOnPage(sentence, pages[1]!)).filter((s) => s.mark !== null).map((s) => s.mark)).toEqual([0]);
    expect(pageSegments(text, pages[1]!, marksOnPage(sentence, pages[1]!), 1).filter((s) => s.mark !== null)).toEqual([{ text: '12 ledige', mark: 1 }]);
  });

  it('lets accepted proposals be saved only when their periods, values and indicators, as corrected, are usable', () => {
    const valid = Uint8Array.from([PERIOD_OK + VALUE_OK + INDICATOR_OK, VALUE_OK + INDICATOR_OK, PERIOD_OK + VALUE_OK + INDICATOR_OK, PERIOD_OK + VALUE_OK]);
    const check = (accepted: number[], edits: [number, object][] = []) => acceptedInvalid(new Set(accepted), new Map(edits), valid, (p) => /^\d{4}(-\d\d)?$/.test(p));
    expect(check([0, 2])).toBe(false);
    expect(check([0, 1])).toBe(true);
    expect(check([0, 1], [[1, { period: '2024-05' }]])).toBe(false);
    expect(check([0], [[0, { period: 'maj' }]])).toBe(true);
    expect(check([2], [[2, { value: Number.NaN }]])).toBe(true);
    expect(check([2], [[2, { indicator: 'ledige' }]])).toBe(false);
    // "Ukendt nøgletal" cannot be saved until a person chooses one, and choosing none again does not count.
    expect(check([3])).toBe(true);
    expect(check([3], [[3, { indicator: 'ledige' }]])).toBe(false);
    expect(check([3], [[3, { indicator: '' }]])).toBe(true);
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
