import { useId, useState, type ReactNode, type RefObject } from 'react';
import { NO_DATA } from '../../charts/colour-scale.ts';
import { formatNumber } from '../../format/format.ts';
import { texts } from '../../i18n/texts.ts';

/** A chart's table alternative: hidden behind a toggle on screen, always printed. */
export function ToggleTable({ id, children }: { id: string; children: ReactNode }) {
  const t = texts();
  const [show, setShow] = useState(false);
  return (
    <>
      <button type="button" className="table-toggle" aria-expanded={show} aria-controls={id} onClick={() => setShow((v) => !v)}>
        {show ? t.hideTable : t.showTable}
      </button>
      <div className={show ? 'table-wrap' : 'table-wrap print-only'} id={id}>
        {children}
      </div>
    </>
  );
}

export interface RankRow {
  code: string;
  name: string;
  value: number | null;
  rank: number | null;
}

/** Areas with their value and rank; a value opens its source when `onSelect` is given. */
export function RankTable({ caption, areaHeader, unit, rows, rankTotal, onSelect, notes = [] }: { caption: string; areaHeader: string; unit: string; rows: RankRow[]; rankTotal: number; onSelect?: (code: string) => void; notes?: string[] }) {
  const t = texts();
  return (
    <table className="data-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{areaHeader}</th>
          <th scope="col">{unit}</th>
          <th scope="col">{t.rank}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.code} data-area={r.code}>
            <th scope="row">{r.name}</th>
            <td data-value={r.value ?? ''}>
              {r.value === null ? (
                NO_DATA
              ) : onSelect ? (
                <button type="button" className="cell-source" onClick={() => onSelect(r.code)} title={t.openSource}>
                  {formatNumber(r.value, 1)}
                </button>
              ) : (
                formatNumber(r.value, 1)
              )}
            </td>
            <td>{r.rank === null ? '–' : t.rankOf(r.rank, rankTotal)}</td>
          </tr>
        ))}
        {notes.map((note) => (
          <tr key={note} className="reference-row">
            <th scope="row" colSpan={3}>
              {note}
            </th>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A chart's frame: title and subtitle that name it for assistive technology, then its content. */
export function ChartFigure({ figureRef, title, subtitle, children }: { figureRef: RefObject<HTMLElement | null>; title: string; subtitle: string; children: ReactNode }) {
  const id = useId();
  return (
    <figure ref={figureRef} className="chart-card" aria-labelledby={`${id}-title`} aria-describedby={`${id}-sub`}>
      <h2 id={`${id}-title`} className="chart-title">
        {title}
      </h2>
      <p id={`${id}-sub`} className="chart-subtitle">
        {subtitle}
      </p>
      {children}
    </figure>
  );
}
