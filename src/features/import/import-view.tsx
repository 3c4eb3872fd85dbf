import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useMemo, useRef, useState } from 'react';
import { UNITS, type Unit } from '../../data/contract.ts';
import { download } from '../../export/image.ts';
import { writeCsv } from '../../data/write-csv.ts';
import { ENCODING_NAMES } from '../../import/decode.ts';
import { dimensionColumns, type ColumnMap } from '../../import/formats.ts';
import { trendViewOf } from '../../import/merge.ts';
import type { ParseMessage, ParseRequest } from '../../import/parse.worker.ts';
import { inferUnit, previewRows, resolveDuplicates, shapeImport, suggestedLabel, type DimensionUse, type DuplicateChoice, type ImportOutcome } from '../../import/pipeline.ts';
import type { SaveMessage, SaveRequest } from '../../import/save.worker.ts';
import { newDatasetId, removeDataset } from '../../import/store.ts';
import { texts } from '../../i18n/texts.ts';
import { useSetSpec, useSpec } from '../../view/store.ts';
import type { LoadedCore } from '../common/queries.ts';
import { userDatasetsQuery } from '../common/queries.ts';
import { useLocale } from '../common/use-locale.ts';

type Stage =
  | { kind: 'idle' }
  | { kind: 'parsing'; bytes: number; total: number; rowsRead: number; errors: number }
  | { kind: 'failed'; message: string }
  | { kind: 'review'; outcome: ImportOutcome };

const PREVIEW_ROWS = 8;

