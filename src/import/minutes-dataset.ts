// Figures accepted from minutes become a dataset of their own, like an imported file: its own
// indicator ids (so two meetings never mix), its own source, and labels naming the meeting.
import type { Indicator, Observation } from '../data/contract.ts';
import { userSourceId } from './merge.ts';
import { columnarsOf, newDatasetId, summarise } from './store.ts';

export function minutesDataset(accepted: Observation[], document: string, label: string, indicators: Pick<Indicator, 'indicator' | 'label_da'>[]) {
  const datasetId = newDatasetId();
  const sourceId = userSourceId(datasetId);
  const own = (indicator: string) => `egne_${datasetId}_${indicator}`;
  const columnars = columnarsOf(accepted.map((o) => ({ ...o, indicator: own(o.indicator), source_id: sourceId })));
  const summary = summarise(datasetId, document, label, columnars);
  for (const ind of summary.indicators) {
    const base = indicators.find((i) => own(i.indicator) === ind.indicator);
    ind.label = base ? `${base.label_da}, ${label}` : ind.label;
  }
  return { summary, columnars };
}
