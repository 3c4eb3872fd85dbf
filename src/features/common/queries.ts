// One queryOptions factory per bundled file; hooks and tests share them.
import { queryOptions } from '@tanstack/react-query';
import type { CoreBundle } from '../../data/bundle.ts';
import { ObservationTable, type CompactObservations } from '../../data/table.ts';
import { USER_FILE_PREFIX } from '../../import/merge.ts';
import { listDatasets } from '../../import/store.ts';
import type { TableRequest } from '../../data/observations.worker.ts';

async function fetchJson(path: string): Promise<unknown> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: serveren svarede ${response.status}`);
  return response.json();
}

function isCoreBundle(v: unknown): v is CoreBundle {
  const c = v as Partial<CoreBundle> | null;
  return !!c && c.version === 1 && Array.isArray(c.municipalities) && Array.isArray(c.indicators) && Array.isArray(c.catalog);
}

export interface LoadedCore extends CoreBundle {
  /** Where this version's files are, below the page. */
  base: string;
  /** A pinned version was asked for but is no longer published; the newest is shown. */
  pinnedMissing: boolean;
}

async function fetchCore(base: string): Promise<CoreBundle> {
  const data = await fetchJson(`${base}core.json`);
  if (!isCoreBundle(data)) throw new Error(`${base}core.json har ikke det forventede format (version 1).`);
  return data;
}

export const coreQuery = (pinned: string | null) =>
  queryOptions({
    queryKey: ['core', pinned],
    queryFn: async (): Promise<LoadedCore> => {
      if (pinned) {
        const base = `data/v/${pinned}/`;
        try {
          return { ...(await fetchCore(base)), base, pinnedMissing: false };
        } catch {
          return { ...(await fetchCore('data/')), base: 'data/', pinnedMissing: true };
        }
      }
      return { ...(await fetchCore('data/')), base: 'data/', pinnedMissing: false };
    },
    staleTime: Infinity,
  });

export const userDatasetsQuery = () =>
  queryOptions({ queryKey: ['user-datasets'], queryFn: listDatasets, staleTime: Infinity, retry: false });

let worker: Worker | null = null;
let nextId = 0;
const pending = new Map<number, { resolve: (t: ObservationTable) => void; reject: (e: Error) => void }>();

/**
 * Parses and indexes one indicator's file in a module Web Worker, off the main thread: a file of
 * the bundle by its URL, or an import kept in this browser's IndexedDB by its key.
 */
function fetchTable(source: { url: string } | { idbKey: string }): Promise<ObservationTable> {
  if (!worker) {
    worker = new Worker(new URL('../../data/observations.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<{ id: number; table?: CompactObservations; error?: string }>) => {
      const request = pending.get(e.data.id);
      pending.delete(e.data.id);
      if (e.data.table) request?.resolve(new ObservationTable(e.data.table));
      else request?.reject(new Error(e.data.error ?? 'ukendt fejl'));
    };
  }
  const id = nextId++;
  const request: TableRequest = 'url' in source ? { id, url: new URL(source.url, location.href).href } : { id, idbKey: source.idbKey };
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    worker!.postMessage(request);
  });
}

export const observationsQuery = (file: string | undefined) =>
  queryOptions({
    queryKey: ['observations', file],
    queryFn: async (): Promise<ObservationTable> => {
      if (file?.startsWith(USER_FILE_PREFIX)) return fetchTable({ idbKey: file.slice(USER_FILE_PREFIX.length) });
      return fetchTable({ url: file ?? '' });
    },
    enabled: file !== undefined,
    staleTime: Infinity,
  });
