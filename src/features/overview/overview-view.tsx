import { useMemo } from 'react';
import { Line, LineChart, ResponsiveContainer, YAxis } from 'recharts';
import { areaColours, NATIONAL_COLOUR } from '../../charts/palette.ts';
import { sourceLineFor } from '../../charts/source-line.ts';
import type { LoadedCore } from '../common/queries.ts';
import type { Indicator, Observation } from '../../data/contract.ts';
import { NATIONAL } from '../../data/national.ts';
import { headline } from '../../data/headline.ts';
import { areaNames } from '../../data/labels.ts';
import { comparePeriods } from '../../data/period.ts';
import { formatChange, formatPeriod, formatValue } from '../../format/format.ts';
import { indicatorLabel, texts } from '../../i18n/texts.ts';
import { useSetSpec, useSpec } from '../../view/store.ts';
import { useManyObservations } from '../common/use-many-observations.ts';

/** The key figures on the landing page, in the order a committee reads them. */
const HEADLINE_INDICATORS = [
  'ledighed_pct',
  'ledige',
  'langtidsledige',
  'kontanthjaelp_fuldtid',
  'kontanthjaelp_pct_befolkning',
  'aktiveringsgrad',
  'nettoledige_kontanthjaelp',
];

export function OverviewView({ core }: { core: LoadedCore }) {
  const t = texts();
  const spec = useSpec();
  const setSpec = useSetSpec();
  const names = useMemo(() => areaNames(core), [core]);
  const codes = new Set(core.municipalities.map((m) => m.code));
  const area = spec.areas.find((a) => codes.has(a) && a !== NATIONAL) ?? NATIONAL;
  const colour = area === NATIONAL ? NATIONAL_COLOUR : (areaColours([area]).get(area) ?? '#0072B2');
  const available = HEADLINE_INDICATORS.filter((i) => core.catalog.some((c) => c.indicator === i));
  const loaded = useManyObservations(core, available);
  const indicators = new Map(core.indicators.map((i) => [i.indicator, i]));
  const newest = [...core.catalog].sort((a, b) => comparePeriods(b.lastPeriod, a.lastPeriod)).slice(0, 4);
  const meetings = core.sources
    .filter((s) => s.meeting_date && (area === NATIONAL || s.municipality_code === area))
    .sort((a, b) => b.meeting_date.localeCompare(a.meeting_date));

  const openTrend = (indicator: string) =>
    setSpec({ view: 'trend', indicator, breakdown: 'all', areas: area === NATIONAL ? [NATIONAL] : [area, NATIONAL], from: null, to: null, mode: 'absolute' });

  return (
    <div className="view overview-view">
      <div className="overview-head">
        <h1 className="view-title">{t.overviewTitle(names.get(area) ?? area)}</h1>
        <label className="control overview-picker">
          <span className="control-label">{t.municipality}</span>
          <select value={area} onChange={(e) => setSpec({ areas: [e.target.value] })}>
            {core.municipalities.map((m) => (
              <option key={m.code} value={m.code}>
                {m.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="view-intro">{t.overviewIntro}</p>
      {loaded.failed.length > 0 && (
        <p className="error" role="alert">
          {t.loadFailed}: {loaded.failed.join('; ')}
        </p>
      )}
      <ul className="cards">
        {available.map((id) => {
          const indicator = indicators.get(id);
          const obs = loaded.byIndicator.get(id);
          return (
            <li key={id} className="card">
              {!indicator || !obs ? (
                <div className="card-loading" role="status">
                  {t.loading}
                </div>
              ) : (
                <HeadlineCard indicator={indicator} observations={obs} area={area} colour={colour} onOpen={() => openTrend(id)} />
              )}
            </li>
          );
        })}
      </ul>
      <p className="source-line">{sourceLineFor(core, available.flatMap((i) => core.catalog.find((c) => c.indicator === i)?.sources ?? []))}</p>
      <div className="overview-columns">
        <section className="chart-card" aria-labelledby="newest-data">
          <h2 id="newest-data" className="chart-title">
            {t.newestData}
          </h2>
          <ul className="plain-list">
            {newest.map((c) => (
              <li key={c.indicator}>
                <button type="button" className="link-button" onClick={() => openTrend(c.indicator)}>
                  {indicatorLabel(indicators.get(c.indicator) ?? { label_da: c.indicator, label_en: '' })}
                </button>{' '}
                – {t.upTo} {formatPeriod(c.lastPeriod, true)}
              </li>
            ))}
          </ul>
        </section>
        <section className="chart-card" aria-labelledby="newest-meetings">
          <h2 id="newest-meetings" className="chart-title">
            {t.newestMeetings}
          </h2>
          {meetings.length === 0 ? (
            <p>{t.noMeetings(names.get(area) ?? area)}</p>
          ) : (
            <ul className="plain-list">
              {meetings.map((m) => (
                <li key={m.source_id}>
                  <button type="button" className="link-button" onClick={() => setSpec({ view: 'sources' })}>
                    {names.get(m.municipality_code)}, {m.body}
                  </button>{' '}
                  – {formatPeriod(m.meeting_date, true)}
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </div>
  );
}

function HeadlineCard({ indicator, observations, area, colour, onOpen }: { indicator: Indicator; observations: Observation[]; area: string; colour: string; onOpen: () => void }) {
  const t = texts();
  const h = headline(observations, area);
  const spark = useMemo(() => sparkline(observations, area), [observations, area]);
  if (!h) {
    return (
      <>
        <h2 className="card-title">{indicatorLabel(indicator)}</h2>
        <p className="card-empty">{t.emptyTitle}</p>
      </>
    );
  }
  const pct = indicator.unit === 'pct';
  const lowerBetter = indicator.lower_is_better !== 'no';
  const direction = h.change === null || h.change === 0 ? 'flat' : h.change > 0 ? 'up' : 'down';
  const good = h.change === null || h.change === 0 ? null : (h.change < 0) === lowerBetter;
  const changeText =
    h.change === null
      ? t.noComparison
      : `${formatChange(h.change, pct ? 1 : 0, pct ? t.percentagePoints : '')} ${t.sinceLastYear(formatPeriod(h.previousPeriod ?? ''))}`;
  return (
    <button type="button" className="card-button" onClick={onOpen}>
      <h2 className="card-title">{indicatorLabel(indicator)}</h2>
      <div className="card-value">{formatValue(h.value, indicator.unit)}</div>
      <div className="card-period">{formatPeriod(h.period, true)}</div>
      <div className={`card-change ${good === null ? '' : good ? 'good' : 'bad'}`}>
        <span aria-hidden="true">{direction === 'up' ? '▲' : direction === 'down' ? '▼' : '■'} </span>
        {changeText}
      </div>
      <div className="sparkline" aria-hidden="true">
        <ResponsiveContainer width="100%" height={48}>
          <LineChart data={spark} margin={{ top: 4, right: 2, bottom: 4, left: 2 }} accessibilityLayer={false}>
            <YAxis hide domain={['auto', 'auto']} />
            {area !== NATIONAL && pct && <Line dataKey="national" stroke={NATIONAL_COLOUR} strokeWidth={1} strokeDasharray="3 2" dot={false} isAnimationActive={false} />}
            <Line dataKey="value" stroke={colour} strokeWidth={2} dot={false} isAnimationActive={false} />
          </LineChart>
        </ResponsiveContainer>
      </div>
      <div className="card-source">{t.cardHint}</div>
    </button>
  );
}

/** The last 24 periods of the area beside Hele landet. */
function sparkline(observations: readonly Observation[], area: string) {
  const rows = new Map<string, { period: string; value?: number | null; national?: number | null }>();
  for (const o of observations) {
    if (o.breakdown !== 'all' || o.kind !== 'actual' || (o.area !== area && o.area !== NATIONAL)) continue;
    const row = rows.get(o.period) ?? { period: o.period };
    if (o.area === area) row.value = o.value;
    if (o.area === NATIONAL) row.national = o.value;
    rows.set(o.period, row);
  }
  return [...rows.values()].sort((a, b) => comparePeriods(a.period, b.period)).slice(-24);
}
