import { useContext, useMemo, useState } from 'react';
import { EmphasisContext } from './emphasis.ts';
import { Area, CartesianGrid, ComposedChart, Line, ReferenceLine, Tooltip, usePlotArea, useXAxisScale, useYAxisScale, XAxis, YAxis } from 'recharts';
import { thinForDrawing, type ChartRow } from '../data/series.ts';
import type { DrawnSeries } from '../model/series.ts';
import { useLocale } from '../i18n/use-locale.ts';
import { KIND_DASH, type Marker } from '../format/palette.ts';
import { MarkerShape } from './markers.tsx';
import { dodgeLabels } from './label-layout.ts';
import { niceTicks, timeTickCount, timeTicks } from './ticks.ts';
import { parsePeriod } from '../data/period.ts';
import { ChartBox, type ChartSize } from './chart-box.tsx';

type ChartSeries = DrawnSeries;

interface Props {
  rows: ChartRow[];
  series: ChartSeries[];
  decimals: number;
  /** Decimals always written in the tooltip, as the view's table writes them. */
  minDecimals?: number;
  valueSuffix: string;
  referenceY?: number;
  onSelectTime?: (time: number) => void;
  height?: number;
  /** Counts and shares start at zero; an index does not. */
  zeroBased?: boolean;
  /** The y axis title. */
  unitLabel?: string;
  /** A rank among this many: the axis runs from 1 at the top to this number at the bottom, so better is higher. */
  rankOf?: number | null;
  /** Size on paper, where it differs from the full A4 width at the screen height. */
  paper?: { width?: number; height?: number };
  /** Forecast bands shaded behind the lines: rows hold `<key>:lower80` … `<key>:upper95`. */
  bands?: { key: string; colour: string }[];
  /** A target: a short line at its level from `from` to its month `to` (times), with its label. */
  goal?: { from: number; to: number; value: number; label: string };
}

interface TooltipEntry {
  dataKey?: string | number;
  value?: number | string | null;
  color?: string;
  name?: string | number;
  payload?: ChartRow;
}

function TrendTooltip({ active, payload, decimals, minDecimals, valueSuffix, series, rankOf }: {
  active?: boolean;
  payload?: TooltipEntry[];
  decimals: number;
  minDecimals: number;
  valueSuffix: string;
  series: ChartSeries[];
  rankOf?: number | null;
}) {
  const locale = useLocale();
  const t = locale.t;
  if (!active || !payload || payload.length === 0) return null;
  const row = payload[0]?.payload;
  if (!row) return null;
  return (
    <div className="chart-tooltip">
      <div className="chart-tooltip-title">{locale.period(row.period, true)}</div>
      <ul>
        {series
          .filter((s) => typeof row[s.key] === 'number')
          .map((s) => (
            <li key={s.key}>
              <span className="swatch" style={{ background: s.colour }} aria-hidden="true" />
              {s.name}: <strong>{rankOf ? t.rankOf(row[s.key] as number, rankOf) : `${locale.number(row[s.key] as number, decimals, minDecimals)}${valueSuffix}`}</strong>
              {s.kind !== 'actual' && <em> ({t.kinds[s.kind]})</em>}
            </li>
          ))}
      </ul>
      <div className="chart-tooltip-hint">{t.clickForSource}</div>
    </div>
  );
}

interface EndLabelItem {
  key: string;
  name: string;
  colour: string;
  time: number;
  value: number;
}

/** Names each line at its last point, moved apart where lines end close together. */
function EndLabels({ items }: { items: EndLabelItem[] }) {
  const x = useXAxisScale();
  const y = useYAxisScale();
  const plot = usePlotArea();
  if (!x || !y || !plot || items.length === 0) return null;
  const ys = dodgeLabels(items.map((i) => y(i.value) ?? 0), 15, plot.y + 6, plot.y + plot.height);
  return (
    <g className="end-labels" aria-hidden="true">
      {items.map((item, k) => (
        <text key={item.key} x={(x(item.time) ?? 0) + 6} y={ys[k]} dy={4} fontSize={12} fill={item.colour}>
          {item.name.length > 14 ? `${item.name.slice(0, 13)}…` : item.name}
        </text>
      ))}
    </g>
  );
}

/** The ends of a figure drawn as a span over its period; no marker between them. */
function SpanMarks({ cx, cy, payload, marks, colour }: { cx?: number; cy?: number; payload?: ChartRow; marks: NonNullable<ChartSeries['marks']>; colour: string }) {
  if (cx === undefined || cy === undefined || !payload) return null;
  if (marks.spanEnds.includes(payload.time)) return <rect x={cx - 1.5} y={cy - 6} width={3} height={12} fill={colour} />;
  if (marks.points.includes(payload.time)) return <circle cx={cx} cy={cy} r={4} fill={colour} />;
  return null;
}

interface MarkedLine {
  key: string;
  marker: Marker;
  colour: string;
  /** Shifted per line, so shapes do not sit on each other. */
  offset: number;
}

/**
 * Each line's own shape at every `step`-th row and at its last point, drawn in one layer: as a
 * line's `dot`, Recharts would call a component for each of its 240 months on every redraw.
 */
