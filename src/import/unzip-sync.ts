// read-excel-file unzips with fflate's asynchronous unzip, which hands a large entry (over 512 kB)
// to a worker it starts from a blob: URL; our CSP forbids such workers, so an ordinary Excel file
// of a few thousand rows never finished importing. We read Excel inside our own parse worker
// already, so the build points read-excel-file's unzip step here (vite.config.ts) and unzips in
// place with fflate's synchronous unzip, with the same filter.
import { unzipSync } from 'fflate';

export default function unzipFromArrayBuffer(input: ArrayBuffer, options: { filter?: (file: { path: string }) => boolean } = {}): Promise<Record<string, Uint8Array>> {
  try {
    return Promise.resolve(unzipSync(new Uint8Array(input), { filter: (file) => options.filter?.({ path: file.name }) ?? true }));
  } catch (e) {
    return Promise.reject(e instanceof Error ? e : new Error(String(e)));
  }
}
