import { importTexts } from '../../i18n/texts/import.ts';
import { textsWith } from '../../i18n/locale.ts';
import { useId } from 'react';
import type { Duplicate, DuplicateChoice } from '../../import/outcome.ts';
import { useLocale } from '../../i18n/use-locale.ts';

const SHOWN = 50;

/** Every figure the file gives twice, with all its values; nothing is saved until the user chooses. */
export function DuplicatesChoice({ duplicates, names, choice, onChoose }: { duplicates: Duplicate[]; names: Map<string, string>; choice: DuplicateChoice | null; onChoose: (c: DuplicateChoice) => void }) {
  const locale = useLocale();
  const t = textsWith(locale, importTexts);
  const id = useId();
  return (
    <fieldset className="duplicates">
      <legend>{t.importDuplicates(duplicates.length)}</legend>
      <p className="hint">{t.importDuplicatesHint}</p>
      <div className="table-wrap">
        <table className="data-table">
          <caption className="visually-hidden">{t.importDuplicates(duplicates.length)}</caption>
          <thead>
            <tr>
              <th scope="col">{t.area}</th>
              <th scope="col">{t.period}</th>
              <th scope="col">{t.breakdown}</th>
              <th scope="col">{t.importDuplicateValues}</th>
            </tr>
          </thead>
          <tbody>
            {duplicates.slice(0, SHOWN).map((d) => (
              <tr key={`${d.area}|${d.indicator}|${d.breakdown}|${d.period}`} data-duplicate={d.area}>
                <td>{names.get(d.area) ?? d.area}</td>
                <td>{locale.period(d.period)}</td>
                <td>{[d.indicator, d.breakdown === 'all' ? t.breakdownAll : d.breakdown].filter(Boolean).join(' · ')}</td>
                <td>{d.entries.map((e) => t.importDuplicateEntry(e.value === null ? '–' : locale.number(e.value, 6), e.row)).join('; ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {duplicates.length > SHOWN && <p className="hint">{t.importDuplicatesMore(duplicates.length - SHOWN)}</p>}
      <div role="radiogroup" aria-label={t.importDuplicatesChoice} className="duplicate-choice">
        {(['first', 'last', 'reject'] as const).map((c) => (
          <label key={c} className="radio">
            <input type="radio" name={`${id}-duplicates`} value={c} checked={choice === c} onChange={() => onChoose(c)} />
            {t.importDuplicateChoices[c]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
