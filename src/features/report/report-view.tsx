import { useMemo } from 'react';
import { areaColours } from '../../charts/palette.ts';
import { sourceLineFor } from '../../charts/source-line.ts';
import { TrendChart, type ChartSeries } from '../../charts/trend-chart.tsx';
import { NATIONAL } from '../../data/national.ts';
import { areaNames } from '../../data/labels.ts';
import { formatChange, formatDate, formatPeriod, formatValue } from '../../format/format.ts';
import { indicatorLabel, texts } from '../../i18n/texts.ts';
import { defaultPeers, reportPeriod, THEMES, themeResult, type ThemeResult } from '../../report/overblik.ts';
import { useSetSpec, useSpec } from '../../view/store.ts';
import { encodeSpec } from '../../view/url.ts';
import { AreaPicker } from '../common/area-picker.tsx';
import { pageUrl } from '../common/chart-actions.tsx';
import type { LoadedCore } from '../common/queries.ts';
import { useManyObservations } from '../common/use-many-observations.ts';

const COUNT_INDICATORS = THEMES.flatMap((t) => (t.countIndicator ? [t.indicator, t.countIndicator] : [t.indicator]));

/** Beskæftigelsesoverblik: the monthly committee report, for any municipality. */
export function ReportView({ core }: { core: LoadedCore }) {
  const t = texts();
  const spec = useSpec();
  const setSpec = useSetSpec();
  const names = useMemo(() => areaNames(core), [core]);
  const codes = useMemo(() => core.municipalities.map((m) => m.code), [core]);
  const municipality = spec.areas.find((a) => a !== NATIONAL && codes.includes(a)) ?? '101';
  const peers = spec.peers ?? defaultPeers(municipality);
  const loaded = useManyObservations(core, [...new Set(COUNT_INDICATORS)]);
  const indicators = useMemo(() => new Map(core.indicators.map((i) => [i.indicator, i])), [core]);

  const results = useMemo(() => {
    if (loaded.pending) return null;
    const period = spec.at ?? reportPeriod(loaded.byIndicator, municipality);
    const input = { municipality, period, peers, names, groups: core.groups, municipalityCodes: codes, indicators, observations: loaded.byIndicator };
    return { period, themes: THEMES.map((theme) => themeResult(theme, input)).filter((r): r is ThemeResult => r !== null) };
  }, [loaded, spec.at, municipality, peers, names, core.groups, codes, indicators]);

  const months = useMemo(() => {
    const obs = loaded.byIndicator.get(THEMES[0]!.indicator) ?? [];
    return [...new Set(obs.filter((o) => o.area === municipality).map((o) => o.period))].sort().reverse();
  }, [loaded.byIndicator, municipality]);

  const colours = areaColours([municipality, ...peers]);
  const minutes = core.sources.filter((s) => s.meeting_date && s.municipality_code === municipality);
  const live = pageUrl(encodeSpec({ ...spec, view: 'report', areas: [municipality] }));

  return (
    <div className="view report-view">
      <header className="report-head">
        <h1 className="view-title">
          {t.reportTitle(names.get(municipality) ?? municipality)}
          {results?.period && <span className="report-month"> · {formatPeriod(results.period, true)}</span>}
        </h1>
        <p className="view-intro">{t.reportIntro}</p>
        <p className="print-only report-print-meta">
          {t.reportPrinted(formatDate(core.publishedOn))} {live}
        </p>
      </header>
      <div className="controls" role="group" aria-label={t.choices}>
        <label className="control">
          <span className="control-label">{t.municipality}</span>
          <select value={municipality} onChange={(e) => setSpec({ areas: [e.target.value], peers: null, at: null })}>
            {core.municipalities
              .filter((m) => m.code !== NATIONAL)
              .map((m) => (
                <option key={m.code} value={m.code}>
                  {m.name}
                </option>
              ))}
          </select>
        </label>
        <label className="control">
          <span className="control-label">{t.month}</span>
          <select value={results?.period ?? ''} onChange={(e) => setSpec({ at: e.target.value })}>
            {months.map((p) => (
              <option key={p} value={p}>
                {formatPeriod(p, true)}
              </option>
            ))}
          </select>
        </label>
        <div className="peer-picker">
          <AreaPicker core={core} selected={peers} label={t.comparisonSet} colourOrder={[municipality, ...peers]} onChange={(next) => setSpec({ peers: next })} />
          {spec.peers !== null && (
            <button type="button" className="link-button" onClick={() => setSpec({ peers: null })}>
              {t.resetPeers}
            </button>
          )}
        </div>
      </div>
      {loaded.failed.length > 0 && (
        <p className="error" role="alert">
          {t.loadFailed}: {loaded.failed.join('; ')}
        </p>
      )}
      {!results ? (
        <div className="page-status" role="status">
          {t.loading}
        </div>
      ) : (
        <div className="themes">
          {results.themes.map((r) => {
            const series: ChartSeries[] = r.seriesKeys.map((key) => ({
              key,
              name: core.groups.some((g) => g.group_id === key) ? `${names.get(key) ?? key} (${t.unweightedAverage})` : (names.get(key) ?? key),
              colour: colours.get(key) ?? '#555',
              kind: 'actual',
              sparse: false,
            }));
            return (
              <section key={r.theme.id} className="chart-card theme-card" aria-labelledby={`theme-${r.theme.id}`} data-theme={r.theme.id}>
                <h2 id={`theme-${r.theme.id}`} className="chart-title">
                  {r.theme.title}
                </h2>
                <p className="chart-subtitle">
                  {indicatorLabel(r.indicator)} · {t.units[r.indicator.unit]}
                </p>
                <dl className="theme-figures">
                  <div>
                    <dt>{formatPeriod(r.period, true)}</dt>
                    <dd className="theme-value">{formatValue(r.value, r.indicator.unit)}</dd>
                  </div>
                  <div>
                    <dt>{t.changeYear}</dt>
                    <dd>{r.change === null ? '–' : formatChange(r.change, 1, r.indicator.unit === 'pct' ? t.percentagePoints : '')}</dd>
                  </div>
                  <div>
                    <dt>{t.rank}</dt>
                    <dd className="theme-rank">{r.rank === null ? '–' : t.rankOf(r.rank, r.rankTotal)}</dd>
                  </div>
                </dl>
                <p className={r.uncertain ? 'theme-sentence uncertain' : 'theme-sentence'}>{r.sentence}</p>
                <figure className="theme-chart" aria-label={r.sentence}>
                  <TrendChart rows={r.rows} series={series} decimals={r.indicator.unit === 'pct' ? 1 : 0} valueSuffix={r.indicator.unit === 'pct' ? ' %' : ''} height={240} />
                </figure>
                <p className="source-line">{sourceLineFor(core, core.catalog.find((c) => c.indicator === r.indicator.indicator)?.sources ?? [])}</p>
                <button type="button" className="link-button open-chart" onClick={() => setSpec({ view: 'trend', indicator: r.indicator.indicator, breakdown: 'all', areas: r.seriesKeys, from: null, to: null, mode: 'absolute' })}>
                  {t.openAsChart}
                </button>
              </section>
            );
          })}
        </div>
      )}
      <section className="chart-card" aria-labelledby="report-minutes">
        <h2 id="report-minutes" className="chart-title">
          {t.reportMinutes(names.get(municipality) ?? municipality)}
        </h2>
        {minutes.length === 0 ? (
          <p>{t.noMeetings(names.get(municipality) ?? municipality)}</p>
        ) : (
          <ul className="plain-list">
            {minutes.map((m) => (
              <li key={m.source_id}>
                <button type="button" className="link-button" onClick={() => setSpec({ view: 'sources' })}>
                  {m.body}, {formatDate(m.meeting_date)}
                </button>
                {' – '}
                {t.figuresInMeeting(core.catalog.filter((c) => c.sources.includes(m.source_id)).map((c) => { const ind = indicators.get(c.indicator); return ind ? indicatorLabel(ind) : c.indicator; }))}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
