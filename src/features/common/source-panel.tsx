import type { CoreBundle } from '../../data/bundle.ts';
import type { SourceItem } from '../../model/frame-model.ts';
import { useLocale } from '../../i18n/use-locale.ts';
import { useSetSpec, useSpec } from '../../view/store.ts';
import { encodeSpec } from '../../view/url.ts';
import { followInApp } from './follow-in-app.ts';

/** Where a figure comes from: the meeting or table, the agenda item and the evidence excerpt. */
export function SourcePanel({ core, items, onClose, title }: { core: CoreBundle; items: SourceItem[]; onClose: () => void; title: string }) {
  const locale = useLocale();
  const t = locale.t;
  const sources = new Map(core.sources.map((s) => [s.source_id, s]));
  const spec = useSpec();
  const setSpec = useSetSpec();
  return (
    <section className="source-panel" aria-label={title} tabIndex={-1} ref={(el) => el?.focus()}>
      <header className="source-panel-header">
        <h3>{title}</h3>
        <button type="button" onClick={onClose}>
          {t.close}
        </button>
      </header>
      <ul>
        {items.map((it, i) => {
          const s = sources.get(it.observation.source_id);
          return (
            <li key={i} className="source-item">
              <div className="source-figure">
                {it.colour && <span className="swatch" style={{ background: it.colour }} aria-hidden="true" />}
                <strong>{it.label}</strong>, {locale.period(it.observation.period, true)}: {it.valueText}
                {it.observation.kind !== 'actual' && <em> ({t.kinds[it.observation.kind]})</em>}
              </div>
              {s ? (
                <dl className="source-meta">
                  <dt>{s.meeting_date ? t.meeting : t.source}</dt>
                  <dd>
                    {s.meeting_date ? `${s.body}, ${locale.date(s.meeting_date)}` : s.body}
                    {' – '}
                    {s.url ? (
                      <a href={s.url} target="_blank" rel="noopener noreferrer">
                        {s.title}
                      </a>
                    ) : (
                      s.title
                    )}
                    {s.retrieved && ` (${t.retrievedOn(locale.date(s.retrieved))})`}
                  </dd>
                  {it.observation.item && (
                    <>
                      <dt>{t.item}</dt>
                      <dd>{it.observation.item}</dd>
                    </>
                  )}
                  {s.meeting_date && (
                    <>
                      <dt>{t.document}</dt>
                      <dd className="source-links">
                        <a href={encodeSpec({ ...spec, view: 'sources', source: s.source_id, item: it.observation.item || null }) || '?'} onClick={(e) => followInApp(e, () => setSpec({ view: 'sources', source: s.source_id, item: it.observation.item || null }))}>
                          {t.meetingInSources(it.observation.item)}
                        </a>
                        {s.url && (
                          <>
                            {' · '}
                            <a href={s.url} target="_blank" rel="noopener noreferrer">
                              {t.minutesAt(s.publisher || s.url.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, ''))}
                            </a>
                          </>
                        )}
                      </dd>
                    </>
                  )}
                  {it.observation.quote && (
                    <>
                      <dt>{t.evidence}</dt>
                      <dd>
                        <blockquote>»{it.observation.quote}«</blockquote>
                      </dd>
                    </>
                  )}
                </dl>
              ) : (
                <p>{it.observation.source_id}</p>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
