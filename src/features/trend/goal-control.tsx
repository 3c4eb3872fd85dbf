import { useId, useState } from 'react';
import { parseNumber } from '../../import/formats.ts';
import { useLocale } from '../../i18n/use-locale.ts';
import type { Goal } from '../../view/view-spec.ts';

/**
 * A committee's target for the first area: a level and one of the forecast's months. The level is
 * taken when the field is left or Enter is pressed, so typing "450" asks for one forecast, not three.
 */
export function GoalControl({ area, months, goal, onChange }: { area: string; months: readonly string[]; goal: Goal | null; onChange: (goal: Goal | null) => void }) {
  const locale = useLocale();
  const t = locale.t;
  const id = useId();
  const danish = locale.lang === 'da';
  // The level as the reader writes it, through the locale's own formatter: "4,5" and "4.500" in
  // Danish, "4.5" and "4,500" in English; parseNumber reads both back.
  const written = (g: Goal | null) => (g ? locale.number(g.value, 6) : '');
  const [text, setText] = useState(written(goal));
  const [invalid, setInvalid] = useState(false);
  // Back and forward change the target under the field: the field follows.
  const [shown, setShown] = useState(goal);
  if (goal !== shown && (goal?.value !== shown?.value || goal?.at !== shown?.at)) {
    setShown(goal);
    setText(written(goal));
    setInvalid(false);
  }
  const options = goal && !months.includes(goal.at) ? [...months, goal.at] : months;
  const [month, setMonth] = useState(goal?.at ?? months.at(-1) ?? '');
  // Until a month is chosen, the forecast's last: its months arrive after the field does.
  const at = goal?.at ?? (month || options.at(-1) || '');
  const commit = (value: string, when: string) => {
    const number = parseNumber(value, danish);
    setInvalid(number === undefined);
    if (number === null) onChange(null);
    else if (number !== undefined && when) onChange({ value: number, at: when });
  };
  return (
    <fieldset className="control goal-control">
      <legend className="control-label">{t.goalControl(area)}</legend>
      <label>
        <span>{t.goalValue}</span>
        <input
          type="text"
          inputMode="decimal"
          value={text}
          aria-invalid={invalid}
          aria-describedby={invalid ? `${id}-invalid` : undefined}
          onChange={(e) => setText(e.target.value)}
          onBlur={() => commit(text, at)}
          onKeyDown={(e) => e.key === 'Enter' && commit(text, at)}
        />
      </label>
      {invalid && (
        <p id={`${id}-invalid`} className="error" role="alert">
          {t.goalInvalid}
        </p>
      )}
      <label>
        <span>{t.goalMonth}</span>
        <select
          value={at}
          onChange={(e) => {
            setMonth(e.target.value);
            if (goal) onChange({ ...goal, at: e.target.value });
          }}
        >
          {options.map((p) => (
            <option key={p} value={p}>
              {locale.period(p, true)}
            </option>
          ))}
        </select>
      </label>
      {goal && (
        <button
          type="button"
          className="link-button"
          onClick={() => {
            setText('');
            onChange(null);
          }}
        >
          {t.goalClear}
        </button>
      )}
    </fieldset>
  );
}
