import { importTexts } from '../../i18n/texts/import.ts';
import { textsWith } from '../../i18n/locale.ts';
import { useId } from 'react';
import { parseNumber } from '../../import/formats.ts';
import type { ImportNumbers } from '../../import/outcome.ts';
import { useLocale } from '../../i18n/use-locale.ts';

/**
 * Figures like "2.125" that read as two numbers, by row. When nothing in the column shows its
 * decimal sign, the user chooses before anything is saved; when something does, it is named.
 */
export function NumberSignChoice({ numbers, choice, onChoose }: { numbers: ImportNumbers; choice: boolean | null; onChoose: (decimalComma: boolean) => void }) {
  const locale = useLocale();
  const t = textsWith(locale, importTexts);
  const id = useId();
  const example = numbers.ambiguous[0];
  if (!example) return null;
  const rows = numbers.ambiguous.map((a) => t.importNumberAt(a.text, a.row)).join('; ');
  const more = numbers.ambiguousCount - numbers.ambiguous.length;
  const reading = (decimalComma: boolean) => locale.number(parseNumber(example.text, decimalComma) ?? Number.NaN, 3);
  if (numbers.basis !== 'guess') {
    return (
      <p className="hint number-sign" data-decimal={numbers.decimalComma ? 'comma' : 'point'}>
        {t.importNumbersDecided(numbers.ambiguousCount, example.text, reading(numbers.decimalComma), numbers.decimalComma, numbers.shownBy)}
      </p>
    );
  }
  return (
    <fieldset className="number-sign" data-decimal={choice === null ? '' : choice ? 'comma' : 'point'}>
      <legend>{t.importNumbersTitle(numbers.ambiguousCount)}</legend>
      <p className="hint">{t.importNumbersHint}</p>
      <p className="number-sign-rows">
        {rows}
        {more > 0 && ` ${t.importNumbersMore(more)}`}
      </p>
      <div role="radiogroup" aria-label={t.importNumbersChoice} className="duplicate-choice">
        {[true, false].map((comma) => (
          <label key={String(comma)} className="radio">
            <input type="radio" name={`${id}-sign`} value={comma ? 'comma' : 'point'} checked={choice === comma} onChange={() => onChoose(comma)} />
            {t.importNumbersOption(comma, example.text, reading(comma))}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
