import { useQuery } from '@tanstack/react-query';
import { geoMercator, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import { useEffect, useId, useMemo, useState } from 'react';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { isCount } from '../../data/indicator-rules.ts';
import { useSetSpec, useSpec } from '../../view/store.ts';
import { startMode } from '../compare/model.ts';
import { Frame } from '../common/frame.tsx';
import type { LoadedCore } from '../common/queries.ts';
import { MeasureChoice, SeriesControls } from '../common/series-controls.tsx';
import { useObservations, usePopulation } from '../common/use-core.ts';
import { useLocale } from '../common/use-locale.ts';
import { mapModel } from './model.ts';

const WIDTH = 800;
const HEIGHT = 620;
const BORNHOLM = '400';
const INSET = { x: WIDTH - 150, y: 10, width: 140, height: 110 };

interface Shape {
  code: string;
  d: string;
}

function useBoundaries(core: LoadedCore) {
  return useQuery({
    queryKey: ['boundaries', core.base],
    queryFn: async () => {
      const response = await fetch(`${core.base}kommuner.topo.json`);
      if (!response.ok) throw new Error(`kommuner.topo.json: serveren svarede ${response.status}`);
      return (await response.json()) as Topology<{ kommuner: GeometryCollection<{ code: string }> }>;
    },
    staleTime: Infinity,
  });
}

/** Mainland and islands fill the frame; Bornholm sits in an inset so the map is not mostly sea. */
function shapesOf(topology: Topology<{ kommuner: GeometryCollection<{ code: string }> }>): Shape[] {
  const collection = feature(topology, topology.objects.kommuner);
  const main = { ...collection, features: collection.features.filter((f) => f.properties.code !== BORNHOLM) };
  const island = { ...collection, features: collection.features.filter((f) => f.properties.code === BORNHOLM) };
  const mainPath = geoPath(geoMercator().fitExtent([[10, 10], [WIDTH - 170, HEIGHT - 10]], main as GeoPermissibleObjects));
  const islandPath = geoPath(geoMercator().fitExtent([[INSET.x + 8, INSET.y + 8], [INSET.x + INSET.width - 8, INSET.y + INSET.height - 8]], island as GeoPermissibleObjects));
  return collection.features.map((f) => ({
    code: f.properties.code,
    d: (f.properties.code === BORNHOLM ? islandPath(f as GeoPermissibleObjects) : mainPath(f as GeoPermissibleObjects)) ?? '',
  }));
}

export function MapView({ core }: { core: LoadedCore }) {
  const locale = useLocale();
  const t = locale.t;
  const spec = useSpec();
  const setSpec = useSetSpec();
  const id = useId();
  const [focus, setFocus] = useState<string | null>(null);
  const [playing, setPlaying] = useState(false);
  const boundaries = useBoundaries(core);
  const obs = useObservations(spec.indicator);
  const wantsPopulation = isCount(core.indicators.find((i) => i.indicator === spec.indicator));
  const population = usePopulation(core, wantsPopulation);
  const populationReady = population.ready;
  const shapes = useMemo(() => (boundaries.data ? shapesOf(boundaries.data) : []), [boundaries.data]);
  const model = useMemo(
    () => (obs.data && populationReady ? mapModel({ core, observations: obs.data, population: population.data, spec, locale }) : null),
    [obs.data, population.data, populationReady, core, spec, locale],
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

  return (
    <div className="view map-view">
      {(!spec.embed || spec.controls) && (
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
          {model && isCount(model.indicator) && <MeasureChoice per1000={model.comparison?.measure === 'per1000'} onChange={(mode) => setSpec({ mode })} />}
        </SeriesControls>
      )}
      <Frame core={core} model={model} legend="none" status={{ pending: obs.isPending || boundaries.isPending || !populationReady, error: obs.error ?? boundaries.error }}>
        {model?.scale && (
          <>
            <p className="map-info" aria-live="polite">
              {focus ? model.describe(focus) : t.mapHint}
            </p>
            <div className="map-box">
              <svg className="map-svg" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width={WIDTH} height={HEIGHT} role="group" aria-label={t.mapLabel(model.title, model.subtitle)}>
                <defs>
                  <pattern id={`${id}-hatch`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                    <rect width="6" height="6" fill="#f2f2f2" />
                    <line x1="0" y1="0" x2="0" y2="6" stroke="#9a9a9a" strokeWidth="1.5" />
                  </pattern>
                </defs>
                <rect x={INSET.x} y={INSET.y} width={INSET.width} height={INSET.height} fill="none" stroke="#c3c8cf" strokeDasharray="3 3" />
                <text x={INSET.x + 6} y={INSET.y + INSET.height - 6} fontSize="11" fill="#555b63">
                  Bornholm
                </text>
                {shapes.map((s) => {
                  const colour = model.scale!.colourOf(model.comparison?.values.get(s.code) ?? null);
                  const selected = spec.areas.includes(s.code);
                  const label = model.describe(s.code);
                  return (
                    <path
                      key={s.code}
                      d={s.d}
                      data-code={s.code}
                      className={selected ? 'municipality selected' : 'municipality'}
                      fill={colour ?? `url(#${id}-hatch)`}
                      stroke={selected ? '#111' : '#ffffff'}
                      strokeWidth={selected ? 2.2 : 0.6}
                      tabIndex={0}
                      role="button"
                      aria-pressed={selected}
                      aria-label={label}
                      onMouseEnter={() => setFocus(s.code)}
                      onMouseLeave={() => setFocus(null)}
                      onFocus={() => setFocus(s.code)}
                      onBlur={() => setFocus(null)}
                      onClick={() => toggle(s.code)}
                      onKeyDown={(e) => {
                        if (e.key === 'Enter' || e.key === ' ') {
                          e.preventDefault();
                          toggle(s.code);
                        }
                      }}
                    >
                      <title>{label}</title>
                    </path>
                  );
                })}
              </svg>
              <ul className="map-legend" aria-label={t.legend}>
                {model.classes.map((c) => (
                  <li key={c.label}>
                    <span className="legend-swatch" style={{ background: c.colour }} aria-hidden="true" />
                    {c.label}
                  </li>
                ))}
                <li>
                  <span className="legend-swatch hatched" aria-hidden="true" />
                  {t.noData}
                </li>
              </ul>
            </div>
          </>
        )}
      </Frame>
    </div>
  );
}
