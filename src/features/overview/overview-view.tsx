import { overviewTexts } from '../../i18n/texts/overview.ts';
import { textsWith } from '../../i18n/locale.ts';
import { useMemo } from 'react';
import { Line, LineChart, ResponsiveContainer, YAxis } from 'recharts';
import { NATIONAL_COLOUR } from '../../format/palette.ts';
import { NATIONAL } from '../../data/national.ts';
import { areaOptions } from '../../i18n/locale.ts';
import { useSetSpec, useSpec } from '../../view/store.ts';
import { trendViewPatch } from '../../view/view-spec.ts';
import { MunicipalitySelect } from '../common/municipality-select.tsx';
import { encodeSpec } from '../../view/url.ts';
import { followInApp } from '../common/follow-in-app.ts';
import { ChartNotes } from '../common/frame.tsx';
import type { LoadedCore } from '../common/queries.ts';
import { useLocale, useTexts } from '../../i18n/use-locale.ts';
import { useViewData } from '../common/use-many-observations.ts';
import { overviewModel, type Card } from './model.ts';

export function OverviewView({ core }: { core: LoadedCore }) {
  const locale = useLocale();
  const t = textsWith(locale, overviewTexts);
  const spec = useSpec();
  const setSpec = useSetSpec();
  const loaded = useViewData(spec, core);
  const model = useMemo(() => overviewModel({ core, tables: loaded.byIndicator, spec, locale }), [core, loaded.byIndicator, spec, locale]);
  const options = useMemo(() => areaOptions(core, locale, { groups: false }), [core, locale]);
  const area = model.area;

  const openTrend = (indicator: string) =>
    setSpec(trendViewPatch(indicator, area === NATIONAL ? [NATIONAL] : [area, NATIONAL]));

  return (
    <div className="view overview-view">
      <div className="overview-head">
        <h1 className="view-title">{model.title}</h1>
        <MunicipalitySelect className="control overview-picker" value={area} options={options} onChange={(code) => setSpec({ areas: [code] })} />
      </div>
      <p className="view-intro">{t.overviewIntro}</p>
      {loaded.failed.length > 0 && (
        <p className="error" role="alert">
          {t.loadFailed}: {loaded.failed.join('; ')}
        </p>
      )}
      <ul className="cards">
        {model.cards.map((card) => (
          <li key={card.indicator} className="card">
            {card.loading ? (
              <div className="card-loading" role="status">
                {t.loading}
              </div>
            ) : (
              <HeadlineCard card={card} colour={model.colour} onOpen={() => openTrend(card.indicator)} />
            )}
          </li>
        ))}
      </ul>
      <ChartNotes notes={model.notes} />
      <p className="source-line">{model.sourceLine}</p>
      <div className="overview-columns">
        <section className="chart-card" aria-labelledby="newest-data">
          <h2 id="newest-data" className="chart-title">
            {t.newestData}
          </h2>
          <ul className="plain-list">
            {model.newest.map((c) => (
              <li key={c.indicator}>
                <button type="button" className="link-button" onClick={() => openTrend(c.indicator)}>
                  {c.text}
                </button>{' '}
                – {c.upTo}
              </li>
            ))}
          </ul>
        </section>
        <section className="chart-card" aria-labelledby="newest-meetings">
          <h2 id="newest-meetings" className="chart-title">
            {t.newestMeetings}
          </h2>
          {model.meetings.length === 0 ? (
            <p>{t.noMeetings(options.find((o) => o.code === area)?.name ?? area)}</p>
          ) : (
            <ul className="plain-list">
              {model.meetings.map((m) => (
                <li key={m.sourceId}>
                  <a href={encodeSpec({ ...spec, view: 'sources', source: m.sourceId, item: null }) || '?'} onClick={(e) => followInApp(e, () => setSpec({ view: 'sources', source: m.sourceId, item: null }))}>
                    {m.text}
                  </a>{' '}
                  – {m.date}
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </div>
  );
}

function HeadlineCard({ card, colour, onOpen }: { card: Card; colour: string; onOpen: () => void }) {
  const t = useTexts(overviewTexts);
  if (card.spark.length === 0) {
    return (
      <>
        <h2 className="card-title">{card.title}</h2>
        <p className="card-empty">{t.emptyTitle}</p>
      </>
    );
  }
  return (
    <button type="button" className="card-button" onClick={onOpen}>
      <h2 className="card-title">{card.title}</h2>
      <div className="card-value">{card.valueText}</div>
      <div className="card-period">{card.periodText}</div>
      <div className={`card-change ${card.good === null ? '' : card.good ? 'good' : 'bad'}`}>
        <span aria-hidden="true">{card.direction === 'up' ? '▲' : card.direction === 'down' ? '▼' : '■'} </span>
        {card.changeText}
      </div>
      {card.rateText && <div className="card-rate">{card.rateText}</div>}
      {card.rankText && <div className="card-rank">{card.rankText}</div>}
      <div className="sparkline" aria-hidden="true">
        <ResponsiveContainer width="100%" height={48}>
          <LineChart data={card.spark} margin={{ top: 4, right: 2, bottom: 4, left: 2 }} accessibilityLayer={false}>
            <YAxis hide domain={['auto', 'auto']} />
            {card.showNational && <Line dataKey="national" stroke={NATIONAL_COLOUR} strokeWidth={1} strokeDasharray="3 2" dot={false} isAnimationActive={false} />}
            <Line dataKey="value" stroke={colour} strokeWidth={2} dot={false} isAnimationActive={false} />
          </LineChart>
        </ResponsiveContainer>
      </div>
      <div className="card-source">{t.cardHint}</div>
    </button>
  );
}
