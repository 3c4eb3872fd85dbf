import { importTexts } from '../../i18n/texts/import.ts';
import { useState } from 'react';
import type { Municipality } from '../../data/contract.ts';
import { useTexts } from '../../i18n/use-locale.ts';

/** Area names the file uses that we do not know: the user maps each to a municipality or leaves it out. */
export function UnmappedNames({ unmapped, municipalities, initial, onApply }: { unmapped: [string, number[]][]; municipalities: Municipality[]; initial: Map<string, string>; onApply: (names: Map<string, string>) => void }) {
  const t = useTexts(importTexts);
  const [overrides, setOverrides] = useState(initial);
  return (
    <fieldset className="unmapped">
      <legend>{t.importUnmapped(unmapped.length)}</legend>
      <p className="hint">{t.importUnmappedHint}</p>
      {unmapped.map(([name, rows]) => (
        <label key={name} className="unmapped-row">
          <span>
            <strong>{name}</strong> ({t.rowsCount(rows.length)})
          </span>
          <select value={overrides.get(name) ?? ''} onChange={(e) => setOverrides(new Map(overrides).set(name, e.target.value))}>
            <option value="">{t.importLeaveOut}</option>
            {municipalities.map((m) => (
              <option key={m.code} value={m.code}>
                {m.name}
              </option>
            ))}
          </select>
        </label>
      ))}
      <button type="button" onClick={() => onApply(new Map([...overrides].filter(([, v]) => v !== '')))}>
        {t.importApplyNames}
      </button>
    </fieldset>
  );
}
