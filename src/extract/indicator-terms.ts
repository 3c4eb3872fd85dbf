// Which indicator a figure in minutes is, read from the catalogue's own words: each indicator in
// indicators.csv lists the Danish terms that name it (terms_da), each breakdown in breakdowns.csv
// the terms that name it. The figure takes the indicator whose term stands nearest it in the same
// clause and whose unit agrees; where none does, it is unknown, since a wrong guess gets saved.
import type { Unit } from '../data/contract.ts';
import { appendTo } from '../data/append-to.ts';

export interface CatalogueIndicator {
  indicator: string;
  unit: Unit;
  terms_da?: string;
}

export interface CatalogueBreakdown {
  indicator: string;
  breakdown: string;
  terms_da?: string;
}

/** How sure the extractor is of a figure's indicator; 'none' leaves the choice to a person. */
export type Confidence = 'high' | 'medium' | 'none';

interface Term {
  indicator: string;
  /** Set for a breakdown's term: it names the breakdown and, more weakly, its indicator. */
  breakdown: string | null;
  re: RegExp;
}

export interface IndicatorCatalogue {
  /** Terms by their first word: a sentence is searched only for the terms whose first word it has. */
  termsByWord: ReadonlyMap<string, Term[]>;
  units: ReadonlyMap<string, Unit>;
  /** Hits of short texts met again and again (table captions and row labels). */
  seen: Map<string, Hit[]>;
}

interface Hit {
  indicator: string;
  breakdown: string | null;
  start: number;
  end: number;
}

export interface IndicatorChoice {
  indicator: string;
  breakdown: string;
  confidence: Confidence;
}

export const UNKNOWN: IndicatorChoice = { indicator: '', breakdown: 'all', confidence: 'none' };

const LETTER = 'a-zæøåéü0-9';
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** "andel … på offentlig forsørgelse": words in order, "…" a gap of a few words within the clause. */
function termPattern(term: string): RegExp {
  const parts = term
    .trim()
    .toLowerCase()
    .split(/\s*…\s*/)
    .map((p) => p.split(/\s+/).map(escape).join('\\s+'));
  return new RegExp(`(?<![${LETTER}-])${parts.join(`(?![${LETTER}])[^;:]{1,50}?(?<![${LETTER}])`)}(?![${LETTER}])`, 'giu');
}

const splitTerms = (terms: string | undefined) => (terms ?? '').split('|').map((t) => t.trim()).filter((t) => t !== '');
const WORD = new RegExp(`[${LETTER}-]+`, 'giu');
const firstWord = (term: string) => term.trim().toLowerCase().split(/\s+/)[0]!;

export function compileCatalogue(indicators: readonly CatalogueIndicator[], breakdowns: readonly CatalogueBreakdown[] = []): IndicatorCatalogue {
  const termsByWord = new Map<string, Term[]>();
  const add = (term: string, t: Term) => appendTo(termsByWord, firstWord(term), [t]);
  for (const i of indicators) for (const t of splitTerms(i.terms_da)) add(t, { indicator: i.indicator, breakdown: null, re: termPattern(t) });
  for (const b of breakdowns) for (const t of splitTerms(b.terms_da)) add(t, { indicator: b.indicator, breakdown: b.breakdown, re: termPattern(t) });
  return { termsByWord, units: new Map(indicators.map((i) => [i.indicator, i.unit])), seen: new Map() };
}

/** Every term in the text; of two terms of one kind that overlap, the longer wins ("langtidsledige" over "ledige"). */
export function findTerms(catalogue: IndicatorCatalogue, text: string): Hit[] {
  const short = text.length <= 200;
  const known = short ? catalogue.seen.get(text) : undefined;
  if (known) return known;
  const words = new Set([...text.toLowerCase().matchAll(WORD)].map((m) => m[0]));
  const hits: Hit[] = [];
  for (const word of words) {
    for (const term of catalogue.termsByWord.get(word) ?? []) {
      for (const m of text.matchAll(term.re)) hits.push({ indicator: term.indicator, breakdown: term.breakdown, start: m.index, end: m.index + m[0].length });
    }
  }
  const kept = hits.filter((h) => !hits.some((o) => (o.breakdown === null) === (h.breakdown === null) && o.end - o.start > h.end - h.start && o.start <= h.start && o.end >= h.end));
  if (short && catalogue.seen.size < 10_000) catalogue.seen.set(text, kept);
  return kept;
}

