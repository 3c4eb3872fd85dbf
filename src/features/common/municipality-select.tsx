import { useLocale } from '../../i18n/use-locale.ts';

/** One municipality from a list, under the label "Kommune"; with `allLabel`, an option for all of them (the value ''). */
export function MunicipalitySelect({ value, options, onChange, allLabel, className = 'control' }: { value: string; options: { code: string; name: string }[]; onChange: (code: string) => void; allLabel?: string; className?: string }) {
  const t = useLocale().t;
  return (
    <label className={className}>
      <span className="control-label">{t.municipality}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        {allLabel !== undefined && <option value="">{allLabel}</option>}
        {options.map((m) => (
          <option key={m.code} value={m.code}>
            {m.name}
          </option>
        ))}
      </select>
    </label>
  );
}
