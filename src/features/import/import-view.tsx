import { importTexts } from '../../i18n/texts/import.ts';
import { useId, useMemo, useRef, useState } from 'react';
import type { Unit } from '../../data/contract.ts';
import { ENCODING_NAMES } from '../../import/decode.ts';
import { dimensionColumns, type ColumnMap } from '../../import/formats.ts';
import { trendViewOf } from '../../import/merge.ts';
import { inferUnit, suggestedLabel } from '../../import/describe.ts';
import { resolveDuplicates, shapeImport, withOtherDecimalSign } from '../../import/shape.ts';
import type { DimensionUse, DuplicateChoice, ImportOutcome } from '../../import/outcome.ts';
import type { SaveRequest } from '../../import/save.worker.ts';
import { newDatasetId } from '../../import/store.ts';
import { limitToUnit } from '../../import/unit-limits.ts';
import { useTexts } from '../../i18n/use-locale.ts';
import { useSetSpec, useSpec } from '../../view/store.ts';
import { useSaveImport } from '../common/dataset-mutations.ts';
import type { LoadedCore } from '../common/queries.ts';
import { ColumnPicker } from './column-picker.tsx';
import { DimensionsChoice } from './dimensions-choice.tsx';
import { DuplicatesChoice } from './duplicates-choice.tsx';
import { FilePicker } from './file-picker.tsx';
import { ImportPreview } from './import-preview.tsx';
import { MyDatasets } from './my-datasets.tsx';
import { NumberSignChoice } from './number-sign-choice.tsx';
import { RejectedRows } from './rejected-rows.tsx';
import { SaveForm } from './save-form.tsx';
import { UnmappedNames } from './unmapped-names.tsx';
import { useParse } from './use-parse.ts';

