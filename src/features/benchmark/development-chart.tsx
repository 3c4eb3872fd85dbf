import { ChartBox, type ChartSize } from '../../charts/chart-box.tsx';
import { dodgeLabels } from '../../charts/label-layout.ts';
import { useLocale } from '../../i18n/use-locale.ts';
import type { DevelopmentModel } from './model.ts';

const NARROW = 520;

/** Each chosen municipality's difference from the expected share, one point per twelve-month window. */
export function DevelopmentChart({ model }: { model: DevelopmentModel }) {
  return <ChartBox height={(width) => (width < NARROW ? 240 : 280)}>{(size) => <DevelopmentPlot model={model} size={size} />}</ChartBox>;
}

function DevelopmentPlot({ model, size }: { model: DevelopmentModel; size: ChartSize }) {
  const locale = useLocale();
  const narrow = size.width < NARROW;
  const margin = { top: 12, right: narrow ? 14 : 110, bottom: narrow ? 40 : 44, left: 52 };
  const plotWidth = size.width - margin.left - margin.right;
  const plotHeight = size.height - margin.top - margin.bottom;
  const lo = model.ticks[0] ?? -1;
  const hi = model.ticks.at(-1) ?? 1;
  const step = plotWidth / Math.max(1, model.periods.length - 1);
  const x = (i: number) => margin.left + (model.periods.length > 1 ? i * step : plotWidth / 2);
  const y = (v: number) => margin.top + plotHeight - ((v - lo) / (hi - lo)) * plotHeight;
  // Where the windows' names do not fit side by side, every second or third is named, the newest always.
  const labelEvery = Math.max(1, Math.ceil((narrow ? 120 : 90) / step));
  const last = model.periods.length - 1;
  const ends = model.series.map((s) => s.points.at(-1));
  const endY = dodgeLabels(ends.map((p) => (p ? y(p.difference) : 0)), 14, margin.top, margin.top + plotHeight);
  return (
    <svg className="plot-svg" width={size.width} height={size.height} viewBox={`0 0 ${size.width} ${size.height}`} role="img" aria-label={model.textAlternative} fontFamily="system-ui, sans-serif">
      {model.ticks.map((t) => (
        <g key={t}>
          <line x1={margin.left} x2={margin.left + plotWidth} y1={y(t)} y2={y(t)} stroke={t === 0 ? '#333' : '#e3e3e3'} strokeDasharray={t === 0 ? '6 4' : undefined} />
          <text x={margin.left - 6} y={y(t) + 4} textAnchor="end" fontSize="12" fill="#555b63">
            {t > 0 ? '+' : t < 0 ? '−' : ''}
            {locale.number(Math.abs(t), 2)}
          </text>
        </g>
      ))}
      <text x={margin.left + 4} y={y(0) - 5} fontSize="11" fill="#333" className="halo">
        {locale.t.benchmark.asExpected}
      </text>
      {model.periodLabels.map((label, i) => {
        if ((last - i) % labelEvery !== 0) return null;
        const [from, to] = label.includes(' – ') ? label.split(' – ') : [label, ''];
        return (
          <text key={label} x={x(i)} y={margin.top + plotHeight + 16} textAnchor={i === 0 && narrow ? 'start' : i === last && narrow ? 'end' : 'middle'} fontSize="11" fill="#555b63">
            <tspan x={x(i)}>{to ? `${from} –` : from}</tspan>
            {to && (
              <tspan x={x(i)} dy="13">
                {to}
              </tspan>
            )}
          </text>
        );
      })}
      {model.series.map((s, k) => {
        const pts = s.points.map((p) => ({ ...p, i: model.periods.indexOf(p.period) }));
        const end = pts.at(-1);
        return (
          <g key={s.code} data-series={s.code}>
            <polyline points={pts.map((p) => `${x(p.i)},${y(p.difference)}`).join(' ')} fill="none" stroke={s.colour} strokeWidth="2.5" />
            {pts.map((p) => (
              <circle key={p.period} cx={x(p.i)} cy={y(p.difference)} r="4" fill={s.colour}>
                <title>{`${s.name}, ${locale.period(p.period)}: ${p.text}`}</title>
              </circle>
            ))}
            {!narrow && end && (
              <text x={x(end.i) + 8} y={endY[k]! + 4} fontSize="12" fill={s.colour} fontWeight="600" className="halo">
                {s.name}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}
