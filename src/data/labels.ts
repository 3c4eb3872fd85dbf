import type { CoreData } from './dataset.ts';

/** Display names for every area a view can show: municipalities, Hele landet and groups. */
export function areaNames(core: Pick<CoreData, 'municipalities' | 'groups'>): Map<string, string> {
  const names = new Map<string, string>();
  for (const m of core.municipalities) names.set(m.code, m.name);
  for (const g of core.groups) names.set(g.group_id, g.name);
  return names;
}

/** Folds Danish letters for search, so "hoje" finds Høje-Taastrup and "aero" finds Ærø. */
export function searchKey(s: string): string {
  return s
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'aa')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
