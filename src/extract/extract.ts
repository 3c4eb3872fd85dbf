// Reads a committee minutes text and proposes figures for a person to accept: the meeting,
// its agenda items, candidate observations and grants with budget lines, each with evidence.
// Pure and total: it never throws, whatever the text.
import { slugify } from '../data/danish-text.ts';
import type { Grant, GrantLine, Kind, Municipality, Observation, Source, Unit } from '../data/contract.ts';
import { normaliseAreaName } from '../data/area-names.ts';
import { NATIONAL } from '../data/national.ts';
import { lastAtOrBefore } from './sorted.ts';
import { findTables, tableFigures, type TextTable } from './tables.ts';
import { findItems, findMunicipality, itemAt, itemEnd, itemStart, sentences, type AgendaItem } from './structure.ts';
import { AMOUNT_RE, amountValue, findPeriods, NUMBER_WORDS, parseDanishNumber, parseMeetingDate, type FoundPeriod } from './danish.ts';
import { findTerms, indicatorNear, indicatorOfCaption, indicatorOfCell, indicatorOfHeading, UNKNOWN, type Confidence, type IndicatorCatalogue, type IndicatorChoice } from './indicator-terms.ts';


interface Evidence {
  /** Offsets of the evidence excerpt in the text, for highlighting. */
  start: number;
  end: number;
  /** The page of the original document (PDF pages are separated by form feeds in the text). */
  page: number | null;
}

export interface CandidateObservation extends Observation {
  evidence: Evidence;
  /** How sure the indicator is; with 'none' the indicator is '' and a person must choose one. */
  confidence: Confidence;
}

interface CandidateGrant extends Grant {
  evidence: Evidence;
  /** The sum of the grant's budget lines, when it has any. */
  line_sum_dkk: number | null;
}

export interface Extraction {
  /** The text the evidence offsets point into (line ends normalised). */
  text: string;
  source: Source;
  items: AgendaItem[];
  observations: CandidateObservation[];
  grants: CandidateGrant[];
  grant_lines: GrantLine[];
}

const COMMITTEE_RE = /\b((?:[A-ZÆØÅ][\wæøå-]*(?:-| og | for )?)*(?:[Uu]dvalg(?:et)?|[Bb]yråd(?:et)?|[Kk]ommunalbestyrelse(?:n)?)(?: for [A-ZÆØÅ][\wæøå, ]+?)?(?: \d{4}-\d{4})?)\b/;

/** Numbers that are dates, times, case or law numbers, addresses or durations are not figures. */
function isExcluded(sentence: string, index: number, length: number): boolean {
  const before = sentence.slice(Math.max(0, index - 30), index);
  const after = sentence.slice(index + length, index + length + 30);
  if (/^\s*(?:uger?|år|måneder?|dage?|timer?|døgn|minutter|\.?\s*uge|-årig)\b/i.test(after)) return true;
  if (/^\s*(?:ud af \d+ år)/i.test(after)) return true;
  if (/(?:kl\.|§|stk\.|lov nr\.|bekendtgørelse nr\.|nr\. \d+ om|sagsid\.?:?|tlf\.?|telefon|pkt\.|punkt|bilag|side|lokale)\s*$/i.test(before)) return true;
  if (/^[:/.-]\d/.test(after) || /\d[/:]$/.test(before)) return true;
  return false;
}

