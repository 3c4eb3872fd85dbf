// Danish numbers, amounts and periods as committee minutes write them.
import { decimalCommaToPoint } from '../data/danish-text.ts';

/** Month names and their usual abbreviations. */
export const MONTHS: Record<string, number> = {
  januar: 1, februar: 2, marts: 3, april: 4, maj: 5, juni: 6, juli: 7, august: 8, september: 9, oktober: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, okt: 10, nov: 11, dec: 12,
};
const ORDINAL_QUARTERS: Record<string, number> = { første: 1, anden: 2, andet: 2, tredje: 3, fjerde: 4 };
export const NUMBER_WORDS: Record<string, number> = { en: 1, et: 1, én: 1, ét: 1, to: 2, tre: 3, fire: 4, fem: 5, seks: 6, syv: 7, otte: 8, ni: 9, ti: 10, elleve: 11, tolv: 12 };

const pad = (n: number) => String(n).padStart(2, '0');

/** "2.790" → 2790, "21,5" → 21.5, "1130" → 1130, "1." → 1. Thousands use dots, decimals a comma. */
export function parseDanishNumber(text: string): number | null {
  const t = text.trim().replace(/\.$/, '');
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(t)) return Number(decimalCommaToPoint(t));
  if (/^\d+(,\d+)?$/.test(t)) return Number(t.replace(',', '.'));
  const word = NUMBER_WORDS[t.toLowerCase()];
  return word ?? null;
}

/** "806.000 kr.", "1 mio. kr.", "1. mio. kr.", "1,2 mio. kr.", "0,5 mio. kr. årligt" → kroner. */
export const AMOUNT_RE = /(?<![\d.,-])(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)\.?\s*(mia\.|milliarder|mio\.|millioner)?\s*kr(?:\.|\b)(\s*(?:årligt|om året|pr\. år))?/gi;

export function amountValue(number: string, scale: string | undefined): number | null {
  const n = parseDanishNumber(number);
  if (n === null) return null;
  const factor = !scale ? 1 : /^mia|^milliard/i.test(scale) ? 1e9 : 1e6;
  return Math.round(n * factor);
}

export interface FoundPeriod {
  period: string;
  /** For a range "1. december 2020 – 31. december 2022": its end. */
  end?: string;
  index: number;
  length: number;
}

/**
 * Every period named in a sentence, in order: dates, months, quarters, "udgangen af 2020",
 * ranges and plain years (a year next to a month or date is part of that, not its own).
 */
export function findPeriods(text: string): FoundPeriod[] {
  const found: FoundPeriod[] = [];
  const taken: [number, number][] = [];
  const free = (i: number, n: number) => !taken.some(([a, b]) => i < b && i + n > a);
  const add = (p: FoundPeriod) => {
    if (!free(p.index, p.length)) return;
    found.push(p);
    taken.push([p.index, p.index + p.length]);
  };
  const month = '(januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december)';
  const date = `(\\d{1,2})\\.\\s*${month}\\s+(\\d{4})`;
  for (const m of text.matchAll(new RegExp(`${date}\\s*(?:–|-|til)\\s*${date}`, 'gi'))) {
    add({ period: `${m[3]}-${pad(MONTHS[m[2]!.toLowerCase()]!)}-${pad(Number(m[1]))}`, end: `${m[6]}-${pad(MONTHS[m[5]!.toLowerCase()]!)}-${pad(Number(m[4]))}`, index: m.index, length: m[0].length });
  }
  for (const m of text.matchAll(new RegExp(date, 'gi'))) {
    add({ period: `${m[3]}-${pad(MONTHS[m[2]!.toLowerCase()]!)}-${pad(Number(m[1]))}`, index: m.index, length: m[0].length });
  }
  for (const m of text.matchAll(/udgangen af (\d{4})/gi)) add({ period: `${m[1]}-12-31`, index: m.index, length: m[0].length });
  // "Målet for 2024 er … ved udgangen af året": the year the sentence names.
  const year = /\b(20\d{2})\b/.exec(text)?.[1];
  for (const m of text.matchAll(/udgangen af året/gi)) if (year) add({ period: `${year}-12-31`, index: m.index, length: m[0].length });
  for (const m of text.matchAll(/(?:(første|anden|andet|tredje|fjerde)|([1-4])\.)\s+kvartal(?:\s+(?:i\s+)?(\d{4}))?/gi)) {
    const q = m[1] ? ORDINAL_QUARTERS[m[1].toLowerCase()] : Number(m[2]);
    if (m[3]) add({ period: `${m[3]}-Q${q}`, index: m.index, length: m[0].length });
  }
  for (const m of text.matchAll(new RegExp(`(?:primo |medio |ultimo )?${month}\\s+(\\d{4})`, 'gi'))) {
    add({ period: `${m[2]}-${pad(MONTHS[m[1]!.toLowerCase()]!)}`, index: m.index, length: m[0].length });
  }
  for (const m of text.matchAll(/\b(20\d{2}|19\d{2})\b/g)) {
    // "Budget 2019" or "Beskæftigelsesplan 2022-2023" name things; they are not periods.
    const before = text.slice(Math.max(0, m.index - 25), m.index);
    if (/(budget|budgetaftale|plan|strategi|politik|finansloven for|aftale om)\s*(\d{4}\s*-\s*)?$/i.test(before)) continue;
    if (/^\s*-\s*\d{4}/.test(text.slice(m.index + 4))) continue;
    add({ period: m[1]!, index: m.index, length: 4 });
  }
  return found.sort((a, b) => a.index - b.index);
}

/** The month of a meeting date written "Onsdag d. 26. oktober 2022", "03.12.2019" or "11-02-2021". */
export function parseMeetingDate(text: string): string | null {
  const named = /(\d{1,2})\.\s*(januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december)\s+(\d{4})/i.exec(text);
  if (named) return `${named[3]}-${pad(MONTHS[named[2]!.toLowerCase()]!)}-${pad(Number(named[1]))}`;
  const numeric = /\b(\d{1,2})[.-](\d{1,2})[.-](\d{4})\b/.exec(text);
  if (numeric) return `${numeric[3]}-${pad(Number(numeric[2]))}-${pad(Number(numeric[1]))}`;
  return null;
}
