// Fetches, parses and packs one indicator's observations off the main thread; the typed
// columns are transferred, not copied.
import type { ColumnarObservations } from './bundle.ts';
import { compactBuffers, compactObservations } from './table.ts';

export interface TableRequest {
  id: number;
  url: string;
}

self.onmessage = async (event: MessageEvent<TableRequest>) => {
  const { id, url } = event.data;
  try {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url}: serveren svarede ${response.status}`);
    const data = (await response.json()) as ColumnarObservations;
    if (!Array.isArray(data?.dict) || !Array.isArray(data.value) || data.area?.length !== data.value.length) throw new Error(`${url} har ikke det forventede format.`);
    const table = compactObservations(data);
    self.postMessage({ id, table }, { transfer: compactBuffers(table) });
  } catch (e) {
    self.postMessage({ id, error: (e as Error).message });
  }
};
