// Maps area names as sources spell them to kommunekoder.
import type { Municipality } from './contract.ts';
import { NATIONAL } from './national.ts';

/** Folds case, hyphens, spaces, "Kommune" and the aa/å spelling, so "Høje Taastrup" = "Høje-Taastrup". */
export function normaliseAreaName(name: string): string {
  return name
    .normalize('NFC')
    .toLowerCase()
    .replace(/\bkommune\b/g, '')
    .replace(/aa/g, 'å')
    .replace(/[\s\-–.]+/g, '');
}

/** Spellings that folding alone cannot reach: English and older Danish names. */
const ALIASES: Record<string, string> = {
  copenhagen: '101',
  kobenhavn: '101',
  'all denmark': NATIONAL,
  'hele landet': NATIONAL,
  danmark: NATIONAL,
  'landet i alt': NATIONAL,
  'i alt': NATIONAL,
  århus: '751',
  vesthimmerland: '820',
  'brønderslev-dronninglund': '810',
};

/** Aggregates that are not municipalities; a source may list them, we do not chart them as areas. */
export function isAggregateName(name: string): boolean {
  return /^(region|province|landsdel)\b/i.test(name.trim()) || /^(abroad|not stated|uoplyst|udlandet|christiansø)/i.test(name.trim());
}

export type AreaResolver = (name: string) => string | null;

export function areaResolver(municipalities: Municipality[]): AreaResolver {
  const byName = new Map<string, string>();
  for (const m of municipalities) {
    byName.set(normaliseAreaName(m.name), m.code);
    byName.set(m.code, m.code);
  }
  for (const [alias, code] of Object.entries(ALIASES)) byName.set(normaliseAreaName(alias), code);
  return (name) => {
    const trimmed = name.trim();
    if (/^\d{3}$/.test(trimmed)) return byName.get(trimmed) ?? null;
    return byName.get(normaliseAreaName(trimmed)) ?? null;
  };
}
