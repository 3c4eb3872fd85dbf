import { PageLoading, useFirstLoad } from '../common/page-loading.tsx';
import { reportTexts } from '../../i18n/texts/report.ts';
import { textsWith } from '../../i18n/locale.ts';
import { useId, useMemo, useRef } from 'react';
import { TrendChart } from '../../charts/trend-chart.tsx';
import { NATIONAL } from '../../data/national.ts';
import { areaOptions } from '../../i18n/locale.ts';
import { useSetSpec, useSpec } from '../../view/store.ts';
import { trendViewPatch } from '../../view/view-spec.ts';
import { encodeSpec } from '../../view/url.ts';
import { followInApp } from '../common/follow-in-app.ts';
import { AreaPicker } from '../common/area-picker.tsx';
import { ChartActions } from '../common/chart-actions.tsx';
import { ControlsPanel } from '../common/controls-panel.tsx';
import { ChartNotes, SeriesLegend } from '../common/frame.tsx';
import type { LoadedCore } from '../common/queries.ts';
import { DataTable, ToggleTable } from '../common/tables.tsx';
import { useLocale } from '../../i18n/use-locale.ts';
import { useViewData } from '../common/use-many-observations.ts';
import { todayIso } from '../../data/today.ts';
import { reportModel } from './model.ts';
import { MunicipalitySelect } from '../common/municipality-select.tsx';

/** Half the A4 text width: the report prints its four themes two by two on one page. */
const REPORT_PAPER = { width: 340, height: 150 };

