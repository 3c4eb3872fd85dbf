import { importTexts } from '../../i18n/texts/import.ts';
import { useId } from 'react';
import { UNITS, type Unit } from '../../data/contract.ts';
import { useTexts } from '../../i18n/use-locale.ts';

/** The name and unit the figures are saved under, and the save button, with what still blocks it. */
export function SaveForm(props: { label: string; onLabel: (v: string) => void; unit: Unit | null; onUnit: (u: Unit) => void; validRows: number; blockedBy: string | null; saving: boolean; onSave: () => void }) {
  const t = useTexts(importTexts);
  const id = useId();
  return (
    <div className="import-save">
      <label className="control">
        <span className="control-label">{t.importLabel}</span>
        <input type="text" value={props.label} maxLength={120} onChange={(e) => props.onLabel(e.target.value)} />
      </label>
      {props.unit !== null && (
        <label className="control">
          <span className="control-label">{t.importUnit}</span>
          <select value={props.unit} onChange={(e) => props.onUnit(e.target.value as Unit)} aria-describedby={`${id}-unit-hint`}>
            {UNITS.map((u) => (
              <option key={u} value={u}>
                {t.units[u]}
              </option>
            ))}
          </select>
          <span id={`${id}-unit-hint`} className="hint">
            {t.importUnitHint}
          </span>
        </label>
      )}
      <button type="button" className="primary" disabled={props.blockedBy !== null || props.saving} aria-busy={props.saving} aria-describedby={props.blockedBy ? `${id}-blocked` : undefined} onClick={props.onSave}>
        {t.importSave(props.validRows)}
      </button>
      {props.blockedBy && (
        <p id={`${id}-blocked`} className="hint">
          {props.blockedBy}
        </p>
      )}
    </div>
  );
}
