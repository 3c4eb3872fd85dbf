// The shape of a minutes text: its sentences, its agenda items and the municipality it is from.
import type { Municipality } from '../data/contract.ts';
import { NATIONAL } from '../data/national.ts';
import { lastAtOrBefore } from './sorted.ts';

export interface AgendaItem {
  number: string;
  title: string;
  start: number;
}

/** Longer stretches without a full stop are split, so the work per sentence stays bounded. */
const MAX_SENTENCE = 400;

/** Sentences with their offsets; bullet lines and headings count as sentences of their own. */
export function sentences(text: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  const re = /[^\n.!?]+(?:(?:\.(?=\d)|\.(?=\s*(?:mio|kr|pct|nr)\b)|(?<=\b(?:kr|mio|pct|ca|nr|pkt|bl\.a|inkl|jf|f\.eks|fx|d|pt|mv|evt|ift|mht|kl)\.?)\.|\.(?=\s*[a-zæøå0-9(–-]))[^\n.!?]*)*[.!?]?/g;
  for (const m of text.matchAll(re)) {
    let s = m[0];
    let start = m.index;
    while (s.length > MAX_SENTENCE) {
      const cut = Math.max(s.lastIndexOf(' ', MAX_SENTENCE), MAX_SENTENCE / 2);
      push(s.slice(0, cut), start);
      s = s.slice(cut);
      start += cut;
    }
    push(s, start);
  }
  function push(s: string, start: number) {
    const lead = s.length - s.trimStart().length;
    if (s.trim().length > 0) out.push({ text: s.trim(), start: start + lead });
  }
  return out;
}

export function findMunicipality(text: string, municipalities: Municipality[]): string {
  const head = text.slice(0, 4000);
  // The meeting's municipality is named near the top; reading far beyond it only costs time.
  const body = text.slice(0, 200_000);
  let best: { code: string; count: number } = { code: NATIONAL, count: 0 };
  for (const m of municipalities) {
    if (m.code === NATIONAL) continue;
    const re = new RegExp(`(?:${m.name})(?:\\s+Kommune|\\s+Rådhus|s\\s+Kommune)?`, 'g');
    const count = (head.match(re) ?? []).length + (body.match(new RegExp(`${m.name} Kommune|Jobcenter ${m.name}|${m.name}s? Rådhus`, 'g')) ?? []).length * 3;
    if (count > best.count) best = { code: m.code, count };
  }
  return best.code;
}

export function findItems(text: string): AgendaItem[] {
  const all = (re: RegExp, title: (m: RegExpMatchArray) => string) =>
    [...text.matchAll(re)].map((m) => ({ number: m[1]!, title: title(m).replace(/\*+/g, '').trim(), start: m.index }));
  const punkt = all(/^[#*\s]*Punkt\s+(\d+)\s*:\s*\**\s*(.+?)\**\s*$/gim, (m) => m[2]!);
  if (punkt.length >= 2) return punkt;
  const cases = all(/^\s*Sagsid\.:\s*([\d/]+)/gim, (m) => `Sagsid. ${m[1]}`);
  if (cases.length >= 2) return cases;
  // "1. Title" lines are items only when they count upwards; a table of contents repeats
  // them, and the item then starts where its title appears last.
  const numbered = all(/^\s{0,3}(\d{1,2})\.\s+((?:[A-ZÆØÅ]{2,}[/A-ZÆØÅ]*\s+-\s+|[A-ZÆØÅ]).{3,120}?)\s*$/gm, (m) => m[2]!);
  const distinct = new Set(numbered.map((i) => i.number));
  if (distinct.size >= 3 && distinct.has('1') && distinct.has('2')) {
    const byKey = new Map<string, AgendaItem>();
    for (const item of numbered) byKey.set(`${item.number}|${item.title}`, item);
    return [...byKey.values()].sort((x, y) => x.start - y.start);
  }
  // Minutes without numbers: each case starts with its summary ("Sammendrag").
  return all(/^\s*Sammendrag\s*\n+\s*([^\n]+)/gm, (m) => m[1]!).map((item, i) => ({
    number: String(i + 1),
    title: item.number.split(/(?<=[a-zæøå])\.\s/)[0]!.slice(0, 100),
    start: item.start,
  }));
}

/** The last item starting at or before the offset (items are in text order). */
const itemIndexAt = (items: AgendaItem[], offset: number) => lastAtOrBefore(items, offset, (item) => item.start);

export function itemAt(items: AgendaItem[], offset: number): string {
  const current = items[itemIndexAt(items, offset)];
  if (!current) return '';
  return /^Sagsid\./.test(current.title) ? current.title : `Punkt ${current.number}: ${current.title}`;
}

export function itemStart(items: AgendaItem[], offset: number): number {
  return items[itemIndexAt(items, offset)]?.start ?? 0;
}

export function itemEnd(items: AgendaItem[], offset: number): number {
  return items[itemIndexAt(items, offset) + 1]?.start ?? Number.MAX_SAFE_INTEGER;
}
