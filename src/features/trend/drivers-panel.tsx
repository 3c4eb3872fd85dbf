import type { Indicator } from '../../data/contract.ts';
import { useLocale } from '../../i18n/use-locale.ts';
import { breakdownLabel } from '../../model/breakdown.ts';
import { contributions } from '../../model/contributions.ts';
import type { LoadedCore } from '../common/queries.ts';
import { useObservations } from '../common/use-core.ts';

/**
 * What drove the change of the first chosen area over the periods shown: each breakdown's part
 * (they add up to the total), and the part the national trend explains.
 */
export function DriversPanel({ core, indicator, area, from, to }: { core: LoadedCore; indicator: Indicator; area: string; from: string; to: string }) {
  const locale = useLocale();
  const t = locale.t;
  // The chart fetched the total; the parts are fetched when the panel is shown.
  const table = useObservations(indicator.indicator, { all: true }).data;
  const breakdowns = core.catalog.find((c) => c.indicator === indicator.indicator)?.breakdowns ?? [];
  const c = table ? contributions(table, area, breakdowns, from, to) : null;
  if (!c || c.parts.length < 2) return null;
  const name = core.municipalities.find((m) => m.code === area)?.name ?? area;
  const label = locale.indicatorLabel(indicator);
  // A share's parts change by percentage points with one decimal; a count's by whole persons.
  const pct = indicator.unit === 'pct';
  const signed = (v: number) => (pct ? locale.change(v, 1, t.percentagePoints) : locale.change(v, 0));
  const level = (v: number) => (pct ? `${locale.number(v, 1, 1)} %` : locale.number(v, 0));
  const smallest = pct ? 0.05 : 0.5;
  const rows = [
    ...c.parts.map((p) => ({ key: p.breakdown, name: breakdownLabel(core, indicator.indicator, p.breakdown, locale), change: p.change })),
    ...(Math.abs(c.rest) >= smallest ? [{ key: 'rest', name: t.driversRest, change: c.rest }] : []),
  ];
  const largest = Math.max(...rows.map((r) => Math.abs(r.change)), 2 * smallest);
  const range = locale.periodRange(from, to);
  return (
    <section className="chart-card drivers" aria-label={t.driversTitle(name, range)}>
      <h3 className="control-label">{t.driversTitle(name, range)}</h3>
      <p>
        {t.driversSentence(label, name, locale.period(from, true), locale.period(to, true), signed(c.total.change), level(c.total.from), level(c.total.to))}{' '}
        {c.national && t.driversNational(locale.change(c.national.pct, 1, '%'), signed(c.national.change), signed(c.total.change - c.national.change))}
      </p>
      {/* A list, not a table: the view's table of figures stays the only table on the page. */}
      <ul className="drivers-list" aria-label={`${t.driversBreakdown}: ${t.driversChange}`}>
        {rows.map((r) => (
          <li key={r.key} data-breakdown={r.key}>
            <span className="driver-name">{r.name}</span>
            <span className="num" data-value={r.change}>
              {signed(r.change)}
            </span>
            <span className="driver-track">
              <span className={r.change < 0 ? 'driver-bar fall' : 'driver-bar rise'} style={{ width: `${(100 * Math.abs(r.change)) / largest}%` }} />
            </span>
          </li>
        ))}
        <li className="total" data-breakdown="all">
          <span className="driver-name">{t.driversTotal}</span>
          <span className="num" data-value={c.total.change}>
            {signed(c.total.change)}
          </span>
          <span className="driver-track" />
        </li>
      </ul>
    </section>
  );
}
