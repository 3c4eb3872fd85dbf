import { mapTexts } from '../../i18n/texts/map.ts';
import { textsWith } from '../../i18n/locale.ts';
import { select } from 'd3-selection';
import { zoom as d3zoom, zoomIdentity, zoomTransform, type ZoomBehavior } from 'd3-zoom';
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { NATIONAL } from '../../data/national.ts';
import { useSetSpec, useSpec } from '../../view/store.ts';
import type { LoadedCore } from '../common/queries.ts';
import { useElementWidth } from '../../charts/chart-box.tsx';
import { useLocale, useTexts } from '../../i18n/use-locale.ts';
import { PHONE, TOUCH, useMediaQuery } from '../common/use-media-query.ts';
import { BORNHOLM_INSET, CAPITAL_INSET, MAIN, MAP_HEIGHT, MAP_WIDTH, type MapGeometry, type Shape } from './geometry.ts';
import type { MapModel } from './model.ts';
import { placeLabels } from './labels.ts';
import { effectiveZoom, findMunicipalities, freeZoom, MAX_ZOOM, NO_ZOOM, parseZoom, regionName, regionSlug, transformFor, type ZoomTransform } from './zoom.ts';

const PAN_STEP = 60;
const ZOOM_STEP = 1.6;

interface Props {
  core: LoadedCore;
  model: MapModel;
  geometry: MapGeometry;
  chosen: string[];
  onToggle: (code: string) => void;
}

