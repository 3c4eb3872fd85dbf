// Danish number and period formats: 1.234,5 and "jul. 2022".
import type { Unit } from '../data/contract.ts';
import { parsePeriod } from '../data/period.ts';

const MONTHS_SHORT = ['jan.', 'feb.', 'mar.', 'apr.', 'maj', 'jun.', 'jul.', 'aug.', 'sep.', 'okt.', 'nov.', 'dec.'];
const MONTHS_LONG = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'];

const formatters = new Map<string, Intl.NumberFormat>();
function numberFormat(decimals: number, minDecimals: number): Intl.NumberFormat {
  const key = `${decimals}:${minDecimals}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat('da-DK', { minimumFractionDigits: minDecimals, maximumFractionDigits: decimals });
    formatters.set(key, f);
  }
  return f;
}

export function formatNumber(value: number | null | undefined, decimals = 1, minDecimals = 0): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  return numberFormat(decimals, minDecimals).format(value);
}

export const UNIT_SUFFIX: Record<Unit, string> = {
  persons: 'personer',
  fte: 'fuldtidspersoner',
  pct: '%',
  dkk: 'kr.',
  rank: '',
  count: '',
};

/** A value with its unit, as a reader expects it in a sentence or tooltip. */
export function formatValue(value: number | null | undefined, unit: Unit): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return 'ingen data';
  switch (unit) {
    case 'pct':
      return `${formatNumber(value, 2, 1)} %`;
    case 'dkk':
      return `${formatNumber(value, 0)} kr.`;
    case 'rank':
      return `nr. ${formatNumber(value, 0)}`;
    default:
      return formatNumber(value, 1);
  }
}

/** Compact axis ticks: 1,2 mio. rather than 1.200.000. */
export function formatAxis(value: number): string {
  const abs = Math.abs(value);
  if (abs >= 1e6) return `${formatNumber(value / 1e6, 1)} mio.`;
  if (abs >= 1e4) return `${formatNumber(value / 1e3, 0)} t.`;
  return formatNumber(value, 2);
}

export function formatPeriod(text: string, long = false): string {
  const p = parsePeriod(text);
  if (!p) return text;
  const months = long ? MONTHS_LONG : MONTHS_SHORT;
  switch (p.granularity) {
    case 'year':
      return String(p.year);
    case 'quarter':
      return `${(p.month - 1) / 3 + 1}. kvt. ${p.year}`;
    case 'month':
      return `${months[p.month - 1]} ${p.year}`;
    case 'day':
      return `${p.day}. ${months[p.month - 1]} ${p.year}`;
  }
}

/** Axis label for a time in UTC milliseconds. */
export function formatTime(time: number): string {
  const d = new Date(time);
  return `${MONTHS_SHORT[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

export function formatDate(iso: string): string {
  return iso ? formatPeriod(iso, true) : '';
}

/** A signed change: "+0,3 procentpoint", "−71", "±0". */
export function formatChange(change: number, decimals: number, suffix = ''): string {
  const sign = change > 0 ? '+' : change < 0 ? '−' : '±';
  return `${sign}${formatNumber(Math.abs(change), decimals)}${suffix ? ` ${suffix}` : ''}`;
}
