import { useId, useState } from 'react';
import { comparePeriods, isPeriod, parsePeriod } from '../../data/period.ts';
import { useLocale } from '../../i18n/use-locale.ts';

interface Props {
  periods: string[];
  from: string | null;
  to: string | null;
  onChange: (from: string | null, to: string | null) => void;
}

/** A period range set by typing (2022-07, 2022-Q3, 2022) or by dragging two sliders. */
export function PeriodRange({ periods, from, to, onChange }: Props) {
  const locale = useLocale();
  const t = locale.t;
  const id = useId();
  const last = periods.length - 1;
  const indexOf = (p: string | null, fallback: number) => {
    if (!p) return fallback;
    const i = periods.findIndex((x) => comparePeriods(x, p) >= 0);
    return i < 0 ? last : i;
  };
  const lo = indexOf(from, 0);
  const hi = Math.max(lo, to ? periods.reduce((acc, x, i) => (comparePeriods(x, to) <= 0 ? i : acc), lo) : last);
  const emit = (a: number, b: number) => onChange(a <= 0 ? null : periods[a]!, b >= last ? null : periods[b]!);
  if (periods.length < 2) return null;
  // Windows are too long to type, and a series that mixes years and months is chosen by its own names: both from a list.
  const granularities = new Set(periods.map((p) => parsePeriod(p)?.granularity));
  const windows = granularities.has('window') || granularities.size > 1;
  return (
    <fieldset className="period-range">
      <legend className="control-label">{t.periodRange}</legend>
      {windows ? (
        <div className="period-inputs">
          {([['from', t.periodFrom, lo], ['to', t.periodTo, hi]] as const).map(([end, label, index]) => (
            <label key={end} className="period-input">
              <span>{label}</span>
              <select value={index} onChange={(e) => (end === 'from' ? emit(Number(e.target.value), Math.max(hi, Number(e.target.value))) : emit(Math.min(lo, Number(e.target.value)), Number(e.target.value)))}>
                {periods.map((p, i) => (
                  <option key={p} value={i}>
                    {locale.period(p)}
                  </option>
                ))}
              </select>
            </label>
          ))}
        </div>
      ) : (
        <div className="period-inputs">
          <PeriodInput key={`from-${periods[lo]}`} id={`${id}-from`} label={t.periodFrom} value={periods[lo]!} onCommit={(p) => emit(indexOf(p, 0), Math.max(hi, indexOf(p, 0)))} />
          <PeriodInput key={`to-${periods[hi]}`} id={`${id}-to`} label={t.periodTo} value={periods[hi]!} onCommit={(p) => emit(Math.min(lo, indexOf(p, last)), periods.reduce((acc, x, i) => (comparePeriods(x, p) <= 0 ? i : acc), 0))} />
        </div>
      )}
      <div className="sliders">
        <input type="range" min={0} max={last} value={lo} aria-label={`${t.periodFrom}: ${locale.period(periods[lo]!)}`} aria-valuetext={locale.period(periods[lo]!)} onChange={(e) => emit(Math.min(Number(e.target.value), hi), hi)} />
        <input type="range" min={0} max={last} value={hi} aria-label={`${t.periodTo}: ${locale.period(periods[hi]!)}`} aria-valuetext={locale.period(periods[hi]!)} onChange={(e) => emit(lo, Math.max(Number(e.target.value), lo))} />
      </div>
    </fieldset>
  );
}

function PeriodInput({ id, label, value, onCommit }: { id: string; label: string; value: string; onCommit: (p: string) => void }) {
  const [draft, setDraft] = useState(value);
  const valid = isPeriod(draft.trim());
  const commit = () => {
    if (valid && draft.trim() !== value) onCommit(draft.trim());
    else if (!valid) setDraft(value);
  };
  return (
    <label htmlFor={id} className="period-input">
      <span>{label}</span>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        value={draft}
        aria-invalid={!valid}
        title="ÅÅÅÅ-MM, ÅÅÅÅ-Qn eller ÅÅÅÅ"
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
        }}
      />
    </label>
  );
}

/** One period from a list, the newest first: the period a comparison across areas is made at. */
export function PeriodSelect({ label, periods, value, onChange }: { label: string; periods: string[]; value: string | null; onChange: (period: string) => void }) {
  const locale = useLocale();
  return (
    <label className="control">
      <span className="control-label">{label}</span>
      <select value={value ?? ''} onChange={(e) => onChange(e.target.value)}>
        {[...periods].reverse().map((p) => (
          <option key={p} value={p}>
            {locale.period(p, true)}
          </option>
        ))}
      </select>
    </label>
  );
}