function LineMarkers({ rows, lines, step }: { rows: ChartRow[]; lines: MarkedLine[]; step: number }) {
  const x = useXAxisScale();
  const y = useYAxisScale();
  if (!x || !y || lines.length === 0) return null;
  return (
    <g className="line-markers" aria-hidden="true">
      {lines.flatMap((line) => {
        const last = rows.findLastIndex((r) => typeof r[line.key] === 'number');
        return rows.flatMap((r, index) => {
          const value = r[line.key];
          if (typeof value !== 'number' || (index % step !== line.offset && index !== last)) return [];
          return [<MarkerShape key={`${line.key}:${r.time}`} marker={line.marker} x={x(r.time) ?? 0} y={y(value) ?? 0} size={3.5} colour={line.colour} />];
        });
      })}
    </g>
  );
}

/**
 * Lines over time; actuals solid, targets dashed, forecasts dotted. Legend entries toggle a series.
 * The tooltip is there while the mouse or the keyboard's focus is in the chart, and after a touch:
 * mounted, Recharts recomputes it for every row on each change of the view (a tenth of a filter
 * change). A finger leaves the screen after each tap, so a touch keeps it.
 */
export function TrendChart(props: Props) {
  const [pointer, setPointer] = useState(false);
  const [focus, setFocus] = useState(false);
  return (
    <div
      className="trend-chart"
      onPointerEnter={() => setPointer(true)}
      onPointerLeave={(e) => e.pointerType === 'mouse' && setPointer(false)}
      onFocus={() => setFocus(true)}
      onBlur={(e) => setFocus(e.currentTarget.contains(e.relatedTarget))}
    >
      <ChartBox height={props.height ?? 380} paper={props.paper}>
        {(size) => <TrendPlot {...props} size={size} tooltip={pointer || focus} />}
      </ChartBox>
    </div>
  );
}

const Y_AXIS_WIDTH = { titled: 76, plain: 64 };
const AXIS_TITLE_STYLE = { fontSize: 12, fill: '#555b63', textAnchor: 'middle' } as const;
/** No vertical grid lines; without it Recharts measures every x tick's text to place lines it does not draw. */
const noGridLines = () => [];

/** Ticks of a rank axis: 1, the round numbers between, and the last place. */
function rankTicks(of: number): number[] {
  const inner = niceTicks(0, of).filter((v) => v > 1 && v < of - of / 20);
  return [1, ...inner, of];
}

/**
 * The same array while the values are the same: Recharts redraws an axis, and recomputes everything
 * that depends on it, whenever its ticks are a new array. (A number's text reads back exactly.)
 */
function useSameValues(values: readonly number[] | undefined): number[] | undefined {
  const key = values?.join(',');
  return useMemo(() => (key === undefined ? undefined : key === '' ? [] : key.split(',').map(Number)), [key]);
}