const PERSON_NOUNS = 'borgere|personer|fuldtidspersoner|(?:[a-zæøå]+- og )?[a-zæøå-]*modtagere|ukrainere|deltagere|[a-zæøå]*ledige|(?:[a-zæøå]+ske\\s+)?(?:flygtninge|fordrevne)|på\\s+[a-zæøå-]*(?:hjælp|dagpenge|ydelse|pension)|virksomheder|kommuner|unge|medarbejdere|elever';
// "en" and "et" are articles far more often than numbers.
const WORDS = Object.keys(NUMBER_WORDS).filter((w) => !['en', 'et', 'én', 'ét'].includes(w));
// "2.214 registrerede ledige": one adjective may stand between the number and its noun.
const COUNT_RE = new RegExp(`(?<![\\d.,])(\\d{1,3}(?:\\.\\d{3})+|\\d+|\\b(?:${WORDS.join('|')}))\\s+(?:(?:registrerede|forsikrede|ledige|aktive|nye)\\s+)?(${PERSON_NOUNS})\\b`, 'gi');
const PCT_RE = /(?<![\d.,])(\d+(?:,\d+)?)\s*(?:%|pct\.?|procent\b)(?!\s*-?point)/gi;
const PP_RE = /(?<![\d.,])(\d+(?:,\d+)?)\s*(?:procentpoint|pct\.?-point|%-point)/gi;
// "nummer 1 har den laveste andel" explains the ranking; it is not a rank of its own.
const RANK_RE = /(?:nummer|nr\.)\s+(\d{1,2})(?:\s+og\s+(\d{1,2}))?(?!\d|\.\d)(?!\s+(?:har|er)\s+(?:den\s+|det\s+)?(?:laveste|højeste|bedste|dårligste|mindste|største|færreste|fleste))/gi;
const EVENT_RE = /(?:hvoraf|har|og)\s+(\d+|to|tre|fire|fem|seks|syv|otte|ni|ti)\s+(?:er\s+)?(børn|forladt|afgået|flyttet|rejst)/gi;
const CHANGE_RE = /(?:fra|til(?: under| over)?|under|er|var|reduceret til|steget til|faldet til)\s+(\d{1,3}(?:\.\d{3})+|\d{3,})(?=\s*(?:i\s+\d{4}|(?:inden|ved|senest|til)\s|i\s+[a-zæøå]+\s+\d{4}|i\s+(?:\d\.|[a-zæøå]+)\s+kvartal\s+\d{4}|\.|,|$))/gi;
const COLON_COUNT_RE = /^[\s•·*-]*([A-ZÆØÅ][\wæøå-]+(?:\s[A-ZÆØÅ][\wæøå-]+)?):\s*(\d+)\.?\s*$/;
const UD_AF_RE = /(\d+)\s+ud\s+af\s+(\d+)\s+(?!år)/gi;

/** "fra 612 til under 550": the figure a change starts from, which is where things stand now. */
const isChangeStart = (sentence: string, index: number, length: number) => /\bfra\s+$/i.test(sentence.slice(Math.max(0, index - 8), index)) && /^\s*(?:\S+\s+){0,3}?til\b/i.test(sentence.slice(index + length, index + length + 40));

/** "0,7 % flere end i november", "steget med 25": a difference between two figures, not a level. */
function isDifference(sentence: string, index: number, length: number): boolean {
  const after = sentence.slice(index + length, index + length + 90);
  if (/^\s*(?:[^\s.;]+\s+){0,3}?(?:færre|flere|mere|mindre|lavere|højere|under|over)\s+[^.;]{0,70}?\bend\b/i.test(after)) return true;
  if (/^\s*(?:[^\s.;]+\s+){0,2}?(?:over|under)\s+(?:målet|det forventede|forventet|niveauet)/i.test(after)) return true;
  return /\b(?:steget|faldet|steg|faldt|stigning|fald|øget|reduceret|vokset)\s+(?:med|på)\s+(?:ca\.\s+|omkring\s+)?$/i.test(sentence.slice(Math.max(0, index - 40), index));
}

/** A difference in points written as a word: "0,8 procentpoint færre … end forventet" is −0,8. */
const isShortfall = (sentence: string, index: number, length: number) => /^\s*\S*\s*(?:færre|lavere|mindre|under)\b/i.test(sentence.slice(index + length, index + length + 30));

function guessKind(sentence: string, index: number, length: number): Kind {
  if (isChangeStart(sentence, index, length)) return 'actual';
  const around = sentence.slice(Math.max(0, index - 80), index + 20).toLowerCase();
  if (/\b(mål(?:et)?|målsætning|skal|under \d+(?!\d|\s*år)|resultatkrav)\b/.test(around) && !/resultatet/.test(around)) return 'target';
  // Someone expecting a number to move is forecasting it; "forventet" alone is a model's expectation.
  if (/\bforventer\b|forventes,? at .{0,60}\b(?:stige|stiger|falde|falder|lande|lander|vokse|vokser)\b/.test(around)) return 'forecast';
  if (/forventet|forventede|forventes at|anslår|skønnes/.test(around)) return /forventning|skøn|vil stige|vil være/.test(around) ? 'forecast' : 'expected';
  if (/forventning|skøn|vil stige|vil være på/.test(around)) return 'forecast';
  return 'actual';
}

