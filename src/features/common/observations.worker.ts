// Parses and packs one indicator's observations off the main thread: imported data from
// IndexedDB, and the JSON files of data versions published before the binary ones (a frozen
// embed keeps showing its version). The typed columns are transferred, not copied.
import type { ColumnarObservations } from '../../data/bundle.ts';
import { compactBuffers, compactObservations } from '../../data/table.ts';
import { fetchOk } from '../../data/fetch-ok.ts';

export type TableRequest = { id: number; url: string } | { id: number; idbKey: string };

async function fetchColumnar(url: string): Promise<ColumnarObservations> {
  const data = (await (await fetchOk(url)).json()) as ColumnarObservations;
  if (!Array.isArray(data?.dict) || !Array.isArray(data.value) || data.area?.length !== data.value.length) throw new Error(`${url} har ikke det forventede format.`);
  return data;
}

self.onmessage = async (event: MessageEvent<TableRequest>) => {
  const request = event.data;
  const { id } = request;
  try {
    // Imported data is read from IndexedDB here too; its code loads only when someone has imported.
    const data = 'url' in request ? await fetchColumnar(request.url) : await (await import('../../import/store.ts')).loadColumnar(request.idbKey);
    const table = compactObservations(data);
    self.postMessage({ id, table }, { transfer: compactBuffers(table) });
  } catch (e) {
    self.postMessage({ id, error: (e as Error).message });
  }
};
