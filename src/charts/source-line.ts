import type { CoreBundle } from '../data/bundle.ts';
import { formatPeriod } from '../format/format.ts';
import { texts } from '../i18n/texts.ts';

/** "Kilde: …" naming each distinct source of the figures shown; tables from one publisher are named together. */
export function sourceLineFor(core: Pick<CoreBundle, 'sources'>, sourceIds: Iterable<string>): string {
  const ids = new Set(sourceIds);
  const tables = new Map<string, string[]>();
  const meetings: string[] = [];
  for (const s of core.sources.filter((x) => ids.has(x.source_id))) {
    if (s.meeting_date) meetings.push(`${s.publisher || s.body}, ${s.body} ${formatPeriod(s.meeting_date)}`);
    else tables.set(s.body, [...(tables.get(s.body) ?? []), s.document]);
  }
  const names = [...[...tables].map(([body, documents]) => `${body}, ${[...new Set(documents)].join(', ')}`), ...new Set(meetings)];
  return names.length ? texts().sourceLine(names.join('; ')) : '';
}
