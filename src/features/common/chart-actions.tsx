import { useId, useRef, useState, type RefObject } from 'react';
import type { FrameModel } from '../../model/frame-model.ts';
import type { CsvExport, CsvFlavour } from '../../export/csv.ts';
import { csvLabelColumns } from '../../model/csv-labels.ts';
import { safeFileName } from '../../export/file-name.ts';
import { chartSvg, download, svgToPng, type ImageMeta } from '../../export/image.ts';
import { useSpec } from '../../view/store.ts';
import { encodeSpec } from '../../view/url.ts';
import type { LoadedCore } from './queries.ts';
import { useLocale } from '../../i18n/use-locale.ts';

interface Props {
  core: LoadedCore;
  figure: RefObject<HTMLElement | null>;
  model: FrameModel;
  /** Whether the frame has a chart to save as PNG and SVG (a table alone does not). */
  images?: boolean;
}

/** The full app's address for a view (index.html, or the folder it is served from). */
export function pageUrl(query: string): string {
  const folder = location.pathname.replace(/[^/]*$/, '');
  const page = location.pathname.endsWith('/index.html') ? 'index.html' : '';
  return `${location.origin}${folder}${page}${query}`;
}

/** The embed page's address for a view. */
function embedUrl(query: string): string {
  return `${location.origin}${location.pathname.replace(/[^/]*$/, '')}embed.html${query}`;
}

/** The charts in a frame, each with the heading of its panel where there are several. */
function panelsOf(figure: HTMLElement | null): { chart: SVGSVGElement; title?: string }[] {
  if (!figure) return [];
  const charts = [...figure.querySelectorAll<SVGSVGElement>('.recharts-wrapper > svg.recharts-surface, svg.map-svg, .chart-screen svg.plot-svg')];
  return charts.map((chart) => ({ chart, title: chart.closest('[data-panel-title]')?.getAttribute('data-panel-title') ?? undefined }));
}

/** Share, embed and export exactly what the model says is shown. */
export function ChartActions({ core, figure, model, images = true }: Props) {
  const locale = useLocale();
  const t = locale.t;
  const spec = useSpec();
  const [status, setStatus] = useState('');
  const [embedOpen, setEmbedOpen] = useState(false);
  const dateLine = t.publishedLine(locale.date(core.publishedOn), core.dataVersion);
  const image: ImageMeta = {
    title: model.title,
    subtitle: model.subtitle,
    sourceLine: model.sourceLine,
    dateLine,
    legend: model.legend.filter((l) => !l.hidden).map((l) => ({ name: l.name, colour: l.colour, dash: l.dash })),
  };

  const svgOf = () => {
    const panels = panelsOf(figure.current);
    if (panels.length === 0) throw new Error(t.noChartToExport);
    return chartSvg(panels, image);
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
  const csvExport = (): CsvExport => ({
    ...model.csv,
    title: `${model.title} (${model.subtitle})`,
    unit: model.unitLabel,
    sourceLine: model.sourceLine,
    publishedOn: core.publishedOn,
    link: pageUrl(encodeSpec(spec)),
    remarks: model.notes,
    labels: csvLabelColumns(core, locale),
    notes: t.csvNotes,
  });
  const downloadCsv = (flavour: CsvFlavour) =>
    run(async () => {
      // PapaParse stays out of the first load; it is fetched when a CSV is asked for.
      const { exportCsv } = await import('../../export/csv.ts');
      // The BOM tells Excel the file is UTF-8; pandas and R skip it.
      download(new Blob(['\uFEFF' + exportCsv(csvExport(), flavour)], { type: 'text/csv;charset=utf-8' }), safeFileName(model.fileTitle, flavour === 'excel-da' ? 'excel.csv' : 'csv'));
      setStatus(t.downloaded(flavour === 'excel-da' ? t.csvExcel : t.csvPlain));
    });
  const downloadNotes = run(async () => {
    const { exportNotes } = await import('../../export/csv.ts');
    download(new Blob([exportNotes(csvExport())], { type: 'text/plain;charset=utf-8' }), safeFileName(model.fileTitle, 'txt'));
    setStatus(t.downloaded(t.csvAbout));
  });
  const downloadSvg = run(() => {
    const { svg } = svgOf();
    download(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }), safeFileName(model.fileTitle, 'svg'));
    setStatus(t.downloaded('SVG'));
  });
  const downloadPng = run(async () => {
    const { svg, width, height } = svgOf();
    download(await svgToPng(svg, width, height, 2), safeFileName(model.fileTitle, 'png'));
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
      <button type="button" onClick={() => void downloadCsv('plain')()}>
        {t.csvPlain}
      </button>
      <button type="button" onClick={() => void downloadCsv('excel-da')()}>
        {t.csvExcel}
      </button>
      <button type="button" onClick={() => void downloadNotes()}>
        {t.csvAbout}
      </button>
      {images && (
        <>
          <button type="button" onClick={() => void downloadPng()}>
            PNG
          </button>
          <button type="button" onClick={() => void downloadSvg()}>
            SVG
          </button>
        </>
      )}
      {!spec.embed && (
        <button type="button" onClick={() => window.print()}>
          {t.print}
        </button>
      )}
      <span className="action-status" role="status">
        {status}
      </span>
      {embedOpen && <EmbedDialog core={core} title={model.title} onClose={() => setEmbedOpen(false)} />}
    </div>
  );
}

function EmbedDialog({ core, title, onClose }: { core: LoadedCore; title: string; onClose: () => void }) {
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
