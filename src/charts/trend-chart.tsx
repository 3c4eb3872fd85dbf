import { useState } from 'react';
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Kind } from '../data/contract';
import type { ChartRow } from '../data/series';
import { formatAxis, formatNumber, formatPeriod, formatTime } from '../format/format';
import { texts } from '../i18n/texts';
import { KIND_DASH } from './palette';
import { niceTicks } from './ticks';

export interface ChartSeries {
  key: string;
  name: string;
  colour: string;
  kind: Kind;
  /** Sparse series (a few figures from minutes) are joined across the periods they lack. */
  sparse: boolean;
}

interface Props {
  rows: ChartRow[];
  series: ChartSeries[];
  decimals: number;
  valueSuffix: string;
  referenceY?: number;
  onSelectTime?: (time: number) => void;
  height?: number;
  /** Counts and shares start at zero; an index does not. */
  zeroBased?: boolean;
}

interface TooltipEntry {
  dataKey?: string | number;
  value?: number | string | null;
  color?: string;
  name?: string | number;
  payload?: ChartRow;
}

function TrendTooltip({ active, payload, decimals, valueSuffix, series }: {
  active?: boolean;
  payload?: TooltipEntry[];
  decimals: number;
  valueSuffix: string;
  series: ChartSeries[];
}) {
  if (!active || !payload || payload.length === 0) return null;
  const row = payload[0]?.payload;
  if (!row) return null;
  const t = texts();
  return (
    <div className="chart-tooltip">
      <div className="chart-tooltip-title">{formatPeriod(row.period, true)}</div>
      <ul>
        {series
          .filter((s) => typeof row[s.key] === 'number')
          .map((s) => (
            <li key={s.key}>
              <span className="swatch" style={{ background: s.colour }} aria-hidden="true" />
              {s.name}: <strong>{formatNumber(row[s.key] as number, decimals)}{valueSuffix}</strong>
              {s.kind !== 'actual' && <em> ({t.kinds[s.kind]})</em>}
            </li>
          ))}
      </ul>
      <div className="chart-tooltip-hint">{t.openSource}: klik</div>
    </div>
  );
}

/** Lines over time; actuals solid, targets dashed, forecasts dotted. Legend entries toggle a series. */
export function TrendChart({ rows, series, decimals, valueSuffix, referenceY, onSelectTime, height = 380, zeroBased = true }: Props) {
  const [hidden, setHidden] = useState<Set<string>>(new Set());
  const toggle = (key: string) =>
    setHidden((h) => {
      const next = new Set(h);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  const values = rows.flatMap((r) => series.filter((s) => !hidden.has(s.key)).map((s) => r[s.key])).filter((v): v is number => typeof v === 'number');
  if (referenceY !== undefined) values.push(referenceY);
  const ticks = values.length ? niceTicks(zeroBased ? Math.min(0, ...values) : Math.min(...values), Math.max(...values)) : undefined;
  return (
    <div className="chart-box" style={{ height }}>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart
          data={rows}
          margin={{ top: 8, right: 16, bottom: 8, left: 8 }}
          onClick={(state) => {
            const label = state?.activeLabel;
            const index = state?.activeTooltipIndex;
            const time = typeof label === 'number' ? label : rows[Number(index)]?.time;
            if (time !== undefined && onSelectTime) onSelectTime(time);
          }}
        >
          <CartesianGrid stroke="#e3e3e3" vertical={false} />
          <XAxis
            dataKey="time"
            type="number"
            scale="time"
            domain={['dataMin', 'dataMax']}
            tickFormatter={formatTime}
            tick={{ fontSize: 12 }}
            minTickGap={24}
          />
          <YAxis tickFormatter={formatAxis} width={64} tick={{ fontSize: 12 }} ticks={ticks} domain={ticks ? [ticks[0]!, ticks[ticks.length - 1]!] : ['auto', 'auto']} interval={0} />
          {referenceY !== undefined && <ReferenceLine y={referenceY} stroke="#777" strokeDasharray="3 3" />}
          <Tooltip content={<TrendTooltip decimals={decimals} valueSuffix={valueSuffix} series={series} />} />
          <Legend
            itemSorter={null}
            onClick={(entry) => toggle(String(entry.dataKey))}
            formatter={(value: string, entry) => (
              <span className={hidden.has(String(entry.dataKey)) ? 'legend-hidden' : undefined}>{value}</span>
            )}
          />
          {series.map((s) => (
            <Line
              key={s.key}
              dataKey={s.key}
              name={s.kind === 'actual' ? s.name : `${s.name} (${texts().kinds[s.kind]})`}
              stroke={s.colour}
              strokeWidth={s.kind === 'actual' ? 2.5 : 2}
              strokeDasharray={KIND_DASH[s.kind]}
              dot={s.sparse ? { r: 4, fill: s.colour } : false}
              activeDot={{ r: 5 }}
              connectNulls={s.sparse}
              hide={hidden.has(s.key)}
              isAnimationActive={false}
              type="linear"
              legendType="plainline"
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
