// One queryOptions factory per bundled file; hooks and tests share them.
import { queryOptions } from '@tanstack/react-query';
import type { CoreBundle } from '../../data/bundle.ts';
import { ObservationTable, type CompactObservations } from '../../data/table.ts';
import { decodeTable, WireFormatError } from '../../data/wire.ts';
import { fetchOk } from '../../data/fetch-ok.ts';
import { USER_DATABASE, USER_FILE_PREFIX, type UserDatasetSummary } from '../../import/merge.ts';
import type { TableRequest } from './observations.worker.ts';
import { queryKeys } from './query-keys.ts';

async function fetchJson(path: string): Promise<unknown> {
  return (await fetchOk(path)).json();
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

/**
 * Requests the entry starts before React renders (app/boot.ts), each handed to the first query
 * that asks for the same file; so the query waits for a request already under way.
 */
const early = new Map<string, Promise<unknown>>();

function startEarly<T>(key: string, start: () => Promise<T>): Promise<T> {
  let request = early.get(key) as Promise<T> | undefined;
  if (!request) {
    request = start();
    // A failure is the query's to report, when it takes the request.
    request.catch(() => undefined);
    early.set(key, request);
  }
  return request;
}

function takeEarly<T>(key: string, start: () => Promise<T>): Promise<T> {
  const request = early.get(key) as Promise<T> | undefined;
  early.delete(key);
  return request ?? start();
}

/** The newest catalogue, asked for by the entry at once (the page's HTML has preloaded it). */
export const preloadCore = (): Promise<CoreBundle> => startEarly('core', () => fetchCore('data/'));

/** Where a catalogue's file is: an import stays as it is named, a bundled file is below the version's folder. */
export function observationUrl(core: Pick<LoadedCore, 'base'>, file: string): string {
  return file.startsWith(USER_FILE_PREFIX) ? file : core.base + file;
}

/** One bundled observations file, fetched before its view asks for it. */
export function preloadObservations(file: string): void {
  if (file.endsWith('.bin')) void startEarly(file, () => fetchBinaryTable(file));
}

async function fetchCore(base: string): Promise<CoreBundle> {
  const data = await fetchJson(`${base}core.json`);
  if (!isCoreBundle(data)) throw new Error(`${base}core.json har ikke det forventede format (version 1).`);
  return data;
}

export const coreQuery = (pinned: string | null) =>
  queryOptions({
    queryKey: queryKeys.core(pinned),
    queryFn: async (): Promise<LoadedCore> => {
      // The newest catalogue is what the page's HTML preloads; a pinned version is usually it.
      const newest = await takeEarly('core', () => fetchCore('data/'));
      if (!pinned || newest.dataVersion === pinned) return { ...newest, base: 'data/', pinnedMissing: false };
      const base = `data/v/${pinned}/`;
      try {
        return { ...(await fetchCore(base)), base, pinnedMissing: false };
      } catch {
        return { ...newest, base: 'data/', pinnedMissing: true };
      }
    },
    staleTime: Infinity,
  });

/**
 * The analyst's imported datasets. A browser without our database has none, so the store's code and
 * its IndexedDB library are fetched only where there is one (or where the browser cannot say).
 */
async function listUserDatasets(): Promise<UserDatasetSummary[]> {
  const databases = typeof indexedDB === 'undefined' ? undefined : await indexedDB.databases?.().catch(() => undefined);
  if (databases && !databases.some((d) => d.name === USER_DATABASE)) return [];
  return (await import('../../import/store.ts')).listDatasets();
}

export const userDatasetsQuery = () =>
  queryOptions({ queryKey: queryKeys.userDatasets, queryFn: listUserDatasets, staleTime: Infinity, retry: false });

/**
 * One binary file (a partition), read in place: the columns are views of the downloaded bytes, so
 * nothing is parsed and the main thread does no more than wait for the network.
 */
async function fetchBinaryTable(url: string): Promise<ObservationTable> {
  const bytes = await (await fetchOk(url)).arrayBuffer();
  const start = performance.now();
  const table = ObservationTable.of(decodeTable(bytes, url));
  // Read by `npm run bench` for its waterfall.
  performance.measure(`kommunetal:decode ${url}`, { start });
  return table;
}

let worker: Worker | null = null;
let nextId = 0;
const pending = new Map<number, { resolve: (t: ObservationTable) => void; reject: (e: Error) => void }>();

/**
 * Parses and indexes one indicator in a module Web Worker, off the main thread: a JSON file of a
 * data version published before the binary files, or an import kept in this browser's IndexedDB.
 */
function fetchTableInWorker(source: { url: string } | { idbKey: string }): Promise<ObservationTable> {
  if (!worker) {
    worker = new Worker(new URL('./observations.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<{ id: number; table?: CompactObservations; error?: string }>) => {
      const request = pending.get(e.data.id);
      pending.delete(e.data.id);
      if (e.data.table) request?.resolve(ObservationTable.of(e.data.table));
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

/** One file of observations: a partition, an indicator's one file or an import kept in this browser. */
export const observationsQuery = (file: string | undefined) =>
  queryOptions({
    queryKey: queryKeys.observations(file),
    queryFn: async (): Promise<ObservationTable> => {
      if (file?.startsWith(USER_FILE_PREFIX)) return fetchTableInWorker({ idbKey: file.slice(USER_FILE_PREFIX.length) });
      if (file?.endsWith('.bin')) return takeEarly(file, () => fetchBinaryTable(file));
      return fetchTableInWorker({ url: file ?? '' });
    },
    enabled: file !== undefined,
    staleTime: Infinity,
    // A file that is cut or not ours is said at once; only a failed download is worth a second try.
    retry: (failures, error) => failures < 1 && !(error instanceof WireFormatError),
  });
