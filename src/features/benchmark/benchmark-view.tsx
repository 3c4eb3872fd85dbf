import { todayIso } from '../../data/today.ts';
import { useMemo, useState } from 'react';
import { BENCHMARK, type BenchmarkTables } from '../../data/benchmark.ts';
import { NATIONAL } from '../../data/national.ts';
import { useSetSpec, useSpec } from '../../view/store.ts';
import { showControls, type ViewSpec } from '../../view/view-spec.ts';
import { AreaPicker } from '../common/area-picker.tsx';
import { ControlsPanel } from '../common/controls-panel.tsx';
import { Frame } from '../common/frame.tsx';
import { PeriodSelect } from '../common/period-range.tsx';
import type { LoadedCore } from '../common/queries.ts';
import { SourcePanel } from '../common/source-panel.tsx';
import { PageLoading, useFirstLoad } from '../common/page-loading.tsx';
import { useObservations } from '../common/use-core.ts';
import { useLocale } from '../../i18n/use-locale.ts';
import { DevelopmentChart } from './development-chart.tsx';
import { benchmarkModel, type BenchmarkModel, type SimilarSet } from './model.ts';
import { BenchmarkScatter } from './scatter.tsx';

/** The four benchmark tables, or what keeps them from being ready. */
function useBenchmarkTables(enabled = true) {
  const share = useObservations(enabled ? BENCHMARK.share : undefined);
  const difference = useObservations(enabled ? BENCHMARK.difference : undefined);
  const rank = useObservations(enabled ? BENCHMARK.rank : undefined);
  const count = useObservations(enabled ? BENCHMARK.count : undefined);
  const tables: BenchmarkTables | null = share.data && difference.data && rank.data ? { share: share.data, difference: difference.data, rank: rank.data, count: count.data } : null;
  return { tables, pending: share.isPending || difference.isPending || rank.isPending || count.isPending, error: share.error ?? difference.error ?? rank.error ?? count.error };
}

export function BenchmarkView({ core }: { core: LoadedCore }) {
  const locale = useLocale();
  const t = locale.t;
  const b = t.benchmark;
  const spec = useSpec();
  const setSpec = useSetSpec();
  const [selected, setSelected] = useState<string | null>(null);
  const available = core.catalog.some((c) => c.indicator === BENCHMARK.share);
  const { tables, pending, error } = useBenchmarkTables(available);
  const model = useMemo(() => (tables ? benchmarkModel({ core, tables, spec, locale, today: todayIso() }) : null), [tables, core, spec, locale]);
  const toggle = (code: string) => setSpec({ areas: spec.areas.includes(code) ? spec.areas.filter((a) => a !== code) : [...spec.areas.filter((a) => a !== NATIONAL), code] });
  const selectedItem = selected && model ? model.sourceOf(selected) : null;
  const firstLoad = useFirstLoad(!!model || !!error);

  if (!available) {
    return (
      <div className="view benchmark-view">
        <div className="chart-placeholder empty" role="status">
          <strong>{t.emptyTitle}</strong>
          <p>{b.noData}</p>
        </div>
      </div>
    );
  }

  // "Henter data …" until the first model, as the HTML said it: controls and charts then appear together.
  if (firstLoad) return <PageLoading />;

  return (
    <div className="view benchmark-view">
      {showControls(spec) && (
        <ControlsPanel choices={model?.choices ?? ''}>
          <AreaPicker core={core} selected={spec.areas} onChange={(areas) => setSpec({ areas })} />
          {model && (
            <>
              <label className="control">
                <span className="control-label">{b.group}</span>
                <select value={model.group} onChange={(e) => setSpec({ breakdown: e.target.value })}>
                  {model.groups.map((g) => (
                    <option key={g.id} value={g.id}>
                      {g.label}
                    </option>
                  ))}
                </select>
              </label>
              <PeriodSelect label={b.period} periods={model.periods} value={model.period} onChange={(at) => setSpec({ at })} />
            </>
          )}
        </ControlsPanel>
      )}
      <Frame
        core={core}
        model={model}
        legend="static"
        status={{ pending, error }}
        onSelect={setSelected}
        after={selectedItem && <SourcePanel core={core} title={`${t.sources}: ${selectedItem.label}`} items={[selectedItem]} onClose={() => setSelected(null)} />}
      >
        {model && <BenchmarkScatter model={model} onToggle={toggle} />}
      </Frame>
      {model?.similar && !spec.embed && <SimilarConditions similar={model.similar} setSpec={setSpec} />}
      {model?.development && (
        <Frame core={core} model={model.development}>
          <DevelopmentChart model={model.development} />
        </Frame>
      )}
      {model && !model.empty && !spec.embed && <RankedList model={model} onToggle={toggle} />}
    </div>
  );
}

