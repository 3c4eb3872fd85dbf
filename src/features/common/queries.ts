// One queryOptions factory per bundled file; hooks and tests share them.
import { queryOptions } from '@tanstack/react-query';
import { decodeObservations, type ColumnarObservations, type CoreBundle } from '../../data/bundle';

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

export const coreQuery = () =>
  queryOptions({
    queryKey: ['core'],
    queryFn: async () => {
      const data = await fetchJson('data/core.json');
      if (!isCoreBundle(data)) throw new Error('data/core.json har ikke det forventede format (version 1).');
      return data;
    },
    staleTime: Infinity,
  });

export const observationsQuery = (file: string | undefined) =>
  queryOptions({
    queryKey: ['observations', file],
    queryFn: async () => {
      const data = await fetchJson(`data/${file}`);
      if (!isColumnar(data)) throw new Error(`data/${file} har ikke det forventede format.`);
      return decodeObservations(data);
    },
    enabled: file !== undefined,
    staleTime: Infinity,
  });
