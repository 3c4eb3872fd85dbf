import { mapTexts } from '../../i18n/texts/map.ts';
import { textsWith } from '../../i18n/locale.ts';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useMemo, useState } from 'react';
import { fetchOk } from '../../data/fetch-ok.ts';
import { isCount } from '../../data/indicator-rules.ts';
import { useSetSpec, useSpec } from '../../view/store.ts';
import { showControls } from '../../view/view-spec.ts';
import { startMode } from '../../model/one-month.ts';
import { Frame } from '../common/frame.tsx';
import type { LoadedCore } from '../common/queries.ts';
import { MeasureChoice, SeriesControls } from '../common/series-controls.tsx';
import { useObservations, usePopulation } from '../common/use-core.ts';
import { useLocale } from '../../i18n/use-locale.ts';
import { mapModel } from './model.ts';
import { mapGeometry, type Boundaries } from './geometry.ts';
import { todayIso } from '../../data/today.ts';
import { MapCanvas } from './map-canvas.tsx';
import { queryKeys } from '../common/query-keys.ts';
import { PageLoading, useFirstLoad } from '../common/page-loading.tsx';

function useBoundaries(core: LoadedCore) {
  return useQuery({
    queryKey: queryKeys.boundaries(core.base),
    queryFn: async () => {
      return (await (await fetchOk(`${core.base}kommuner.topo.json`, 'kommuner.topo.json')).json()) as Boundaries;
    },
    staleTime: Infinity,
  });
}

export function MapView({ core }: { core: LoadedCore }) {
  const locale = useLocale();
  const t = textsWith(locale, mapTexts);
  const spec = useSpec();
  const setSpec = useSetSpec();
  const id = useId();
  const [playing, setPlaying] = useState(false);
  const boundaries = useBoundaries(core);
  const obs = useObservations(spec.indicator);
  const wantsPopulation = isCount(core.indicators.find((i) => i.indicator === spec.indicator));
  const population = usePopulation(core, wantsPopulation);
  const populationReady = population.ready;
  const geometry = useMemo(() => (boundaries.data ? mapGeometry(boundaries.data) : null), [boundaries.data]);
  const today = todayIso();
  const model = useMemo(
    () => (obs.data && populationReady ? mapModel({ core, observations: obs.data, population: population.data, spec, locale, today }) : null),
    [obs.data, population.data, populationReady, core, spec, locale, today],
  );
  const periods = useMemo(() => model?.periods ?? [], [model]);
  const period = model?.period ?? null;

  useEffect(() => {
    if (!playing || periods.length === 0) return;
    const timer = setInterval(() => {
      const i = period ? periods.indexOf(period) : -1;
      if (i < 0 || i >= periods.length - 1) {
        setPlaying(false);
        return;
      }
      setSpec({ at: periods[i + 1]! }, { replace: true });
    }, 700);
    return () => clearInterval(timer);
  }, [playing, period, periods, setSpec]);

  const toggle = (code: string) => setSpec({ areas: spec.areas.includes(code) ? spec.areas.filter((a) => a !== code) : [...spec.areas, code] });
  const startIndex = period ? periods.indexOf(period) : -1;

  // "Henter data …" until the first model and the boundaries, as the HTML said it: controls and map then appear together.
  if (useFirstLoad((!!model && !!geometry) || !!(obs.error ?? boundaries.error))) return <PageLoading />;

  return (
    <div className="view map-view">
      {showControls(spec) && (
        <SeriesControls core={core} spec={spec} setSpec={setSpec} breakdown={model?.breakdown} choices={model?.choices ?? ''} onIndicatorReset={(indicator) => ({ at: null, mode: startMode(core.indicators.find((i) => i.indicator === indicator)) })}>
          {periods.length > 1 && (
            <div className="control">
              <label className="control-label" htmlFor={`${id}-period`}>
                {t.period}: {period ? locale.period(period, true) : ''}
              </label>
              <input id={`${id}-period`} type="range" min={0} max={periods.length - 1} value={Math.max(0, startIndex)} aria-valuetext={period ? locale.period(period, true) : ''} onChange={(e) => setSpec({ at: periods[Number(e.target.value)]! }, { replace: true })} />
              <button type="button" onClick={() => {
                if (!playing && startIndex >= periods.length - 1) setSpec({ at: periods[0]! }, { replace: true });
                setPlaying((p) => !p);
              }} aria-pressed={playing}>
                {playing ? t.pause : t.play}
              </button>
            </div>
          )}
          {model && isCount(model.indicator) && <MeasureChoice measures={model.measures} value={model.comparison?.measure === 'per1000' ? 'per1000' : 'absolute'} onChange={(mode) => setSpec({ mode })} />}
        </SeriesControls>
      )}
      <Frame core={core} model={model} legend="none" status={{ pending: obs.isPending || boundaries.isPending || !populationReady, error: obs.error ?? boundaries.error }}>
        {model?.scale && geometry && (
          <MapCanvas core={core} model={model} geometry={geometry} chosen={spec.areas} onToggle={toggle} />
        )}
      </Frame>
    </div>
  );
}
