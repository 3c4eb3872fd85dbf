// Number, period and date formats per language: Danish "1.234,5" and "jul. 2022", English
// "1,234.5" and "Jul 2022". Models receive one of these with the view's language.
import type { Unit } from '../data/contract.ts';
import { parsePeriod } from '../data/period.ts';
import type { Lang } from '../view/view-spec.ts';

const MONTHS = {
  da: {
    short: ['jan.', 'feb.', 'mar.', 'apr.', 'maj', 'jun.', 'jul.', 'aug.', 'sep.', 'okt.', 'nov.', 'dec.'],
    long: ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'],
  },
  en: {
    short: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
    long: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  },
} as const;

/** Every Danish month name and abbreviation, for tests that an English page has none. */
export const DANISH_MONTH_NAMES: readonly string[] = [...MONTHS.da.long, ...MONTHS.da.short.filter((m) => m.endsWith('.'))];

export interface Format {
  lang: Lang;
  number: (value: number | null | undefined, decimals?: number, minDecimals?: number) => string;
  /** A value with its unit, as a reader expects it in a sentence or tooltip. */
  value: (value: number | null | undefined, unit: Unit) => string;
  /** Compact axis ticks (1,2 mio. rather than 1.200.000), one style for every tick of an axis chosen by its largest: "7,5 t." beside "10 t.", never "7.500" beside "10 t.". */
  axisFor: (ticks: readonly number[]) => (value: number) => string;
  period: (text: string, long?: boolean) => string;
  /** A period short enough for an axis: a window as "3. kvt. 21–2. kvt. 22". */
  periodShort: (text: string) => string;
  /** "aug. 2021 – jul. 2026", or one period when both ends are the same; windows from the first one's start to the last one's end. */
  periodRange: (first: string | undefined, last: string | undefined, long?: boolean) => string;
  /** Axis label for a time in UTC milliseconds. */
  time: (time: number) => string;
  date: (iso: string) => string;
  /** A moment ("2026-12-06T19:43:28Z") as the reader's clock shows it: "6. december 2026 kl. 20.43". */
  dateTime: (iso: string) => string;
  /** A signed change: "+0,3 procentpoint", "−71", "±0". */
  change: (change: number, decimals: number, suffix?: string) => string;
  /** Sorting of names by the language's alphabet (æ, ø, å last in Danish). */
  collator: Intl.Collator;
}

const cache = new Map<Lang, Format>();

export function formatFor(lang: Lang): Format {
  let f = cache.get(lang);
  if (!f) cache.set(lang, (f = makeFormat(lang)));
  return f;
}

