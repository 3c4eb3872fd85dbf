import { extractTexts } from '../../i18n/texts/extract.ts';
import { textsWith } from '../../i18n/locale.ts';
import { useId, useState } from 'react';
import { useLocale } from '../../i18n/use-locale.ts';

/** Longer pastes are refused whole and said: the clipboard itself stalls the page at this size; a file has no limit. */
const PASTE_LIMIT = 2_000_000;
/**
 * From here a paste is kept beside the field rather than put in it: laying out a megabyte in a
 * text field blocked the page for a second (0,97 s for 1 MB), while holding the string costs nothing.
 */
const HELD_PASTE = 100_000;

/** The pasted minutes and the way to a file, with what happens to a long paste said in words. */
export function PasteBox({ disabled, onRun, onFile }: { disabled: boolean; onRun: (text: string) => void; onFile: (file: File | undefined) => void }) {
  const locale = useLocale();
  const t = textsWith(locale, extractTexts);
  const id = useId();
  const [text, setText] = useState('');
  const [held, setHeld] = useState<string | null>(null);
  const [refused, setRefused] = useState<number | null>(null);
  const described = [refused !== null && `${id}-paste-limit`, held !== null && `${id}-held`].filter(Boolean).join(' ') || undefined;
  return (
    <>
      <label className="control">
        <span className="control-label">{t.extractPaste}</span>
        <textarea
          rows={8}
          value={text}
          disabled={held !== null}
          onChange={(e) => setText(e.target.value)}
          onPaste={(e) => {
            const pasted = e.clipboardData.getData('text');
            const field = e.currentTarget;
            const length = text.length - (field.selectionEnd - field.selectionStart) + pasted.length;
            setRefused(length > PASTE_LIMIT ? length : null);
            if (length <= HELD_PASTE) return;
            e.preventDefault();
            if (length <= PASTE_LIMIT) setHeld(text.slice(0, field.selectionStart) + pasted + text.slice(field.selectionEnd));
          }}
          aria-describedby={described}
        />
      </label>
      {refused !== null && (
        <p id={`${id}-paste-limit`} className="banner" role="alert">
          {t.extractPasteTooLong(locale.number(refused, 0), locale.number(PASTE_LIMIT, 0))}
        </p>
      )}
      {held !== null && (
        <p id={`${id}-held`} className="banner paste-held" role="status">
          {t.extractPasteHeld(locale.number(held.length, 0))}{' '}
          <button
            type="button"
            onClick={() => {
              setHeld(null);
              setText('');
            }}
          >
            {t.extractPasteHeldClear}
          </button>
        </p>
      )}
      <div className="extract-actions">
        <button type="button" className="primary" disabled={(held ?? text).trim() === '' || disabled} onClick={() => onRun(held ?? text)}>
          {t.extractRun}
        </button>
        <label className="file-button">
          {t.extractFile}
          <input
            type="file"
            accept=".pdf,.html,.htm,.txt,.md,application/pdf,text/html,text/plain,text/markdown"
            disabled={disabled}
            onChange={(e) => {
              onFile(e.target.files?.[0]);
              e.target.value = '';
            }}
          />
        </label>
      </div>
    </>
  );
}
