import { useId, useState, type ReactNode } from 'react';
import { PHONE, useMediaQuery } from './use-media-query.ts';
import { useLocale } from '../../i18n/use-locale.ts';

/**
 * A view's controls. On a phone they fold behind one line that says what is shown, so the chart
 * is the first thing under the header; the controls stay mounted, so a half-made choice survives.
 */
export function ControlsPanel({ choices, children }: { choices: string; children: ReactNode }) {
  const { t } = useLocale();
  const id = useId();
  const phone = useMediaQuery(PHONE);
  const [open, setOpen] = useState(false);
  if (!phone) {
    return (
      <div className="controls" role="group" aria-label={t.choices}>
        {children}
      </div>
    );
  }
  return (
    <div className="controls-panel">
      <button type="button" className="controls-summary" aria-expanded={open} aria-controls={id} onClick={() => setOpen((v) => !v)}>
        <span className="controls-now">
          <span className="visually-hidden">{t.choicesNow}: </span>
          {choices || t.choices}
        </span>
        <span className="controls-edit">{open ? t.closeChoices : t.editChoices}</span>
      </button>
      <div id={id} className="controls" role="group" aria-label={t.choices} hidden={!open}>
        {children}
      </div>
    </div>
  );
}
