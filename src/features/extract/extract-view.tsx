import { extractTexts } from '../../i18n/texts/extract.ts';
import { textsWith } from '../../i18n/locale.ts';
import { startTransition, useEffect, useId, useMemo, useState, type DragEvent } from 'react';
import { CONTRACT, type Observation } from '../../data/contract.ts';
import { isPeriod } from '../../data/period.ts';
import { toCsv } from '../../data/write-csv.ts';
import { download } from '../../export/download.ts';
import type { CandidateObservation } from '../../extract/extract.ts';
import { trendViewOf } from '../../import/merge.ts';
import { minutesDataset } from '../../import/minutes-dataset.ts';
import { useLocale } from '../../i18n/use-locale.ts';
import { useSetSpec } from '../../view/store.ts';
import { useSaveDataset } from '../common/dataset-mutations.ts';
import type { LoadedCore } from '../common/queries.ts';
import { DocumentPane } from './document-pane.tsx';
import { ProposalRow } from './proposal-row.tsx';
import { GrantProposals } from './grant-proposals.tsx';
import { PasteBox } from './paste-box.tsx';
import { ExtractProgressBar } from './extract-progress.tsx';
import { useExtraction } from './use-extraction.ts';
import { acceptedInvalid, documentPages, marksOnPage, pageIndexAt, reviewSlice, type RowEdit } from './model.ts';

const ROWS_PER_FRAME = 10;

const withoutEvidence = ({ evidence: _evidence, ...o }: CandidateObservation): Observation => o;

