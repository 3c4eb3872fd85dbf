import { importTexts } from '../../i18n/texts/import.ts';
import { textsWith } from '../../i18n/locale.ts';
import type { Unit } from '../../data/contract.ts';
import { previewRows } from '../../import/shape.ts';
import type { ImportOutcome } from '../../import/outcome.ts';
import { useLocale } from '../../i18n/use-locale.ts';

const PREVIEW_ROWS = 8;

/** The first figures exactly as they will be stored: area, period, breakdown, value and unit. */
export function ImportPreview({ outcome, unit, names }: { outcome: ImportOutcome; unit: Unit; names: Map<string, string> }) {
  const locale = useLocale();
  const t = textsWith(locale, importTexts);
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
