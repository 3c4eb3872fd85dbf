import { useMemo, useState } from 'react';
import { RankedBars } from '../../charts/ranked-bars.tsx';
import { isCount } from '../../data/indicator-rules.ts';
import { useSetSpec, useSpec } from '../../view/store.ts';
import { showControls } from '../../view/view-spec.ts';
import { Frame } from '../common/frame.tsx';
import { PeriodSelect } from '../common/period-range.tsx';
import type { LoadedCore } from '../common/queries.ts';
import { MeasureChoice, SeriesControls } from '../common/series-controls.tsx';
import { SourcePanel } from '../common/source-panel.tsx';
import { PageLoading, useFirstLoad } from '../common/page-loading.tsx';
import { useObservations, usePopulation } from '../common/use-core.ts';
import { useLocale } from '../../i18n/use-locale.ts';
import { todayIso } from '../../data/today.ts';
import { startMode } from '../../model/one-month.ts';
import { compareModel } from './model.ts';

export function CompareView({ core }: { core: LoadedCore }) {
  const locale = useLocale();
  const t = locale.t;
  const spec = useSpec();
  const setSpec = useSetSpec();
  const [selected, setSelected] = useState<string | null>(null);
  const obs = useObservations(spec.indicator);
  // Counts are divided by it; group averages of any measure are weighted by it.
  const population = usePopulation(core, true);
  const populationReady = population.ready;
  const today = todayIso();
  const model = useMemo(
    () => (obs.data && populationReady ? compareModel({ core, observations: obs.data, population: population.data, spec, locale, today }) : null),
    [obs.data, population.data, populationReady, core, spec, locale, today],
  );
  const selectedItem = selected && model ? model.sourceOf(selected) : null;

  // "Henter data …" until the first model, as the HTML said it: controls and chart then appear together.
  if (useFirstLoad(!!model || !!obs.error)) return <PageLoading />;

  return (
    <div className="view compare-view">
      {showControls(spec) && (
        <SeriesControls core={core} offerSimilar spec={spec} setSpec={setSpec} breakdown={model?.breakdown} choices={model?.choices ?? ''} onIndicatorReset={(indicator) => ({ at: null, hidden: [], mode: startMode(core.indicators.find((i) => i.indicator === indicator)) })}>
          {model && model.periods.length > 0 && (
            <PeriodSelect label={t.period} periods={model.periods} value={model.period} onChange={(at) => setSpec({ at })} />
          )}
          {model && model.period && model.periods.length > 1 && (
            <label className="control">
              <span className="control-label">{t.compareSince}</span>
              <select value={model.since ?? ''} onChange={(e) => setSpec({ since: e.target.value || null })}>
                <option value="">{t.compareSinceNone}</option>
                {model.periods
                  .filter((p) => p < model.period!)
                  .reverse()
                  .map((p) => (
                    <option key={p} value={p}>
                      {locale.period(p, true)}
                    </option>
                  ))}
              </select>
            </label>
          )}
          {model && !model.since && isCount(model.indicator) && <MeasureChoice measures={model.measures} value={model.comparison?.measure === 'per1000' ? 'per1000' : 'absolute'} onChange={(mode) => setSpec({ mode })} />}
          {spec.areas.some((a) => a !== '000') && (
            <label className="control checkbox">
              <input type="checkbox" checked={spec.only} onChange={(e) => setSpec({ only: e.target.checked })} />
              {t.onlyChosen}
            </label>
          )}
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
        {model && <RankedBars model={model} onSelect={setSelected} />}
      </Frame>
    </div>
  );
}