/** Beskæftigelsesoverblik: the monthly committee report, for any municipality. */
export function ReportView({ core }: { core: LoadedCore }) {
  const locale = useLocale();
  const t = textsWith(locale, reportTexts);
  const spec = useSpec();
  const setSpec = useSetSpec();
  const id = useId();
  const body = useRef<HTMLElement>(null);
  const loaded = useViewData(spec, core);
  const today = todayIso();
  const model = useMemo(() => (loaded.pending ? null : reportModel({ core, tables: loaded.byIndicator, spec, locale, today })), [loaded, core, spec, locale, today]);
  const municipalities = useMemo(() => areaOptions(core, locale, { national: false, groups: false }), [core, locale]);
  const municipality = model?.municipality ?? spec.areas[0] ?? '';
  const name = municipalities.find((m) => m.code === municipality)?.name ?? municipality;
  const minutes = core.sources.filter((s) => s.meeting_date && s.municipality_code === municipality);
  const labels = new Map(core.indicators.map((i) => [i.indicator, locale.indicatorLabel(i)]));

  // "Henter data …" until the first model, as the HTML said it: the report then appears whole, and
  // nothing already on screen is pushed down by the themes.
  if (useFirstLoad(!!model || loaded.failed.length > 0)) return <PageLoading />;

  return (
    <div className="view report-view">
      <header className="report-head">
        <h1 className="view-title">
          {t.reportTitle(name)}
          {model?.period && <span className="report-month"> · {locale.period(model.period, true)}</span>}
        </h1>
        <p className="view-intro">{t.reportIntro}</p>
      </header>
      <ControlsPanel choices={model?.choices ?? name}>
        <MunicipalitySelect value={municipality} options={municipalities} onChange={(code) => setSpec({ areas: [code], peers: null, at: null, hidden: [] })} />
        <label className="control">
          <span className="control-label">{t.month}</span>
          <select value={model?.period ?? ''} onChange={(e) => setSpec({ at: e.target.value })}>
            {(model?.months ?? []).map((p) => (
              <option key={p} value={p}>
                {locale.period(p, true)}
              </option>
            ))}
          </select>
        </label>
        <div className="peer-picker">
          <AreaPicker core={core} selected={model?.peers ?? []} label={t.comparisonSet} colourOrder={[municipality, ...(model?.peers ?? [])]} onChange={(next) => setSpec({ peers: next })} />
          {spec.peers !== null && (
            <button type="button" className="link-button" onClick={() => setSpec({ peers: null })}>
              {t.resetPeers}
            </button>
          )}
        </div>
      </ControlsPanel>
      {loaded.failed.length > 0 && (
        <p className="error" role="alert">
          {t.loadFailed}: {loaded.failed.join('; ')}
        </p>
      )}
      {!model ? (
        <div className="page-status" role="status">
          {t.loading}
        </div>
      ) : (
        <>
          <SeriesLegend entries={model.legend} interactive />
          <section ref={body} className="themes" aria-label={model.title}>
            {model.themes.map((r) => (
              <section key={r.theme.id} className="chart-card theme-card" aria-labelledby={`${id}-${r.theme.id}`} data-theme={r.theme.id} data-panel-title={r.title}>
                <h2 id={`${id}-${r.theme.id}`} className="chart-title">
                  {r.title}
                </h2>
                <p className="chart-subtitle">
                  {locale.indicatorLabel(r.indicator)} · {r.unitLabel}
                </p>
                <dl className="theme-figures">
                  <div>
                    <dt>{locale.period(r.period, true)}</dt>
                    <dd className="theme-value">{r.valueText}</dd>
                  </div>
                  <div>
                    <dt>{t.changeYear}</dt>
                    <dd>{r.changeText}</dd>
                  </div>
                  <div>
                    <dt>{t.rank}</dt>
                    <dd className="theme-rank">{r.rankText}</dd>
                  </div>
                </dl>
                <p className={r.uncertain ? 'theme-sentence uncertain' : 'theme-sentence'}>{r.sentence}</p>
                <figure className="theme-chart" aria-label={r.sentence}>
                  <TrendChart rows={r.rows} series={r.series} decimals={r.decimals} valueSuffix={r.valueSuffix} unitLabel={r.unitLabel} height={240} paper={REPORT_PAPER} />
                  <SeriesLegend entries={r.series.map((s) => ({ key: s.key, name: s.name, colour: s.colour, hidden: false }))} interactive={false} />
                </figure>
                <p className="source-line">{r.sourceLine}</p>
                <button type="button" className="link-button open-chart" onClick={() => setSpec(trendViewPatch(r.indicator.indicator, r.series.map((s) => s.key), { mode: r.per1000 === null ? 'absolute' : 'per1000' }))}>
                  {t.openAsChart}
                </button>
              </section>
            ))}
            {model.benchmark && (
              <section className="chart-card theme-card benchmark-theme" aria-labelledby={`${id}-benchmark`} data-theme="benchmark">
                {/* The heading says which 12 months it covers: under a later month's heading an older window must not pass for current. */}
                <h2 id={`${id}-benchmark`} className="chart-title">
                  {model.benchmark.title} · {model.benchmark.periodText}
                </h2>
                <dl className="theme-figures">
                  <div>
                    <dt>
                      {t.benchmark.actual}, {model.benchmark.periodText}
                    </dt>
                    <dd className="theme-value">{model.benchmark.actualText}</dd>
                  </div>
                  <div>
                    <dt>{t.benchmark.expected}</dt>
                    <dd>{model.benchmark.expectedText}</dd>
                  </div>
                  <div>
                    <dt>{t.benchmark.difference}</dt>
                    <dd>{model.benchmark.differenceText}</dd>
                  </div>
                  <div>
                    <dt>{t.benchmark.rank}</dt>
                    <dd className="theme-rank">{model.benchmark.rankText}</dd>
                  </div>
                </dl>
                <p className="theme-sentence">{model.benchmark.sentence}</p>
                <p className="muted">{model.benchmark.note}</p>
                <p className="source-line">{model.benchmark.sourceLine}</p>
                <p className="theme-links no-print">
                  <button type="button" className="link-button" onClick={() => setSpec({ view: 'benchmark', areas: [municipality], breakdown: 'all', at: null, hidden: [] })}>
                    {t.benchmark.open} →
                  </button>
                  {model.benchmark.similar.length > 0 && (
                    <button type="button" className="link-button" onClick={() => setSpec({ peers: [NATIONAL, ...model.benchmark!.similar] })}>
                      {t.benchmark.useSimilar}
                    </button>
                  )}
                </p>
              </section>
            )}
          </section>
          <ChartNotes notes={model.notes} />
          <p className="source-line">{model.sourceLine}</p>
          <ChartActions core={core} figure={body} model={model} />
          <ToggleTable id={`${id}-table`}>
            <DataTable table={model.table} />
          </ToggleTable>
        </>
      )}
      <section className="chart-card report-minutes" aria-labelledby={`${id}-minutes`}>
        <h2 id={`${id}-minutes`} className="chart-title">
          {t.reportMinutes(name)}
        </h2>
        {minutes.length === 0 ? (
          <p>{t.noMeetings(name)}</p>
        ) : (
          <ul className="plain-list">
            {minutes.map((m) => (
              <li key={m.source_id}>
                <a href={encodeSpec({ ...spec, view: 'sources', source: m.source_id, item: null }) || '?'} onClick={(e) => followInApp(e, () => setSpec({ view: 'sources', source: m.source_id, item: null }))}>
                  {m.body}, {locale.date(m.meeting_date)}
                </a>
                {' – '}
                {t.figuresInMeeting(core.catalog.filter((c) => c.sources.includes(m.source_id)).map((c) => labels.get(c.indicator) ?? c.indicator))}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
