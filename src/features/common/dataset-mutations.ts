// Saving and removing the analyst's own datasets as react-query mutations: each refreshes the list
// of datasets when it is done, and a failure is the mutation's error, not a lost promise.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ColumnarObservations } from '../../data/bundle.ts';
import type { UserDatasetSummary } from '../../import/merge.ts';
import type { SaveMessage, SaveRequest } from '../../import/save.worker.ts';
import { removeDataset, saveDataset } from '../../import/store.ts';
import { queryKeys } from './query-keys.ts';

/** An import saved in a worker of its own, ended when it answers: a large file's columns are built off the page. */
function saveInWorker(request: SaveRequest, workerFailed: string): Promise<UserDatasetSummary> {
  return new Promise((resolve, reject) => {
    const w = new Worker(new URL('../../import/save.worker.ts', import.meta.url), { type: 'module' });
    w.onmessage = (e: MessageEvent<SaveMessage>) => {
      w.terminate();
      if (e.data.type === 'failed') reject(new Error(e.data.message));
      else resolve(e.data.summary);
    };
    w.onerror = () => {
      w.terminate();
      reject(new Error(workerFailed));
    };
    w.postMessage(request);
  });
}

export function useSaveImport(workerFailed: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: SaveRequest) => saveInWorker(request, workerFailed),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.userDatasets }),
  });
}

/** Figures accepted from minutes, saved as they are (they are few). */
export function useSaveDataset() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ summary, columnars }: { summary: UserDatasetSummary; columnars: ColumnarObservations[] }) => saveDataset(summary, columnars).then(() => summary),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.userDatasets }),
  });
}

export function useRemoveDataset() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => removeDataset(id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.userDatasets }),
  });
}
