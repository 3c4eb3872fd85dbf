import { Bar, BarChart, CartesianGrid, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartBox } from './chart-box.tsx';
import { useLocale } from '../i18n/use-locale.ts';
import type { BarGroup, DrawnSeries } from '../model/series.ts';
import { niceTicks } from './ticks.ts';

const FONT_PX = 12;
/** About how wide a character of the 12 px labels is, to know how many lines a long label takes. */
const CHAR_PX = 6.6;

/** How many lines a category label wraps to in a column this wide. */
function labelLines(label: string, width: number): number {
  return Math.max(1, Math.ceil((label.length * CHAR_PX) / Math.max(40, width - 8)));
}

/** A dot on a 1–N track: a rank's place, where a bar's length would make the worst look largest. */
function RankDot(props: { x?: number; y?: number; width?: number; height?: number; fill?: string }) {
  const { x = 0, y = 0, width = 0, height = 0, fill } = props;
  return <circle cx={x + width} cy={y + height / 2} r={Math.min(7, Math.max(4, height / 2))} fill={fill} stroke="#fff" strokeWidth={1.5} />;
}

/**
 * A measure with one period: horizontal bars per breakdown, one bar per area in its colour. A
 * rank is drawn as a dot on a scale from 1 (best, left) to N, never as a bar's length.
 */
export function GroupedBars({ groups, series, decimals, valueSuffix, unitLabel, rankOf = null }: { groups: BarGroup[]; series: DrawnSeries[]; decimals: number; valueSuffix: string; unitLabel: string; rankOf?: number | null }) {
  const locale = useLocale();
  const data = groups.map((g) => ({ label: g.label, ...Object.fromEntries(g.values.map((v) => [v.key, v.value])) }));
  const shown = series.filter((s) => s.kind === 'actual');
  const max = Math.max(0, ...groups.flatMap((g) => g.values.map((v) => v.value ?? 0)));
  const ticks = rankOf ? [1, ...niceTicks(0, rankOf).filter((v) => v > 1 && v < rankOf - rankOf / 20), rankOf] : niceTicks(0, max);
  const text = (v: unknown) => (typeof v === 'number' ? (rankOf ? locale.t.rankOf(v, rankOf) : `${locale.number(v, decimals)}${valueSuffix}`) : '');
  const labelWidth = (width: number) => Math.min(300, Math.max(110, width * 0.38));
  return (
    <ChartBox
      height={(width) => {
        const rowsOf = (g: BarGroup) => Math.max(shown.length * 22 + 18, labelLines(g.label, labelWidth(width)) * (FONT_PX + 3) + 12);
        return Math.max(200, groups.reduce((sum, g) => sum + rowsOf(g), 0) + 70);
      }}
    >
      {(size) => (
        <BarChart width={size.width} height={size.height} data={data} layout="vertical" margin={{ top: 8, right: rankOf ? 96 : 72, bottom: 24, left: 8 }}>
          <CartesianGrid horizontal={false} stroke="#e3e3e3" />
          <XAxis type="number" tickFormatter={locale.axisFor(ticks)} tick={{ fontSize: FONT_PX }} ticks={ticks} domain={rankOf ? [1, rankOf] : [0, ticks.at(-1) ?? 'auto']} interval={0} label={{ value: unitLabel, position: 'insideBottom', offset: -16, style: { fontSize: FONT_PX, fill: '#555b63' } }} />
          <YAxis type="category" dataKey="label" width={labelWidth(size.width)} tick={{ fontSize: FONT_PX }} interval={0} />
          {!size.print && <Tooltip formatter={(v) => text(v)} />}
          {shown.map((s) => (
            <Bar key={s.key} dataKey={s.key} name={s.name} fill={s.colour} isAnimationActive={false} {...(rankOf ? { shape: <RankDot />, background: { fill: '#eef0f3' }, maxBarSize: 6 } : {})}>
              <LabelList dataKey={s.key} position="right" offset={rankOf ? 12 : 5} formatter={text} style={{ fontSize: 11, fill: '#333' }} />
            </Bar>
          ))}
        </BarChart>
      )}
    </ChartBox>
  );
}
