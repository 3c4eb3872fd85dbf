import { useId, useMemo, useState } from 'react';
import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { sourceLineFor } from '../../charts/source-line.ts';
import { niceTicks } from '../../charts/ticks.ts';
import type { CoreBundle } from '../../data/bundle.ts';
import type { Grant } from '../../data/contract.ts';
import { areaNames } from '../../data/labels.ts';
import { formatAxis, formatDate, formatNumber, formatValue } from '../../format/format.ts';
import { texts } from '../../i18n/texts.ts';
import { useSetSpec, useSpec } from '../../view/store.ts';
import { SourcePanel } from '../common/source-panel.tsx';

type SortKey = 'municipality' | 'title' | 'grantor' | 'amount' | 'start' | 'decided';

const sortValue = (g: Grant, key: SortKey, names: Map<string, string>): string | number => {
  switch (key) {
    case 'municipality':
      return names.get(g.municipality_code) ?? '';
    case 'title':
      return g.title;
    case 'grantor':
      return g.grantor;
    case 'amount':
      return g.amount_dkk;
    case 'start':
      return g.period_start;
    case 'decided':
      return g.decided_on;
  }
};

const dkk = (v: number | null) => formatValue(v, 'dkk');

export function GrantsView({ core }: { core: CoreBundle }) {
  const t = texts();
  const spec = useSpec();
  const setSpec = useSetSpec();
  const id = useId();
  const names = useMemo(() => areaNames(core), [core]);
  const [sort, setSort] = useState<{ key: SortKey; ascending: boolean }>({ key: 'amount', ascending: false });
  const [municipality, setMunicipality] = useState('');
  const [grantor, setGrantor] = useState('');
  const [sourceFor, setSourceFor] = useState<string | null>(null);

  const grantors = [...new Set(core.grants.map((g) => g.grantor))].sort((a, b) => a.localeCompare(b, 'da'));
  const municipalities = [...new Set(core.grants.map((g) => g.municipality_code))].sort((a, b) => (names.get(a) ?? a).localeCompare(names.get(b) ?? b, 'da'));
  const rows = core.grants
    .filter((g) => (!municipality || g.municipality_code === municipality) && (!grantor || g.grantor === grantor))
    .sort((a, b) => {
      const va = sortValue(a, sort.key, names);
      const vb = sortValue(b, sort.key, names);
      const c = typeof va === 'number' && typeof vb === 'number' ? va - vb : String(va).localeCompare(String(vb), 'da');
      return sort.ascending ? c : -c;
    });
  const selected = core.grants.find((g) => g.grant_id === spec.grant) ?? null;
  const lines = selected ? core.grantLines.filter((l) => l.grant_id === selected.grant_id) : [];
  const total = rows.reduce((a, g) => a + g.amount_dkk, 0);
  const lineTicks = niceTicks(0, Math.max(0, ...lines.map((l) => l.amount_dkk)));

  const header = (key: SortKey, label: string, numeric = false) => {
    const active = sort.key === key;
    return (
      <th scope="col" aria-sort={active ? (sort.ascending ? 'ascending' : 'descending') : 'none'} className={numeric ? 'num' : undefined}>
        <button type="button" className="sort-button" onClick={() => setSort({ key, ascending: active ? !sort.ascending : !numeric })}>
          {label}
          <span aria-hidden="true">{active ? (sort.ascending ? ' ▲' : ' ▼') : ' ↕'}</span>
        </button>
      </th>
    );
  };

  const timeline = timelineScale(rows);
  const sourceGrant = core.grants.find((g) => g.grant_id === sourceFor);

  return (
    <div className="view grants-view">
      <div className="controls" role="group" aria-label="Valg">
        <label className="control">
          <span className="control-label">{t.municipality}</span>
          <select value={municipality} onChange={(e) => setMunicipality(e.target.value)}>
            <option value="">{t.allMunicipalities}</option>
            {municipalities.map((c) => (
              <option key={c} value={c}>
                {names.get(c) ?? c}
              </option>
            ))}
          </select>
        </label>
        <label className="control">
          <span className="control-label">{t.grantor}</span>
          <select value={grantor} onChange={(e) => setGrantor(e.target.value)}>
            <option value="">{t.allGrantors}</option>
            {grantors.map((g) => (
              <option key={g} value={g}>
                {g}
              </option>
            ))}
          </select>
        </label>
      </div>

      <section className="chart-card" aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`} className="chart-title">
          {t.grantsTitle}
        </h2>
        <p className="chart-subtitle">{t.grantsSubtitle(rows.length, dkk(total))}</p>
        {rows.length === 0 ? (
          <div className="chart-placeholder empty" role="status">
            {t.emptyTitle}
          </div>
        ) : (
          <div className="table-wrap">
            <table className="data-table grants-table">
              <caption className="visually-hidden">{t.grantsTitle}</caption>
              <thead>
                <tr>
                  {header('municipality', t.municipality)}
                  {header('title', t.grantTitle)}
                  {header('grantor', t.grantor)}
                  {header('amount', t.amount, true)}
                  {header('start', t.grantPeriod)}
                  {header('decided', t.decidedOn)}
                  <th scope="col">{t.source}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((g) => (
                  <tr key={g.grant_id} data-grant={g.grant_id} className={g.grant_id === spec.grant ? 'selected' : undefined}>
                    <td>{names.get(g.municipality_code)}</td>
                    <th scope="row">
                      <button type="button" className="link-button" aria-pressed={g.grant_id === spec.grant} onClick={() => setSpec({ grant: g.grant_id === spec.grant ? null : g.grant_id })}>
                        {g.title}
                      </button>
                    </th>
                    <td>{g.grantor}</td>
                    <td className="num">{dkk(g.amount_dkk)}</td>
                    <td>{g.period_start ? `${formatDate(g.period_start)} – ${formatDate(g.period_end)}` : '–'}</td>
                    <td>{g.decided_on ? formatDate(g.decided_on) : '–'}</td>
                    <td>
                      <button type="button" className="link-button" onClick={() => setSourceFor(g.grant_id)}>
                        {t.openSource}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <p className="source-line">{sourceLineFor(core, rows.map((g) => g.source_id))}</p>
      </section>

      {sourceGrant && (
        <SourcePanel
          core={core}
          title={`${t.sources}: ${sourceGrant.title}`}
          items={[
            {
              label: sourceGrant.title,
              valueText: dkk(sourceGrant.amount_dkk),
              observation: { period: sourceGrant.decided_on || sourceGrant.period_start || '', source_id: sourceGrant.source_id, item: sourceGrant.item, quote: sourceGrant.quote, kind: 'actual' },
            },
          ]}
          onClose={() => setSourceFor(null)}
        />
      )}

      {timeline && (
        <section className="chart-card" aria-labelledby={`${id}-timeline`}>
          <h2 id={`${id}-timeline`} className="chart-title">
            {t.grantTimeline}
          </h2>
          <p className="chart-subtitle">{t.grantTimelineSubtitle}</p>
          <div className="timeline" role="list">
            <div className="timeline-axis" aria-hidden="true">
              {timeline.years.map((y) => (
                <span key={y} style={{ left: `${timeline.x(Date.UTC(y, 0, 1))}%` }}>
                  {y}
                </span>
              ))}
            </div>
            {rows
              .filter((g) => g.period_start && g.period_end)
              .map((g) => {
                const start = timeline.x(Date.parse(g.period_start));
                const end = timeline.x(Date.parse(g.period_end) + 86_400_000);
                return (
                  <div key={g.grant_id} className="timeline-row" role="listitem">
                    <span className="timeline-label">
                      {names.get(g.municipality_code)}: {g.title}
                    </span>
                    <span className="timeline-track">
                      <span className="timeline-bar" style={{ left: `${start}%`, width: `${Math.max(end - start, 0.5)}%` }} title={`${formatDate(g.period_start)} – ${formatDate(g.period_end)}`}>
                        <span className="visually-hidden">
                          {formatDate(g.period_start)} – {formatDate(g.period_end)}
                        </span>
                      </span>
                    </span>
                  </div>
                );
              })}
          </div>
        </section>
      )}

      {selected && (
        <section className="chart-card grant-detail" aria-labelledby={`${id}-detail`}>
          <h2 id={`${id}-detail`} className="chart-title">
            {selected.title}
          </h2>
          <p className="chart-subtitle">
            {names.get(selected.municipality_code)} · {selected.grantor} · {dkk(selected.amount_dkk)}
          </p>
          {selected.guaranteed_dkk !== null && selected.at_risk_dkk !== null && (
            <div className="guarantee" aria-label={t.guaranteeLabel}>
              <div className="guarantee-bar" aria-hidden="true">
                <span className="guaranteed" style={{ flexGrow: selected.guaranteed_dkk }} />
                <span className="at-risk" style={{ flexGrow: selected.at_risk_dkk }} />
              </div>
              <dl className="guarantee-legend">
                <div>
                  <dt>
                    <span className="swatch guaranteed" aria-hidden="true" />
                    {t.guaranteed}
                  </dt>
                  <dd>{dkk(selected.guaranteed_dkk)}</dd>
                </div>
                <div>
                  <dt>
                    <span className="swatch at-risk" aria-hidden="true" />
                    {t.atRisk}
                  </dt>
                  <dd>{dkk(selected.at_risk_dkk)}</dd>
                </div>
              </dl>
            </div>
          )}
          {lines.length === 0 ? (
            <p>{t.noBudgetLines}</p>
          ) : (
            <>
              <h3 className="subheading">{t.budgetLines}</h3>
              <div className="chart-box" style={{ height: lines.length * 40 + 50 }}>
                <ResponsiveContainer width="100%" height="100%">
                  <BarChart data={lines} layout="vertical" margin={{ top: 4, right: 96, bottom: 4, left: 8 }}>
                    <CartesianGrid horizontal={false} stroke="#e3e3e3" />
                    <XAxis type="number" tickFormatter={formatAxis} tick={{ fontSize: 12 }} ticks={lineTicks} domain={[0, lineTicks.at(-1) ?? 'auto']} interval={0} />
                    <YAxis type="category" dataKey="line" width={220} tick={{ fontSize: 12 }} interval={0} />
                    <Tooltip formatter={(v) => dkk(Number(v))} />
                    <Bar dataKey="amount_dkk" name={t.amount} fill="#0072B2" isAnimationActive={false}>
                      <LabelList dataKey="amount_dkk" position="right" formatter={(v: unknown) => `${formatNumber(Number(v), 0)} kr.`} style={{ fontSize: 11 }} />
                    </Bar>
                  </BarChart>
                </ResponsiveContainer>
              </div>
              <table className="data-table budget-lines">
                <caption className="visually-hidden">{t.budgetLines}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t.budgetLine}</th>
                    <th scope="col" className="num">
                      {t.amount}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {lines.map((l) => (
                    <tr key={l.line}>
                      <th scope="row">{l.line}</th>
                      <td className="num">{dkk(l.amount_dkk)}</td>
                    </tr>
                  ))}
                  <tr className="total">
                    <th scope="row">{t.total}</th>
                    <td className="num">{dkk(lines.reduce((a, l) => a + l.amount_dkk, 0))}</td>
                  </tr>
                </tbody>
              </table>
              <p className="source-line">{sourceLineFor(core, [selected.source_id])}</p>
              {selected.budget_total_dkk !== null && selected.budget_total_dkk !== selected.amount_dkk && (
                <p className="hint">{t.budgetDiffers(dkk(selected.budget_total_dkk), dkk(selected.amount_dkk))}</p>
              )}
            </>
          )}
        </section>
      )}
    </div>
  );
}

function timelineScale(grants: Grant[]) {
  const dated = grants.filter((g) => g.period_start && g.period_end);
  if (dated.length === 0) return null;
  const firstYear = Math.min(...dated.map((g) => Number(g.period_start.slice(0, 4))));
  const lastYear = Math.max(...dated.map((g) => Number(g.period_end.slice(0, 4)))) + 1;
  const t0 = Date.UTC(firstYear, 0, 1);
  const t1 = Date.UTC(lastYear, 0, 1);
  const years = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => firstYear + i);
  return { years, x: (time: number) => ((time - t0) / (t1 - t0)) * 100 };
}