const COUNTS: readonly Unit[] = ['persons', 'fte', 'count'];

/** 0 when the units are the same, 1 when both count people or things, null when they disagree. */
function unitDistance(indicatorUnit: Unit | undefined, unit: Unit): number | null {
  if (indicatorUnit === undefined) return null;
  if (indicatorUnit === unit) return 0;
  return COUNTS.includes(indicatorUnit) && COUNTS.includes(unit) ? 1 : null;
}

/** Clause breaks between two offsets: a comma or dash before a new clause, a semicolon, "heraf". */
const CLAUSE_BREAK = /[;–]|,\s|\s(?:heraf|hvoraf|mens|men)\s/g;
function breaksBetween(text: string, from: number, to: number): number {
  return [...text.slice(Math.min(from, to), Math.max(from, to)).matchAll(CLAUSE_BREAK)].length;
}

/** A term this far from its figure (in characters, a clause break counting 50) names something else. */
const REACH = 110;
const CLOSE = 45;

/**
 * The indicator of a figure at [start, end) of a sentence. `hits` are the sentence's terms. A
 * term naming an indicator beats one naming only a breakdown; the unit must agree.
 */
export function indicatorNear(catalogue: IndicatorCatalogue, sentence: string, hits: readonly Hit[], start: number, end: number, unit: Unit): IndicatorChoice {
  const nearest = (candidates: readonly Hit[]) => {
    let best: { hit: Hit; score: number; exact: boolean } | null = null;
    for (const hit of candidates) {
      const units = unitDistance(catalogue.units.get(hit.indicator), unit);
      if (units === null) continue;
      // "Kontanthjælpsmodtagerne udgjorde 2,6 pct. af befolkningen": a term around the figure is at it.
      const around = hit.start < end && hit.end > start;
      const gap = around ? 0 : hit.start >= end ? hit.start - end : start - hit.end;
      const breaks = around ? 0 : hit.start >= end ? breaksBetween(sentence, end, hit.start) : breaksBetween(sentence, hit.end, start);
      const score = gap + breaks * 50 + units * 15;
      if (score <= REACH && (!best || score < best.score)) best = { hit, score, exact: units === 0 && breaks === 0 };
    }
    return best;
  };
  // A term that names an indicator decides; a breakdown's term ("a-dagpenge") only where one
  // indicator of the figure's own unit has that breakdown.
  let best = nearest(hits.filter((h) => h.breakdown === null));
  if (!best) {
    const named = nearest(hits.filter((h) => h.breakdown !== null && catalogue.units.get(h.indicator) === unit));
    const rivals = named ? hits.filter((h) => h.breakdown !== null && h.start === named.hit.start && h.indicator !== named.hit.indicator && catalogue.units.get(h.indicator) === unit) : [];
    if (named && rivals.length === 0) best = named;
  }
  if (!best) return UNKNOWN;
  const indicator = best.hit.indicator;
  return { indicator, breakdown: breakdownNear(sentence, hits, indicator, start, end), confidence: best.score <= CLOSE && best.exact && best.hit.breakdown === null ? 'high' : 'medium' };
}

