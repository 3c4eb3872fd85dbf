import { useMemo } from 'react';
import { breakdownLabel } from '../../charts/trend-model.ts';
import type { LoadedCore } from '../common/queries.ts';
import { areaNames } from '../../data/labels.ts';
import { formatDate, formatPeriod, formatValue } from '../../format/format.ts';
import { indicatorLabel, texts } from '../../i18n/texts.ts';
import { useManyObservations } from '../common/use-many-observations.ts';

/** Every meeting and table the data comes from, and the figures taken from each meeting. */
export function SourcesView({ core }: { core: LoadedCore }) {
  const t = texts();
  const names = useMemo(() => areaNames(core), [core]);
  const meetings = core.sources.filter((s) => s.meeting_date).sort((a, b) => b.meeting_date.localeCompare(a.meeting_date));
  const tables = core.sources.filter((s) => !s.meeting_date);
  const meetingIds = new Set(meetings.map((m) => m.source_id));
  const minutesIndicators = core.catalog.filter((c) => c.sources.some((s) => meetingIds.has(s))).map((c) => c.indicator);
  const loaded = useManyObservations(core, minutesIndicators);
  const labels = new Map(core.indicators.map((i) => [i.indicator, indicatorLabel(i)]));

  return (
    <div className="view sources-view">
      <h1 className="view-title">{t.sourcesTitle}</h1>
      <p className="view-intro">{t.sourcesIntro}</p>
      <h2>{t.meetings}</h2>
      {loaded.pending && <p role="status">{t.loading}</p>}
      {meetings.map((m) => {
        const figures = [...loaded.byIndicator.values()].flat().filter((o) => o.source_id === m.source_id);
        const grants = core.grants.filter((g) => g.source_id === m.source_id);
        return (
          <details key={m.source_id} className="source-card" data-source={m.source_id}>
            <summary>
              <strong>{names.get(m.municipality_code)}</strong> · {m.body} · {formatDate(m.meeting_date)}
              <span className="source-count">{t.figureCount(figures.length, grants.length)}</span>
            </summary>
            <p className="source-doc">
              {m.title}
              {m.document && ` (${m.document})`}
              {m.url && (
                <>
                  {' – '}
                  <a href={m.url} target="_blank" rel="noopener noreferrer">
                    {t.openDocument}
                  </a>
                </>
              )}
            </p>
            {figures.length > 0 && (
              <div className="table-wrap">
                <table className="data-table figures-table">
                  <caption>{t.figuresFrom(names.get(m.municipality_code) ?? '', formatDate(m.meeting_date))}</caption>
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
                    {figures.map((o, i) => (
                      <tr key={i}>
                        <td>{labels.get(o.indicator)}</td>
                        <td>{names.get(o.area)}</td>
                        <td>{breakdownLabel(o.breakdown)}</td>
                        <td>{formatPeriod(o.period, true)}</td>
                        <td className="num">
                          {formatValue(o.value, o.unit)}
                          {o.kind !== 'actual' && ` (${t.kinds[o.kind]})`}
                        </td>
                        <td>{o.item}</td>
                        <td className="quote">{o.quote ? `»${o.quote}«` : ''}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
            {grants.length > 0 && (
              <ul className="source-grants">
                {grants.map((g) => (
                  <li key={g.grant_id}>
                    {t.grantsTitle}: {g.title}, {formatValue(g.amount_dkk, 'dkk')} ({g.grantor})
                  </li>
                ))}
              </ul>
            )}
          </details>
        );
      })}
      <h2>{t.officialTables}</h2>
      <ul className="table-sources">
        {tables.map((s) => {
          const indicators = core.catalog.filter((c) => c.sources.includes(s.source_id));
          return (
            <li key={s.source_id} data-source={s.source_id}>
              <strong>{s.body}</strong>, {s.title}
              {s.retrieved && ` – ${t.retrieved} ${formatDate(s.retrieved)}`}
              {s.url && (
                <>
                  {' – '}
                  <a href={s.url} target="_blank" rel="noopener noreferrer">
                    {s.url.replace(/^https?:\/\//, '')}
                  </a>
                </>
              )}
              <div className="hint">
                {indicators.map((c) => `${labels.get(c.indicator)} (${formatPeriod(c.firstPeriod)} – ${formatPeriod(c.lastPeriod)}, ${c.areas.length} områder)`).join('; ')}
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
