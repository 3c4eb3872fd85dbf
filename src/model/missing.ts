// Areas left out of a chart, table, rank or average are named with the reason, never dropped
// without a word: "Fanø og Læsø er ikke med: kilden har ingen tal for dem i juli 2026."
import type { MissingArea } from '../data/compare.ts';
import type { Locale } from '../i18n/locale.ts';

/** "Fanø og Læsø", "A, B og C", and past eight names "A, B, …, H og 12 andre". */
export function nameList(names: readonly string[], locale: Locale): string {
  const shown = names.length > 9 ? [...names.slice(0, 8), locale.t.andOthers(names.length - 8)] : [...names];
  return shown.length <= 1 ? (shown[0] ?? '') : `${shown.slice(0, -1).join(', ')} ${locale.t.and} ${shown.at(-1)}`;
}

/** `official`: the figures come from a publisher's table, where a missing figure is usually withheld as too small. */
export function missingAreasNotes(missing: readonly MissingArea[], names: ReadonlyMap<string, string>, period: string | null, official: boolean, locale: Locale): string[] {
  const when = period ? locale.period(period, true) : '';
  const notes: string[] = [];
  for (const reason of ['source', 'population'] as const) {
    const these = missing.filter((m) => m.reason === reason).map((m) => names.get(m.code) ?? m.code).sort(locale.collator.compare);
    if (these.length > 0) notes.push(locale.t.missingAreas(nameList(these, locale), these.length, reason, when, official));
  }
  return notes;
}
