import { useId, useRef, useState } from 'react';
import { useLocale } from '../../i18n/use-locale.ts';
import { useSpec } from '../../view/store.ts';
import { encodeSpec } from '../../view/url.ts';
import type { LoadedCore } from './queries.ts';

/** The embed page's address for a view. */
function embedUrl(query: string): string {
  return `${location.origin}${location.pathname.replace(/[^/]*$/, '')}embed.html${query}`;
}

/** The code that puts the view on another site: live or frozen on this data version, with or without its controls. */
export function EmbedDialog({ core, title, onClose }: { core: LoadedCore; title: string; onClose: () => void }) {
  const t = useLocale().t;
  const spec = useSpec();
  const id = useId();
  const [frozen, setFrozen] = useState(false);
  const [controls, setControls] = useState(false);
  const area = useRef<HTMLTextAreaElement>(null);
  const src = embedUrl(encodeSpec({ ...spec, embed: true, controls, data: frozen ? core.dataVersion : null }));
  const snippet = embedSnippet(src, title);
  return (
    <div className="dialog-backdrop" onClick={onClose}>
      <div
        className="dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        onClick={(e) => e.stopPropagation()}
        onKeyDown={(e) => {
          if (e.key === 'Escape') onClose();
        }}
      >
        <h2 id={`${id}-title`}>{t.embedTitle}</h2>
        <fieldset className="control">
          <legend className="control-label">{t.embedData}</legend>
          <label className="radio">
            <input type="radio" name={`${id}-mode`} checked={!frozen} onChange={() => setFrozen(false)} autoFocus />
            {t.embedLive}
          </label>
          <label className="radio">
            <input type="radio" name={`${id}-mode`} checked={frozen} onChange={() => setFrozen(true)} />
            {t.embedFrozen(core.dataVersion)}
          </label>
        </fieldset>
        <label className="radio">
          <input type="checkbox" checked={controls} onChange={(e) => setControls(e.target.checked)} />
          {t.embedControls}
        </label>
        <label className="control">
          <span className="control-label">{t.embedSnippet}</span>
          <textarea ref={area} readOnly rows={6} value={snippet} onFocus={(e) => e.target.select()} />
        </label>
        <p className="hint">{t.embedHint}</p>
        <div className="dialog-actions">
          <button
            type="button"
            onClick={() => {
              area.current?.select();
              void navigator.clipboard?.writeText(snippet).catch(() => undefined);
            }}
          >
            {t.copySnippet}
          </button>
          <button type="button" onClick={onClose}>
            {t.close}
          </button>
        </div>
      </div>
    </div>
  );
}

/** An iframe that works at a fixed height, and a few lines that let the host follow the embed's height. */
export function embedSnippet(src: string, title: string): string {
  const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return [
    `<iframe src="${attr(src)}" title="${attr(title)}" width="100%" height="560" style="border:0;max-width:100%" loading="lazy"></iframe>`,
    `<script>addEventListener("message",function(e){var d=e.data;if(!d||d.type!=="kommunetal:height")return;document.querySelectorAll("iframe").forEach(function(f){if(f.contentWindow===e.source)f.style.height=d.height+"px";});});</script>`,
  ].join('\n');
}