/** Import: the analyst's own files, parsed off the main thread and kept in the browser. */
export function ImportView({ core }: { core: LoadedCore }) {
  const t = useTexts(importTexts);
  const id = useId();
  const setSpec = useSetSpec();
  const spec = useSpec();
  const [file, setFile] = useState<File | null>(null);
  const [columns, setColumns] = useState<ColumnMap | null>(null);
  const [overrides, setOverrides] = useState<Map<string, string>>(new Map());
  const [label, setLabel] = useState('');
  const [unit, setUnit] = useState<Unit>('persons');
  const [message, setMessage] = useState('');
  const [duplicateChoice, setDuplicateChoice] = useState<DuplicateChoice | null>(null);
  const [decimalComma, setDecimalComma] = useState<boolean | null>(null);
  const [uses, setUses] = useState<DimensionUse[] | null>(null);
  // What the user typed or chose wins over what the file suggests, also after a new choice of columns.
  const labelTouched = useRef(false);
  const unitTouched = useRef(false);
  const suggest = (o: ImportOutcome, f: File) => {
    if (!unitTouched.current) setUnit(inferUnit(o));
    if (!labelTouched.current) setLabel(suggestedLabel(o, f.name));
  };
  const { stage, parse: parseInWorker, stop } = useParse(core.municipalities, suggest);

  const parse = (f: File, cols: ColumnMap | null, names: Map<string, string>) => {
    setDuplicateChoice(null);
    setDecimalComma(null);
    setUses(null);
    parseInWorker(f, cols, names);
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

  const read = stage.kind === 'review' ? stage.outcome : null;
  // Two-way figures ("2.125") read as the user chose; until then as guessed, and nothing is saved.
  const numbersUndecided = read !== null && read.numbers.basis === 'guess' && read.numbers.ambiguousCount > 0 && decimalComma === null;
  const signed = useMemo(() => (read && decimalComma !== null && decimalComma !== read.numbers.decimalComma ? withOtherDecimalSign(read) : read), [read, decimalComma]);
  const parsed = useMemo(() => (signed && uses ? shapeImport(signed, uses) : signed), [signed, uses]);
  const duplicates = parsed?.duplicates ?? [];
  // Until the user has said what to do with duplicates, nothing is saved and nothing counts as kept.
  const undecided = duplicates.length > 0 && duplicateChoice === null;
  const chosen = useMemo(() => (parsed && duplicateChoice ? resolveDuplicates(parsed, duplicateChoice) : parsed), [parsed, duplicateChoice]);
  // A figure the chosen unit cannot hold (a share of 140) is a rejected row, counted and downloadable.
  const outcome = useMemo(() => chosen && limitToUnit(chosen, unit), [chosen, unit]);
  const validRows = outcome ? outcome.columns.value.length + outcome.contractRows.length - (undecided ? duplicates.reduce((n, d) => n + d.entries.length, 0) : 0) : 0;
  const names = new Map(core.municipalities.map((m) => [m.code, m.name]));

  const chooseUse = (index: number, use: DimensionUse) => {
    if (!parsed || !file) return;
    const next = parsed.dimensions.map((d, i) => (i === index ? use : d.use));
    setUses(next);
    setDuplicateChoice(null);
    suggest(shapeImport(parsed, next), file);
  };

  const chooseMeasure = (value: number) => {
    if (!outcome || !file) return;
    const c = outcome.detection.columns!;
    const cols: ColumnMap = { ...c, value, dimensions: dimensionColumns(outcome.detection.header.length, [c.area, c.period, value], outcome.detection.measures) };
    setColumns(cols);
    parse(file, cols, overrides);
  };

  // Saved in a worker: a failure leaves what was stored before untouched and the review open.
  const saveImport = useSaveImport(t.importWorkerFailed);
  const saving = saveImport.isPending;
  const save = () => {
    if (!outcome || !file || saving) return;
    const contract = outcome.detection.format === 'contract';
    const request: SaveRequest = { datasetId: newDatasetId(), fileName: file.name, label: label.trim() || file.name, columns: contract ? null : outcome.columns, unit, contractRows: contract ? outcome.contractRows : [] };
    saveImport.mutate(request, {
      onSuccess: (summary) => {
        setMessage(t.importSaved(validRows, file.name));
        stop();
        const view = trendViewOf(summary, spec.areas);
        if (view) setSpec(view);
      },
      onError: (e) => setMessage(`${t.importSaveFailed}: ${e.message}`),
    });
  };

  const blockedBy = numbersUndecided ? t.importNumbersFirst : undecided ? t.importDuplicatesFirst : null;
  return (
    <div className="view import-view">
      <h1 className="view-title">{t.importTitle}</h1>
      <p className="view-intro">{t.importIntro}</p>

      <FilePicker
        stage={stage}
        message={message}
        onChoose={choose}
        onCancel={() => {
          stop();
          setMessage(t.importCancelled);
        }}
      />

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
          {outcome.source.repair && (
            <p className="hint import-repair" role="note">
              {t.importRepair[outcome.source.repair]}
            </p>
          )}
          {outcome.detection.problem && (
            <p className="error" role="alert">
              {outcome.detection.problem}
            </p>
          )}
          {!outcome.detection.problem && !outcome.detection.columns && outcome.detection.format !== 'contract' && (
            <ColumnPicker
              header={outcome.detection.header}
              onPick={(cols) => {
                setColumns(cols);
                parse(file, cols, overrides);
              }}
            />
          )}
          {outcome.detection.columns && outcome.detection.measures.length > 1 && (
            <label className="control measure-choice">
              <span className="control-label">{t.importMeasure}</span>
              <select value={outcome.detection.columns.value} onChange={(e) => chooseMeasure(Number(e.target.value))}>
                {outcome.detection.measures.map((i) => (
                  <option key={i} value={i}>
                    {outcome.detection.header[i]}
                  </option>
                ))}
              </select>
            </label>
          )}
          <NumberSignChoice numbers={outcome.numbers} choice={decimalComma} onChoose={setDecimalComma} />
          {outcome.dimensions.length > 0 && <DimensionsChoice dimensions={outcome.dimensions} onChoose={chooseUse} />}
          {validRows > 0 && !outcome.detection.problem && <ImportPreview outcome={outcome} unit={unit} names={names} />}
          {outcome.unmapped.length > 0 && (
            <UnmappedNames
              key={`${file.name}|${file.size}|${file.lastModified}`}
              unmapped={outcome.unmapped}
              municipalities={core.municipalities}
              initial={overrides}
              onApply={(applied) => {
                setOverrides(applied);
                parse(file, columns, applied);
              }}
            />
          )}
          {duplicates.length > 0 && <DuplicatesChoice duplicates={duplicates} names={names} choice={duplicateChoice} onChoose={setDuplicateChoice} />}
          {outcome.errors.length > 0 && <RejectedRows outcome={outcome} fileName={file.name} />}
          {validRows > 0 && !outcome.detection.problem && (
            <SaveForm
              label={label}
              onLabel={(v) => {
                setLabel(v);
                labelTouched.current = true;
              }}
              unit={outcome.detection.format === 'contract' ? null : unit}
              onUnit={(u) => {
                setUnit(u);
                unitTouched.current = true;
              }}
              validRows={validRows}
              blockedBy={blockedBy}
              saving={saving}
              onSave={save}
            />
          )}
        </section>
      )}

      <MyDatasets onMessage={setMessage} />
    </div>
  );
}