function makeFormat(lang: Lang): Format {
  const tag = lang === 'en' ? 'en-GB' : 'da-DK';
  const months = MONTHS[lang];
  const formatters = new Map<string, Intl.NumberFormat>();
  const number = (value: number | null | undefined, decimals = 1, minDecimals = 0): string => {
    if (value === null || value === undefined || !Number.isFinite(value)) return '–';
    const key = `${decimals}:${minDecimals}`;
    let nf = formatters.get(key);
    if (!nf) formatters.set(key, (nf = new Intl.NumberFormat(tag, { minimumFractionDigits: minDecimals, maximumFractionDigits: decimals })));
    return nf.format(value);
  };
  const period = (text: string, long = false): string => {
    const p = parsePeriod(text);
    if (!p) return text;
    const names = long ? months.long : months.short;
    const quarter = (p.month - 1) / 3 + 1;
    switch (p.granularity) {
      case 'window': {
        const last = p.last!;
        const lastQuarter = (last.month - 1) / 3 + 1;
        if (last.year === p.year) return lang === 'en' ? `Q${quarter}–Q${lastQuarter} ${p.year}` : `${quarter}.–${lastQuarter}. kvt. ${p.year}`;
        return `${period(`${p.year}-Q${quarter}`)} – ${period(last.text)}`;
      }
      case 'year':
        return String(p.year);
      case 'quarter':
        return lang === 'en' ? `Q${quarter} ${p.year}` : `${quarter}. kvt. ${p.year}`;
      case 'month':
        return `${names[p.month - 1]} ${p.year}`;
      case 'day':
        return lang === 'en' ? `${p.day} ${names[p.month - 1]} ${p.year}` : `${p.day}. ${names[p.month - 1]} ${p.year}`;
    }
  };
  const million = lang === 'en' ? 'm' : ' mio.';
  const thousand = lang === 'en' ? 'k' : ' t.';
  return {
    lang,
    number,
    value: (value, unit) => {
      if (value === null || value === undefined || !Number.isFinite(value)) return lang === 'en' ? 'no data' : 'ingen data';
      switch (unit) {
        case 'pct':
          return `${number(value, 2, 1)} %`;
        case 'pp':
          return `${value > 0 ? '+' : value < 0 ? '−' : '±'}${number(Math.abs(value), 2, 2)} ${lang === 'en' ? 'pp' : 'pct.point'}`;
        case 'dkk':
          return lang === 'en' ? `DKK ${number(value, 0)}` : `${number(value, 0)} kr.`;
        case 'rank':
          return lang === 'en' ? `no. ${number(value, 0)}` : `nr. ${number(value, 0)}`;
        default:
          return number(value, 1);
      }
    },
    axisFor: (ticks) => {
      const top = Math.max(0, ...ticks.map(Math.abs));
      // Zero needs no unit, whatever the scale.
      if (top >= 1e6) return (value) => (value === 0 ? '0' : `${number(value / 1e6, 2)}${million}`);
      if (top >= 1e4) return (value) => (value === 0 ? '0' : `${number(value / 1e3, 1)}${thousand}`);
      return (value) => number(value, 2);
    },
    period,
    periodShort: (text) => {
      const p = parsePeriod(text);
      if (!p?.last) return period(text);
      const q = (x: { month: number }) => (x.month - 1) / 3 + 1;
      const yy = (year: number) => String(year).slice(2);
      if (lang === 'en') return p.year === p.last.year ? `Q${q(p)}–Q${q(p.last)} ${yy(p.year)}` : `Q${q(p)} ${yy(p.year)}–Q${q(p.last)} ${yy(p.last.year)}`;
      return p.year === p.last.year ? `${q(p)}.–${q(p.last)}. kvt. ${yy(p.year)}` : `${q(p)}. kvt. ${yy(p.year)}–${q(p.last)}. kvt. ${yy(p.last.year)}`;
    },
    periodRange: (first, last, long = false) => {
      if (!first || !last) return '';
      if (first === last) return period(first, long);
      // A run of windows reads from the first one's first quarter to the last one's last.
      const a = parsePeriod(first);
      const b = parsePeriod(last);
      if (a?.last && b?.last) return `${period(first.slice(0, 7), long)} – ${period(b.last.text, long)}`;
      return `${period(first, long)} – ${period(last, long)}`;
    },
    time: (time) => {
      const d = new Date(time);
      return `${months.short[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
    },
    date: (iso) => (iso ? period(iso, true) : ''),
    dateTime: (iso) => {
      const d = new Date(iso);
      return Number.isNaN(d.getTime()) ? '' : d.toLocaleString(lang === 'en' ? 'en-GB' : 'da-DK', { dateStyle: 'long', timeStyle: 'short' });
    },
    change: (change, decimals, suffix = '') => {
      // The sign of the change as written: −0,04 with one decimal is ±0, not −0.
      const shown = Number(change.toFixed(decimals));
      const sign = shown > 0 ? '+' : shown < 0 ? '−' : '±';
      return `${sign}${number(Math.abs(change), decimals)}${suffix ? ` ${suffix}` : ''}`;
    },
    collator: new Intl.Collator(lang, { sensitivity: 'base', numeric: true }),
  };
}
