import { useQueryClient } from '@tanstack/react-query';
import { startTransition, useEffect, useId, useMemo, useRef, useState, type DragEvent } from 'react';
import { CONTRACT, KINDS, UNITS, type Kind, type Observation, type Unit } from '../../data/contract.ts';
import { isPeriod } from '../../data/period.ts';
import { toCsv } from '../../data/write-csv.ts';
import { download } from '../../export/image.ts';
import type { CandidateObservation } from '../../extract/extract.ts';
import type { ExtractInput, ExtractionSummary, ExtractMessage, ExtractRequest } from '../../extract/extract.worker.ts';
import { trendViewOf, userSourceId } from '../../import/merge.ts';
import { columnarsOf, newDatasetId, saveDataset, summarise } from '../../import/store.ts';
import { useLocale } from '../common/use-locale.ts';
import { useSetSpec } from '../../view/store.ts';
import type { LoadedCore } from '../common/queries.ts';
import { LazySelect } from './lazy-select.tsx';
import { PasteBox } from './paste-box.tsx';
import { acceptedInvalid, documentPages, marksOnPage, pageIndexAt, pageSegments, progressShare, reviewSlice, type ExtractProgress, type RowEdit } from './model.ts';

interface Result extends ExtractionSummary {
  document: string;
}

type Busy = { progress: ExtractProgress | null; paged: boolean } | null;

const ROWS_PER_FRAME = 10;

const withoutEvidence = ({ evidence: _evidence, ...o }: CandidateObservation): Observation => o;

