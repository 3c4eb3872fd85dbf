import { Bar, BarChart, CartesianGrid, Cell, LabelList, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { Bar as BarRow, CompareModel } from '../features/compare/model.ts';
import { useLocale } from '../features/common/use-locale.ts';
import { ChartBox, type ChartSize } from './chart-box.tsx';

/** Below this width the names go above the bars, so the bars keep the width. */
const NARROW = 520;
const ROW = { wide: 26, narrow: 40 };

/** A municipality's name beside its bar; the chosen ones in bold, so they stand out among all 98. */
function NameTick({ x, y, payload, chosen }: { x?: number | string; y?: number | string; payload?: { value?: string }; chosen: ReadonlySet<string> }) {
  const name = payload?.value ?? '';
  return (
    <text x={Number(x)} y={Number(y)} dy={4} textAnchor="end" fontSize={12} fill={chosen.has(name) ? '#1d1d1f' : '#555b63'} fontWeight={chosen.has(name) ? 700 : 400}>
      {name}
    </text>
  );
}

/** One bar per area, sorted as the model sorts them; a click opens the bar's source. */
export function RankedBars({ model, onSelect }: { model: CompareModel; onSelect: (code: string) => void }) {
  const rows = model.bars.length;
  return (
    <ChartBox height={(width) => Math.max(220, rows * (width < NARROW ? ROW.narrow : ROW.wide) + 70)}>
      {(size) => <RankedBarsPlot model={model} onSelect={onSelect} size={size} />}
    </ChartBox>
  );
}

function RankedBarsPlot({ model, onSelect, size }: { model: CompareModel; onSelect: (code: string) => void; size: ChartSize }) {
  const locale = useLocale();
  const t = locale.t;
  const narrow = size.width < NARROW;
  const chosen = new Set(model.bars.filter((b) => b.chosen).map((b) => b.name));
  return (
    <BarChart width={size.width} height={size.height} data={model.bars} layout="vertical" barCategoryGap={narrow ? '42%' : '10%'} margin={{ top: narrow ? 18 : 8, right: narrow ? 16 : 160, bottom: 24, left: 8 }}>
      <CartesianGrid horizontal={false} stroke="#e3e3e3" />
      <XAxis type="number" tickFormatter={locale.axis} tick={{ fontSize: 12 }} ticks={model.ticks} domain={[model.ticks[0] ?? 0, model.ticks.at(-1) ?? 'auto']} interval={0} label={{ value: model.unitLabel, position: 'insideBottom', offset: -16, style: { fontSize: 12, fill: '#555b63' } }} />
      <YAxis type="category" dataKey="name" width={narrow ? 0 : 150} hide={narrow} tick={<NameTick chosen={chosen} />} interval={0} />
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
        {model.bars.map((b) => (
          <Cell key={b.code} fill={b.colour} />
        ))}
        {narrow ? (
          <LabelList
            dataKey="label"
            content={({ x, y, index }) => {
              const bar = model.bars[index ?? -1];
              if (!bar) return null;
              return (
                <text x={Number(x)} y={Number(y) - 5} fontSize={12} fill="#1d1d1f" fontWeight={bar.chosen ? 700 : 400}>
                  {bar.name} <tspan fill="#555b63">{bar.label}</tspan>
                </text>
              );
            }}
          />
        ) : (
          <LabelList dataKey="label" position="right" style={{ fontSize: 11, fill: '#333', stroke: '#fff', strokeWidth: 3, paintOrder: 'stroke' }} />
        )}
      </Bar>
    </BarChart>
  );
}
