import { useState, type ReactNode } from 'react';
import { usePrinting } from '../../charts/chart-box.tsx';
import type { TableModel } from '../../model/frame-model.ts';
import { useLocale } from '../../i18n/use-locale.ts';

/**
 * A chart's table alternative: hidden behind a toggle on screen, always printed. While hidden it
 * is rendered in the background after the chart (a year of months for four areas is a thousand
 * cells), so it never holds up the chart; shown, it is always the chart's current figures.
 */
export function ToggleTable({ id, children }: { id: string; children: ReactNode }) {
  const { t } = useLocale();
  const [show, setShow] = useState(false);
  // On paper the table follows the chart; on screen it is built only when asked for, as a table
  // of 240 months is more of the page than the chart it sits under.
  const printing = usePrinting();
  return (
    <>
      <button type="button" className="table-toggle" aria-expanded={show} aria-controls={id} onClick={() => setShow((v) => !v)}>
        {show ? t.hideTable : t.showTable}
      </button>
      <div className={show ? 'table-wrap' : 'table-wrap print-only'} id={id}>
        {show || printing ? children : null}
      </div>
    </>
  );
}

/** Any model's table: a row header, then cells; a cell with `select` opens its source. */
export function DataTable({ table, onSelect }: { table: TableModel; onSelect?: (key: string) => void }) {
  const { t } = useLocale();
  const [head, ...columns] = table.columns;
  return (
    <table className="data-table">
      <caption>{table.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{head}</th>
          {columns.map((c, i) => (
            <th scope="col" key={i}>
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((r) => (
          <tr key={r.key} data-row={r.key} className={r.note ? 'reference-row' : undefined}>
            <th scope="row">{r.header}</th>
            {r.cells.map((c, i) => (
              <td key={i} data-value={c.value ?? ''} data-series={c.series}>
                {c.select !== undefined && onSelect ? (
                  <button type="button" className="cell-source" onClick={() => onSelect(c.select!)} title={t.openSource}>
                    {c.text}
                  </button>
                ) : (
                  c.text
                )}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