export function ExtractView({ core }: { core: LoadedCore }) {
  const locale = useLocale();
  const t = textsWith(locale, extractTexts);
  const id = useId();
  const saveDataset = useSaveDataset();
  const setSpec = useSetSpec();
  /** The proposals of the review list's page, as the worker holds them. */
  const [shownRows, setShownRows] = useState<CandidateObservation[]>([]);
  /** Rows with their form controls are laid out a few per frame, so no frame waits long for them. */
  const [rendered, setRendered] = useState(ROWS_PER_FRAME);
  const [edits, setEdits] = useState<ReadonlyMap<number, RowEdit>>(new Map());
  const [accepted, setAccepted] = useState<ReadonlySet<number>>(new Set());
  const [focus, setFocus] = useState<number | null>(null);
  const [shownPage, setShownPage] = useState(0);
  const [reviewPage, setReviewPage] = useState(0);
  const [dragging, setDragging] = useState(false);
  const { result, busy, message, setMessage, start, cancel, rowsOf } = useExtraction(core, () => {
    setShownRows([]);
    setEdits(new Map());
    setAccepted(new Set());
    setFocus(null);
    setShownPage(0);
    setReviewPage(0);
  });
  const indicatorOptions = useMemo(() => core.indicators.filter((i) => !i.indicator.startsWith('egne_')).map((i) => ({ value: i.indicator, label: locale.indicatorLabel(i) })), [core.indicators, locale]);
  const areaOptions = useMemo(() => core.municipalities.map((m) => ({ value: m.code, label: m.name })), [core.municipalities]);
  const names = useMemo(() => new Map(core.municipalities.map((m) => [m.code, m.name])), [core.municipalities]);
  const pages = useMemo(() => (result ? documentPages(result.text) : []), [result]);
  const slice = reviewSlice(result?.count ?? 0, reviewPage);

  useEffect(() => {
    if (!result) return;
    let current = true;
    const indices = Array.from({ length: slice.to - slice.from }, (_, k) => slice.from + k);
    void rowsOf(indices).then((rows) => {
      if (current)
        startTransition(() => {
          setShownRows(rows);
          setRendered(ROWS_PER_FRAME);
        });
    });
    return () => {
      current = false;
    };
  }, [result, slice.from, slice.to, rowsOf]);

  const readFile = (file: File | undefined) => {
    if (!file) return;
    start({ file, name: file.name }, /\.pdf$/i.test(file.name) || file.type === 'application/pdf');
  };

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    readFile(e.dataTransfer.files[0]);
  };

  const edit = (i: number, patch: RowEdit) => setEdits((all) => new Map(all).set(i, { ...all.get(i), ...patch }));
  const accept = (indices: number[], on: boolean) =>
    setAccepted((all) => {
      const next = new Set(all);
      for (const i of indices) {
        if (on) next.add(i);
        else next.delete(i);
      }
      return next;
    });
  const invalid = result ? acceptedInvalid(accepted, edits, result.valid, isPeriod) : false;
  const inView = shownRows.map((o, k) => ({ ...o, ...edits.get(slice.from + k), index: slice.from + k }));
  useEffect(() => {
    if (rendered >= shownRows.length) return;
    const frame = requestAnimationFrame(() => setRendered((n) => n + ROWS_PER_FRAME));
    return () => cancelAnimationFrame(frame);
  }, [rendered, shownRows.length]);
  const page = pages[Math.min(shownPage, pages.length - 1)];
  const marks = useMemo(() => (result && page ? marksOnPage(result.evidence, page) : []), [result, page]);

  const show = (i: number) => {
    if (!result) return;
    setFocus(i);
    setShownPage(pageIndexAt(pages, result.evidence[2 * i]!));
  };

  /** The accepted proposals with the person's corrections, fetched from the worker. */
  const acceptedObservations = async (): Promise<Observation[]> => {
    const indices = [...accepted].sort((a, b) => a - b);
    const rows = await rowsOf(indices);
    return rows.map((row, k) => withoutEvidence({ ...row, ...edits.get(indices[k]!) }));
  };

  const save = async () => {
    if (!result || accepted.size === 0 || invalid) return;
    const source = result.source;
    const label = `${names.get(source.municipality_code) ?? ''} ${source.body} ${locale.date(source.meeting_date)}`.trim();
    const { summary, columnars } = minutesDataset(await acceptedObservations(), result.document || t.extractPasted, label, core.indicators);
    try {
      await saveDataset.mutateAsync({ summary, columnars });
      const view = trendViewOf(summary);
      if (view) setSpec(view);
    } catch (e) {
      setMessage(`${t.importSaveFailed}: ${(e as Error).message}`);
    }
  };

  const downloadCsv = async () => {
    const rows = await acceptedObservations();
    download(new Blob([toCsv(CONTRACT.observations.columns, rows, { protect: true })], { type: 'text/csv;charset=utf-8' }), 'referat-tal.csv');
  };

  const source = result?.source;
  const viewIndices = inView.map((r) => r.index);

  return (
    <div className="view extract-view">
      <h1 className="view-title">{t.extractTitle}</h1>
      <p className="view-intro">{t.extractIntro}</p>
      <section
        className={`chart-card extract-input${dragging ? ' dragging' : ''}`}
        aria-labelledby={`${id}-input`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <h2 id={`${id}-input`} className="chart-title">
          {t.extractInput}
        </h2>
        <p className="extract-drop" aria-hidden={dragging ? undefined : true}>
          {dragging ? t.extractDropHere : t.extractDrop}
        </p>
        <PasteBox disabled={busy !== null} onRun={(text) => start({ text, name: '' }, false)} onFile={readFile} />
        {busy && <ExtractProgressBar progress={busy.progress} paged={busy.paged} onCancel={cancel} />}
        {message && (
          <p className="import-message" role="status">
            {message}
          </p>
        )}
      </section>

      {result && source && result.count > 0 && (
        <section className="chart-card" aria-labelledby={`${id}-found`}>
          <h2 id={`${id}-found`} className="chart-title">
            {t.extractFound(result.count)}
          </h2>
          <p className="chart-subtitle">
            {names.get(source.municipality_code) ?? t.extractUnknownMunicipality} · {source.body} · {source.meeting_date ? locale.date(source.meeting_date) : t.extractUnknownDate} · {t.extractItems(result.items)}
            {result.grants > 0 && ` · ${t.extractGrants(result.grants, result.grantLines)}`}
            {result.document && ` · ${t.extractDocument(result.document, result.pages)}`}
          </p>
          <GrantProposals grants={result.grantList} />
          <div className="extract-layout">
            <div className="extract-review">
              <div className="table-wrap extract-table">
                <table className="data-table">
                  <caption className="visually-hidden">{t.extractFound(result.count)}</caption>
                  <thead>
                    <tr>
                      <th scope="col">
                        <input
                          type="checkbox"
                          aria-label={t.extractAcceptPage}
                          checked={viewIndices.length > 0 && viewIndices.every((i) => accepted.has(i))}
                          onChange={(e) => accept(viewIndices, e.target.checked)}
                        />
                      </th>
                      <th scope="col">{t.value}</th>
                      <th scope="col">{t.indicator}</th>
                      <th scope="col">{t.area}</th>
                      <th scope="col">{t.period}</th>
                      <th scope="col">{t.extractKind}</th>
                      <th scope="col">{t.evidence}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {inView.slice(0, rendered).map((r) => (
                      <ProposalRow
                        key={r.index}
                        row={r}
                        accepted={accepted.has(r.index)}
                        focused={focus === r.index}
                        chosen={edits.get(r.index)?.indicator !== undefined}
                        indicatorOptions={indicatorOptions}
                        areaOptions={areaOptions}
                        onAccept={(on) => accept([r.index], on)}
                        onEdit={(patch) => edit(r.index, patch)}
                        onShow={() => show(r.index)}
                      />
                    ))}
                  </tbody>
                </table>
              </div>
              {slice.pages > 1 && (
                <div className="extract-pager">
                  <button type="button" disabled={slice.page === 0} onClick={() => setReviewPage(slice.page - 1)}>
                    {t.extractPreviousRows}
                  </button>
                  <span>{t.extractRows(slice.from + 1, slice.to, result.count)}</span>
                  <button type="button" disabled={slice.page === slice.pages - 1} onClick={() => setReviewPage(slice.page + 1)}>
                    {t.extractNextRows}
                  </button>
                </div>
              )}
            </div>
            {page && <DocumentPane text={result.text} page={page} pageIndex={shownPage} pageCount={pages.length} pdf={result.kind === 'pdf'} marks={marks} focus={focus} accepted={accepted} onPage={setShownPage} />}
          </div>
          <div className="import-save">
            <button type="button" className="primary" disabled={accepted.size === 0 || invalid || saveDataset.isPending} onClick={() => void save()}>
              {t.extractSave(accepted.size)}
            </button>
            <button type="button" disabled={accepted.size === 0 || invalid} onClick={() => void downloadCsv()}>
              {t.extractDownload}
            </button>
            {invalid && <span className="error">{t.extractInvalid}</span>}
          </div>
        </section>
      )}
    </div>
  );
}
