import { useMemo, useState } from 'react';
import { Bar, BarChart, CartesianGrid, Cell, LabelList, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { isCount } from '../../data/indicator-rules.ts';
import { useSetSpec, useSpec } from '../../view/store.ts';
import { Frame } from '../common/frame.tsx';
import type { LoadedCore } from '../common/queries.ts';
import { MeasureChoice, SeriesControls } from '../common/series-controls.tsx';
import { SourcePanel } from '../common/source-panel.tsx';
import { useObservations, usePopulation } from '../common/use-core.ts';
import { useLocale } from '../common/use-locale.ts';
import { compareModel, startMode, type Bar as BarRow } from './model.ts';

export function CompareView({ core }: { core: LoadedCore }) {
  const locale = useLocale();
  const t = locale.t;
  const spec = useSpec();
  const setSpec = useSetSpec();
  const [selected, setSelected] = useState<string | null>(null);
  const showControls = !spec.embed || spec.controls;
  const obs = useObservations(spec.indicator);
  // Counts are divided by it; group averages of any measure are weighted by it.
  const population = usePopulation(core, true);
  const populationReady = population.ready;
  const model = useMemo(
    () => (obs.data && populationReady ? compareModel({ core, observations: obs.data, population: population.data, spec, locale }) : null),
    [obs.data, population.data, populationReady, core, spec, locale],
  );
  const selectedItem = selected && model ? model.sourceOf(selected) : null;
  const height = Math.max(220, (model?.bars.length ?? 0) * 26 + 70);

  return (
    <div className="view compare-view">
      {showControls && (
        <SeriesControls core={core} spec={spec} setSpec={setSpec} breakdown={model?.breakdown} onIndicatorReset={(indicator) => ({ at: null, hidden: [], mode: startMode(core.indicators.find((i) => i.indicator === indicator)) })}>
          {model && model.periods.length > 0 && (
            <label className="control">
              <span className="control-label">{t.period}</span>
              <select value={model.period ?? ''} onChange={(e) => setSpec({ at: e.target.value })}>
                {[...model.periods].reverse().map((p) => (
                  <option key={p} value={p}>
                    {locale.period(p, true)}
                  </option>
                ))}
              </select>
            </label>
          )}
          {model && isCount(model.indicator) && <MeasureChoice per1000={model.comparison?.measure === 'per1000'} onChange={(mode) => setSpec({ mode })} />}
        </SeriesControls>
      )}
      <Frame
        core={core}
        model={model}
        status={{ pending: obs.isPending || !populationReady, error: obs.error }}
        onSelect={setSelected}
        after={
          selectedItem && <SourcePanel core={core} title={`${t.sources}: ${selectedItem.label}`} items={[selectedItem]} onClose={() => setSelected(null)} />
        }
      >
        {model && (
          <div className="chart-box" style={{ height }}>
            <ResponsiveContainer width="100%" height="100%">
              <BarChart data={model.bars} layout="vertical" margin={{ top: 8, right: 160, bottom: 24, left: 8 }}>
                <CartesianGrid horizontal={false} stroke="#e3e3e3" />
                <XAxis type="number" tickFormatter={locale.axis} tick={{ fontSize: 12 }} ticks={model.ticks} domain={[0, model.ticks.at(-1) ?? 'auto']} interval={0} label={{ value: model.unitLabel, position: 'insideBottom', offset: -16, style: { fontSize: 12, fill: '#555b63' } }} />
                <YAxis type="category" dataKey="name" width={150} tick={{ fontSize: 12 }} interval={0} />
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
                {model.references.map((r) => (
                  <ReferenceLine key={r.key} x={r.value} stroke={r.colour} strokeWidth={2} strokeDasharray="6 3" ifOverflow="extendDomain" />
                ))}
                <Bar dataKey="value" isAnimationActive={false} onClick={(d: { payload?: BarRow }) => d.payload && setSelected(d.payload.code)} cursor="pointer">
                  {model.bars.map((b) => (
                    <Cell key={b.code} fill={b.colour} />
                  ))}
                  <LabelList dataKey="label" position="right" style={{ fontSize: 11, fill: '#333', stroke: '#fff', strokeWidth: 3, paintOrder: 'stroke' }} />
                </Bar>
              </BarChart>
            </ResponsiveContainer>
          </div>
        )}
      </Frame>
    </div>
  );
}
