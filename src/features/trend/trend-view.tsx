import { useId, useMemo, useRef, useState } from 'react';
import { KIND_DASH } from '../../charts/palette.ts';
import { TrendChart } from '../../charts/trend-chart.tsx';
import { trendModel } from '../../charts/trend-model.ts';
import { formatNumber, formatPeriod, formatValue } from '../../format/format.ts';
import { areaNames } from '../../data/labels.ts';
import { texts } from '../../i18n/texts.ts';
import { useSetSpec, useSpec } from '../../view/store.ts';
import { MODES } from '../../view/view-spec.ts';
import { PeriodRange } from '../common/period-range.tsx';
import { ChartActions } from '../common/chart-actions.tsx';
import type { LoadedCore } from '../common/queries.ts';
import { ChartStatus, SeriesControls } from '../common/series-controls.tsx';
import { SourcePanel, type SourceItem } from '../common/source-panel.tsx';
import { ChartFigure, ToggleTable } from '../common/tables.tsx';
import { useObservations } from '../common/use-core.ts';

export function TrendView({ core }: { core: LoadedCore }) {
  const t = texts();
  const spec = useSpec();
  const setSpec = useSetSpec();
  const tableId = useId();
  const [selected, setSelected] = useState<number | null>(null);
  const figure = useRef<HTMLElement>(null);
  const names = useMemo(() => areaNames(core), [core]);
  const showControls = !spec.embed || spec.controls;
  const obs = useObservations(spec.indicator);
  const population = useObservations(spec.mode === 'per1000' ? 'befolkning' : undefined);
  const entry = core.catalog.find((c) => c.indicator === spec.indicator);
  const observations = obs.data;

  const model = useMemo(
    () => (observations ? trendModel(core, observations, population.data?.rows(), spec) : null),
    [core, observations, population.data, spec],
  );
  const periods = useMemo(() => (observations ? observations.periods(spec.breakdown) : []), [observations, spec.breakdown]);

  const sourceItems: SourceItem[] =
    model && selected !== null
      ? model.series.flatMap((s) => {
          const p = s.points.find((x) => x.time === selected);
          const cs = model.chartSeries.find((c) => c.key === s.key);
          return p && cs ? [{ label: cs.name, colour: cs.colour, valueText: formatValue(p.raw, p.observation.unit), observation: p.observation }] : [];
        })
      : [];

  return (
    <div className="view trend-view">
      {showControls && (
      <SeriesControls core={core} spec={spec} setSpec={setSpec} onIndicatorReset={{ from: null, to: null, base: null }}>
        <fieldset className="control mode">
          <legend className="control-label">{t.mode}</legend>
          {MODES.map((m) => {
            const disabled = m === 'per1000' && !!model && !model.per1000Available;
            return (
              <label key={m} className={disabled ? 'radio disabled' : 'radio'} title={disabled ? model?.per1000Reason : undefined}>
                <input type="radio" name="mode" value={m} checked={spec.mode === m} disabled={disabled} onChange={() => setSpec({ mode: m })} />
                {t.modes[m]}
              </label>
            );
          })}
          {model && !model.per1000Available && <p className="hint">{model.per1000Reason}</p>}
        </fieldset>
        {spec.mode === 'index' && periods.length > 0 && (
          <label className="control">
            <span className="control-label">{t.indexBase}</span>
            <select value={spec.base ?? ''} onChange={(e) => setSpec({ base: e.target.value || null })}>
              <option value="">{t.indexBaseFirst}</option>
              {periods.map((p) => (
                <option key={p} value={p}>
                  {formatPeriod(p)}
                </option>
              ))}
            </select>
          </label>
        )}
        <PeriodRange periods={periods} from={spec.from} to={spec.to} onChange={(from, to) => setSpec({ from, to })} />
      </SeriesControls>
      )}

      <ChartFigure figureRef={figure} title={model?.title ?? ''} subtitle={model?.subtitle ?? ''}>
        {obs.isPending || obs.isError ? (
          <ChartStatus pending={obs.isPending} error={obs.error} />
        ) : !model || model.isEmpty ? (
          <div className="chart-placeholder empty" role="status">
            <strong>{t.emptyTitle}</strong>
            <p>{spec.areas.length === 0 ? t.emptyNoAreas : `${t.emptyBody} ${entry ? `${formatPeriod(entry.firstPeriod)} – ${formatPeriod(entry.lastPeriod)}, ${entry.areas.length} områder` : ''}`}</p>
          </div>
        ) : (
          <TrendChart
            rows={model.rows}
            series={model.chartSeries}
            decimals={model.decimals}
            valueSuffix={model.valueSuffix}
            referenceY={spec.mode === 'index' ? 100 : undefined}
            zeroBased={spec.mode !== 'index'}
            onSelectTime={setSelected}
          />
        )}
        <figcaption className="source-line">{model?.sourceLine}</figcaption>
        {model && !model.isEmpty && (
          <ChartActions
            core={core}
            figure={figure}
            image={{
              title: model.title,
              subtitle: model.subtitle,
              sourceLine: model.sourceLine,
              legend: model.chartSeries.map((s) => ({ name: s.kind === 'actual' ? s.name : `${s.name} (${t.kinds[s.kind]})`, colour: s.colour, dash: KIND_DASH[s.kind] })),
            }}
            csv={() => ({
              title: `${model.title} (${model.subtitle})`,
              unit: model.unitLabel,
              sourceLine: model.sourceLine,
              columns: ['område', 'kode', 'nøgletal', 'fordeling', 'periode', 'værdi', 'værdi_i_kilden', 'enhed_i_kilden', 'art', 'kilde', 'punkt'],
              rows: model.series.flatMap((s) =>
                s.points.map((p) => [names.get(s.area) ?? s.area, s.area, spec.indicator, spec.breakdown, p.period, p.value, p.raw, p.observation.unit, p.observation.kind, p.observation.source_id, p.observation.item]),
              ),
            })}
          />
        )}
        {model && !model.isEmpty && (
          <ToggleTable id={tableId}>
            <table className="data-table">
              <caption>{t.tableCaption(model.title)}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.period}</th>
                  {model.chartSeries.map((s) => (
                    <th scope="col" key={s.key} data-series={s.key}>
                      {s.kind === 'actual' ? s.name : `${s.name} (${t.kinds[s.kind]})`}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {model.rows.map((r) => (
                  <tr key={r.time}>
                    <th scope="row">{formatPeriod(r.period)}</th>
                    {model.chartSeries.map((s) => {
                      const v = r[s.key];
                      return (
                        <td key={s.key} data-series={s.key} data-value={typeof v === 'number' ? v : ''}>
                          {typeof v === 'number' ? (
                            <button type="button" className="cell-source" onClick={() => setSelected(r.time)} title={t.openSource}>
                              {formatNumber(v, model.decimals)}
                            </button>
                          ) : (
                            '–'
                          )}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </ToggleTable>
        )}
      </ChartFigure>
      {selected !== null && sourceItems.length > 0 && (
        <SourcePanel core={core} items={sourceItems} title={`${t.sources}: ${formatPeriod(sourceItems[0]!.observation.period, true)}`} onClose={() => setSelected(null)} />
      )}
    </div>
  );
}