function TrendPlot({ rows, series, decimals, minDecimals = 0, valueSuffix, referenceY, onSelectTime, zeroBased = true, unitLabel, rankOf, bands = [], goal, size, tooltip }: Props & { size: ChartSize; tooltip: boolean }) {
  const locale = useLocale();
  const hovered = useContext(EmphasisContext).key;
  const emphasis = size.print ? null : hovered;
  // One point per horizontal pixel at most; a 1280 px chart never needs more than about 1.200.
  const drawn = thinForDrawing(rows, 1200, series.filter((s) => s.sparse).map((s) => s.key));
  // End labels need about 100 px; on a narrow chart the legend names the lines instead.
  const labelled = size.width >= 480 && series.length <= 6;
  const endItems: EndLabelItem[] = labelled
    ? series.flatMap((s) => {
        if (s.kind !== 'actual' || s.derived) return [];
        const last = rows.findLast((r) => typeof r[s.key] === 'number');
        return last ? [{ key: s.key, name: s.name, colour: s.colour, time: last.time, value: last[s.key] as number }] : [];
      })
    : [];
  const values = rows.flatMap((r) => series.map((s) => r[s.key])).filter((v): v is number => typeof v === 'number');
  if (referenceY !== undefined) values.push(referenceY);
  if (goal) values.push(goal.value);
  // The axis holds the whole 95 % band, so no band is cut at the chart's edge.
  for (const b of bands) for (const r of rows) for (const edge of ['lower95', 'upper95']) if (typeof r[`${b.key}:${edge}`] === 'number') values.push(r[`${b.key}:${edge}`] as number);
  const ticks = useSameValues(rankOf ? rankTicks(rankOf) : values.length ? niceTicks(zeroBased ? Math.min(0, ...values) : Math.min(...values), Math.max(...values)) : undefined);
  const yLabel = useMemo(() => locale.axisFor(ticks ?? []), [locale, ticks]);
  const yDomain = useMemo(() => (ticks ? [ticks[0]!, ticks[ticks.length - 1]!] : ['auto', 'auto']), [ticks]);
  const margin = { top: 8, right: labelled ? 104 : 32, bottom: 8, left: 8 };
  // About eight shapes along each line: enough to follow a line in black and white, few enough not to clutter it.
  const markerStep = Math.max(1, Math.ceil(drawn.length / 8));
  const markedLines: MarkedLine[] =
    series.length > 1
      ? series.flatMap((s, i) => (s.marks || s.sparse || !s.marker ? [] : [{ key: s.key, marker: s.marker, colour: emphasis && emphasis !== s.key ? '#c3c8cf' : s.colour, offset: (i * Math.max(1, Math.floor(markerStep / series.length))) % markerStep }]))
      : [];
  // A unit too long for the axis is left to the subtitle, which always names it, rather than cut.
  const axisTitle = unitLabel && unitLabel.length * 6.6 < size.height - margin.top - 40 ? unitLabel : undefined;
  const yAxisWidth = axisTitle ? Y_AXIS_WIDTH.titled : Y_AXIS_WIDTH.plain;
  // Twelve-month windows are named on the axis as windows, and their names need twice the room of a month's.
  const windows = rows.length > 0 && rows.every((r) => r.period === '' || parsePeriod(r.period)?.granularity === 'window');
  const xLabel = useMemo(() => {
    if (!windows) return locale.time;
    const periodAt = new Map(rows.map((r) => [r.time, r.period]));
    return (time: number) => locale.periodShort(periodAt.get(time) ?? '') || locale.time(time);
  }, [locale, windows, rows]);
  // Two ticks inside one month would both read "okt. 2019": each label is written once.
  const xTicks = useSameValues(
    timeTicks(
      rows.map((r) => r.time),
      timeTickCount((size.width - margin.left - margin.right - yAxisWidth) / (windows ? 2 : 1)),
    ).filter((time, i, all) => i === 0 || xLabel(time) !== xLabel(all[i - 1]!)),
  );
  return (
    <ComposedChart
      width={size.width}
      height={size.height}
      data={drawn}
      margin={margin}
      onClick={(state) => {
        const label = state?.activeLabel;
        const index = state?.activeTooltipIndex;
        const time = typeof label === 'number' ? label : drawn[Number(index)]?.time;
        if (time !== undefined && onSelectTime) onSelectTime(time);
      }}
    >
      <CartesianGrid stroke="#e3e3e3" vertical={false} verticalCoordinatesGenerator={noGridLines} />
      <XAxis dataKey="time" type="number" scale="time" domain={['dataMin', 'dataMax']} ticks={xTicks} interval={0} tickFormatter={xLabel} tick={{ fontSize: 12 }} />
      <YAxis reversed={!!rankOf} tickFormatter={yLabel} width={yAxisWidth} label={axisTitle ? { value: axisTitle, angle: -90, position: 'insideLeft', offset: 4, style: AXIS_TITLE_STYLE } : undefined} tick={{ fontSize: 12 }} ticks={ticks} domain={yDomain} interval={0} />
      {referenceY !== undefined && <ReferenceLine y={referenceY} stroke="#777" strokeDasharray="3 3" />}
      {goal && (
        <ReferenceLine
          className="goal-line"
          segment={[
            { x: goal.from, y: goal.value },
            { x: goal.to, y: goal.value },
          ]}
          stroke="#1b1f24"
          strokeWidth={2}
          label={{ value: goal.label, position: 'insideTopRight', fontSize: 12, fill: '#1b1f24' }}
        />
      )}
      {bands.flatMap((b) =>
        ([95, 80] as const).map((level) => (
          <Area
            key={`${b.key}:${level}`}
            className={`forecast-band band-${level}`}
            dataKey={(r: ChartRow) => (typeof r[`${b.key}:lower${level}`] === 'number' ? [r[`${b.key}:lower${level}`], r[`${b.key}:upper${level}`]] : null)}
            stroke="none"
            fill={b.colour}
            fillOpacity={level === 95 ? 0.12 : 0.22}
            connectNulls={false}
            isAnimationActive={false}
            activeDot={false}
            legendType="none"
            tooltipType="none"
            type="linear"
          />
        )),
      )}
      {!size.print && tooltip && <Tooltip content={<TrendTooltip decimals={decimals} minDecimals={minDecimals} valueSuffix={valueSuffix} series={series} rankOf={rankOf} />} />}
      {series.map((s) => (
        <Line
          key={s.key}
          dataKey={s.key}
          name={s.kind === 'actual' ? s.name : `${s.name} (${locale.t.kinds[s.kind]})`}
          stroke={emphasis && emphasis !== s.key ? '#c3c8cf' : s.colour}
          strokeWidth={emphasis === s.key ? 3.5 : s.kind === 'actual' && !s.derived ? 2.5 : 2}
          strokeDasharray={s.dash ?? KIND_DASH[s.kind]}
          dot={
            s.marks ? (
              <SpanMarks marks={s.marks} colour={s.colour} />
            ) : s.sparse ? (
              { r: 4, fill: s.colour }
            ) : (
              false
            )
          }
          activeDot={{ r: 5 }}
          connectNulls={false}
          isAnimationActive={false}
          type="linear"
          legendType="plainline"
        />
      ))}
      <LineMarkers rows={drawn} lines={markedLines} step={markerStep} />
      <EndLabels items={endItems} />
    </ComposedChart>
  );
}