/** The indicator's breakdown named in the figure's own clause, else all. */
function breakdownNear(sentence: string, hits: readonly Hit[], indicator: string, start: number, end: number): string {
  const own = hits.filter((h) => h.indicator === indicator && h.breakdown !== null && (h.start >= end ? breaksBetween(sentence, end, h.start) : breaksBetween(sentence, h.end, start)) === 0);
  own.sort((a, b) => Math.min(Math.abs(a.start - end), Math.abs(start - a.end)) - Math.min(Math.abs(b.start - end), Math.abs(start - b.end)));
  return own[0]?.breakdown ?? 'all';
}

/** The indicator a heading names (an agenda item's title), for a figure whose own sentence names none. */
export function indicatorOfHeading(catalogue: IndicatorCatalogue, heading: string, unit: Unit): IndicatorChoice {
  const hits = findTerms(catalogue, heading).filter((h) => h.breakdown === null && unitDistance(catalogue.units.get(h.indicator), unit) === 0);
  return hits.length > 0 ? { indicator: hits[0]!.indicator, breakdown: 'all', confidence: 'medium' } : UNKNOWN;
}

const TOTAL = /^(?:i alt|total|alle|samlet|heraf i alt)$/i;

/**
 * The indicator a table's caption names for figures of a unit; of several, the one whose
 * breakdowns the table's rows name. Read once per table and unit.
 */
export function indicatorOfCaption(catalogue: IndicatorCatalogue, caption: string, rowLabels: readonly string[], unit: Unit): string | undefined {
  const candidates = [...new Set(findTerms(catalogue, caption).filter((h) => h.breakdown === null && unitDistance(catalogue.units.get(h.indicator), unit) !== null).map((h) => h.indicator))];
  const rowsNaming = (indicator: string) => rowLabels.filter((l) => findTerms(catalogue, l).some((h) => h.indicator === indicator && h.breakdown !== null)).length;
  return candidates.map((i) => ({ i, n: rowsNaming(i) })).sort((a, b) => b.n - a.n)[0]?.i;
}

/**
 * The indicator of a table cell, from its row label, its column header and the table's caption.
 * A label or header that names an indicator decides; else the caption's indicator, choosing among
 * several the one whose breakdowns the table's rows name; else the breakdown the label names.
 */
export function indicatorOfCell(catalogue: IndicatorCatalogue, cell: { captionIndicator: string | undefined; label: string; header: string; unit: Unit }): IndicatorChoice {
  const fits = (h: Hit, exact: boolean) => {
    const d = unitDistance(catalogue.units.get(h.indicator), cell.unit);
    return d !== null && (!exact || d === 0);
  };
  const labelHits = findTerms(catalogue, cell.label);
  const labelBreakdown = (indicator: string) => labelHits.find((h) => h.indicator === indicator && h.breakdown !== null)?.breakdown;
  const { captionIndicator } = cell;
  // "Kontanthjælp" under "Fuldtidspersoner på offentlig forsørgelse efter ydelsesgruppe" is a group of the caption's figure.
  if (captionIndicator !== undefined && labelBreakdown(captionIndicator) !== undefined) return { indicator: captionIndicator, breakdown: labelBreakdown(captionIndicator)!, confidence: 'high' };
  const own = [...labelHits, ...findTerms(catalogue, cell.header)].filter((h) => h.breakdown === null && fits(h, false));
  if (own.length > 0) {
    const exactFirst = (h: Hit) => (unitDistance(catalogue.units.get(h.indicator), cell.unit) === 0 ? 1000 : 0) + h.end - h.start;
    const indicator = own.sort((a, b) => exactFirst(b) - exactFirst(a))[0]!.indicator;
    return { indicator, breakdown: labelBreakdown(indicator) ?? 'all', confidence: 'high' };
  }
  if (captionIndicator !== undefined) return { indicator: captionIndicator, breakdown: TOTAL.test(cell.label.trim()) ? 'all' : cell.label.trim(), confidence: 'high' };
  const named = labelHits.find((h) => h.breakdown !== null && fits(h, true));
  return named ? { indicator: named.indicator, breakdown: named.breakdown!, confidence: 'medium' } : UNKNOWN;
}
