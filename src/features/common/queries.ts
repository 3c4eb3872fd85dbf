// One queryOptions factory per bundled file; hooks and tests share them.
import { queryOptions } from '@tanstack/react-query';
import { decodeObservations, type ColumnarObservations, type CoreBundle } from '../../data/bundle.ts';
import { USER_FILE_PREFIX } from '../../import/merge.ts';
import { listDatasets, loadRows } from '../../import/store.ts';

async function fetchJson(path: string): Promise<unknown> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: serveren svarede ${response.status}`);
  return response.json();
}

function isCoreBundle(v: unknown): v is CoreBundle {
  const c = v as Partial<CoreBundle> | null;
  return !!c && c.version === 1 && Array.isArray(c.municipalities) && Array.isArray(c.indicators) && Array.isArray(c.catalog);
}

function isColumnar(v: unknown): v is ColumnarObservations {
  const c = v as Partial<ColumnarObservations> | null;
  return !!c && Array.isArray(c.dict) && Array.isArray(c.value) && Array.isArray(c.area) && c.area.length === c.value.length;
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

export const observationsQuery = (file: string | undefined) =>
  queryOptions({
    queryKey: ['observations', file],
    queryFn: async () => {
      if (file?.startsWith(USER_FILE_PREFIX)) return loadRows(file.slice(USER_FILE_PREFIX.length));
      const data = await fetchJson(file ?? '');
      if (!isColumnar(data)) throw new Error(`data/${file} har ikke det forventede format.`);
      return decodeObservations(data);
    },
    enabled: file !== undefined,
    staleTime: Infinity,
  });
