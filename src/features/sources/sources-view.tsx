import { useEffect, useMemo } from 'react';
import type { LoadedCore } from '../common/queries.ts';
import { useLocale } from '../../i18n/use-locale.ts';
import { useViewData } from '../common/use-many-observations.ts';
import { sourcesModel } from './model.ts';
import { useSpec } from '../../view/store.ts';

/** Every meeting and table the data comes from, and the figures taken from each meeting. */
export function SourcesView({ core }: { core: LoadedCore }) {
  const locale = useLocale();
  const t = locale.t;
  const spec = useSpec();
  const loaded = useViewData(spec, core);
  const model = useMemo(() => sourcesModel(core, loaded.byIndicator, locale), [core, loaded.byIndicator, locale]);
  // A link to one meeting (src=, item=) opens it and brings its item's first figure into view.
  const ready = !loaded.pending;
  useEffect(() => {
    if (!spec.source || !ready) return;
    const card = document.querySelector(`[data-source="${CSS.escape(spec.source)}"]`);
    const target = (spec.item ? card?.querySelector('tr.item-match') : null) ?? card;
    target?.scrollIntoView({ block: 'start' });
  }, [spec.source, spec.item, ready]);

  return (
    <div className="view sources-view">
      <h1 className="view-title">{t.sourcesTitle}</h1>
      <p className="view-intro">{t.sourcesIntro}</p>
      <h2>{t.meetings}</h2>
      {loaded.pending && <p role="status">{t.loading}</p>}
      {model.meetings.map((m) => (
        <details key={m.source.source_id} className="source-card" data-source={m.source.source_id} open={spec.source === m.source.source_id || undefined}>
          <summary>
            <strong>{m.heading}</strong>
            <span className="source-count">{m.count}</span>
          </summary>
          <p className="source-doc">
            {m.source.title}
            {m.source.document && ` (${m.source.document})`}
            {m.source.url && (
              <>
                {' – '}
                <a href={m.source.url} target="_blank" rel="noopener noreferrer">
                  {t.openDocument}
                </a>
              </>
            )}
          </p>
          {m.figures.length > 0 && (
            <div className="table-wrap">
              <table className="data-table figures-table">
                <caption>{m.caption}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t.indicator}</th>
                    <th scope="col">{t.area}</th>
                    <th scope="col">{t.breakdown}</th>
                    <th scope="col">{t.period}</th>
                    <th scope="col" className="num">
                      {t.value}
                    </th>
                    <th scope="col">{t.item}</th>
                    <th scope="col">{t.evidence}</th>
                  </tr>
                </thead>
                <tbody>
                  {m.figures.map((o, i) => (
                    <tr key={i} className={spec.source === m.source.source_id && spec.item !== null && o.item === spec.item ? 'item-match' : undefined}>
                      <td data-label={t.indicator}>{o.indicator}</td>
                      <td data-label={t.area}>{o.area}</td>
                      <td data-label={t.breakdown}>{o.breakdown}</td>
                      <td data-label={t.period}>{o.period}</td>
                      <td data-label={t.value} className="num">
                        {o.value}
                      </td>
                      <td data-label={t.item}>{o.item}</td>
                      <td data-label={t.evidence} className="quote">
                        {o.quote}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {m.grants.length > 0 && (
            <ul className="source-grants">
              {m.grants.map((g) => (
                <li key={g}>{g}</li>
              ))}
            </ul>
          )}
        </details>
      ))}
      <h2>{t.officialTables}</h2>
      <ul className="table-sources">
        {model.tables.map((s) => (
          <li key={s.source.source_id} data-source={s.source.source_id}>
            <strong>{s.source.body}</strong>, {s.source.title}
            {s.retrieved && ` – ${s.retrieved}`}
            {s.source.url && (
              <>
                {' – '}
                <a href={s.source.url} target="_blank" rel="noopener noreferrer">
                  {s.source.url.replace(/^https?:\/\//, '')}
                </a>
              </>
            )}
            <div className="hint">{s.indicators}</div>
          </li>
        ))}
      </ul>
    </div>
  );
}
