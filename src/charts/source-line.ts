import type { CoreBundle } from '../data/bundle.ts';
import type { Locale } from '../i18n/locale.ts';

/** "Kilde: …" naming each distinct source of the figures shown; tables from one publisher are named together. */
export function sourceLineFor(core: Pick<CoreBundle, 'sources'>, sourceIds: Iterable<string>, locale: Locale): string {
  const ids = new Set(sourceIds);
  const tables = new Map<string, string[]>();
  const meetings: string[] = [];
  for (const s of core.sources.filter((x) => ids.has(x.source_id))) {
    if (s.meeting_date) meetings.push(`${s.publisher || s.body}, ${s.body} ${locale.period(s.meeting_date)}`);
    else tables.set(s.body, [...(tables.get(s.body) ?? []), s.document]);
  }
  const names = [...[...tables].map(([body, documents]) => `${body}, ${[...new Set(documents)].join(', ')}`), ...new Set(meetings)];
  return names.length ? locale.t.sourceLine(names.join('; ')) : '';
}

/** The sources of an indicator as the catalogue lists them. */
export function indicatorSources(core: Pick<CoreBundle, 'catalog'>, indicator: string): string[] {
  return core.catalog.find((c) => c.indicator === indicator)?.sources ?? [];
}
