import type { CoreBundle } from '../data/bundle.ts';
import { formatPeriod } from '../format/format.ts';
import { texts } from '../i18n/texts.ts';

/** "Kilde: …" naming each distinct source of the figures shown: publisher and table, or meeting. */
export function sourceLineFor(core: Pick<CoreBundle, 'sources'>, sourceIds: Iterable<string>): string {
  const ids = new Set(sourceIds);
  const names = core.sources
    .filter((s) => ids.has(s.source_id))
    .map((s) => (s.meeting_date ? `${s.publisher || s.body}, ${s.body} ${formatPeriod(s.meeting_date)}` : `${s.body}, ${s.document}`));
  const unique = [...new Set(names)];
  return unique.length ? texts().sourceLine(unique.join('; ')) : '';
}