/** The period right after the number, else the last one before it, else any later in the sentence. */
function nearestPeriod(periods: FoundPeriod[], index: number, fallback: string): string {
  const after = periods.find((p) => p.index >= index && p.index - index < 80);
  const before = [...periods].reverse().find((p) => p.index < index);
  const later = periods.find((p) => p.index >= index);
  return (after ?? before ?? later)?.period ?? fallback;
}

/** Hele landet when the sentence says so right around the number, else the meeting's municipality. */
function areaFor(sentence: string, index: number, home: string): string {
  const national = /hele landet|landsplan|landet som helhed|landsgennemsnit/i;
  return national.test(sentence.slice(Math.max(0, index - 40), index)) || national.test(sentence.slice(index, index + 36)) ? NATIONAL : home;
}

function excerpt(start: number, end: number, focus: number, page: (offset: number) => number | null): Evidence {
  if (end - start <= 200) return { start, end, page: page(focus) };
  const from = Math.max(start, Math.min(focus - 90, end - 200));
  return { start: from, end: Math.min(end, from + 200), page: page(focus) };
}

/** Page number at an offset, when the text has pages (form feeds, or a one-page PDF); null otherwise. */
function pageFinder(text: string, paged: boolean): (offset: number) => number | null {
  const breaks: number[] = [];
  for (let i = text.indexOf('\f'); i >= 0; i = text.indexOf('\f', i + 1)) breaks.push(i);
  if (breaks.length === 0) return paged ? () => 1 : () => null;
  // The form feed itself still belongs to the page it ends.
  return (offset) => lastAtOrBefore(breaks, offset - 1, (b) => b) + 2;
}

export interface ExtractOptions {
  fileName?: string;
  /** The text comes from a paged document (a PDF): every figure gets a page number. */
  paged?: boolean;
  /** Called now and then with the share of the text read, 0..1. */
  onProgress?: (share: number) => void;
  /** The indicators and breakdowns with the terms that name them; without it no figure is named. */
  catalogue?: IndicatorCatalogue;
}

const NO_CATALOGUE: IndicatorCatalogue = { termsByWord: new Map(), units: new Map(), seen: new Map() };

