import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useMemo, useRef, useState, type DragEvent } from 'react';
import { CONTRACT, KINDS, UNITS, type Kind, type Observation, type Unit } from '../../data/contract.ts';
import { isPeriod } from '../../data/period.ts';
import { toCsv } from '../../data/write-csv.ts';
import { download } from '../../export/image.ts';
import type { CandidateObservation, Extraction } from '../../extract/extract.ts';
import type { ExtractInput, ExtractMessage, ExtractRequest } from '../../extract/extract.worker.ts';
import { trendViewOf, userSourceId } from '../../import/merge.ts';
import { columnarsOf, newDatasetId, saveDataset, summarise } from '../../import/store.ts';
import { useLocale } from '../common/use-locale.ts';
import { useSetSpec } from '../../view/store.ts';
import type { LoadedCore } from '../common/queries.ts';
import { documentPages, pageIndexAt, pageSegments, progressShare, reviewSlice, type ExtractProgress } from './model.ts';

interface Row extends CandidateObservation {
  accepted: boolean;
}

interface Result {
  extraction: Extraction;
  document: string;
  paged: boolean;
  pages: number | null;
}

type Busy = { progress: ExtractProgress | null; paged: boolean } | null;

export function ExtractView({ core }: { core: LoadedCore }) {
  const locale = useLocale();
  const t = locale.t;
  const id = useId();
  const queryClient = useQueryClient();
  const setSpec = useSetSpec();
  const [text, setText] = useState('');
  const [result, setResult] = useState<Result | null>(null);
  const [rows, setRows] = useState<Row[]>([]);
  const [focus, setFocus] = useState<number | null>(null);
  const [shownPage, setShownPage] = useState(0);
  const [reviewPage, setReviewPage] = useState(0);
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState<Busy>(null);
  const [dragging, setDragging] = useState(false);
  const worker = useRef<Worker | null>(null);
  const indicators = useMemo(() => core.indicators.filter((i) => !i.indicator.startsWith('egne_')), [core.indicators]);
  const names = new Map(core.municipalities.map((m) => [m.code, m.name]));
  const pages = useMemo(() => (result ? documentPages(result.extraction.text) : []), [result]);

  useEffect(() => () => worker.current?.terminate(), []);

  /** Reading and extracting run in a worker; a new request or Annuller ends the one before. */
  const start = (request: ExtractInput, paged: boolean) => {
    worker.current?.terminate();
    const w = new Worker(new URL('../../extract/extract.worker.ts', import.meta.url), { type: 'module' });
    worker.current = w;
    setBusy({ progress: null, paged });
    setMessage('');
    w.onmessage = (e: MessageEvent<ExtractMessage>) => {
      const m = e.data;
      if (m.type === 'progress') {
        setBusy({ progress: m.stage === 'reading' ? { stage: 'reading', page: m.page, pages: m.pages } : { stage: 'extracting', share: m.share }, paged });
        return;
      }
      w.terminate();
      worker.current = null;
      setBusy(null);
      if (m.type === 'failed') {
        setMessage(m.problem ? t.documentProblem[m.problem] : `${t.extractWorkerFailed} (${m.detail})`);
        return;
      }
      const ex = m.extraction;
      setResult({ extraction: ex, document: request.name, paged: m.kind === 'pdf', pages: m.pages });
      setRows(ex.observations.map((o) => ({ ...o, accepted: false })));
      setFocus(null);
      setShownPage(0);
      setReviewPage(0);
      setMessage(ex.observations.length === 0 ? t.extractNone : '');
    };
    w.onerror = () => {
      w.terminate();
      worker.current = null;
      setBusy(null);
      setMessage(t.extractWorkerFailed);
    };
    w.postMessage({ ...request, municipalities: core.municipalities } satisfies ExtractRequest);
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

  const update = (i: number, patch: Partial<Row>) => setRows((rs) => rs.map((r, k) => (k === i ? { ...r, ...patch } : r)));
  const accepted = rows.filter((r) => r.accepted);
  const invalid = accepted.some((r) => !isPeriod(r.period) || !Number.isFinite(r.value));
  const slice = reviewSlice(rows.length, reviewPage);
  const inView = rows.slice(slice.from, slice.to);
  const page = pages[Math.min(shownPage, pages.length - 1)];
  const pageOf = (r: Row) => (pages.length > 0 ? pageIndexAt(pages, r.evidence.start) : 0);

  const show = (i: number) => {
    setFocus(i);
    setShownPage(pageOf(rows[i]!));
  };

  const save = async () => {
    if (!result || accepted.length === 0 || invalid) return;
    const source = result.extraction.source;
    const datasetId = newDatasetId();
    const sourceId = userSourceId(datasetId);
    const observations: Observation[] = accepted.map(({ evidence: _e, accepted: _a, ...o }) => ({ ...o, indicator: `egne_${datasetId}_${o.indicator}`, source_id: sourceId }));
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

  const downloadCsv = () => {
    const clean = accepted.map(({ evidence: _e, accepted: _a, ...o }) => o);
    download(new Blob([toCsv(CONTRACT.observations.columns, clean, { protect: true })], { type: 'text/csv;charset=utf-8' }), 'referat-tal.csv');
  };

  const share = busy?.progress ? progressShare(busy.progress, busy.paged) : 0;
  const progressText = !busy?.progress ? t.extractStarting : busy.progress.stage === 'reading' ? t.extractReading(busy.progress.page, busy.progress.pages) : t.extractFinding(Math.round(busy.progress.share * 100));
  const source = result?.extraction.source;

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
        <label className="control">
          <span className="control-label">{t.extractPaste}</span>
          <textarea rows={8} value={text} onChange={(e) => setText(e.target.value)} maxLength={2_000_000} />
        </label>
        <div className="extract-actions">
          <button type="button" className="primary" disabled={text.trim() === '' || busy !== null} onClick={() => start({ text, name: '' }, false)}>
            {t.extractRun}
          </button>
          <label className="file-button">
            {t.extractFile}
            <input type="file" accept=".pdf,.html,.htm,.txt,.md,application/pdf,text/html,text/plain,text/markdown" disabled={busy !== null} onChange={(e) => {
              readFile(e.target.files?.[0]);
              e.target.value = '';
            }} />
          </label>
        </div>
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

      {result && source && rows.length > 0 && (
        <section className="chart-card" aria-labelledby={`${id}-found`}>
          <h2 id={`${id}-found`} className="chart-title">
            {t.extractFound(rows.length)}
          </h2>
          <p className="chart-subtitle">
            {names.get(source.municipality_code) ?? t.extractUnknownMunicipality} · {source.body} · {source.meeting_date ? locale.date(source.meeting_date) : t.extractUnknownDate} · {t.extractItems(result.extraction.items.length)}
            {result.extraction.grants.length > 0 && ` · ${t.extractGrants(result.extraction.grants.length, result.extraction.grant_lines.length)}`}
            {result.document && ` · ${t.extractDocument(result.document, result.pages)}`}
          </p>
          <div className="extract-layout">
            <div className="extract-review">
              <div className="table-wrap extract-table">
                <table className="data-table">
                  <caption className="visually-hidden">{t.extractFound(rows.length)}</caption>
                  <thead>
                    <tr>
                      <th scope="col">
                        <input
                          type="checkbox"
                          aria-label={t.extractAcceptPage}
                          checked={inView.length > 0 && inView.every((r) => r.accepted)}
                          onChange={(e) => setRows((rs) => rs.map((r, k) => (k >= slice.from && k < slice.to ? { ...r, accepted: e.target.checked } : r)))}
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
                    {inView.map((r, k) => {
                      const i = slice.from + k;
                      return (
                        <tr key={i} className={`${r.accepted ? 'accepted' : ''}${focus === i ? ' focused' : ''}`} data-candidate={i}>
                          <td>
                            <input type="checkbox" checked={r.accepted} aria-label={t.extractAcceptOne(String(r.value), r.quote.slice(0, 60))} onChange={(e) => update(i, { accepted: e.target.checked })} />
                          </td>
                          <td>
                            <input type="number" step="any" value={Number.isFinite(r.value) ? String(r.value) : ''} aria-label={t.value} onChange={(e) => update(i, { value: e.target.value === '' ? Number.NaN : Number(e.target.value) })} />
                            <select value={r.unit} aria-label={t.importUnit} onChange={(e) => update(i, { unit: e.target.value as Unit })}>
                              {UNITS.map((u) => (
                                <option key={u} value={u}>
                                  {t.units[u]}
                                </option>
                              ))}
                            </select>
                          </td>
                          <td>
                            <select value={r.indicator} aria-label={t.indicator} onChange={(e) => update(i, { indicator: e.target.value })}>
                              {indicators.map((ind) => (
                                <option key={ind.indicator} value={ind.indicator}>
                                  {locale.indicatorLabel(ind)}
                                </option>
                              ))}
                            </select>
                            {r.breakdown !== 'all' && <span className="extract-breakdown">{r.breakdown}</span>}
                          </td>
                          <td>
                            <select value={r.area} aria-label={t.area} onChange={(e) => update(i, { area: e.target.value })}>
                              {core.municipalities.map((m) => (
                                <option key={m.code} value={m.code}>
                                  {m.name}
                                </option>
                              ))}
                            </select>
                          </td>
                          <td>
                            <input type="text" value={r.period} size={10} aria-label={t.period} aria-invalid={!isPeriod(r.period)} onChange={(e) => update(i, { period: e.target.value.trim() })} />
                          </td>
                          <td>
                            <select value={r.kind} aria-label={t.extractKind} onChange={(e) => update(i, { kind: e.target.value as Kind })}>
                              {KINDS.map((kind) => (
                                <option key={kind} value={kind}>
                                  {t.kinds[kind]}
                                </option>
                              ))}
                            </select>
                          </td>
                          <td className="quote">
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
                  <span>{t.extractRows(slice.from + 1, slice.to, rows.length)}</span>
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
                    <span className="extract-page-label">{t.extractPageLabel(shownPage + 1, pages.length, result.paged)}</span>
                    <button type="button" disabled={shownPage >= pages.length - 1} onClick={() => setShownPage(shownPage + 1)}>
                      {t.extractNextPage}
                    </button>
                  </div>
                )}
                <div className="extract-text" aria-label={t.extractText} tabIndex={0}>
                  {pageSegments(result.extraction.text, page, rows, focus).map((seg, k) =>
                    seg.mark === null ? (
                      <span key={k}>{seg.text}</span>
                    ) : (
                      <mark key={k} className={`${rows[seg.mark]?.accepted ? 'accepted' : ''} ${seg.mark === focus ? 'focused' : ''}`} ref={seg.mark === focus ? (el) => el?.scrollIntoView({ block: 'center' }) : undefined}>
                        {seg.text}
                      </mark>
                    ),
                  )}
                </div>
              </div>
            )}
          </div>
          <div className="import-save">
            <button type="button" className="primary" disabled={accepted.length === 0 || invalid} onClick={() => void save()}>
              {t.extractSave(accepted.length)}
            </button>
            <button type="button" disabled={accepted.length === 0} onClick={downloadCsv}>
              {t.extractDownload}
            </button>
            {invalid && <span className="error">{t.extractInvalid}</span>}
          </div>
        </section>
      )}
    </div>
  );
}
