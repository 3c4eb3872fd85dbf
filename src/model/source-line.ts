import type { CoreBundle } from '../data/bundle.ts';
import type { Locale } from '../i18n/locale.ts';
import { staleSeries } from '../data/freshness.ts';
import { isUserSource } from '../import/merge.ts';

/**
 * "Kilde: …" naming each distinct source of the figures shown; tables from one publisher are named
 * together, with the date they were retrieved ("Jobindsats.dk / STAR, y25i01 (hentet 22. aug. 2026)").
 */
export function sourceLineFor(core: Pick<CoreBundle, 'sources'>, sourceIds: Iterable<string>, locale: Locale): string {
  const ids = new Set(sourceIds);
  const tables = new Map<string, { body: string; retrieved: string; documents: string[] }>();
  const meetings: string[] = [];
  for (const s of core.sources.filter((x) => ids.has(x.source_id))) {
    if (s.meeting_date) {
      meetings.push(`${s.publisher || s.body}, ${s.body} ${locale.period(s.meeting_date)}`);
      continue;
    }
    // Own data names its import time in the document already.
    const retrieved = isUserSource(s.source_id) ? '' : s.retrieved;
    const key = `${s.body}|${retrieved}`;
    const group = tables.get(key) ?? { body: s.body, retrieved, documents: [] };
    group.documents.push(s.document);
    tables.set(key, group);
  }
  const names = [
    ...[...tables.values()].map((g) => `${g.body}, ${[...new Set(g.documents)].join(', ')}${g.retrieved ? ` (${locale.t.retrievedOn(locale.date(g.retrieved))})` : ''}`),
    ...new Set(meetings),
  ];
  return names.length ? locale.t.sourceLine(names.join('; ')) : '';
}

/**
 * A note for the shown indicators whose publisher should by `today` have newer figures than the
 * data: one per publisher and newest period, short enough for a printed page.
 */
export function freshnessNotes(core: Pick<CoreBundle, 'catalog' | 'sources'>, indicators: readonly string[], today: string | undefined, locale: Locale): string[] {
  if (!today) return [];
  const notes = staleSeries(core, indicators, today).map((s) => locale.t.staleSeries(locale.period(s.lastPeriod, true), s.publisher, s.retrieved ? locale.date(s.retrieved) : ''));
  return [...new Set(notes)];
}

/** The sources of an indicator as the catalogue lists them. */
export function indicatorSources(core: Pick<CoreBundle, 'catalog'>, indicator: string): string[] {
  return core.catalog.find((c) => c.indicator === indicator)?.sources ?? [];
}
