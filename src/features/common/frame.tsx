import { MarkerShape } from '../../charts/markers.tsx';
import { useContext, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { EmphasisContext } from '../../charts/emphasis.ts';
import type { FrameModel, LegendEntry } from '../../model/frame-model.ts';
import { useSetSpec, useSpec } from '../../view/store.ts';
import { ChartActions } from './chart-actions.tsx';
import type { LoadedCore } from './queries.ts';
import { ChartStatus } from './series-controls.tsx';
import { DataTable, ToggleTable } from './tables.tsx';
import { useLocale } from '../../i18n/use-locale.ts';

/**
 * A legend whose entries hide and show series. What is hidden lives in the view spec, so the
 * table, the link, the embed and every export leave it out as the chart does.
 */
export function SeriesLegend({ entries, interactive }: { entries: LegendEntry[]; interactive: boolean }) {
  const { t } = useLocale();
  const spec = useSpec();
  const setSpec = useSetSpec();
  const emphasis = useContext(EmphasisContext);
  const toggle = (key: string) => setSpec({ hidden: spec.hidden.includes(key) ? spec.hidden.filter((k) => k !== key) : [...spec.hidden, key] });
  return (
    <ul className="series-legend" aria-label={t.legend}>
      {entries.map((e) => (
        <li key={e.key} className={e.hidden ? 'legend-item legend-hidden' : 'legend-item'} data-series={e.key} onMouseEnter={() => emphasis.set(e.key)} onMouseLeave={() => emphasis.set(null)}>
          <svg width="24" height="10" aria-hidden="true">
            <line x1="1" y1="5" x2="23" y2="5" stroke={e.colour} strokeWidth="3" strokeDasharray={e.dash} />
            {e.marker && <MarkerShape marker={e.marker} x={12} y={5} size={3.5} colour={e.colour} />}
          </svg>
          {interactive ? (
            <button type="button" className="legend-button" aria-pressed={!e.hidden} title={e.hidden ? t.showSeries(e.name) : t.hideSeries(e.name)} onClick={() => toggle(e.key)}>
              {e.name}
            </button>
          ) : (
            <span>{e.name}</span>
          )}
        </li>
      ))}
    </ul>
  );
}

/** Short remarks under a chart: where a series ends, which areas have no figures, how a rank reads. */
export function ChartNotes({ notes }: { notes: string[] }) {
  if (notes.length === 0) return null;
  return (
    <ul className="chart-notes">
      {notes.map((n) => (
        <li key={n}>{n}</li>
      ))}
    </ul>
  );
}

interface FrameProps {
  core: LoadedCore;
  model: FrameModel | null;
  /** The data behind the model is still loading, or failed. */
  status?: { pending: boolean; error: Error | null };
  /** Legend entries hide and show series (lines, reference lines). */
  legend?: 'toggle' | 'static' | 'none';
  onSelect?: (key: string) => void;
  children: ReactNode;
  /** Under the chart, before the actions: a source panel, a hint. */
  after?: ReactNode;
  /** New data is being drawn in the background; the chart still shows the previous (use-background.ts). */
  stale?: boolean;
}

/** Renders any view's model: title, legend, chart, notes, source line, actions and table. */
export function Frame({ core, model, status, legend = 'toggle', onSelect, children, after, stale = false }: FrameProps) {
  const id = useId();
  const figure = useRef<HTMLElement>(null);
  const { t } = useLocale();
  const [emphasis, setEmphasis] = useState<string | null>(null);
  const waiting = !model || (status && (status.pending || status.error));
  // The same element while the table is the same, so the table in the background is not drawn again for nothing.
  const tableModel = model?.table;
  const table = useMemo(() => tableModel && <DataTable table={tableModel} onSelect={onSelect} />, [tableModel, onSelect]);
  return (
    <EmphasisContext value={{ key: emphasis, set: setEmphasis }}>
    <figure ref={figure} className={stale ? 'chart-card stale' : 'chart-card'} aria-busy={stale || undefined} aria-labelledby={`${id}-title`} aria-describedby={`${id}-sub ${id}-alt`}>
      <h2 id={`${id}-title`} className="chart-title">
        {model?.title ?? ''}
      </h2>
      <p id={`${id}-sub`} className="chart-subtitle">
        {model?.subtitle ?? ''}
      </p>
      <p id={`${id}-alt`} className="visually-hidden">
        {model?.textAlternative ?? ''}
      </p>
      {waiting ? (
        // A failed file is said at once; without a model it would otherwise read as still loading.
        <ChartStatus pending={!status?.error && (!status || status.pending || !model)} error={status?.error ?? null} />
      ) : model.empty ? (
        <div className="chart-placeholder empty" role="status">
          <strong>{model.empty.title}</strong>
          <p>{model.empty.body}</p>
        </div>
      ) : (
        <>
          {legend !== 'none' && model.legend.length > 0 && <SeriesLegend entries={model.legend} interactive={legend === 'toggle'} />}
          {children}
        </>
      )}
      {model && <ChartNotes notes={model.notes} />}
      <figcaption className="source-line">{model?.sourceLine}</figcaption>
      {after}
      {model && !waiting && !model.empty && (
        <>
          <ChartActions core={core} figure={figure} model={model} />
          <ToggleTable id={`${id}-table`}>{table}</ToggleTable>
        </>
      )}
      {legend === 'toggle' && model && model.legend.length > 1 && !model.empty && <p className="hint no-print">{t.legendHint}</p>}
    </figure>
    </EmphasisContext>
  );
}
