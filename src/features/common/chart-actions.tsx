import { useId, useRef, useState, type RefObject } from 'react';
import { exportCsv, safeFileName, type CsvExport } from '../../export/csv.ts';
import { chartSvg, download, svgToPng, type ImageMeta } from '../../export/image.ts';
import { formatDate } from '../../format/format.ts';
import { texts } from '../../i18n/texts.ts';
import { useSpec } from '../../view/store.ts';
import { encodeSpec } from '../../view/url.ts';
import type { LoadedCore } from './queries.ts';

interface Props {
  core: LoadedCore;
  figure: RefObject<HTMLElement | null>;
  image: Omit<ImageMeta, 'dateLine'>;
  csv: () => Omit<CsvExport, 'publishedOn' | 'link'>;
}

/** The full app's address for a view (index.html, or the folder it is served from). */
export function pageUrl(query: string): string {
  const folder = location.pathname.replace(/[^/]*$/, '');
  const page = location.pathname.endsWith('/index.html') ? 'index.html' : '';
  return `${location.origin}${folder}${page}${query}`;
}

/** The embed page's address for a view. */
export function embedUrl(query: string): string {
  return `${location.origin}${location.pathname.replace(/[^/]*$/, '')}embed.html${query}`;
}

/** Share, embed and export exactly what the chart shows. */
export function ChartActions({ core, figure, image, csv }: Props) {
  const t = texts();
  const spec = useSpec();
  const [status, setStatus] = useState('');
  const [embedOpen, setEmbedOpen] = useState(false);
  const dateLine = t.publishedLine(formatDate(core.publishedOn), core.dataVersion);
  const fileTitle = image.title;

  const svgOf = () => {
    const surface = figure.current?.querySelector<SVGSVGElement>('.recharts-wrapper > svg.recharts-surface, svg.map-svg');
    if (!surface) throw new Error(t.noChartToExport);
    return chartSvg(surface, { ...image, dateLine });
  };
  const run = (action: () => Promise<void> | void) => async () => {
    try {
      await action();
    } catch (e) {
      setStatus(`${t.exportFailed}: ${(e as Error).message}`);
    }
  };

  const share = run(async () => {
    const url = pageUrl(encodeSpec(spec));
    try {
      await navigator.clipboard.writeText(url);
      setStatus(t.linkCopied);
    } catch {
      window.prompt(t.copyThisLink, url);
    }
  });
  const downloadCsv = run(() => {
    const text = exportCsv({ ...csv(), publishedOn: core.publishedOn, link: pageUrl(encodeSpec(spec)) });
    download(new Blob(['\uFEFF' + text], { type: 'text/csv;charset=utf-8' }), safeFileName(fileTitle, 'csv'));
    setStatus(t.downloaded('CSV'));
  });
  const downloadSvg = run(() => {
    const { svg } = svgOf();
    download(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }), safeFileName(fileTitle, 'svg'));
    setStatus(t.downloaded('SVG'));
  });
  const downloadPng = run(async () => {
    const { svg, width, height } = svgOf();
    download(await svgToPng(svg, width, height, 2), safeFileName(fileTitle, 'png'));
    setStatus(t.downloaded('PNG'));
  });

  return (
    <div className="chart-actions">
      {!spec.embed && (
        <>
          <button type="button" onClick={() => void share()}>
            {t.share}
          </button>
          <button type="button" onClick={() => setEmbedOpen(true)}>
            {t.embed}
          </button>
        </>
      )}
      <button type="button" onClick={() => void downloadCsv()}>
        CSV
      </button>
      <button type="button" onClick={() => void downloadPng()}>
        PNG
      </button>
      <button type="button" onClick={() => void downloadSvg()}>
        SVG
      </button>
      {!spec.embed && (
        <button type="button" onClick={() => window.print()}>
          {t.print}
        </button>
      )}
      <span className="action-status" role="status">
        {status}
      </span>
      {embedOpen && <EmbedDialog core={core} title={image.title} onClose={() => setEmbedOpen(false)} />}
    </div>
  );
}

function EmbedDialog({ core, title, onClose }: { core: LoadedCore; title: string; onClose: () => void }) {
  const t = texts();
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
