// read-excel-file's XML stream parser, reached through the alias in vite.config.ts (the package exports no types for it).
declare module 'read-excel-file/xml-stream' {
  export default function parseXmlStream(state: object, onOpenTag: unknown, onCloseTag: unknown, onText: unknown): { write: (xml: string) => void; end: () => void; promise: Promise<unknown> };
}
