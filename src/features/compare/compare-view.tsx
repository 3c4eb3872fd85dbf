import { useId, useMemo, useRef, useState } from 'react';
import { Bar, BarChart, CartesianGrid, Cell, LabelList, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { areaColours, NATIONAL_COLOUR } from '../../charts/palette.ts';
import { sourceLineFor } from '../../charts/source-line.ts';
import { niceTicks } from '../../charts/ticks.ts';
import { breakdownLabel } from '../../charts/trend-model.ts';
import { groupAverage, lowerIsBetter, municipalityRanks } from '../../data/compare.ts';
import type { Observation } from '../../data/contract.ts';
import { NATIONAL } from '../../data/national.ts';
import { areaNames } from '../../data/labels.ts';
import { formatAxis, formatNumber, formatPeriod, formatValue } from '../../format/format.ts';
import { indicatorLabel, texts } from '../../i18n/texts.ts';
import { useSetSpec, useSpec } from '../../view/store.ts';
import { ChartActions } from '../common/chart-actions.tsx';
import type { LoadedCore } from '../common/queries.ts';
import { ChartStatus, SeriesControls } from '../common/series-controls.tsx';
import { SourcePanel } from '../common/source-panel.tsx';
import { ChartFigure, RankTable, ToggleTable } from '../common/tables.tsx';
import { useObservations } from '../common/use-core.ts';

interface BarRow {
  code: string;
  name: string;
  value: number;
  rank: number | null;
  colour: string;
  label: string;
  observation: Observation;
}

export function CompareView({ core }: { core: LoadedCore }) {
  const t = texts();
  const spec = useSpec();
  const setSpec = useSetSpec();
  const id = useId();
  const [selected, setSelected] = useState<string | null>(null);
  const figure = useRef<HTMLElement>(null);
  const showControls = !spec.embed || spec.controls;
  const obs = useObservations(spec.indicator);
  const indicator = core.indicators.find((i) => i.indicator === spec.indicator);

  const model = useMemo(() => {
    const table = obs.data;
    if (!table) return null;
    const period = spec.at ?? table.latestPeriod(spec.breakdown);
    if (!period) return { period: null, bars: [] as BarRow[], references: [], rankTotal: 0 };
    const atPeriod = table.at(spec.breakdown, period);
    const values = new Map(atPeriod.map((o) => [o.area, o.value]));
    const byArea = new Map(atPeriod.map((o) => [o.area, o]));
    const names = areaNames(core);
    const groupIds = new Set(core.groups.map((g) => g.group_id));
    const chosenGroups = spec.areas.filter((a) => groupIds.has(a));
    const chosen = new Set<string>();
    for (const a of spec.areas) {
      if (groupIds.has(a)) core.groups.filter((g) => g.group_id === a).forEach((g) => chosen.add(g.member_code));
      else if (a !== NATIONAL) chosen.add(a);
    }
    const codes = core.municipalities.map((m) => m.code).filter((c) => c !== NATIONAL);
    // With no municipality chosen, compare all of them.
    const shown = chosen.size > 0 ? [...chosen] : codes;
    const ranks = indicator?.unit === 'rank' ? null : municipalityRanks(values, codes, lowerIsBetter(indicator));
    const colours = areaColours(spec.areas);
    const bars: BarRow[] = shown
      .flatMap((code) => {
        const o = byArea.get(code);
        if (!o || o.value === null) return [];
        const highlighted = spec.areas.includes(code) || chosenGroups.length > 0;
        const rank = ranks?.get(code) ?? null;
        const label = rank !== null ? `${formatNumber(o.value, 1)} (nr. ${rank})` : formatNumber(o.value, 1);
        return [{ code, name: names.get(code) ?? code, value: o.value, rank, label, colour: highlighted && chosen.size > 0 ? (colours.get(code) ?? '#0072B2') : '#8a96a3', observation: o }];
      })
      .sort((a, b) => b.value - a.value);
    const references: { label: string; value: number; colour: string }[] = [];
    const national = values.get(NATIONAL);
    if (national !== undefined && national !== null) references.push({ label: `${names.get(NATIONAL)}: ${formatNumber(national, 1)}`, value: national, colour: NATIONAL_COLOUR });
    for (const g of chosenGroups) {
      const avg = groupAverage(g, core.groups, values);
      if (avg.value !== null) {
        references.push({
          label: texts().groupAverage(names.get(g) ?? g, avg.membersWithData, avg.members, formatNumber(avg.value, 1)),
          value: avg.value,
          colour: colours.get(g) ?? '#7A4FA3',
        });
      }
    }
    return { period, bars, references, rankTotal: ranks?.size ?? 0 };
  }, [obs.data, spec.at, spec.breakdown, spec.areas, core, indicator]);

  const periods = useMemo(() => (obs.data ? obs.data.periods(spec.breakdown) : []), [obs.data, spec.breakdown]);
  const unit = indicator ? t.units[indicator.unit] : '';
  const title = indicator ? indicatorLabel(indicator) : spec.indicator;
  const subtitle = [unit, breakdownLabel(spec.breakdown), model?.period ? formatPeriod(model.period, true) : ''].filter(Boolean).join(' · ');
  const selectedBar = model?.bars.find((b) => b.code === selected);
  const sourceLine = model ? sourceLineFor(core, model.bars.map((b) => b.observation.source_id)) : '';
  const xTicks = niceTicks(0, Math.max(0, ...(model?.bars.map((b) => b.value) ?? []), ...(model?.references.map((r) => r.value) ?? [])));
  const height = Math.max(220, (model?.bars.length ?? 0) * 26 + 60);

  return (
    <div className="view compare-view">
      {showControls && (
      <SeriesControls core={core} spec={spec} setSpec={setSpec} onIndicatorReset={{ at: null }}>
        {periods.length > 0 && (
          <label className="control">
            <span className="control-label">{t.period}</span>
            <select value={model?.period ?? ''} onChange={(e) => setSpec({ at: e.target.value })}>
              {[...periods].reverse().map((p) => (
                <option key={p} value={p}>
                  {formatPeriod(p, true)}
                </option>
              ))}
            </select>
          </label>
        )}
      </SeriesControls>
      )}
      <ChartFigure figureRef={figure} title={title} subtitle={subtitle}>
        {obs.isPending || obs.isError ? (
          <ChartStatus pending={obs.isPending} error={obs.error} />
        ) : !model || model.bars.length === 0 ? (
          <div className="chart-placeholder empty" role="status">
            <strong>{t.emptyTitle}</strong>
            <p>{t.compareEmpty}</p>
          </div>
        ) : (
          <>
            {model.references.length > 0 && (
              <ul className="reference-legend" aria-label={t.referenceLines}>
                {model.references.map((r) => (
                  <li key={r.label} className="reference-item">
                    <span className="reference-swatch" style={{ borderColor: r.colour }} aria-hidden="true" />
                    {r.label}
                  </li>
                ))}
              </ul>
            )}
            <div className="chart-box" style={{ height }}>
              <ResponsiveContainer width="100%" height="100%">
                <BarChart data={model.bars} layout="vertical" margin={{ top: 8, right: 84, bottom: 8, left: 8 }}>
                  <CartesianGrid horizontal={false} stroke="#e3e3e3" />
                  <XAxis type="number" tickFormatter={formatAxis} tick={{ fontSize: 12 }} ticks={xTicks} domain={[0, xTicks.at(-1) ?? 'auto']} interval={0} />
                  <YAxis type="category" dataKey="name" width={150} tick={{ fontSize: 12 }} interval={0} />
                  <Tooltip
                    cursor={{ fill: 'rgba(0,0,0,0.05)' }}
                    content={({ active, payload }) => {
                      const row = active ? (payload?.[0]?.payload as BarRow | undefined) : undefined;
                      if (!row || !indicator) return null;
                      return (
                        <div className="chart-tooltip">
                          <div className="chart-tooltip-title">{row.name}</div>
                          <div>
                            {formatValue(row.value, indicator.unit)} · {formatPeriod(row.observation.period, true)}
                          </div>
                          {row.rank !== null && <div>{t.rankOf(row.rank, model.rankTotal)}</div>}
                          <div className="chart-tooltip-hint">{t.clickForSource}</div>
                        </div>
                      );
                    }}
                  />
                  {model.references.map((r) => (
                    <ReferenceLine key={r.label} x={r.value} stroke={r.colour} strokeWidth={2} strokeDasharray="6 3" ifOverflow="extendDomain" />
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
          </>
        )}
        <figcaption className="source-line">{sourceLine}</figcaption>
        {model && model.bars.length > 0 && (
          <>
            <ChartActions
              core={core}
              figure={figure}
              image={{ title, subtitle, sourceLine, legend: model.references.map((r) => ({ name: r.label, colour: r.colour, dash: '6 3' })) }}
              csv={() => ({
                title: `${title} (${subtitle})`,
                unit,
                sourceLine,
                columns: ['område', 'kode', 'nøgletal', 'fordeling', 'periode', 'værdi', 'enhed', 'placering', 'kilde', 'punkt'],
                rows: [
                  ...model.bars.map((b) => [b.name, b.code, spec.indicator, spec.breakdown, b.observation.period, b.value, b.observation.unit, b.rank, b.observation.source_id, b.observation.item]),
                  ...model.references.map((r) => [r.label, '', spec.indicator, spec.breakdown, model.period ?? '', r.value, indicator?.unit ?? '', null, '', '']),
                ],
              })}
            />
            <ToggleTable id={`${id}-table`}>
              <RankTable caption={t.tableCaption(title)} areaHeader={t.area} unit={unit} rows={model.bars} rankTotal={model.rankTotal} onSelect={setSelected} notes={model.references.map((r) => r.label)} />
            </ToggleTable>
          </>
        )}
      </ChartFigure>
      {selectedBar && indicator && (
        <SourcePanel
          core={core}
          title={`${t.sources}: ${selectedBar.name}`}
          items={[{ label: selectedBar.name, colour: selectedBar.colour, valueText: formatValue(selectedBar.value, indicator.unit), observation: selectedBar.observation }]}
          onClose={() => setSelected(null)}
        />
      )}
    </div>
  );
}