/** The municipalities with the nearest expected share, one click from being the comparison set. */
function SimilarConditions({ similar, setSpec }: { similar: SimilarSet; setSpec: (patch: Partial<ViewSpec>) => void }) {
  const locale = useLocale();
  const b = locale.t.benchmark;
  const members = similar.members.map((m) => m.code);
  const links: [keyof typeof b.similarIn, Partial<ViewSpec>][] = [
    ['report', { view: 'report', areas: [similar.code], peers: [NATIONAL, ...members] }],
    ['compare', { view: 'compare', areas: [similar.code, ...members], at: null, breakdown: 'all', hidden: [] }],
    ['trend', { view: 'trend', areas: [similar.code, ...members], at: null, breakdown: 'all', hidden: [] }],
  ];
  return (
    <section className="similar-conditions" aria-labelledby="similar-title">
      <h2 id="similar-title">{b.similarTitle(similar.name)}</h2>
      <p>{b.similarBody(similar.expectedText, similar.periodText)}</p>
      <ul className="similar-list">
        {similar.members.map((m) => (
          <li key={m.code}>
            {m.name} <span className="muted">({m.expectedText})</span>
          </li>
        ))}
      </ul>
      <p className="similar-actions no-print">
        <span>{b.similarUse}</span>
        {links.map(([view, patch]) => (
          <button key={view} type="button" onClick={() => setSpec(patch)}>
            {b.similarIn[view]}
          </button>
        ))}
      </p>
    </section>
  );
}

/** All 98 by their place on the list, each difference as a bar either side of "as expected". */
function RankedList({ model, onToggle }: { model: BenchmarkModel; onToggle: (code: string) => void }) {
  const locale = useLocale();
  const b = locale.t.benchmark;
  const scale = model.maxAbsDifference || 1;
  return (
    <section className="ranked-list no-print" aria-labelledby="ranked-title">
      <h2 id="ranked-title">{b.rankedTitle}</h2>
      <p className="muted">{b.rankDirection}</p>
      <div className="benchmark-row benchmark-head" aria-hidden="true">
        <span className="benchmark-rank">{b.rankShort}</span>
        <span className="benchmark-name">{locale.t.area}</span>
        <span className="benchmark-bar">
          <span className="below-label">{b.fewer}</span>
          <span className="above-label">{b.more}</span>
        </span>
        <span className="benchmark-diff">{b.difference}</span>
        <span className="benchmark-values">{b.actualExpected}</span>
      </div>
      <ol className="benchmark-rows">
        {model.ranked.map((p) => (
          <li key={p.code} className={p.chosen ? 'benchmark-row chosen' : 'benchmark-row'} data-code={p.code}>
            <span className="benchmark-rank">{p.rank ?? '–'}</span>
            <button type="button" className="benchmark-name" aria-pressed={p.chosen} onClick={() => onToggle(p.code)} title={p.label}>
              {p.name}
            </button>
            <span className="benchmark-bar" aria-hidden="true">
              <span
                className={`bar ${p.side}`}
                style={p.difference < 0 ? { right: '50%', width: `${(Math.abs(p.difference) / scale) * 50}%` } : { left: '50%', width: `${(p.difference / scale) * 50}%` }}
              />
            </span>
            <span className="benchmark-diff">{p.differenceText}</span>
            <span className="benchmark-values">
              {p.actualText} / {p.expectedText}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
