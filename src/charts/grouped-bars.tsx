import { Bar, BarChart, CartesianGrid, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartBox } from './chart-box.tsx';
import { useLocale } from '../features/common/use-locale.ts';
import type { BarGroup, DrawnSeries } from '../features/trend/model.ts';
import { niceTicks } from './ticks.ts';

/** A measure with one period: horizontal bars per breakdown, one bar per area in its colour. */
export function GroupedBars({ groups, series, decimals, valueSuffix, unitLabel }: { groups: BarGroup[]; series: DrawnSeries[]; decimals: number; valueSuffix: string; unitLabel: string }) {
  const locale = useLocale();
  const data = groups.map((g) => ({ label: g.label, ...Object.fromEntries(g.values.map((v) => [v.key, v.value])) }));
  const shown = series.filter((s) => s.kind === 'actual');
  const max = Math.max(0, ...groups.flatMap((g) => g.values.map((v) => v.value ?? 0)));
  const ticks = niceTicks(0, max);
  const height = Math.max(200, groups.length * (shown.length * 22 + 18) + 70);
  const text = (v: unknown) => (typeof v === 'number' ? `${locale.number(v, decimals)}${valueSuffix}` : '');
  return (
    <ChartBox height={height}>
      {(size) => (
        <BarChart width={size.width} height={size.height} data={data} layout="vertical" margin={{ top: 8, right: 72, bottom: 24, left: 8 }}>
          <CartesianGrid horizontal={false} stroke="#e3e3e3" />
          <XAxis type="number" tickFormatter={locale.axis} tick={{ fontSize: 12 }} ticks={ticks} domain={[0, ticks.at(-1) ?? 'auto']} interval={0} label={{ value: unitLabel, position: 'insideBottom', offset: -16, style: { fontSize: 12, fill: '#555b63' } }} />
          <YAxis type="category" dataKey="label" width={Math.min(170, size.width / 3)} tick={{ fontSize: 12 }} interval={0} />
          {!size.print && <Tooltip formatter={(v) => text(v)} />}
          {shown.map((s) => (
            <Bar key={s.key} dataKey={s.key} name={s.name} fill={s.colour} isAnimationActive={false}>
              <LabelList dataKey={s.key} position="right" formatter={text} style={{ fontSize: 11, fill: '#333' }} />
            </Bar>
          ))}
        </BarChart>
      )}
    </ChartBox>
  );
}
