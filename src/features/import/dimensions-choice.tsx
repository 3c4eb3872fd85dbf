import { importTexts } from '../../i18n/texts/import.ts';
import type { Dimension, DimensionUse } from '../../import/outcome.ts';
import { useTexts } from '../../i18n/use-locale.ts';

/** Each further text column splits the figures into a breakdown or keeps only one of its values. */
export function DimensionsChoice({ dimensions, onChoose }: { dimensions: Dimension[]; onChoose: (index: number, use: DimensionUse) => void }) {
  const t = useTexts(importTexts);
  return (
    <fieldset className="dimensions">
      <legend>{t.importDimensions}</legend>
      <p className="hint">{t.importDimensionsHint}</p>
      {dimensions.map((d, i) => (
        <label key={d.column} className="control dimension-row">
          <span className="control-label">{d.name || `${t.column} ${d.column + 1}`}</span>
          <select value={d.use.kind === 'breakdown' ? '' : `=${d.use.value}`} onChange={(e) => onChoose(i, e.target.value === '' ? { kind: 'breakdown' } : { kind: 'filter', value: e.target.value.slice(1) })}>
            <option value="">{t.importDimensionBreakdown}</option>
            {d.values.slice(0, 300).map((v) => (
              <option key={v.value} value={`=${v.value}`}>
                {t.importDimensionOnly(v.value)} ({t.rowsCount(v.count)})
              </option>
            ))}
          </select>
        </label>
      ))}
    </fieldset>
  );
}
