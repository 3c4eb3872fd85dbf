// Saves an import to IndexedDB off the main thread: building the stored columns and the
// structured clone of a large file would otherwise block the page for seconds.
import type { Observation, Unit } from '../data/contract.ts';
import { importColumnar } from './shape.ts';
import type { ImportColumns } from './outcome.ts';
import { columnarsOf, saveDataset, summarise } from './store.ts';
import { userSourceId, type UserDatasetSummary } from './merge.ts';

export interface SaveRequest {
  datasetId: string;
  fileName: string;
  label: string;
  /** Figures from any other format, with the unit the user confirmed… */
  columns: ImportColumns | null;
  unit: Unit;
  /** …or rows in our own format, which keep their indicator ids and units. */
  contractRows: Observation[];
}

export type SaveMessage = { type: 'saved'; summary: UserDatasetSummary } | { type: 'failed'; message: string };

self.onmessage = async (event: MessageEvent<SaveRequest>) => {
  const { datasetId, fileName, label, columns, unit, contractRows } = event.data;
  const indicatorId = `egne_${datasetId}`;
  const sourceId = userSourceId(datasetId);
  try {
    const columnars = columns ? [importColumnar(columns, indicatorId, unit, sourceId)] : columnarsOf(contractRows.map((o) => ({ ...o, indicator: `${indicatorId}_${o.indicator}`, source_id: sourceId })));
    const summary = summarise(datasetId, fileName, label, columnars);
    await saveDataset(summary, columnars);
    self.postMessage({ type: 'saved', summary } satisfies SaveMessage);
  } catch (e) {
    self.postMessage({ type: 'failed', message: (e as Error).message } satisfies SaveMessage);
  }
};
