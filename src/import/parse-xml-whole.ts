// read-excel-file parses a sheet's XML in chunks and calls itself once per chunk, so a sheet of
// 870.000 rows (a 17 MB .xlsx) ended in "Maximum call stack size exceeded". The build points its
// XML step here (vite.config.ts): the same stream parser, given the whole XML at once, which it
// reads in a loop. The sheet's rows are taken once, at the end, as the library does for its last chunk.
import parseXmlStream from 'read-excel-file/xml-stream';

type Callback = ((...args: unknown[]) => unknown) | null | undefined;

export default function parseXml(xml: string, state: object, onOpenTag: Callback, onCloseTag: Callback, onText: Callback, onProgress?: (end: boolean) => void): Promise<unknown> {
  const parser = parseXmlStream(state, onOpenTag, onCloseTag, onText);
  parser.write(xml);
  parser.end();
  onProgress?.(true);
  return parser.promise;
}
