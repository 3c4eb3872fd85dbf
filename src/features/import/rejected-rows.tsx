import { importTexts } from '../../i18n/texts/import.ts';
import { writeCsv } from '../../data/write-csv.ts';
import { download } from '../../export/download.ts';
import type { ImportOutcome } from '../../import/outcome.ts';
import { useTexts } from '../../i18n/use-locale.ts';

const SHOWN = 200;

/** Every rejected row with its reason; the download holds them all, in the file's own columns. */
export function RejectedRows({ outcome, fileName }: { outcome: ImportOutcome; fileName: string }) {
  const t = useTexts(importTexts);
  const downloadRejected = () => {
    const header = [...outcome.detection.header, 'række', 'kolonne', 'fejl'];
    const text = writeCsv([header, ...outcome.errors.map((e) => [...e.raw, e.row, e.column, e.message])], { protect: true });
    download(new Blob(['\uFEFF' + text], { type: 'text/csv;charset=utf-8' }), `afviste-raekker-${fileName.replace(/\.[^.]+$/, '')}.csv`);
  };
  return (
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
            {outcome.errors.slice(0, SHOWN).map((e, i) => (
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
  );
}
