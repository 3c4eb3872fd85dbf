import { lazy, Suspense, useCallback, useMemo, useState } from 'react';
import { isCount } from '../../data/indicator-rules.ts';
import { TrendChart } from '../../charts/trend-chart.tsx';
import { lastResult } from '../../model/memo.ts';
import { useSetSpec, useSpec } from '../../view/store.ts';
import { MODES, showControls } from '../../view/view-spec.ts';
import { Frame } from '../common/frame.tsx';
import { PeriodRange } from '../common/period-range.tsx';
import type { LoadedCore } from '../common/queries.ts';
import { ChartStatus, SeriesControls } from '../common/series-controls.tsx';
import { SourcePanel } from '../common/source-panel.tsx';
import { PageLoading, useFirstLoad } from '../common/page-loading.tsx';
import { useObservations, usePopulation } from '../common/use-core.ts';
import { useLocale } from '../../i18n/use-locale.ts';
import { useBackgroundData } from '../common/use-background.ts';
import { SECOND_SUFFIX, trendModel, type TrendModel } from './model.ts';
import { todayIso } from '../../data/today.ts';
import { IndicatorSelect } from '../common/indicator-select.tsx';
import { ModelToggle } from './model-toggle.tsx';
import { forecastUnavailable } from './forecast-available.ts';
import { useForecast } from './use-forecast.ts';
import { useSeasonal } from './use-seasonal.ts';
import { useQuery } from '@tanstack/react-query';
import { queryKeys } from '../common/query-keys.ts';
import { semanticsOf } from '../../data/semantics.ts';

// Bars are drawn only when the choice holds a single period; their code loads then.
const GroupedBars = lazy(() => import('../../charts/grouped-bars.tsx').then((m) => ({ default: m.GroupedBars })));
// So do the models' code once one is switched on, and the panel on what drove a change when it is shown.
const DriversPanel = lazy(() => import('./drivers-panel.tsx').then((m) => ({ default: m.DriversPanel })));
const GoalControl = lazy(() => import('./goal-control.tsx').then((m) => ({ default: m.GoalControl })));

const trendModelOnce = lastResult(trendModel, (i: Parameters<typeof trendModel>[0]) => [i.core, i.observations, i.population, i.second, i.spec, i.locale, i.today]);