export function extractMinutes(raw: string, municipalities: Municipality[], options: ExtractOptions | string = {}): Extraction {
  const { fileName = '', onProgress, paged = false, catalogue = NO_CATALOGUE } = typeof options === 'string' ? { fileName: options } : options;
  const text = raw.replace(/\r\n?/g, '\n').replace(/\u00a0/g, ' ');
  const page = pageFinder(text, paged);
  const home = findMunicipality(text, municipalities);
  const codeByName = new Map(municipalities.map((m) => [normaliseAreaName(m.name), m.code]));
  const resolveByName = (name: string) => codeByName.get(normaliseAreaName(name)) ?? null;
  const dateMatch = /(?:Mødedato|Dato:|^\s*\w+dag (?:den|d\.))[^\n]*|\b\d{2}[.-]\d{2}[.-]\d{4}\b/im.exec(text);
  const meetingDate = (dateMatch && parseMeetingDate(dateMatch[0])) ?? parseMeetingDate(text.slice(0, 2000)) ?? '';
  const committee =
    /Udvalg:\s*([^\n]+)/.exec(text)?.[1]?.trim() ??
    /REFERAT\**\s+(.+?)\s+d\.\s+\d/i.exec(text)?.[1]?.trim() ??
    COMMITTEE_RE.exec(text.slice(0, 3000))?.[1]?.trim() ??
    '';
  const items = findItems(text);
  const name = municipalities.find((m) => m.code === home)?.name ?? '';
  const slug = slugify(name);
  const sourceId = `${slug || 'ukendt'}-${meetingDate || 'udateret'}`;
  const source: Source = {
    source_id: sourceId,
    municipality_code: home,
    body: committee || 'Ukendt udvalg',
    meeting_date: meetingDate,
    title: `Referat, ${committee || 'udvalg'}${name ? `, ${name} Kommune` : ''}`,
    document: fileName,
    url: '',
    publisher: name ? `${name} Kommune` : '',
    retrieved: '',
    usual_delay_days: '',
  };
  const fallbackPeriod = meetingDate ? meetingDate.slice(0, 7) : '';
  const observations: CandidateObservation[] = [];
  const grants: CandidateGrant[] = [];
  const grantLines: GrantLine[] = [];
  const seen = new Set<string>();
  // A sentence without a period of its own continues the previous sentence's, within one item.
  let carried = { item: '', period: fallbackPeriod };

  let periods: FoundPeriod[] = [];
  /** The catalogue's terms in the sentence being read, found once it has a figure. */
  let sentenceTerms: { start: number; hits: ReturnType<typeof findTerms> } = { start: -1, hits: [] };
  const headingChoices = new Map<string, IndicatorChoice>();
  const nameFigure = (s: { text: string; start: number }, index: number, length: number, unit: Unit): IndicatorChoice => {
    if (isDifference(s.text, index, length) && unit !== 'pp') return UNKNOWN;
    if (sentenceTerms.start !== s.start) sentenceTerms = { start: s.start, hits: findTerms(catalogue, s.text) };
    const near = indicatorNear(catalogue, s.text, sentenceTerms.hits, index, index + length, unit);
    if (near.indicator !== '') return near;
    // A sentence that names nothing speaks of what its agenda item is about ("Nøgletal for …").
    const item = itemAt(items, s.start);
    const key = `${item}|${unit}`;
    if (!headingChoices.has(key)) headingChoices.set(key, indicatorOfHeading(catalogue, item, unit));
    return headingChoices.get(key)!;
  };
  const add = (s: { text: string; start: number }, index: number, length: number, value: number, unit: Unit, area = home, breakdown = 'all') => {
    if (!Number.isFinite(value) || isExcluded(s.text, index, length)) return;
    if (unit === 'rank' && (value < 1 || value > 98)) return;
    if (unit === 'pct' && (value < 0 || value > 100)) return;
    const item = itemAt(items, s.start);
    const inherited = carried.item === item ? carried.period : fallbackPeriod;
    const key = `${s.start + index}|${unit}`;
    if (seen.has(key)) return;
    seen.add(key);
    const ev = excerpt(s.start, s.start + s.text.length, s.start + index, page);
    const named = nameFigure(s, index, length, unit);
    const from = isChangeStart(s.text, index, length);
    observations.push({
      area,
      indicator: named.indicator,
      breakdown: breakdown !== 'all' ? breakdown : named.breakdown,
      // Where a change starts is now, not the date the sentence aims at.
      period: from ? (periods.findLast((p) => p.index < index)?.period ?? inherited) : nearestPeriod(periods, index, inherited),
      value,
      unit,
      kind: guessKind(s.text, index, length),
      confidence: named.confidence,
      source_id: sourceId,
      item: itemAt(items, s.start),
      quote: text.slice(ev.start, ev.end).replace(/\s+/g, ' ').trim(),
      evidence: ev,
    });
  };

  /** What a grant's item says about its period and grantor, read once per item. */
  const factsByItem = new Map<number, { range: FoundPeriod | undefined; fromStar: boolean }>();
  const tables = findTables(text);
  let nextTable = 0;
  const addTable = (table: TextTable) => {
    const item = itemAt(items, table.start);
    const context = carried.item === item ? carried.period : fallbackPeriod;
    const rowLabels = table.rows.map((r) => r[0]!.text);
    const captionIndicators = new Map<Unit, string | undefined>();
    const captionIndicator = (unit: Unit) => {
      if (!captionIndicators.has(unit)) captionIndicators.set(unit, indicatorOfCaption(catalogue, table.caption, rowLabels, unit));
      return captionIndicators.get(unit);
    };
    const grant = grants.at(-1)?.item === item ? grants.at(-1) : undefined;
    for (const f of tableFigures(table, home, resolveByName, context)) {
      const key = `${f.start}|${f.unit}`;
      if (seen.has(key)) continue;
      seen.add(key);
      // Kroner in a table under a grant are its budget lines; its total is the grant itself.
      if (grant && f.unit === 'dkk') {
        if (!/^(?:i alt|total|samlet|sum)\b/i.test(f.label.trim()) && f.value !== grant.amount_dkk) grantLines.push({ grant_id: grant.grant_id, line: f.label.trim(), amount_dkk: f.value });
        continue;
      }
      const named = indicatorOfCell(catalogue, { captionIndicator: captionIndicator(f.unit), label: f.label, header: f.header, unit: f.unit });
      const byHeading = named.indicator === '' ? indicatorOfHeading(catalogue, item, f.unit) : named;
      observations.push({
        area: f.area,
        indicator: byHeading.indicator,
        // A row that is an area, a period or the total is all; a row the catalogue knows takes its code.
        breakdown: f.breakdown === 'all' || byHeading.indicator === '' ? f.breakdown : byHeading.breakdown,
        confidence: byHeading.confidence,
        period: f.period,
        value: f.value,
        unit: f.unit,
        kind: f.kind,
        source_id: sourceId,
        item,
        quote: f.quote.replace(/\s+/g, ' '),
        evidence: { start: f.start, end: f.end, page: page(f.start) },
      });
    }
  };

  const all = sentences(text);
  const every = Math.max(1, Math.ceil(all.length / 50));
  for (let k = 0; k < all.length; k += 1) {
    const s = all[k]!;
    if (onProgress && k % every === 0) onProgress(k / all.length);
    while (nextTable < tables.length && tables[nextTable]!.end <= s.start) addTable(tables[nextTable++]!);
    const inTable = nextTable < tables.length && tables[nextTable]!.start <= s.start;
    const item = itemAt(items, s.start);
    if (carried.item !== item) carried = { item, period: fallbackPeriod };
    if (inTable) continue;
    periods = findPeriods(s.text);
    const own = periods.filter((p) => p.period.length > 4);
    const amounts: [number, number][] = [];
    for (const m of s.text.matchAll(AMOUNT_RE)) {
      const value = amountValue(m[1]!, m[2]);
      if (value === null || isExcluded(s.text, m.index, m[0].length)) continue;
      amounts.push([m.index, m[0].length]);
      addAmount(s, m.index, m[0].length, value);
    }
    // In a sentence about kroner, a bare 161.000 is kroner too.
    if (amounts.length > 0) {
      for (const m of s.text.matchAll(/(?<![\d.,])(\d{1,3}(?:\.\d{3})+)(?![\d,]|\s*kr|\.\d|\s*mio)/g)) {
        if (amounts.some(([i, n]) => m.index >= i && m.index < i + n)) continue;
        addAmount(s, m.index, m[0].length, parseDanishNumber(m[1]!) ?? Number.NaN);
      }
    }
    const inAmount = (i: number) => amounts.some(([a, n]) => i >= a && i < a + n);
    for (const m of s.text.matchAll(PCT_RE)) if (!inAmount(m.index)) add(s, m.index, m[0].length, parseDanishNumber(m[1]!) ?? Number.NaN, 'pct', areaFor(s.text, m.index, home));
    for (const m of s.text.matchAll(PP_RE)) {
      const points = parseDanishNumber(m[1]!) ?? Number.NaN;
      add(s, m.index, m[0].length, isShortfall(s.text, m.index, m[0].length) ? -points : points, 'pp', areaFor(s.text, m.index, home));
    }
    for (const m of s.text.matchAll(RANK_RE)) {
      add(s, m.index, m[0].length, Number(m[1]), 'rank');
      if (m[2]) add(s, m.index + m[0].lastIndexOf(m[2]), m[2].length, Number(m[2]), 'rank');
    }
    for (const m of s.text.matchAll(COUNT_RE)) {
      if (inAmount(m.index)) continue;
      // "som nummer 64 af 98 kommuner": the 98 is what the rank is out of.
      if (/^kommuner$/i.test(m[2]!) && /\b(?:af|blandt|ud af)\s+$/i.test(s.text.slice(Math.max(0, m.index - 12), m.index))) continue;
      const noun = m[2]!.toLowerCase();
      add(s, m.index, m[1]!.length, parseDanishNumber(m[1]!) ?? Number.NaN, noun === 'fuldtidspersoner' || /målt i fuldtidspersoner/i.test(s.text) ? 'fte' : noun === 'virksomheder' || noun === 'kommuner' ? 'count' : 'persons', areaFor(s.text, m.index, home));
    }
    for (const m of s.text.matchAll(EVENT_RE)) {
      const inside = s.text.slice(0, m.index).lastIndexOf('(') > s.text.slice(0, m.index).lastIndexOf(')');
      if (!inside) add(s, m.index + m[0].indexOf(m[1]!), m[1]!.length, parseDanishNumber(m[1]!) ?? Number.NaN, 'persons');
    }
    for (const m of s.text.matchAll(CHANGE_RE)) if (!inAmount(m.index) && !/^(19|20)\d\d$/.test(m[1]!)) add(s, m.index + m[0].lastIndexOf(m[1]!), m[1]!.length, parseDanishNumber(m[1]!) ?? Number.NaN, 'persons');
    for (const m of s.text.matchAll(UD_AF_RE)) {
      add(s, m.index, m[1]!.length, Number(m[1]), 'count', home, 'opfyldt');
      add(s, m.index + m[0].lastIndexOf(m[2]!), m[2]!.length, Number(m[2]), 'count');
    }
    if (own.length > 0) carried = { item, period: own[own.length - 1]!.period };
    const colon = COLON_COUNT_RE.exec(s.text);
    if (colon) {
      const code = resolveByName(colon[1]!);
      if (code) add(s, s.text.lastIndexOf(colon[2]!), colon[2]!.length, Number(colon[2]), 'persons', code);
    }
  }

  while (nextTable < tables.length) addTable(tables[nextTable++]!);
  onProgress?.(1);

  function itemFacts(offset: number) {
    const from = itemStart(items, offset);
    let facts = factsByItem.get(from);
    if (!facts) {
      const body = text.slice(from, itemEnd(items, offset));
      facts = { range: findPeriods(body).find((p) => p.end), fromStar: /Styrelsen for Arbejdsmarked og Rekruttering|STAR/.test(body) };
      factsByItem.set(from, facts);
    }
    return facts;
  }

  function addAmount(s: { text: string; start: number }, index: number, length: number, value: number) {
    if (!Number.isFinite(value)) return;
    const item = itemAt(items, s.start);
    const grant = grants.at(-1)?.item === item ? grants.at(-1) : undefined;
    // The grant's own amount said again ("udgifter og indtægter på 1,4 mio. kr.") is no new figure.
    if (grant && grant.amount_dkk === value) return;
    const bullet = /^[\s•·*-]*(.{3,120}?):\s*[\d.,]+\s*kr\.?\s*$/.exec(s.text);
    if (grant && bullet) {
      grantLines.push({ grant_id: grant.grant_id, line: bullet[1]!.trim(), amount_dkk: value });
      return;
    }
    // "Heraf går 500.000 kr. til … og 250.000 kr. til …": the grant's lines in a sentence.
    const upTo = s.text.slice(0, index);
    if (grant && /\b(?:heraf|hvoraf|fordeles|fordelt|går)\b/i.test(upTo)) {
      const purpose = /^\s*(?:årligt\s+)?til\s+(.+?)(?=\s+og\s+[\d.,]+\s*(?:mio\.\s*)?kr|[.;]\s|[.;]?$)/i.exec(s.text.slice(index + length));
      grantLines.push({ grant_id: grant.grant_id, line: purpose?.[1]?.trim() ?? s.text.trim().slice(0, 120), amount_dkk: value });
      return;
    }
    const before = s.text.slice(Math.max(0, index - 80), index);
    if (/\b(?:tilsagn|bevilling|bevilget|bevilliget|tildelt|modtaget)\b/i.test(before) && !/\bpulje/i.test(before)) {
      const { range, fromStar } = itemFacts(s.start);
      const named = /\bfra\s+(Region [A-ZÆØÅ][a-zæøå]+|[A-ZÆØÅ][\wæøå-]*(?:fonden|ministeriet|styrelsen|Fonden)|EU's [\wæøå]+)/.exec(s.text)?.[1];
      const grantor = fromStar && !named ? 'Styrelsen for Arbejdsmarked og Rekruttering (STAR)' : (named ?? (name ? `${name} Kommune` : ''));
      const ev = excerpt(s.start, s.start + s.text.length, s.start + index, page);
      grants.push({
        grant_id: `${sourceId}-${grants.length + 1}`,
        municipality_code: home,
        title: item.replace(/^Punkt \d+:\s*/, '') || 'Bevilling',
        grantor,
        amount_dkk: value,
        period_start: range?.period.length === 10 ? range.period : '',
        period_end: range?.end ?? '',
        decided_on: meetingDate,
        source_id: sourceId,
        item,
        guaranteed_dkk: null,
        at_risk_dkk: null,
        budget_total_dkk: null,
        quote: text.slice(ev.start, ev.end).replace(/\s+/g, ' ').trim(),
        evidence: ev,
        line_sum_dkk: null,
      });
      return;
    }
    add(s, index, length, value, 'dkk');
  }

  const lineSums = new Map<string, number>();
  for (const l of grantLines) lineSums.set(l.grant_id, (lineSums.get(l.grant_id) ?? 0) + l.amount_dkk);
  for (const g of grants) g.line_sum_dkk = lineSums.get(g.grant_id) ?? null;
  observations.sort((a, b) => a.evidence.start - b.evidence.start);
  return { text, source, items, observations, grants, grant_lines: grantLines };
}