/** The choropleth with zoom and pan (d3-zoom), region shortcuts, a search and the capital inset. */
export function MapCanvas({ core, model, geometry, chosen, onToggle }: Props) {
  const locale = useLocale();
  const t = textsWith(locale, mapTexts);
  const touch = useMediaQuery(TOUCH);
  const id = useId();
  const spec = useSpec();
  const setSpec = useSetSpec();
  const behaviour = useRef<ZoomBehavior<SVGSVGElement, unknown> | null>(null);
  const [view, setView] = useState<ZoomTransform>(NO_ZOOM);
  const [focus, setFocus] = useState<string | null>(null);
  // Screen px per map unit: labels are sized in px, whatever the map's drawn width.
  const [svg, svgWidth] = useElementWidth<SVGSVGElement>();
  const pxPerUnit = svgWidth / MAP_WIDTH || 1;

  const municipalities = useMemo(() => core.municipalities.filter((m) => m.code !== NATIONAL), [core]);
  const regions = useMemo(() => [...new Set(municipalities.map((m) => m.region).filter(Boolean))].sort(locale.collator.compare), [municipalities, locale]);
  const world = useMemo(
    () => ({ bounds: new Map(geometry.main.map((s) => [s.code, s.bounds])), regionOf: new Map(municipalities.map((m) => [m.code, m.region])), width: MAIN.width, height: MAIN.height }),
    [geometry, municipalities],
  );
  const chosenKey = chosen.filter((c) => world.bounds.has(c)).join('~');
  const zoom = effectiveZoom(spec, new Set(world.bounds.keys()));
  // Keyed on the codes, so a new but equal list of areas does not move the map.
  const target = useMemo(() => transformFor(parseZoom(zoom), chosenKey ? chosenKey.split('~') : [], world), [zoom, chosenKey, world]);

  // d3-zoom owns the gestures: ctrl/⌘ + wheel, drag and pinch. A plain wheel scrolls the page.
  useEffect(() => {
    const el = svg.current;
    if (!el) return;
    const b = d3zoom<SVGSVGElement, unknown>()
      .extent([[0, 0], [MAIN.width, MAIN.height]])
      .scaleExtent([1, MAX_ZOOM])
      .translateExtent([[0, 0], [MAIN.width, MAIN.height]])
      .filter((event: Event) => (event.type === 'wheel' ? (event as WheelEvent).ctrlKey || (event as WheelEvent).metaKey : !(event as MouseEvent).button))
      .on('zoom', (event: { transform: ZoomTransform }) => setView({ k: event.transform.k, x: event.transform.x, y: event.transform.y }))
      .on('end', (event: { transform: ZoomTransform; sourceEvent: unknown }) => {
        if (event.sourceEvent) setSpec({ zoom: freeZoom(event.transform) }, { replace: true });
      });
    behaviour.current = b;
    select(el).call(b);
    return () => {
      select(el).on('.zoom', null);
    };
  }, [setSpec, svg]);

  // The spec says where to look; move there unless the map is already there.
  useEffect(() => {
    const el = svg.current;
    const b = behaviour.current;
    if (!el || !b) return;
    const now = zoomTransform(el);
    if (Math.abs(now.k - target.k) < 0.01 && Math.abs(now.x - target.x) < 0.5 && Math.abs(now.y - target.y) < 0.5) return;
    select(el).call((sel) => b.transform(sel, zoomIdentity.translate(target.x, target.y).scale(target.k)));
  }, [target, svg]);

  const move = (change: (b: ZoomBehavior<SVGSVGElement, unknown>, el: SVGSVGElement) => void) => {
    const el = svg.current;
    const b = behaviour.current;
    if (!el || !b) return;
    change(b, el);
    setSpec({ zoom: freeZoom(zoomTransform(el)) }, { replace: true });
  };
  const zoomBy = (factor: number) => move((b, el) => b.scaleBy(select(el), factor, [MAIN.width / 2, MAIN.height / 2]));
  const panBy = (dx: number, dy: number) => move((b, el) => b.translateBy(select(el), dx / zoomTransform(el).k, dy / zoomTransform(el).k));

  const onKeyDown = (e: KeyboardEvent<SVGSVGElement>) => {
    const keys: Record<string, () => void> = {
      ArrowLeft: () => panBy(PAN_STEP, 0),
      ArrowRight: () => panBy(-PAN_STEP, 0),
      ArrowUp: () => panBy(0, PAN_STEP),
      ArrowDown: () => panBy(0, -PAN_STEP),
      '+': () => zoomBy(ZOOM_STEP),
      '=': () => zoomBy(ZOOM_STEP),
      '-': () => zoomBy(1 / ZOOM_STEP),
    };
    const action = keys[e.key];
    if (!action) return;
    e.preventDefault();
    action();
  };

  const colourOf = (code: string) => model.scale?.colourOf(model.comparison?.values.get(code) ?? null) ?? `url(#${id}-hatch)`;
  const nameOf = (code: string) => municipalities.find((m) => m.code === code)?.name ?? code;
  const chosenShapes = geometry.main.filter((s) => chosen.includes(s.code));
  const national = view.k <= 1.001;

  const shapeProps = (s: Shape, focusable: boolean) => {
    const selected = chosen.includes(s.code);
    const label = model.describe(s.code);
    return {
      d: s.d,
      fill: colourOf(s.code),
      stroke: '#ffffff',
      strokeWidth: 0.6,
      vectorEffect: 'non-scaling-stroke' as const,
      className: selected ? 'municipality selected' : 'municipality',
      onMouseEnter: () => setFocus(s.code),
      onMouseLeave: () => setFocus(null),
      onClick: () => onToggle(s.code),
      ...(focusable
        ? {
            'data-code': s.code,
            tabIndex: 0,
            role: 'button',
            'aria-pressed': selected,
            'aria-label': label,
            onFocus: () => setFocus(s.code),
            onBlur: () => setFocus(null),
            onKeyDown: (e: KeyboardEvent<SVGPathElement>) => {
              if (e.key === 'Enter' || e.key === ' ') {
                e.preventDefault();
                onToggle(s.code);
              }
            },
          }
        : { 'data-inset-code': s.code, 'aria-hidden': true }),
    };
  };

  return (
    <>
      <MapZoomBar
        regions={regions}
        hasChosen={chosenKey !== ''}
        zoom={zoom}
        municipalities={municipalities}
        onZoom={(next) => setSpec({ zoom: next })}
        onIn={() => zoomBy(ZOOM_STEP)}
        onOut={() => zoomBy(1 / ZOOM_STEP)}
        onFound={(code) => {
          setSpec({ zoom: `m-${code}` });
          // Focus moves to the municipality found, so Enter chooses it.
          svg.current?.querySelector<SVGPathElement>(`path[data-code="${code}"]`)?.focus({ preventScroll: true });
        }}
      />
      <p className="map-info" aria-live="polite">
        {focus ? model.describe(focus) : touch ? t.mapHintTouch : t.mapHint}
      </p>
      <div className="map-box">
        <svg
          ref={svg}
          className="map-svg"
          viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`}
          width={MAP_WIDTH}
          height={MAP_HEIGHT}
          role="group"
          aria-label={t.mapLabel(model.title, model.subtitle)}
          aria-describedby={`${id}-keys`}
          onKeyDown={onKeyDown}
        >
          <defs>
            <pattern id={`${id}-hatch`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect width="6" height="6" fill="#f2f2f2" />
              <line x1="0" y1="0" x2="0" y2="6" stroke="#9a9a9a" strokeWidth="1.5" />
            </pattern>
            <clipPath id={`${id}-main`}>
              <rect width={MAIN.width} height={MAIN.height} />
            </clipPath>
          </defs>
          <rect className="map-drag-area" width={MAIN.width} height={MAIN.height} fill="transparent" />
          <g clipPath={`url(#${id}-main)`}>
            <g transform={`translate(${view.x},${view.y}) scale(${view.k})`}>
              {geometry.main.map((s) => (
                <path key={s.code} {...shapeProps(s, true)}>
                  <title>{model.describe(s.code)}</title>
                </path>
              ))}
              <ChosenOutlines shapes={chosenShapes} />
              <ChosenLabels shapes={chosenShapes} scale={view.k * pxPerUnit} nameOf={nameOf} />
            </g>
          </g>
          <Inset box={BORNHOLM_INSET} label="Bornholm">
            {geometry.bornholm.map((s) => (
              <path key={s.code} {...shapeProps(s, true)}>
                <title>{model.describe(s.code)}</title>
              </path>
            ))}
            <ChosenOutlines shapes={geometry.bornholm.filter((s) => chosen.includes(s.code))} />
          </Inset>
          {national && (
            <Inset box={CAPITAL_INSET} label={t.capitalInset}>
              {geometry.capital.map((s) => (
                <path key={s.code} {...shapeProps(s, false)}>
                  <title>{model.describe(s.code)}</title>
                </path>
              ))}
              <ChosenOutlines shapes={geometry.capital.filter((s) => chosen.includes(s.code))} />
              <ChosenLabels shapes={geometry.capital.filter((s) => chosen.includes(s.code))} scale={pxPerUnit} nameOf={nameOf} />
            </Inset>
          )}
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
      <p id={`${id}-keys`} className="hint no-print">
        {touch ? t.mapKeysTouch : t.mapKeys}
      </p>
    </>
  );
}

/** Chosen municipalities: a white halo and a dark ring over their colour, never a fill. */
function ChosenOutlines({ shapes }: { shapes: Shape[] }) {
  return (
    <g className="map-chosen" aria-hidden="true" pointerEvents="none">
      {shapes.map((s) => (
        <g key={s.code} data-chosen={s.code}>
          <path d={s.d} fill="none" stroke="#ffffff" strokeWidth={5} vectorEffect="non-scaling-stroke" strokeLinejoin="round" />
          <path d={s.d} fill="none" stroke="#111111" strokeWidth={2} vectorEffect="non-scaling-stroke" strokeLinejoin="round" />
        </g>
      ))}
    </g>
  );
}

/** Names of chosen municipalities, where the shape is wide enough on screen to carry one; `scale` is screen px per unit. */
function ChosenLabels({ shapes, scale, nameOf }: { shapes: Shape[]; scale: number; nameOf: (code: string) => string }) {
  const placed = placeLabels(
    shapes.filter((s) => (s.bounds[1][0] - s.bounds[0][0]) * scale >= 18).map((s) => ({ key: s.code, text: nameOf(s.code), x: s.centroid[0], y: s.centroid[1] })),
    scale,
  );
  return (
    <g className="map-labels" aria-hidden="true">
      {placed.map((l) => (
        <text key={l.key} x={l.x} y={l.y} fontSize={12 / scale} textAnchor="middle" dy="0.35em">
          {l.text}
        </text>
      ))}
    </g>
  );
}

function Inset({ box, label, children }: { box: { x: number; y: number; width: number; height: number }; label: string; children: React.ReactNode }) {
  return (
    <g className="map-inset">
      <rect x={box.x} y={box.y} width={box.width} height={box.height} fill="#ffffff" stroke="#c3c8cf" strokeDasharray="3 3" />
      {children}
      <text x={box.x + 6} y={box.y + box.height - 6} fontSize="11" fill="#555b63">
        {label}
      </text>
    </g>
  );
}

function MapZoomBar({
  regions,
  hasChosen,
  zoom,
  municipalities,
  onZoom,
  onIn,
  onOut,
  onFound,
}: {
  regions: string[];
  hasChosen: boolean;
  zoom: string | null;
  municipalities: { code: string; name: string }[];
  onZoom: (zoom: string | null) => void;
  onIn: () => void;
  onOut: () => void;
  onFound: (code: string) => void;
}) {
  const t = useTexts(mapTexts);
  const id = useId();
  // Six region buttons take half a phone's screen; there they are one menu.
  const phone = useMediaQuery(PHONE);
  const [query, setQuery] = useState('');
  const matches = findMunicipalities(query, municipalities);
  const choose = (code: string) => {
    onFound(code);
    setQuery('');
  };
  const targets: [string | null, string][] = [[null, t.national], ...regions.map((r): [string, string] => [`r-${regionSlug(r)}`, regionName(r)]), ...(hasChosen ? [['areas', t.chosenMunicipalities] as [string, string]] : [])];
  return (
    <div className="map-zoom-bar no-print">
      {phone ? (
        <label className="control map-zoom-select">
          <span className="control-label">{t.zoomTo}</span>
          <select value={targets.some(([v]) => v === zoom) ? (zoom ?? '') : 'free'} onChange={(e) => onZoom(e.target.value === 'free' ? zoom : e.target.value || null)}>
            {targets.map(([value, label]) => (
              <option key={value ?? 'all'} value={value ?? ''}>
                {label}
              </option>
            ))}
            {!targets.some(([v]) => v === zoom) && <option value="free">–</option>}
          </select>
        </label>
      ) : (
        <div className="map-zoom-targets" role="group" aria-label={t.zoomTo}>
          <span className="control-label">{t.zoomTo}</span>
          {targets.map(([value, label]) => (
            <button key={value ?? 'all'} type="button" className="chip" aria-pressed={zoom === value} onClick={() => onZoom(value)}>
              {label}
            </button>
          ))}
        </div>
      )}
      <div className="map-zoom-tools">
        <button type="button" className="zoom-button" aria-label={t.zoomIn} title={t.zoomIn} onClick={onIn}>
          +
        </button>
        <button type="button" className="zoom-button" aria-label={t.zoomOut} title={t.zoomOut} onClick={onOut}>
          −
        </button>
        <button type="button" className="zoom-button" aria-label={t.zoomReset} title={t.zoomReset} disabled={zoom === null} onClick={() => onZoom(null)}>
          ⟲
        </button>
        <div className="map-search">
          <label htmlFor={`${id}-find`} className="visually-hidden">
            {t.findMunicipality}
          </label>
          <input
            id={`${id}-find`}
            type="search"
            placeholder={t.findMunicipality}
            value={query}
            autoComplete="off"
            aria-describedby={`${id}-found`}
            onChange={(e) => setQuery(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && matches[0]) {
                e.preventDefault();
                choose(matches[0].code);
              }
            }}
          />
          <div id={`${id}-found`} aria-live="polite">
            {query.trim() && matches.length === 0 && <p className="hint">{t.noMunicipalityFound(query.trim())}</p>}
            {matches.length > 0 && (
              <ul className="map-search-results">
                {matches.map((m) => (
                  <li key={m.code}>
                    <button type="button" className="link-button" onClick={() => choose(m.code)}>
                      {m.name}
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </div>
        </div>
      </div>
    </div>
  );
}