export function ExtractView({ core }: { core: LoadedCore }) {
  const locale = useLocale();
  const t = locale.t;
  const id = useId();
  const queryClient = useQueryClient();
  const setSpec = useSetSpec();
  const [result, setResult] = useState<Result | null>(null);
  /** The proposals of the review list's page, as the worker holds them. */
  const [shownRows, setShownRows] = useState<CandidateObservation[]>([]);
  /** Rows with their form controls are laid out a few per frame, so no frame waits long for them. */
  const [rendered, setRendered] = useState(ROWS_PER_FRAME);
  const [edits, setEdits] = useState<ReadonlyMap<number, RowEdit>>(new Map());
  const [accepted, setAccepted] = useState<ReadonlySet<number>>(new Set());
  const [focus, setFocus] = useState<number | null>(null);
  const [shownPage, setShownPage] = useState(0);
  const [reviewPage, setReviewPage] = useState(0);
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState<Busy>(null);
  const [dragging, setDragging] = useState(false);
  const worker = useRef<Worker | null>(null);
  const pending = useRef(new Map<number, (rows: CandidateObservation[]) => void>());
  const nextRequest = useRef(0);
  const indicatorOptions = useMemo(() => core.indicators.filter((i) => !i.indicator.startsWith('egne_')).map((i) => ({ value: i.indicator, label: locale.indicatorLabel(i) })), [core.indicators, locale]);
  const areaOptions = useMemo(() => core.municipalities.map((m) => ({ value: m.code, label: m.name })), [core.municipalities]);
  const names = useMemo(() => new Map(core.municipalities.map((m) => [m.code, m.name])), [core.municipalities]);
  const pages = useMemo(() => (result ? documentPages(result.text) : []), [result]);
  const slice = reviewSlice(result?.count ?? 0, reviewPage);

  useEffect(() => () => worker.current?.terminate(), []);

  /** Asks the worker for proposals by index; it keeps them so the page never holds them all. */
  const rowsOf = (indices: number[]) =>
    new Promise<CandidateObservation[]>((resolve) => {
      const w = worker.current;
      if (!w) return resolve([]);
      const request = nextRequest.current++;
      pending.current.set(request, resolve);
      w.postMessage({ type: 'rows', request, indices } satisfies ExtractRequest);
    });

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
  }, [result, slice.from, slice.to]);

  /** Reading and extracting run in a worker; a new request or Afbryd ends the one before. */
  const start = (input: ExtractInput, paged: boolean) => {
    worker.current?.terminate();
    pending.current.clear();
    const w = new Worker(new URL('../../extract/extract.worker.ts', import.meta.url), { type: 'module' });
    worker.current = w;
    // The proposals shown so far lived in the worker just ended.
    setResult(null);
    setBusy({ progress: null, paged });
    setMessage('');
    w.onmessage = (e: MessageEvent<ExtractMessage>) => {
      const m = e.data;
      if (m.type === 'progress') {
        setBusy({ progress: m.stage === 'reading' ? { stage: 'reading', page: m.page, pages: m.pages } : { stage: 'extracting', share: m.share }, paged });
        return;
      }
      if (m.type === 'rows') {
        pending.current.get(m.request)?.(m.rows);
        pending.current.delete(m.request);
        return;
      }
      setBusy(null);
      if (m.type === 'failed') {
        w.terminate();
        worker.current = null;
        setMessage(m.problem ? t.documentProblem[m.problem] : `${t.extractWorkerFailed} (${m.detail})`);
        return;
      }
      startTransition(() => {
        setResult({ ...m.summary, document: input.name });
        setShownRows([]);
        setEdits(new Map());
        setAccepted(new Set());
        setFocus(null);
        setShownPage(0);
        setReviewPage(0);
        setMessage(m.summary.count === 0 ? t.extractNone : '');
      });
    };
    w.onerror = () => {
      w.terminate();
      worker.current = null;
      setBusy(null);
      setMessage(t.extractWorkerFailed);
    };
    w.postMessage({ type: 'extract', ...input, municipalities: core.municipalities } satisfies ExtractRequest);
  };

  const cancel = () => {
    worker.current?.terminate();
    worker.current = null;
    setBusy(null);
    setMessage(t.extractCancelled);
  };

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
    const datasetId = newDatasetId();
    const sourceId = userSourceId(datasetId);
    const observations: Observation[] = (await acceptedObservations()).map((o) => ({ ...o, indicator: `egne_${datasetId}_${o.indicator}`, source_id: sourceId }));
    const label = `${names.get(source.municipality_code) ?? ''} ${source.body} ${locale.date(source.meeting_date)}`.trim();
    const columnars = columnarsOf(observations);
    const summary = summarise(datasetId, result.document || t.extractPasted, label, columnars);
    for (const ind of summary.indicators) {
      const base = core.indicators.find((i) => `egne_${datasetId}_${i.indicator}` === ind.indicator);
      ind.label = base ? `${base.label_da}, ${label}` : ind.label;
    }
    try {
      await saveDataset(summary, columnars);
      await queryClient.invalidateQueries({ queryKey: ['user-datasets'] });
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

  const share = busy?.progress ? progressShare(busy.progress, busy.paged) : 0;
  const progressText = !busy?.progress ? t.extractStarting : busy.progress.stage === 'reading' ? t.extractReading(busy.progress.page, busy.progress.pages) : t.extractFinding(Math.round(busy.progress.share * 100));
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
        {busy && (
          <div className="extract-progress" role="status">
            <progress max={1} value={busy.progress ? share : undefined} aria-label={progressText} />
            <span>{progressText}</span>
            <button type="button" onClick={cancel}>
              {t.cancel}
            </button>
          </div>
        )}
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
                    {inView.slice(0, rendered).map((r) => {
                      const i = r.index;
                      return (
                        <tr key={i} className={`${accepted.has(i) ? 'accepted' : ''}${focus === i ? ' focused' : ''}`} data-candidate={i}>
                          <td>
                            <input type="checkbox" checked={accepted.has(i)} aria-label={t.extractAcceptOne(String(r.value), r.quote.slice(0, 60))} onChange={(e) => accept([i], e.target.checked)} />
                          </td>
                          <td data-label={t.value}>
                            <input type="number" step="any" value={Number.isFinite(r.value) ? String(r.value) : ''} aria-label={t.value} onChange={(e) => edit(i, { value: e.target.value === '' ? Number.NaN : Number(e.target.value) })} />
                            <select value={r.unit} aria-label={t.importUnit} onChange={(e) => edit(i, { unit: e.target.value as Unit })}>
                              {UNITS.map((u) => (
                                <option key={u} value={u}>
                                  {t.units[u]}
                                </option>
                              ))}
                            </select>
                          </td>
                          <td data-label={t.indicator}>
                            <LazySelect value={r.indicator} options={indicatorOptions} label={t.indicator} onChange={(indicator) => edit(i, { indicator })} />
                            {r.breakdown !== 'all' && <span className="extract-breakdown">{r.breakdown}</span>}
                          </td>
                          <td data-label={t.area}>
                            <LazySelect value={r.area} options={areaOptions} label={t.area} onChange={(area) => edit(i, { area })} />
                          </td>
                          <td data-label={t.period}>
                            <input type="text" value={r.period} size={10} aria-label={t.period} aria-invalid={!isPeriod(r.period)} onChange={(e) => edit(i, { period: e.target.value.trim() })} />
                          </td>
                          <td data-label={t.extractKind}>
                            <select value={r.kind} aria-label={t.extractKind} onChange={(e) => edit(i, { kind: e.target.value as Kind })}>
                              {KINDS.map((kind) => (
                                <option key={kind} value={kind}>
                                  {t.kinds[kind]}
                                </option>
                              ))}
                            </select>
                          </td>
                          <td className="quote" data-label={t.evidence}>
                            <button type="button" className="link-button" onClick={() => show(i)}>
                              {r.evidence.page !== null && <span className="extract-page-ref">{t.extractPageShort(r.evidence.page)} · </span>}
                              {r.quote.length > 90 ? `${r.quote.slice(0, 90)}…` : r.quote}
                            </button>
                          </td>
                        </tr>
                      );
                    })}
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
            {page && (
              <div className="extract-document">
                {pages.length > 1 && (
                  <div className="extract-pager">
                    <button type="button" disabled={shownPage === 0} onClick={() => setShownPage(shownPage - 1)}>
                      {t.extractPreviousPage}
                    </button>
                    <span className="extract-page-label">{t.extractPageLabel(shownPage + 1, pages.length, result.kind === 'pdf')}</span>
                    <button type="button" disabled={shownPage >= pages.length - 1} onClick={() => setShownPage(shownPage + 1)}>
                      {t.extractNextPage}
                    </button>
                  </div>
                )}
                <div className="extract-text" aria-label={t.extractText} tabIndex={0}>
                  {pageSegments(result.text, page, marks, focus).map((seg, k) =>
                    seg.mark === null ? (
                      <span key={k}>{seg.text}</span>
                    ) : (
                      <mark key={k} className={`${accepted.has(seg.mark) ? 'accepted' : ''} ${seg.mark === focus ? 'focused' : ''}`} ref={seg.mark === focus ? (el) => el?.scrollIntoView({ block: 'center' }) : undefined}>
                        {seg.text}
                      </mark>
                    ),
                  )}
                </div>
              </div>
            )}
          </div>
          <div className="import-save">
            <button type="button" className="primary" disabled={accepted.size === 0 || invalid} onClick={() => void save()}>
              {t.extractSave(accepted.size)}
            </button>
            <button type="button" disabled={accepted.size === 0} onClick={() => void downloadCsv()}>
              {t.extractDownload}
            </button>
            {invalid && <span className="error">{t.extractInvalid}</span>}
          </div>
        </section>
      )}
    </div>
  );
}
