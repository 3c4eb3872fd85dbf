import { importTexts } from '../../i18n/texts/import.ts';
import { useId } from 'react';
import { useTexts } from '../../i18n/use-locale.ts';
import type { Stage } from './use-parse.ts';

const ACCEPT = '.csv,.txt,.tsv,.xlsx,.json,.ndjson,text/csv,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Choosing or dropping a file, then the reading's progress (with a way to stop it) or why it failed. */
export function FilePicker({ stage, message, onChoose, onCancel }: { stage: Stage; message: string; onChoose: (f: File | undefined) => void; onCancel: () => void }) {
  const t = useTexts(importTexts);
  const id = useId();
  return (
    <section className="chart-card" aria-labelledby={`${id}-pick`}>
      <h2 id={`${id}-pick`} className="chart-title">
        {t.importChoose}
      </h2>
      <label
        className="drop-zone"
        onDragOver={(e) => e.preventDefault()}
        onDrop={(e) => {
          e.preventDefault();
          onChoose(e.dataTransfer.files[0]);
        }}
      >
        <span>{t.importDrop}</span>
        <input type="file" accept={ACCEPT} onChange={(e) => onChoose(e.target.files?.[0])} aria-label={t.importFileLabel} />
      </label>
      {message && (
        <p className="import-message" role="status">
          {message}
        </p>
      )}
      {stage.kind === 'parsing' && (
        <div className="import-progress" role="status" aria-live="polite">
          <progress max={stage.total || 1} value={stage.bytes} aria-label={t.importProgress} />
          <span>{t.importProgressText(stage.rowsRead, stage.errors, Math.round((100 * stage.bytes) / (stage.total || 1)))}</span>
          <button type="button" onClick={onCancel}>
            {t.cancel}
          </button>
        </div>
      )}
      {stage.kind === 'failed' && (
        <p className="error" role="alert">
          {stage.message}
        </p>
      )}
    </section>
  );
}
