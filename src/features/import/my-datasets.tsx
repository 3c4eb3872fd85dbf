import { importTexts } from '../../i18n/texts/import.ts';
import { textsWith } from '../../i18n/locale.ts';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { trendViewOf } from '../../import/merge.ts';
import { useLocale } from '../../i18n/use-locale.ts';
import { useSetSpec, useSpec } from '../../view/store.ts';
import { useRemoveDataset } from '../common/dataset-mutations.ts';
import { userDatasetsQuery } from '../common/queries.ts';

/** The files imported into this browser: show one in the trend view, or remove it. */
export function MyDatasets({ onMessage }: { onMessage: (text: string) => void }) {
  const locale = useLocale();
  const t = textsWith(locale, importTexts);
  const id = useId();
  const remove = useRemoveDataset();
  const setSpec = useSetSpec();
  const spec = useSpec();
  const datasets = useQuery(userDatasetsQuery());
  return (
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
              <strong>{d.label}</strong> – {d.fileName}, {t.importedAt(locale.dateTime(d.importedAt))}, {t.rowsCount(d.indicators.reduce((a, i) => a + i.rows, 0))}{' '}
              <button type="button" onClick={() => setSpec(trendViewOf(d, spec.areas) ?? {})}>
                {t.importShow}
              </button>{' '}
              <button
                type="button"
                disabled={remove.isPending && remove.variables === d.id}
                onClick={() => remove.mutate(d.id, { onSuccess: () => onMessage(t.importRemoved(d.fileName)), onError: (e) => onMessage(`${t.importRemoveFailed}: ${e.message}`) })}
              >
                {t.remove}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
