// Statistikbanken and Jobindsats write periods as 2022M07, 2022K3/2022Q3 or 2022; Jobindsats's
// rolling years as 2022QMAT02.
import { quarterWindow } from './period.ts';

export function periodFromStatbank(text: string): string | null {
  const t = text.trim();
  let m = /^(\d{4})M(0[1-9]|1[0-2])$/.exec(t);
  if (m) return `${m[1]}-${m[2]}`;
  m = /^(\d{4})[KQ]([1-4])$/.exec(t);
  if (m) return `${m[1]}-Q${m[2]}`;
  m = /^(\d{4})$/.exec(t);
  if (m) return t;
  return null;
}

/**
 * Jobindsats' rolling-year code to a window of quarters: `2022QMAT02` is the twelve months
 * ending with the second quarter of 2022, 3rd quarter 2021 – 2nd quarter 2022.
 */
export function periodFromRollingYear(code: string): string | null {
  const m = /^(\d{4})QMAT0([1-4])$/.exec(code.trim());
  if (!m) return null;
  const year = Number(m[1]);
  const quarter = Number(m[2]);
  return quarter === 4 ? quarterWindow(year, 1, year, 4) : quarterWindow(year - 1, quarter + 1, year, quarter);
}