export function TrendView({ core }: { core: LoadedCore }) {
  const locale = useLocale();
  const t = locale.t;
  const spec = useSpec();
  const setSpec = useSetSpec();
  const [selected, setSelected] = useState<number | null>(null);
  const obs = useObservations(spec.indicator);
  const second = useObservations(spec.indicator2 && spec.indicator2 !== spec.indicator ? spec.indicator2 : undefined);
  const secondReady = !spec.indicator2 || spec.indicator2 === spec.indicator || !second.isPending;
  // Loaded for every count indicator, so "Pr. 1.000 indbyggere" can be offered before it is chosen.
  const indicator = core.indicators.find((i) => i.indicator === spec.indicator);
  const wantsPopulation = isCount(indicator) || isCount(core.indicators.find((i) => i.indicator === spec.indicator2));
  const population = usePopulation(core, wantsPopulation);
  const populationReady = population.ready;

  // One period draws a bar for every breakdown: their files are fetched once the chart is bars.
  const [everyBreakdown, setEveryBreakdown] = useState(false);
  const all = useObservations(everyBreakdown ? spec.indicator : undefined, { all: true });

  const today = todayIso();
  const data = useMemo(
    () => (obs.data && populationReady && secondReady ? { observations: all.data ?? obs.data, population: population.data, second: second.data } : null),
    [obs.data, all.data, population.data, populationReady, secondReady, second.data],
  );
  const { shown, stale } = useBackgroundData(data);
  // While new data is drawn in the background, the chart on screen is the last one, marked stale:
  // the data shown then is the previous file's, which need not hold the breakdown now chosen.
  const fresh = useMemo(() => (shown && !stale ? trendModelOnce({ core, ...shown, spec, locale, today }) : null), [core, shown, stale, spec, locale, today]);
  const [kept, setKept] = useState<TrendModel | null>(null);
  if (fresh && fresh !== kept) setKept(fresh);
  const plain = stale ? kept : fresh;
  const barsOfEvery = plain?.chart === 'bars' && (core.catalog.find((c) => c.indicator === spec.indicator)?.breakdowns.length ?? 0) > 1;
  if (barsOfEvery !== everyBreakdown) setEveryBreakdown(barsOfEvery);
  // The forecast is fitted in a worker that loads, with its WebAssembly, only when asked for.
  const unavailable = useMemo(() => forecastUnavailable(indicator, plain?.mode ?? spec.mode, !!spec.indicator2 && spec.indicator2 !== spec.indicator), [indicator, plain, spec]);
  const models = useQuery({ queryKey: queryKeys.code('trend-models'), queryFn: () => import('./trend-models.ts'), enabled: (spec.forecast || spec.seasonal) && !unavailable, staleTime: Infinity });
  const code = models.data;
  const request = useMemo(
    () => (code && spec.forecast && !unavailable && shown && plain ? code.forecastRequest(shown.observations, spec.areas, plain.breakdown, `${spec.indicator}|${plain.breakdown}|${core.dataVersion}`, spec.goal) : null),
    [code, spec, unavailable, shown, plain, core.dataVersion],
  );
  const forecast = useForecast(request);
  // Seasonal adjustment, like the forecast, in a worker of its own that loads only when asked for.
  const seasonalRequest = useMemo(
    () => (code && spec.seasonal && !unavailable && shown && plain ? { key: `${spec.indicator}|${plain.breakdown}|${core.dataVersion}`, share: semanticsOf(indicator).figure !== 'level', ...code.modelTargets(shown.observations, spec.areas, plain.breakdown) } : null),
    [code, spec, unavailable, shown, plain, core.dataVersion, indicator],
  );
  const seasonal = useSeasonal(seasonalRequest);
  const model = useMemo(() => {
    const goal = request?.goal && forecast.data ? { ...request.goal, chance: forecast.data.chance ?? null } : null;
    const forecasted = code && plain && request && forecast.data ? code.withForecast(plain, forecast.data.byArea, request.refused, locale, goal) : plain;
    return code && forecasted && seasonalRequest && seasonal.data ? code.withSeasonal(forecasted, seasonal.data, seasonalRequest.refused, locale) : forecasted;
  }, [code, plain, request, forecast.data, seasonalRequest, seasonal.data, locale]);
  // A switch says "loading" from the click, while its code arrives and while the worker fits.
  const statusOf = (on: boolean, fit: { isFetching: boolean; error: Error | null }) => ({ isFetching: fit.isFetching || (on && models.isFetching), error: fit.error ?? (on ? models.error : null) });
  const periods = useMemo(() => (shown && model ? shown.observations.periods(model.breakdown) : []), [shown, model]);

  const sourceItems = model && selected !== null ? model.sourcesAt(selected) : [];
  const selectKey = useCallback((key: string) => setSelected(Number(key)), []);
  // The same element while the model is the same: a change of the controls alone does not draw the chart again.
  const chart = useMemo(
    () =>
      model &&
        (model.chart === 'bars' ? (
          <Suspense fallback={<ChartStatus pending error={null} />}>
            <GroupedBars groups={model.bars} series={model.drawn} decimals={model.decimals} valueSuffix={model.valueSuffix} unitLabel={model.unitLabel} rankOf={model.rankOf} />
          </Suspense>
        ) : (
          model.panels.map((panel) => (
            <div key={panel.key} className="trend-panel">
              {model.panels.length > 1 && <h3 className="panel-title">{panel.title}</h3>}
              <TrendChart
                rows={panel.drawRows}
                series={panel.drawn}
                decimals={panel.decimals}
                minDecimals={panel.minDecimals}
                valueSuffix={panel.valueSuffix}
                referenceY={panel.referenceY}
                bands={panel.bands}
                goal={panel.goal}
                zeroBased={model.mode !== 'index'}
                rankOf={panel.rankOf}
                unitLabel={panel.unitLabel}
                height={model.panels.length > 1 ? 260 : undefined}
                paper={model.panels.length > 1 ? { height: 130 } : undefined}
                onSelectTime={setSelected}
              />
            </div>
          ))
        )),
    [model],
  );

  // What drove the change, where the breakdowns add up to the total shown: a card below the chart's,
  // since it comes with data of its own, later, and must not push what is on screen down.
  const firstArea = spec.areas[0];
  const drivers =
    model && shown && indicator && firstArea && model.chart === 'lines' && model.mode === 'absolute' && model.breakdown === 'all' && model.panels.length === 1 && semanticsOf(indicator).additive && model.rows.length > 1 ? (
      <Suspense fallback={null}>
        <DriversPanel core={core} indicator={indicator} area={firstArea} from={model.rows[0]!.period} to={model.rows.at(-1)!.period} />
      </Suspense>
    ) : null;

  // Until the first figures are modelled the page says "Henter data …", as its HTML did: the
  // controls and the chart then appear together, and nothing already on screen moves.
  const error = obs.error ?? all.error ?? second.error;
  if (useFirstLoad(!!model || !!error)) return <PageLoading />;

  return (
    <div className="view trend-view">
      {showControls(spec) && (
        <SeriesControls core={core} offerSimilar breakdownDisabled={model && !model.breakdownChoice.available ? model.breakdownChoice.reason : undefined} spec={spec} setSpec={setSpec} breakdown={model?.breakdown} choices={model?.choices ?? ''} onIndicatorReset={{ from: null, to: null, base: null, hidden: [] }}>
          <fieldset className="control mode">
            <legend className="control-label">{t.mode}</legend>
            {(model?.modes ?? MODES.map((mode) => ({ mode, available: true, reason: '' }))).map((o) => (
              <label key={o.mode} className={o.available ? 'radio' : 'radio disabled'} title={o.available ? undefined : o.reason}>
                <input type="radio" name="mode" value={o.mode} checked={(model?.mode ?? spec.mode) === o.mode} disabled={!o.available} onChange={() => setSpec({ mode: o.mode })} />
                {t.modes[o.mode]}
              </label>
            ))}
            {[...new Set(model?.modes.filter((o) => !o.available).map((o) => o.reason))].map((reason) => (
              <p key={reason} className="hint">
                {reason}
              </p>
            ))}
          </fieldset>
          {spec.mode === 'index' && periods.length > 0 && (
            <label className="control">
              <span className="control-label">{t.indexBase}</span>
              <select value={spec.base ?? ''} onChange={(e) => setSpec({ base: e.target.value || null })}>
                <option value="">{t.indexBaseFirst}</option>
                {periods.map((p) => (
                  <option key={p} value={p}>
                    {locale.period(p)}
                  </option>
                ))}
              </select>
            </label>
          )}
          <IndicatorSelect
            core={core}
            label={t.indicator2}
            none={t.indicator2None}
            value={spec.indicator2 ?? ''}
            onChange={(indicator2) => setSpec({ indicator2: indicator2 || null, hidden: spec.hidden.filter((k) => !k.endsWith(SECOND_SUFFIX)) })}
          />
          <PeriodRange periods={periods} from={spec.from} to={spec.to} onChange={(from, to) => setSpec({ from, to })} />
          <ModelToggle
            name="seasonal-toggle"
            on={spec.seasonal}
            unavailable={unavailable}
            status={statusOf(spec.seasonal, seasonal)}
            texts={{ toggle: t.seasonalToggle, loading: t.seasonalLoading, failed: t.seasonalFailed, unavailable: t.seasonalUnavailable }}
            onChange={(on) => setSpec({ seasonal: on })}
          />
          <ModelToggle
            name="forecast-toggle"
            on={spec.forecast}
            unavailable={unavailable}
            status={statusOf(spec.forecast, forecast)}
            texts={{ toggle: t.forecastToggle, loading: t.forecastLoading, failed: t.forecastFailed, unavailable: t.forecastUnavailable }}
            onChange={(on) => setSpec({ forecast: on })}
          />
          {spec.forecast && !unavailable && firstArea && (
            <Suspense fallback={null}>
              <GoalControl
                area={model?.drawn.find((d) => d.area === firstArea)?.name ?? firstArea}
                months={forecast.data?.byArea.get(firstArea)?.map((p) => p.period) ?? []}
                goal={spec.goal}
                onChange={(goal) => setSpec({ goal })}
              />
            </Suspense>
          )}
        </SeriesControls>
      )}
      <Frame
        core={core}
        model={model}
        stale={stale}
        status={{ pending: obs.isPending || all.isPending || !populationReady || !secondReady, error }}
        onSelect={selectKey}
        after={
          selected !== null &&
          sourceItems.length > 0 && <SourcePanel core={core} items={sourceItems} title={`${t.sources}: ${locale.period(sourceItems[0]!.observation.period, true)}`} onClose={() => setSelected(null)} />
        }
      >
        {chart}
      </Frame>
      {drivers}
    </div>
  );
}
