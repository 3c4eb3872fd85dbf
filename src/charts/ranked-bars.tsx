import { Bar, BarChart, CartesianGrid, Cell, LabelList, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { Bar as BarRow, CompareModel } from '../model/one-month.ts';
import { useLocale } from '../i18n/use-locale.ts';
import { ChartBox, type ChartSize } from './chart-box.tsx';

/** Below this width the names go above the bars, so the bars keep the width. */
const NARROW = 520;
const ROW = { wide: 26, narrow: 40, paper: 15 };
/** More bars than this print in two columns side by side, so all 98 fit on one A4 page with an axis under each. */
const PAPER_COLUMN_ROWS = 40;
const PAPER_FONT = 8;

/** A municipality's name beside its bar; the chosen ones in bold, so they stand out among all 98. */
function NameTick({ x, y, payload, chosen, fontSize = 12 }: { x?: number | string; y?: number | string; payload?: { value?: string }; chosen: ReadonlySet<string>; fontSize?: number }) {
  const name = payload?.value ?? '';
  return (
    <text x={Number(x)} y={Number(y)} dy={fontSize / 3} textAnchor="end" fontSize={fontSize} fill={chosen.has(name) ? '#1d1d1f' : '#555b63'} fontWeight={chosen.has(name) ? 700 : 400}>
      {name}
    </text>
  );
}

/** One bar per area, sorted as the model sorts them; a click opens the bar's source. */
export function RankedBars({ model, onSelect }: { model: CompareModel; onSelect: (code: string) => void }) {
  const rows = model.bars.length;
  const columns = rows > PAPER_COLUMN_ROWS ? 2 : 1;
  const perColumn = Math.ceil(rows / columns);
  return (
    <ChartBox height={(width) => Math.max(220, rows * (width < NARROW ? ROW.narrow : ROW.wide) + 70)} paper={columns > 1 ? { height: perColumn * ROW.paper + 50 } : undefined}>
      {(size) =>
        size.print && columns > 1 ? (
          // On paper the long list is two charts side by side, each with its own axis, on one page.
          <div className="paper-columns">
            {[0, 1].map((c) => (
              <RankedBarsPlot key={c} model={model} bars={model.bars.slice(c * perColumn, (c + 1) * perColumn)} onSelect={onSelect} size={{ ...size, width: size.width / 2 }} compact />
            ))}
          </div>
        ) : (
          <RankedBarsPlot model={model} bars={model.bars} onSelect={onSelect} size={size} />
        )
      }
    </ChartBox>
  );
}

/** The left margin of the plot on a phone, where each bar's name and figure start. */
const NARROW_LEFT = 8;

function RankedBarsPlot({ model, bars, onSelect, size, compact = false }: { model: CompareModel; bars: BarRow[]; onSelect: (code: string) => void; size: ChartSize; compact?: boolean }) {
  const locale = useLocale();
  const t = locale.t;
  const narrow = !compact && size.width < NARROW;
  const font = compact ? PAPER_FONT : 12;
  const chosen = new Set(bars.filter((b) => b.chosen).map((b) => b.name));
  return (
    <BarChart width={size.width} height={size.height} data={bars} layout="vertical" barCategoryGap={narrow ? '42%' : compact ? '16%' : '10%'} margin={{ top: narrow ? 18 : compact ? 2 : 8, right: narrow ? 16 : compact ? 96 : 160, bottom: 24, left: compact ? 2 : NARROW_LEFT }}>
      <CartesianGrid horizontal={false} stroke="#e3e3e3" />
      <XAxis type="number" tickFormatter={locale.axisFor(model.ticks)} tick={{ fontSize: font }} ticks={model.ticks} domain={[model.ticks[0] ?? 0, model.ticks.at(-1) ?? 'auto']} interval={0} label={{ value: model.unitLabel, position: 'insideBottom', offset: -16, style: { fontSize: font, fill: '#555b63' } }} />
      <YAxis type="category" dataKey="name" width={narrow ? 0 : compact ? 78 : 150} hide={narrow} tick={<NameTick chosen={chosen} fontSize={font} />} interval={0} />
      {!size.print && (
        <Tooltip
          cursor={{ fill: 'rgba(0,0,0,0.05)' }}
          content={({ active, payload }) => {
            const row = active ? (payload?.[0]?.payload as BarRow | undefined) : undefined;
            if (!row) return null;
            return (
              <div className="chart-tooltip">
                <div className="chart-tooltip-title">{row.name}</div>
                <div>
                  {model.valueText(row.value)} · {locale.period(row.observation.period, true)}
                </div>
                {row.rank && <div>{model.rankText(row.rank)}</div>}
                <div className="chart-tooltip-hint">{t.clickForSource}</div>
              </div>
            );
          }}
        />
      )}
      {model.references.map((r) => (
        <ReferenceLine key={r.key} x={r.value} stroke={r.colour} strokeWidth={2} strokeDasharray="6 3" ifOverflow="extendDomain" />
      ))}
      <Bar dataKey="value" isAnimationActive={false} onClick={(d: { payload?: BarRow }) => d.payload && onSelect(d.payload.code)} cursor="pointer">
        {bars.map((b) => (
          <Cell key={b.code} fill={b.colour} />
        ))}
        {narrow ? (
          <LabelList
            dataKey="label"
            content={({ y, index }) => {
              const bar = bars[index ?? -1];
              if (!bar) return null;
              // From the plot's left edge, not the bar's start: a change that runs both ways starts its bars mid-plot.
              return (
                <text x={NARROW_LEFT} y={Number(y) - 5} fontSize={12} fill="#1d1d1f" fontWeight={bar.chosen ? 700 : 400}>
                  {bar.name} <tspan fill="#555b63">{bar.label}</tspan>
                </text>
              );
            }}
          />
        ) : (
          <LabelList
            dataKey="label"
            position="right"
            style={{ fontSize: 11, fill: '#333', stroke: '#fff', strokeWidth: 3, paintOrder: 'stroke' }}
            // On paper the label is one line beside its bar's right end (a negative bar ends at zero); Recharts would wrap it to the bar's width.
            {...(compact
              ? {
                  content: ({ x, y, width, height, index }: { x?: number | string; y?: number | string; width?: number | string; height?: number | string; index?: number }) => (
                    <text x={Math.max(Number(x), Number(x) + Number(width)) + 3} y={Number(y) + Number(height) / 2} dy={PAPER_FONT / 3} fontSize={PAPER_FONT - 0.5} fill="#333" stroke="#fff" strokeWidth={2.5} paintOrder="stroke">
                      {bars[index ?? -1]?.label}
                    </text>
                  ),
                }
              : {})}
          />
        )}
      </Bar>
    </BarChart>
  );
}
