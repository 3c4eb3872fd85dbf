import { useQuery } from '@tanstack/react-query';
import { geoMercator, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { colourScale, NO_DATA } from '../../charts/colour-scale.ts';
import { sourceLineFor } from '../../charts/source-line.ts';
import { lowerIsBetter, municipalityRanks } from '../../data/compare.ts';
import { NATIONAL } from '../../data/national.ts';
import { areaNames } from '../../data/labels.ts';
import { formatNumber, formatPeriod, formatValue } from '../../format/format.ts';
import { indicatorLabel, texts } from '../../i18n/texts.ts';
import { useSetSpec, useSpec } from '../../view/store.ts';
import { ChartActions } from '../common/chart-actions.tsx';
import type { LoadedCore } from '../common/queries.ts';
import { ChartStatus, SeriesControls } from '../common/series-controls.tsx';
import { ChartFigure, RankTable, ToggleTable } from '../common/tables.tsx';
import { useObservations } from '../common/use-core.ts';

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
  const t = texts();
  const spec = useSpec();
  const setSpec = useSetSpec();
  const id = useId();
  const figure = useRef<HTMLElement>(null);
  const [focus, setFocus] = useState<string | null>(null);
  const [playing, setPlaying] = useState(false);
  const boundaries = useBoundaries(core);
  const obs = useObservations(spec.indicator);
  const names = useMemo(() => areaNames(core), [core]);
  const indicator = core.indicators.find((i) => i.indicator === spec.indicator);
  const shapes = useMemo(() => (boundaries.data ? shapesOf(boundaries.data) : []), [boundaries.data]);
  const periods = useMemo(() => (obs.data ? obs.data.periods(spec.breakdown) : []), [obs.data, spec.breakdown]);
  const period = spec.at && periods.includes(spec.at) ? spec.at : obs.data ? obs.data.latestPeriod(spec.breakdown) : null;

  const model = useMemo(() => {
    if (!obs.data || !period) return null;
    const values = new Map(obs.data.at(spec.breakdown, period).map((o) => [o.area, o.value]));
    const codes = core.municipalities.map((m) => m.code).filter((c) => c !== NATIONAL);
    const ranks = indicator?.unit === 'rank' ? null : municipalityRanks(values, codes, lowerIsBetter(indicator));
    const scale = colourScale(codes.map((c) => values.get(c) ?? null));
    const table = codes
      .map((code) => ({ code, name: names.get(code) ?? code, value: values.get(code) ?? null, rank: ranks?.get(code) ?? null }))
      .sort((a, b) => (a.value === null ? 1 : b.value === null ? -1 : a.value - b.value));
    return { values, ranks, scale, table, total: ranks?.size ?? 0 };
  }, [obs.data, period, spec.breakdown, core.municipalities, indicator, names]);

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

  const unit = indicator ? t.units[indicator.unit] : '';
  const title = indicator ? indicatorLabel(indicator) : spec.indicator;
  const subtitle = [unit, period ? formatPeriod(period, true) : ''].filter(Boolean).join(' · ');
  const sourceLine = sourceLineFor(core, [...(core.catalog.find((c) => c.indicator === spec.indicator)?.sources ?? []), 'dagi-kommunegraenser']);
  const describe = (code: string) => {
    const v = model?.values.get(code) ?? null;
    const rank = model?.ranks?.get(code);
    return `${names.get(code) ?? code}: ${indicator ? formatValue(v, indicator.unit) : '–'}${rank ? `, ${t.rankOf(rank, model?.total ?? 0)}` : ''}${period ? `, ${formatPeriod(period, true)}` : ''}`;
  };
  const toggle = (code: string) => setSpec({ areas: spec.areas.includes(code) ? spec.areas.filter((a) => a !== code) : [...spec.areas, code] });
  const startIndex = period ? periods.indexOf(period) : -1;

  return (
    <div className="view map-view">
      {(!spec.embed || spec.controls) && (
        <SeriesControls core={core} spec={spec} setSpec={setSpec} onIndicatorReset={{ at: null }}>
          {periods.length > 1 && (
            <div className="control">
              <label className="control-label" htmlFor={`${id}-period`}>
                {t.period}: {period ? formatPeriod(period, true) : ''}
              </label>
              <input id={`${id}-period`} type="range" min={0} max={periods.length - 1} value={Math.max(0, startIndex)} aria-valuetext={period ? formatPeriod(period, true) : ''} onChange={(e) => setSpec({ at: periods[Number(e.target.value)]! }, { replace: true })} />
              <button type="button" onClick={() => {
                if (!playing && startIndex >= periods.length - 1) setSpec({ at: periods[0]! }, { replace: true });
                setPlaying((p) => !p);
              }} aria-pressed={playing}>
                {playing ? t.pause : t.play}
              </button>
            </div>
          )}
        </SeriesControls>
      )}
      <ChartFigure figureRef={figure} title={title} subtitle={subtitle}>
        <p className="map-info" aria-live="polite">
          {focus ? describe(focus) : t.mapHint}
        </p>
        {obs.isPending || obs.isError || boundaries.isPending || boundaries.isError ? (
          <ChartStatus pending={obs.isPending || boundaries.isPending} error={obs.error ?? boundaries.error} />
        ) : !model || !model.scale ? (
          <div className="chart-placeholder empty" role="status">
            <strong>{t.emptyTitle}</strong>
            <p>{t.mapEmpty}</p>
          </div>
        ) : (
          <div className="map-box">
            <svg className="map-svg" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width={WIDTH} height={HEIGHT} role="group" aria-label={t.mapLabel(title, subtitle)}>
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
                const colour = model.scale!.colourOf(model.values.get(s.code) ?? null);
                const selected = spec.areas.includes(s.code);
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
                    aria-label={describe(s.code)}
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
                    <title>{describe(s.code)}</title>
                  </path>
                );
              })}
            </svg>
            <ul className="map-legend" aria-label={t.legend}>
              {model.scale.classes.map((c) => (
                <li key={`${c.from}-${c.to}`}>
                  <span className="legend-swatch" style={{ background: c.colour }} aria-hidden="true" />
                  {formatNumber(c.from, 1)} – {formatNumber(c.to, 1)}
                  {indicator?.unit === 'pct' ? ' %' : ''}
                </li>
              ))}
              <li>
                <span className="legend-swatch hatched" aria-hidden="true" />
                {NO_DATA}
              </li>
            </ul>
          </div>
        )}
        <figcaption className="source-line">{sourceLine}</figcaption>
        {model?.scale && (
          <>
            <ChartActions
              core={core}
              figure={figure}
              image={{ title, subtitle, sourceLine, legend: model.scale.classes.map((c) => ({ name: `${formatNumber(c.from, 1)} – ${formatNumber(c.to, 1)}`, colour: c.colour })) }}
              csv={() => ({
                title: `${title} (${subtitle})`,
                unit,
                sourceLine,
                columns: ['område', 'kode', 'nøgletal', 'fordeling', 'periode', 'værdi', 'placering'],
                rows: model.table.map((r) => [r.name, r.code, spec.indicator, spec.breakdown, period ?? '', r.value, r.rank]),
              })}
            />
            <ToggleTable id={`${id}-table`}>
              <RankTable caption={t.tableCaption(title)} areaHeader={t.municipality} unit={unit} rows={model.table} rankTotal={model.total} />
            </ToggleTable>
          </>
        )}
      </ChartFigure>
    </div>
  );
}
