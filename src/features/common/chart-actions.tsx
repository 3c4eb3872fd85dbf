import { lazy, Suspense, useState, type RefObject } from 'react';
import type { FrameModel } from '../../model/frame-model.ts';
import type { CsvExport, CsvFlavour } from '../../export/csv.ts';
import { csvLabelColumns } from '../../model/csv-labels.ts';
import { safeFileName } from '../../export/file-name.ts';
import { download } from '../../export/download.ts';
import type { ImageMeta } from '../../export/image.ts';
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

/** The charts in a frame, each with the heading of its panel where there are several. */
function panelsOf(figure: HTMLElement | null): { chart: SVGSVGElement; title?: string }[] {
  if (!figure) return [];
  const charts = [...figure.querySelectorAll<SVGSVGElement>('.recharts-wrapper > svg.recharts-surface, svg.map-svg, .chart-screen svg.plot-svg')];
  return charts.map((chart) => ({ chart, title: chart.closest('[data-panel-title]')?.getAttribute('data-panel-title') ?? undefined }));
}

// The embed dialog's and the image export's code is fetched when first used.
const EmbedDialog = lazy(() => import('./embed-dialog.tsx').then((m) => ({ default: m.EmbedDialog })));

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

  const svgOf = async () => {
    const panels = panelsOf(figure.current);
    if (panels.length === 0) throw new Error(t.noChartToExport);
    const { chartSvg } = await import('../../export/image.ts');
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
  const downloadSvg = run(async () => {
    const { svg } = await svgOf();
    download(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }), safeFileName(model.fileTitle, 'svg'));
    setStatus(t.downloaded('SVG'));
  });
  const downloadPng = run(async () => {
    const { svg, width, height } = await svgOf();
    const { svgToPng } = await import('../../export/image.ts');
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
      {embedOpen && (
        <Suspense fallback={null}>
          <EmbedDialog core={core} title={model.title} onClose={() => setEmbedOpen(false)} />
        </Suspense>
      )}
    </div>
  );
}
