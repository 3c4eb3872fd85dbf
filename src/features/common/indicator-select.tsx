import type { CoreBundle } from '../../data/bundle.ts';
import { isUserSource } from '../../import/merge.ts';
import { useLocale } from '../../i18n/use-locale.ts';

/** Indicators that have data, official series first, then figures from minutes. */
export function IndicatorSelect({ core, value, onChange, label, none }: { core: CoreBundle; value: string; onChange: (indicator: string) => void; label?: string; none?: string }) {
  const locale = useLocale();
  const t = locale.t;
  const withData = new Set(core.catalog.map((c) => c.indicator));
  const official = new Set(core.sources.filter((s) => !s.meeting_date && !isUserSource(s.source_id)).map((s) => s.source_id));
  const isUser = (id: string) => core.catalog.find((c) => c.indicator === id)?.sources.some(isUserSource) ?? false;
  const isOfficial = (id: string) => core.catalog.find((c) => c.indicator === id)?.sources.every((s) => official.has(s)) ?? false;
  const list = core.indicators.filter((i) => withData.has(i.indicator)).sort((a, b) => locale.collator.compare(locale.indicatorLabel(a), locale.indicatorLabel(b)));
  const groups = [
    { label: t.indicatorOfficial, items: list.filter((i) => isOfficial(i.indicator)) },
    { label: t.indicatorMinutes, items: list.filter((i) => !isOfficial(i.indicator) && !isUser(i.indicator)) },
    { label: t.indicatorUser, items: list.filter((i) => isUser(i.indicator)) },
  ].filter((g) => g.items.length > 0);
  return (
    <label className="control indicator-control">
      <span className="control-label">{label ?? t.indicator}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        {none !== undefined && <option value="">{none}</option>}
        {!withData.has(value) && value !== '' && <option value={value}>{value}</option>}
        {groups.map((g) => (
          <optgroup key={g.label} label={g.label}>
            {g.items.map((i) => (
              <option key={i.indicator} value={i.indicator}>
                {locale.indicatorLabel(i)}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </label>
  );
}
