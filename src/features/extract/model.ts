// What the minutes page shows, computed without React: the document split into the pages a
// person pages through (a PDF's own pages; long text in parts), which proposals stand on a page,
// the text of a page with the evidence marked, and the slice of the review list in view.
import type { Observation } from '../../data/contract.ts';
import { lastAtOrBefore } from '../../extract/sorted.ts';

export interface DocumentPage {
  start: number;
  end: number;
}

/** Long text without pages is shown in parts of about this many characters, cut at a line end. */
const PART = 15_000;

export function documentPages(text: string): DocumentPage[] {
  if (text.includes('\f')) {
    const pages: DocumentPage[] = [];
    let start = 0;
    for (let i = text.indexOf('\f'); i >= 0; i = text.indexOf('\f', i + 1)) {
      pages.push({ start, end: i });
      start = i + 1;
    }
    pages.push({ start, end: text.length });
    return pages;
  }
  const pages: DocumentPage[] = [];
  let start = 0;
  while (text.length - start > PART * 1.5) {
    const cut = text.lastIndexOf('\n', start + PART);
    const end = cut > start ? cut + 1 : start + PART;
    pages.push({ start, end });
    start = end;
  }
  pages.push({ start, end: text.length });
  return pages;
}

export function pageIndexAt(pages: DocumentPage[], offset: number): number {
  return Math.max(0, lastAtOrBefore(pages, offset, (p) => p.start));
}

export interface Mark {
  /** Index of the proposal. */
  i: number;
  start: number;
  end: number;
}

export interface Segment {
  text: string;
  /** Index of the proposal whose evidence this is, or null for plain text. */
  mark: number | null;
}

/** The proposals whose evidence stands on the page; evidence holds start and end in pairs. */
export function marksOnPage(evidence: Int32Array, page: DocumentPage): Mark[] {
  const marks: Mark[] = [];
  for (let i = 0; i < evidence.length / 2; i += 1) {
    const start = Math.max(evidence[2 * i]!, page.start);
    const end = Math.min(evidence[2 * i + 1]!, page.end);
    if (start < end) marks.push({ i, start, end });
  }
  return marks;
}

/**
 * The page's text in plain and marked segments. Where evidence overlaps (two figures in one
 * sentence), the focused proposal's mark wins, else the first.
 */
export function pageSegments(text: string, page: DocumentPage, marksOnThePage: Mark[], focus: number | null = null): Segment[] {
  const focused = marksOnThePage.find((m) => m.i === focus);
  const marks = marksOnThePage.filter((m) => !focused || m === focused || m.end <= focused.start || m.start >= focused.end).sort((a, b) => a.start - b.start);
  const out: Segment[] = [];
  let at = page.start;
  for (const m of marks) {
    if (m.start < at) continue;
    if (m.start > at) out.push({ text: text.slice(at, m.start), mark: null });
    out.push({ text: text.slice(m.start, m.end), mark: m.i });
    at = m.end;
  }
  if (at < page.end) out.push({ text: text.slice(at, page.end), mark: null });
  return out;
}

/** What a person corrected in a proposal before accepting it. */
export type RowEdit = Partial<Pick<Observation, 'value' | 'unit' | 'indicator' | 'area' | 'period' | 'kind'>>;

export const PERIOD_OK = 1;
export const VALUE_OK = 2;
export const INDICATOR_OK = 4;

/**
 * Whether any accepted proposal cannot be saved: its period (as corrected, else as proposed) is
 * not a period, its value is not a number, or it names no indicator ("Ukendt nøgletal") and no
 * one has chosen one. `valid` holds PERIOD_OK, VALUE_OK and INDICATOR_OK per proposal as proposed.
 */
export function acceptedInvalid(accepted: ReadonlySet<number>, edits: ReadonlyMap<number, RowEdit>, valid: Uint8Array, isPeriod: (p: string) => boolean): boolean {
  for (const i of accepted) {
    const edit = edits.get(i);
    const periodOk = edit?.period !== undefined ? isPeriod(edit.period) : (valid[i]! & PERIOD_OK) !== 0;
    const valueOk = edit?.value !== undefined ? Number.isFinite(edit.value) : (valid[i]! & VALUE_OK) !== 0;
    const indicatorOk = edit?.indicator !== undefined ? edit.indicator !== '' : (valid[i]! & INDICATOR_OK) !== 0;
    if (!periodOk || !valueOk || !indicatorOk) return true;
  }
  return false;
}

const REVIEW_PAGE_SIZE = 50;

/** Rows from..to (exclusive) of the review list's page, and how many pages it has. */
export function reviewSlice(count: number, page: number): { from: number; to: number; pages: number; page: number } {
  const pages = Math.max(1, Math.ceil(count / REVIEW_PAGE_SIZE));
  const current = Math.min(Math.max(0, page), pages - 1);
  return { from: current * REVIEW_PAGE_SIZE, to: Math.min(count, (current + 1) * REVIEW_PAGE_SIZE), pages, page: current };
}

export type ExtractProgress = { stage: 'reading'; page: number; pages: number } | { stage: 'extracting'; share: number };

/** Share done, 0..1: reading a PDF's pages is the first half, finding the figures the second. */
export function progressShare(progress: ExtractProgress, paged: boolean): number {
  if (progress.stage === 'reading') return progress.pages > 0 ? (progress.page / progress.pages) * 0.5 : 0;
  return paged ? 0.5 + progress.share * 0.5 : progress.share;
}
