import { useQueryClient } from '@tanstack/react-query';
import { useId, useMemo, useState } from 'react';
import { CONTRACT, KINDS, UNITS, type Kind, type Observation, type Unit } from '../../data/contract.ts';
import { isPeriod } from '../../data/period.ts';
import { toCsv } from '../../data/write-csv.ts';
import { download } from '../../export/image.ts';
import { extractMinutes, type CandidateObservation, type Extraction } from '../../extract/extract.ts';
import { trendViewOf, userSourceId } from '../../import/merge.ts';
import { columnarsOf, newDatasetId, saveDataset, summarise } from '../../import/store.ts';
import { looksBinary } from '../../import/formats.ts';
import { useLocale } from '../common/use-locale.ts';
import { useSetSpec } from '../../view/store.ts';
import type { LoadedCore } from '../common/queries.ts';

interface Row extends CandidateObservation {
  accepted: boolean;
}

/** Segments of the text with the evidence of each candidate marked, rendered as plain text. */
function segments(text: string, rows: Row[], focus: number | null) {
  const marks = rows.map((r, i) => ({ ...r.evidence, i })).sort((a, b) => a.start - b.start);
  const out: { text: string; mark: number | null }[] = [];
  let at = 0;
  for (const m of marks) {
    if (m.start < at) continue;
    if (m.start > at) out.push({ text: text.slice(at, m.start), mark: null });
    out.push({ text: text.slice(m.start, m.end), mark: m.i });
    at = m.end;
  }
  out.push({ text: text.slice(at), mark: null });
  return out.map((s) => ({ ...s, focused: s.mark !== null && s.mark === focus }));
}

export function ExtractView({ core }: { core: LoadedCore }) {
  const locale = useLocale();
  const t = locale.t;
  const id = useId();
  const queryClient = useQueryClient();
  const setSpec = useSetSpec();
  const [text, setText] = useState('');
  const [fileName, setFileName] = useState('');
  const [result, setResult] = useState<Extraction | null>(null);
  const [rows, setRows] = useState<Row[]>([]);
  const [focus, setFocus] = useState<number | null>(null);
  const [message, setMessage] = useState('');
  const indicators = useMemo(() => core.indicators.filter((i) => !i.indicator.startsWith('egne_')), [core.indicators]);
  const names = new Map(core.municipalities.map((m) => [m.code, m.name]));

  const run = (input: string, name: string) => {
    const ex = extractMinutes(input, core.municipalities, name);
    setResult(ex);
    setRows(ex.observations.map((o) => ({ ...o, accepted: false })));
    setFocus(null);
    setMessage(ex.observations.length === 0 ? t.extractNone : '');
  };

  const readFile = async (file: File | undefined) => {
    if (!file) return;
    const bytes = new Uint8Array(await file.arrayBuffer());
    let decoded: string;
    try {
      decoded = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
    } catch {
      setMessage(t.extractEncoding);
      return;
    }
    if (decoded.trim() === '' || looksBinary(decoded)) {
      setMessage(decoded.trim() === '' ? t.extractEmpty : t.extractBinary);
      return;
    }
    setText(decoded);
    setFileName(file.name);
    run(decoded, file.name);
  };

  const update = (i: number, patch: Partial<Row>) => setRows((rs) => rs.map((r, k) => (k === i ? { ...r, ...patch } : r)));
  const accepted = rows.filter((r) => r.accepted);
  const invalid = accepted.some((r) => !isPeriod(r.period) || !Number.isFinite(r.value));

  const save = async () => {
    if (!result || accepted.length === 0 || invalid) return;
    const datasetId = newDatasetId();
    const sourceId = userSourceId(datasetId);
    const observations: Observation[] = accepted.map(({ evidence: _e, accepted: _a, ...o }) => ({ ...o, indicator: `egne_${datasetId}_${o.indicator}`, source_id: sourceId }));
    const label = `${names.get(result.source.municipality_code) ?? ''} ${result.source.body} ${locale.date(result.source.meeting_date)}`.trim();
    const columnars = columnarsOf(observations);
    const summary = summarise(datasetId, fileName || t.extractPasted, label, columnars);
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

  return (
    <div className="view extract-view">
      <h1 className="view-title">{t.extractTitle}</h1>
      <p className="view-intro">{t.extractIntro}</p>
      <section className="chart-card" aria-labelledby={`${id}-input`}>
        <h2 id={`${id}-input`} className="chart-title">
          {t.extractInput}
        </h2>
        <label className="control">
          <span className="control-label">{t.extractPaste}</span>
          <textarea rows={8} value={text} onChange={(e) => setText(e.target.value)} maxLength={2_000_000} />
        </label>
        <div className="extract-actions">
          <button type="button" className="primary" disabled={text.trim() === ''} onClick={() => run(text, fileName)}>
            {t.extractRun}
          </button>
          <label className="file-button">
            {t.extractFile}
            <input type="file" accept=".txt,.md,text/plain,text/markdown" onChange={(e) => void readFile(e.target.files?.[0])} />
          </label>
        </div>
        {message && (
          <p className="import-message" role="status">
            {message}
          </p>
        )}
      </section>

      {result && rows.length > 0 && (
        <section className="chart-card" aria-labelledby={`${id}-found`}>
          <h2 id={`${id}-found`} className="chart-title">
            {t.extractFound(rows.length)}
          </h2>
          <p className="chart-subtitle">
            {names.get(result.source.municipality_code) ?? t.extractUnknownMunicipality} · {result.source.body} · {result.source.meeting_date ? locale.date(result.source.meeting_date) : t.extractUnknownDate} · {t.extractItems(result.items.length)}
            {result.grants.length > 0 && ` · ${t.extractGrants(result.grants.length, result.grant_lines.length)}`}
          </p>
          <div className="extract-layout">
            <div className="table-wrap extract-table">
              <table className="data-table">
                <caption className="visually-hidden">{t.extractFound(rows.length)}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t.extractAccept}</th>
                    <th scope="col">{t.value}</th>
                    <th scope="col">{t.indicator}</th>
                    <th scope="col">{t.area}</th>
                    <th scope="col">{t.period}</th>
                    <th scope="col">{t.extractKind}</th>
                    <th scope="col">{t.evidence}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((r, i) => (
                    <tr key={i} className={r.accepted ? 'accepted' : undefined} data-candidate={i}>
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
                          {KINDS.map((k) => (
                            <option key={k} value={k}>
                              {t.kinds[k]}
                            </option>
                          ))}
                        </select>
                      </td>
                      <td className="quote">
                        <button type="button" className="link-button" onClick={() => setFocus(i)}>
                          {r.quote.length > 90 ? `${r.quote.slice(0, 90)}…` : r.quote}
                        </button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <div className="extract-text" aria-label={t.extractText} tabIndex={0}>
              {segments(text, rows, focus).map((s, k) =>
                s.mark === null ? (
                  <span key={k}>{s.text}</span>
                ) : (
                  <mark key={k} className={`${rows[s.mark]?.accepted ? 'accepted' : ''} ${s.focused ? 'focused' : ''}`} ref={s.focused ? (el) => el?.scrollIntoView({ block: 'center' }) : undefined}>
                    {s.text}
                  </mark>
                ),
              )}
            </div>
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