/** Import: the analyst's own files, parsed off the main thread and kept in the browser. */
export function ImportView({ core }: { core: LoadedCore }) {
  const t = texts();
  const locale = useLocale();
  const id = useId();
  const queryClient = useQueryClient();
  const setSpec = useSetSpec();
  const spec = useSpec();
  const datasets = useQuery(userDatasetsQuery());
  const worker = useRef<Worker | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });
  const [columns, setColumns] = useState<ColumnMap | null>(null);
  const [overrides, setOverrides] = useState<Map<string, string>>(new Map());
  const [label, setLabel] = useState('');
  const [unit, setUnit] = useState<Unit>('persons');
  const [message, setMessage] = useState('');
  const [duplicateChoice, setDuplicateChoice] = useState<DuplicateChoice | null>(null);
  const [uses, setUses] = useState<DimensionUse[] | null>(null);
  const [saving, setSaving] = useState(false);
  // What the user typed or chose wins over what the file suggests, also after a new choice of columns.
  const labelTouched = useRef(false);
  const unitTouched = useRef(false);

  const parse = (f: File, cols: ColumnMap | null, names: Map<string, string>) => {
    worker.current?.terminate();
    setDuplicateChoice(null);
    setUses(null);
    const w = new Worker(new URL('../../import/parse.worker.ts', import.meta.url), { type: 'module' });
    worker.current = w;
    setStage({ kind: 'parsing', bytes: 0, total: f.size, rowsRead: 0, errors: 0 });
    w.onmessage = (e: MessageEvent<ParseMessage>) => {
      const m = e.data;
      if (m.type === 'progress') setStage({ kind: 'parsing', ...m });
      else if (m.type === 'failed') setStage({ kind: 'failed', message: m.message });
      else {
        setStage({ kind: 'review', outcome: m.outcome });
        if (!unitTouched.current) setUnit(inferUnit(m.outcome));
        if (!labelTouched.current) setLabel(suggestedLabel(m.outcome, f.name));
        w.terminate();
      }
    };
    w.onerror = () => setStage({ kind: 'failed', message: t.importWorkerFailed });
    const request: ParseRequest = { file: f, municipalities: core.municipalities, columns: cols, overrides: [...names] };
    w.postMessage(request);
  };

  const choose = (f: File | undefined) => {
    if (!f) return;
    setFile(f);
    setColumns(null);
    setOverrides(new Map());
    setMessage('');
    labelTouched.current = false;
    unitTouched.current = false;
    parse(f, null, new Map());
  };

  const cancel = () => {
    worker.current?.terminate();
    worker.current = null;
    setStage({ kind: 'idle' });
    setMessage(t.importCancelled);
  };

  const read = stage.kind === 'review' ? stage.outcome : null;
  const parsed = useMemo(() => (read && uses ? shapeImport(read, uses) : read), [read, uses]);
  const duplicates = parsed?.duplicates ?? [];
  // Until the user has said what to do with duplicates, nothing is saved and nothing counts as kept.
  const undecided = duplicates.length > 0 && duplicateChoice === null;
  const outcome = useMemo(() => (parsed && duplicateChoice ? resolveDuplicates(parsed, duplicateChoice) : parsed), [parsed, duplicateChoice]);
  const validRows = outcome ? outcome.columns.value.length + outcome.contractRows.length - (undecided ? duplicates.reduce((n, d) => n + d.entries.length, 0) : 0) : 0;
  const names = new Map(core.municipalities.map((m) => [m.code, m.name]));

  const chooseUse = (index: number, use: DimensionUse) => {
    if (!parsed || !file) return;
    const next = parsed.dimensions.map((d, i) => (i === index ? use : d.use));
    setUses(next);
    setDuplicateChoice(null);
    const shaped = shapeImport(parsed, next);
    if (!labelTouched.current) setLabel(suggestedLabel(shaped, file.name));
    if (!unitTouched.current) setUnit(inferUnit(shaped));
  };

  // Saved in a worker: a failure leaves what was stored before untouched and the review open.
  const save = () => {
    if (!outcome || !file || saving) return;
    const contract = outcome.detection.format === 'contract';
    const request: SaveRequest = { datasetId: newDatasetId(), fileName: file.name, label: label.trim() || file.name, columns: contract ? null : outcome.columns, unit, contractRows: contract ? outcome.contractRows : [] };
    const w = new Worker(new URL('../../import/save.worker.ts', import.meta.url), { type: 'module' });
    setSaving(true);
    const finish = (text: string) => {
      w.terminate();
      setSaving(false);
      setMessage(text);
    };
    w.onmessage = (e: MessageEvent<SaveMessage>) => {
      const m = e.data;
      if (m.type === 'failed') return finish(`${t.importSaveFailed}: ${m.message}`);
      finish(t.importSaved(validRows, file.name));
      setStage({ kind: 'idle' });
      void queryClient.invalidateQueries({ queryKey: ['user-datasets'] }).then(() => {
        const view = trendViewOf(m.summary, spec.areas);
        if (view) setSpec(view);
      });
    };
    w.onerror = () => finish(`${t.importSaveFailed}: ${t.importWorkerFailed}`);
    w.postMessage(request);
  };

  const downloadRejected = () => {
    if (!outcome) return;
    const header = [...outcome.detection.header, 'række', 'kolonne', 'fejl'];
    const text = writeCsv([header, ...outcome.errors.map((e) => [...e.raw, e.row, e.column, e.message])], { protect: true });
    download(new Blob(['\uFEFF' + text], { type: 'text/csv;charset=utf-8' }), `afviste-raekker-${(file?.name ?? 'fil').replace(/\.[^.]+$/, '')}.csv`);
  };

  const municipalities = core.municipalities;
  return (
    <div className="view import-view">
      <h1 className="view-title">{t.importTitle}</h1>
      <p className="view-intro">{t.importIntro}</p>

      <section className="chart-card" aria-labelledby={`${id}-pick`}>
        <h2 id={`${id}-pick`} className="chart-title">
          {t.importChoose}
        </h2>
        <label
          className="drop-zone"
          onDragOver={(e) => e.preventDefault()}
          onDrop={(e) => {
            e.preventDefault();
            choose(e.dataTransfer.files[0]);
          }}
        >
          <span>{t.importDrop}</span>
          <input type="file" accept=".csv,.txt,.tsv,.xlsx,.json,.ndjson,text/csv,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" onChange={(e) => choose(e.target.files?.[0])} aria-label={t.importFileLabel} />
        </label>
        {message && (
          <p className="import-message" role="status">
            {message}
          </p>
        )}
        {stage.kind === 'parsing' && (
          <div className="import-progress" role="status" aria-live="polite">
            <progress max={stage.total || 1} value={stage.bytes} aria-label={t.importProgress} />
            <span>{t.importProgressText(stage.rowsRead, stage.errors, Math.round((100 * stage.bytes) / (stage.total || 1)))}</span>
            <button type="button" onClick={cancel}>
              {t.cancel}
            </button>
          </div>
        )}
        {stage.kind === 'failed' && (
          <p className="error" role="alert">
            {stage.message}
          </p>
        )}
      </section>

      {outcome && file && (
        <section className="chart-card import-review" aria-labelledby={`${id}-review`}>
          <h2 id={`${id}-review`} className="chart-title">
            {file.name}
          </h2>
          <p className="chart-subtitle">
            {t.importFormat}: {t.importFormats[outcome.detection.format]} · {t.importSummary(outcome.rowsRead, validRows, outcome.errorCount)}
            {outcome.skippedAggregates > 0 && ` · ${t.importAggregates(outcome.skippedAggregates)}`}
            {outcome.filteredOut > 0 && ` · ${t.importFiltered(outcome.filteredOut)}`}
            {undecided && ` · ${t.importDuplicatesCount(duplicates.length)}`}
          </p>
          <p className="hint import-source">
            {t.importReadAs}: {t.importRead(outcome.source.kind, outcome.source.encoding && ENCODING_NAMES[outcome.source.encoding], outcome.source.detail)}
          </p>
          {outcome.detection.problem && (
            <p className="error" role="alert">
              {outcome.detection.problem}
            </p>
          )}
          {!outcome.detection.problem && !outcome.detection.columns && outcome.detection.format !== 'contract' && (
            <ColumnPicker header={outcome.detection.header} onPick={(cols) => { setColumns(cols); parse(file, cols, overrides); }} />
          )}
          {outcome.detection.columns && outcome.detection.measures.length > 1 && (
            <label className="control measure-choice">
              <span className="control-label">{t.importMeasure}</span>
              <select
                value={outcome.detection.columns.value}
                onChange={(e) => {
                  const c = outcome.detection.columns!;
                  const value = Number(e.target.value);
                  const cols: ColumnMap = { ...c, value, dimensions: dimensionColumns(outcome.detection.header.length, [c.area, c.period, value], outcome.detection.measures) };
                  setColumns(cols);
                  parse(file, cols, overrides);
                }}
              >
                {outcome.detection.measures.map((i) => (
                  <option key={i} value={i}>
                    {outcome.detection.header[i]}
                  </option>
                ))}
              </select>
            </label>
          )}
          {outcome.dimensions.length > 0 && (
            <fieldset className="dimensions">
              <legend>{t.importDimensions}</legend>
              <p className="hint">{t.importDimensionsHint}</p>
              {outcome.dimensions.map((d, i) => (
                <label key={d.column} className="control dimension-row">
                  <span className="control-label">{d.name || `${t.column} ${d.column + 1}`}</span>
                  <select
                    value={d.use.kind === 'breakdown' ? '' : `=${d.use.value}`}
                    onChange={(e) => chooseUse(i, e.target.value === '' ? { kind: 'breakdown' } : { kind: 'filter', value: e.target.value.slice(1) })}
                  >
                    <option value="">{t.importDimensionBreakdown}</option>
                    {d.values.slice(0, 300).map((v) => (
                      <option key={v.value} value={`=${v.value}`}>
                        {t.importDimensionOnly(v.value)} ({t.rowsCount(v.count)})
                      </option>
                    ))}
                  </select>
                </label>
              ))}
            </fieldset>
          )}
          {validRows > 0 && !outcome.detection.problem && <ImportPreview outcome={outcome} unit={unit} names={names} />}
          {outcome.unmapped.length > 0 && (
            <fieldset className="unmapped">
              <legend>{t.importUnmapped(outcome.unmapped.length)}</legend>
              <p className="hint">{t.importUnmappedHint}</p>
              {outcome.unmapped.map(([name, rows]) => (
                <label key={name} className="unmapped-row">
                  <span>
                    <strong>{name}</strong> ({t.rowsCount(rows.length)})
                  </span>
                  <select value={overrides.get(name) ?? ''} onChange={(e) => setOverrides(new Map(overrides).set(name, e.target.value))}>
                    <option value="">{t.importLeaveOut}</option>
                    {municipalities.map((m) => (
                      <option key={m.code} value={m.code}>
                        {m.name}
                      </option>
                    ))}
                  </select>
                </label>
              ))}
              <button type="button" onClick={() => parse(file, columns, new Map([...overrides].filter(([, v]) => v !== '')))}>
                {t.importApplyNames}
              </button>
            </fieldset>
          )}
          {duplicates.length > 0 && (
            <fieldset className="duplicates">
              <legend>{t.importDuplicates(duplicates.length)}</legend>
              <p className="hint">{t.importDuplicatesHint}</p>
              <div className="table-wrap">
                <table className="data-table">
                  <caption className="visually-hidden">{t.importDuplicates(duplicates.length)}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t.area}</th>
                      <th scope="col">{t.period}</th>
                      <th scope="col">{t.breakdown}</th>
                      <th scope="col">{t.importDuplicateValues}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {duplicates.slice(0, 50).map((d) => (
                      <tr key={`${d.area}|${d.indicator}|${d.breakdown}|${d.period}`} data-duplicate={d.area}>
                        <td>{names.get(d.area) ?? d.area}</td>
                        <td>{locale.period(d.period)}</td>
                        <td>{[d.indicator, d.breakdown === 'all' ? t.breakdownAll : d.breakdown].filter(Boolean).join(' · ')}</td>
                        <td>{d.entries.map((e) => t.importDuplicateEntry(e.value === null ? '–' : e.value.toLocaleString('da-DK'), e.row)).join('; ')}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              {duplicates.length > 50 && <p className="hint">{t.importDuplicatesMore(duplicates.length - 50)}</p>}
              <div role="radiogroup" aria-label={t.importDuplicatesChoice} className="duplicate-choice">
                {(['first', 'last', 'reject'] as const).map((c) => (
                  <label key={c} className="radio">
                    <input type="radio" name={`${id}-duplicates`} value={c} checked={duplicateChoice === c} onChange={() => setDuplicateChoice(c)} />
                    {t.importDuplicateChoices[c]}
                  </label>
                ))}
              </div>
            </fieldset>
          )}
          {outcome.errors.length > 0 && (
            <details className="import-errors" open>
              <summary>{t.importErrors(outcome.errorCount)}</summary>
              <div className="table-wrap">
                <table className="data-table">
                  <caption className="visually-hidden">{t.importErrors(outcome.errorCount)}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t.row}</th>
                      <th scope="col">{t.column}</th>
                      <th scope="col">{t.reason}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {outcome.errors.slice(0, 200).map((e, i) => (
                      <tr key={i}>
                        <td>{e.row}</td>
                        <td>{e.column}</td>
                        <td className="reason">{e.message}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <button type="button" onClick={downloadRejected}>
                {t.importDownloadRejected}
              </button>
            </details>
          )}
          {validRows > 0 && !outcome.detection.problem && (
            <div className="import-save">
              <label className="control">
                <span className="control-label">{t.importLabel}</span>
                <input
                  type="text"
                  value={label}
                  maxLength={120}
                  onChange={(e) => {
                    setLabel(e.target.value);
                    labelTouched.current = true;
                  }}
                />
              </label>
              {outcome.detection.format !== 'contract' && (
                <label className="control">
                  <span className="control-label">{t.importUnit}</span>
                  <select
                    value={unit}
                    onChange={(e) => {
                      setUnit(e.target.value as Unit);
                      unitTouched.current = true;
                    }}
                    aria-describedby={`${id}-unit-hint`}
                  >
                    {UNITS.map((u) => (
                      <option key={u} value={u}>
                        {t.units[u]}
                      </option>
                    ))}
                  </select>
                  <span id={`${id}-unit-hint`} className="hint">
                    {t.importUnitHint}
                  </span>
                </label>
              )}
              <button type="button" className="primary" disabled={undecided || saving} aria-busy={saving} aria-describedby={undecided ? `${id}-undecided` : undefined} onClick={save}>
                {t.importSave(validRows)}
              </button>
              {undecided && (
                <p id={`${id}-undecided`} className="hint">
                  {t.importDuplicatesFirst}
                </p>
              )}
            </div>
          )}
        </section>
      )}

      <section className="chart-card" aria-labelledby={`${id}-mine`}>
        <h2 id={`${id}-mine`} className="chart-title">
          {t.importMine}
        </h2>
        {datasets.isError ? (
          <p className="error">{t.importStorageUnavailable}</p>
        ) : !datasets.data || datasets.data.length === 0 ? (
          <p>{t.importNone}</p>
        ) : (
          <ul className="plain-list user-datasets">
            {datasets.data.map((d) => (
              <li key={d.id} data-dataset={d.id}>
                <strong>{d.label}</strong> – {d.fileName}, {t.importedAt(new Date(d.importedAt).toLocaleString('da-DK'))}, {t.rowsCount(d.indicators.reduce((a, i) => a + i.rows, 0))}{' '}
                <button type="button" onClick={() => setSpec(trendViewOf(d, spec.areas) ?? {})}>
                  {t.importShow}
                </button>{' '}
                <button
                  type="button"
                  onClick={() =>
                    void removeDataset(d.id)
                      .then(() => queryClient.invalidateQueries({ queryKey: ['user-datasets'] }))
                      .then(() => setMessage(t.importRemoved(d.fileName)))
                  }
                >
                  {t.remove}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

function ColumnPicker({ header, onPick }: { header: string[]; onPick: (c: ColumnMap) => void }) {
  const t = texts();
  const [area, setArea] = useState(0);
  const [period, setPeriod] = useState(Math.min(1, header.length - 1));
  const [value, setValue] = useState(header.length - 1);
  const select = (label: string, v: number, set: (n: number) => void) => (
    <label className="control">
      <span className="control-label">{label}</span>
      <select value={v} onChange={(e) => set(Number(e.target.value))}>
        {header.map((h, i) => (
          <option key={i} value={i}>
            {h || `${t.column} ${i + 1}`}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <fieldset className="column-picker">
      <legend>{t.importWhichColumns}</legend>
      {select(t.area, area, setArea)}
      {select(t.period, period, setPeriod)}
      {select(t.value, value, setValue)}
      <button type="button" onClick={() => onPick({ area, period, value, dimensions: header.map((_, i) => i).filter((i) => i !== area && i !== period && i !== value) })}>
        {t.importUseColumns}
      </button>
    </fieldset>
  );
}

/** The first figures exactly as they will be stored: area, period, breakdown, value and unit. */
function ImportPreview({ outcome, unit, names }: { outcome: ImportOutcome; unit: Unit; names: Map<string, string> }) {
  const locale = useLocale();
  const t = locale.t;
  const rows = previewRows(outcome, unit, PREVIEW_ROWS);
  const caption = t.importPreview(rows.length);
  return (
    <section className="import-preview" aria-label={caption}>
      <h3 className="control-label">{caption}</h3>
      <div className="table-wrap">
        <table className="data-table">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.area}</th>
              <th scope="col">{t.period}</th>
              <th scope="col">{t.breakdown}</th>
              <th scope="col">{t.value}</th>
              <th scope="col" className="unit-column">
                {t.importUnit}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={i}>
                <td>
                  {names.get(r.area) ?? r.area} <span className="hint area-code">({r.area})</span>
                </td>
                <td>{locale.period(r.period)}</td>
                <td>{r.breakdown === 'all' ? t.breakdownAll : r.breakdown}</td>
                <td className="num" data-value={r.value ?? ''}>
                  {r.value === null ? '–' : locale.value(r.value, r.unit)}
                </td>
                <td className="unit-column">{t.units[r.unit]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
