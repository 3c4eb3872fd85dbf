import { importTexts } from '../../i18n/texts/import.ts';
import { useState } from 'react';
import type { ColumnMap } from '../../import/formats.ts';
import { useTexts } from '../../i18n/use-locale.ts';

/** Asks which column is the area, the period and the value when the file's header does not say. */
export function ColumnPicker({ header, onPick }: { header: string[]; onPick: (c: ColumnMap) => void }) {
  const t = useTexts(importTexts);
  const [area, setArea] = useState(0);
  const [period, setPeriod] = useState(Math.min(1, header.length - 1));
  const [value, setValue] = useState(header.length - 1);
  const select = (label: string, v: number, set: (n: number) => void) => (
    <label className="control">
      <span className="control-label">{label}</span>
      <select value={v} onChange={(e) => set(Number(e.target.value))}>
        {header.map((h, i) => (
          <option key={i} value={i}>
            {h || `${t.column} ${i + 1}`}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <fieldset className="column-picker">
      <legend>{t.importWhichColumns}</legend>
      {select(t.area, area, setArea)}
      {select(t.period, period, setPeriod)}
      {select(t.value, value, setValue)}
      <button type="button" onClick={() => onPick({ area, period, value, dimensions: header.map((_, i) => i).filter((i) => i !== area && i !== period && i !== value) })}>
        {t.importUseColumns}
      </button>
    </fieldset>
  );
}
