import { grantsTexts } from '../../i18n/texts/grants.ts';
import { textsWith } from '../../i18n/locale.ts';
import { useId, useRef, useState } from 'react';
import { Bar, BarChart, CartesianGrid, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartBox } from '../../charts/chart-box.tsx';
import { useSetSpec, useSpec } from '../../view/store.ts';
import { ChartActions } from '../common/chart-actions.tsx';
import type { LoadedCore } from '../common/queries.ts';
import { SourcePanel } from '../common/source-panel.tsx';
import { useLocale } from '../../i18n/use-locale.ts';
import { ControlsPanel } from '../common/controls-panel.tsx';
import { PHONE, useMediaQuery } from '../common/use-media-query.ts';
import { grantsModel, SORT_KEYS, sortParam, type GrantSort, type SortKey } from './model.ts';
import { MunicipalitySelect } from '../common/municipality-select.tsx';

/** The phone's sort menu: each column both ways, the largest amount first as on the table. */
const SORT_CHOICES: GrantSort[] = SORT_KEYS.flatMap((key): GrantSort[] => (key === 'amount' ? [{ key, ascending: false }, { key, ascending: true }] : [{ key, ascending: true }, { key, ascending: false }]));

export function GrantsView({ core }: { core: LoadedCore }) {
  const locale = useLocale();
  const t = textsWith(locale, grantsTexts);
  const spec = useSpec();
  const setSpec = useSetSpec();
  const id = useId();
  const card = useRef<HTMLElement>(null);
  const [sourceFor, setSourceFor] = useState<string | null>(null);
  const model = grantsModel(core, spec, locale);
  const { sort, rows, timeline, selected } = model;
  const sourceGrant = core.grants.find((g) => g.grant_id === sourceFor);
  const selectedGrant = selected?.grant;
  const lines = selected?.lines ?? [];
  const lineTicks = selected?.ticks ?? [];
  // A table of seven columns does not fit a phone; there each grant is a card with its amount.
  const phone = useMediaQuery(PHONE);

  const header = (key: SortKey, label: string, numeric = false) => {
    const active = sort.key === key;
    return (
      <th scope="col" aria-sort={active ? (sort.ascending ? 'ascending' : 'descending') : 'none'} className={numeric ? 'num' : undefined}>
        <button type="button" className="sort-button" onClick={() => setSpec({ sort: sortParam({ key, ascending: active ? !sort.ascending : !numeric }) })}>
          {label}
          <span aria-hidden="true">{active ? (sort.ascending ? ' ▲' : ' ▼') : ' ↕'}</span>
        </button>
      </th>
    );
  };


  return (
    <div className="view grants-view">
      <ControlsPanel choices={model.frame.choices}>
        <MunicipalitySelect value={spec.grantArea ?? ''} options={model.municipalities} allLabel={t.allMunicipalities} onChange={(code) => setSpec({ grantArea: code || null })} />
        <label className="control">
          <span className="control-label">{t.grantor}</span>
          <select value={spec.grantor ?? ''} onChange={(e) => setSpec({ grantor: e.target.value || null })}>
            <option value="">{t.allGrantors}</option>
            {model.grantors.map((g) => (
              <option key={g} value={g}>
                {g}
              </option>
            ))}
          </select>
        </label>
        {phone && (
          <label className="control">
            <span className="control-label">{t.sortBy}</span>
            <select value={sortParam(sort) ?? ''} onChange={(e) => setSpec({ sort: e.target.value || null })}>
              {SORT_CHOICES.map((s) => (
                <option key={sortParam(s) ?? ''} value={sortParam(s) ?? ''}>
                  {t.grantSorts[s.key]} {s.ascending ? '▲' : '▼'}
                </option>
              ))}
            </select>
          </label>
        )}
      </ControlsPanel>

      <section ref={card} className="chart-card" aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`} className="chart-title">
          {t.grantsTitle}
        </h2>
        <p className="chart-subtitle">{model.subtitle}</p>
        {rows.length === 0 ? (
          <div className="chart-placeholder empty" role="status">
            {t.emptyTitle}
          </div>
        ) : phone ? (
          <ul className="grant-cards">
            {rows.map(({ grant: g, municipality, amount, period, decided }) => (
              <li key={g.grant_id} data-grant={g.grant_id} className={g.grant_id === spec.grant ? 'grant-card selected' : 'grant-card'}>
                <button type="button" className="grant-card-title" aria-pressed={g.grant_id === spec.grant} onClick={() => setSpec({ grant: g.grant_id === spec.grant ? null : g.grant_id })}>
                  {g.title}
                </button>
                <p className="grant-card-amount">{amount}</p>
                <dl className="grant-card-facts">
                  <div>
                    <dt>{t.municipality}</dt>
                    <dd>{municipality}</dd>
                  </div>
                  <div>
                    <dt>{t.grantor}</dt>
                    <dd>{g.grantor}</dd>
                  </div>
                  <div>
                    <dt>{t.grantPeriod}</dt>
                    <dd>{period}</dd>
                  </div>
                  <div>
                    <dt>{t.decidedOn}</dt>
                    <dd>{decided}</dd>
                  </div>
                </dl>
                <button type="button" className="link-button" onClick={() => setSourceFor(g.grant_id)}>
                  {t.openSource}
                </button>
              </li>
            ))}
          </ul>
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
                  <th scope="col" className="source-cell">
                    {t.source}
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map(({ grant: g, municipality, amount, period, decided }) => (
                  <tr key={g.grant_id} data-grant={g.grant_id} className={g.grant_id === spec.grant ? 'selected' : undefined}>
                    <td>{municipality}</td>
                    <th scope="row">
                      <button type="button" className="link-button" aria-pressed={g.grant_id === spec.grant} onClick={() => setSpec({ grant: g.grant_id === spec.grant ? null : g.grant_id })}>
                        {g.title}
                      </button>
                    </th>
                    <td>{g.grantor}</td>
                    <td className="num">{amount}</td>
                    <td>{period}</td>
                    <td>{decided}</td>
                    <td className="source-cell">
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
        <p className="source-line">{model.sourceLine}</p>
        {rows.length > 0 && <ChartActions core={core} figure={card} model={model.frame} images={false} />}
      </section>

      {sourceGrant && (
        <SourcePanel
          core={core}
          title={`${t.sources}: ${sourceGrant.title}`}
          items={[
            {
              label: sourceGrant.title,
              valueText: model.amountOf(sourceGrant.grant_id),
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
                <span key={y} style={{ left: `${((y - timeline.years[0]!) / (timeline.years.length - 1)) * 100}%` }}>
                  {y}
                </span>
              ))}
            </div>
            {timeline.bars.map((b) => (
              <div key={b.grantId} className="timeline-row" role="listitem">
                <span className="timeline-label">{b.label}</span>
                <span className="timeline-track">
                  <span className="timeline-bar" style={{ left: `${b.start}%`, width: `${b.width}%` }} title={b.text}>
                    <span className="visually-hidden">{b.text}</span>
                  </span>
                </span>
              </div>
            ))}
          </div>
        </section>
      )}

      {selected && selectedGrant && (
        <section className="chart-card grant-detail" aria-labelledby={`${id}-detail`}>
          <h2 id={`${id}-detail`} className="chart-title">
            {selectedGrant.title}
          </h2>
          <p className="chart-subtitle">
            {selected.subtitle}
          </p>
          {selected.guarantee && (
            <div className="guarantee" aria-label={t.guaranteeLabel}>
              <div className="guarantee-bar" aria-hidden="true">
                <span className="guaranteed" style={{ flexGrow: selected.guarantee.guaranteed }} />
                <span className="at-risk" style={{ flexGrow: selected.guarantee.atRisk }} />
              </div>
              <dl className="guarantee-legend">
                <div>
                  <dt>
                    <span className="swatch guaranteed" aria-hidden="true" />
                    {t.guaranteed}
                  </dt>
                  <dd>{selected.guarantee.guaranteedText}</dd>
                </div>
                <div>
                  <dt>
                    <span className="swatch at-risk" aria-hidden="true" />
                    {t.atRisk}
                  </dt>
                  <dd>{selected.guarantee.atRiskText}</dd>
                </div>
              </dl>
            </div>
          )}
          {lines.length === 0 ? (
            <p>{t.noBudgetLines}</p>
          ) : (
            <>
              <h3 className="subheading">{t.budgetLines}</h3>
              <ChartBox height={lines.length * 40 + 50}>
                {(size) => (
                  <BarChart width={size.width} height={size.height} data={lines} layout="vertical" margin={{ top: 4, right: 96, bottom: 4, left: 8 }}>
                    <CartesianGrid horizontal={false} stroke="#e3e3e3" />
                    <XAxis type="number" tickFormatter={locale.axisFor(lineTicks)} tick={{ fontSize: 12 }} ticks={lineTicks} domain={[0, lineTicks.at(-1) ?? 'auto']} interval={0} />
                    <YAxis type="category" dataKey="line" width={Math.min(220, size.width / 3)} tick={{ fontSize: 12 }} interval={0} />
                    {!size.print && <Tooltip formatter={(_value, _name, item) => (item.payload as { text: string }).text} />}
                    <Bar dataKey="amount_dkk" name={t.amount} fill="#0072B2" isAnimationActive={false}>
                      <LabelList dataKey="text" position="right" style={{ fontSize: 11 }} />
                    </Bar>
                  </BarChart>
                )}
              </ChartBox>
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
                      <td className="num">{l.text}</td>
                    </tr>
                  ))}
                  <tr className="total">
                    <th scope="row">{t.total}</th>
                    <td className="num">{selected.total}</td>
                  </tr>
                </tbody>
              </table>
              <p className="source-line">{selected.sourceLine}</p>
              {selected.differs && <p className="hint">{selected.differs}</p>}
            </>
          )}
        </section>
      )}
    </div>
  );
}
