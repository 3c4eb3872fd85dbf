import { importTexts } from '../../i18n/texts/import.ts';
import { useEffect, useRef, useState } from 'react';
import type { Municipality } from '../../data/contract.ts';
import type { ColumnMap } from '../../import/formats.ts';
import type { ParseMessage, ParseRequest } from '../../import/parse.worker.ts';
import type { ImportOutcome } from '../../import/outcome.ts';
import { useTexts } from '../../i18n/use-locale.ts';

export type Stage =
  | { kind: 'idle' }
  | { kind: 'parsing'; bytes: number; total: number; rowsRead: number; errors: number }
  | { kind: 'failed'; message: string }
  | { kind: 'review'; outcome: ImportOutcome };

/** Reads a file in a worker, one at a time: a new file or a new choice of columns ends the last run. */
export function useParse(municipalities: Municipality[], onRead: (outcome: ImportOutcome, file: File) => void) {
  const t = useTexts(importTexts);
  const worker = useRef<Worker | null>(null);
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });
  // Leaving the page ends a reading still under way.
  useEffect(() => () => worker.current?.terminate(), []);

  const parse = (file: File, columns: ColumnMap | null, overrides: Map<string, string>) => {
    worker.current?.terminate();
    const w = new Worker(new URL('../../import/parse.worker.ts', import.meta.url), { type: 'module' });
    worker.current = w;
    setStage({ kind: 'parsing', bytes: 0, total: file.size, rowsRead: 0, errors: 0 });
    w.onmessage = (e: MessageEvent<ParseMessage>) => {
      const m = e.data;
      if (m.type === 'progress') setStage({ kind: 'parsing', ...m });
      else if (m.type === 'failed') setStage({ kind: 'failed', message: m.message });
      else {
        setStage({ kind: 'review', outcome: m.outcome });
        onRead(m.outcome, file);
        w.terminate();
      }
    };
    w.onerror = () => setStage({ kind: 'failed', message: t.importWorkerFailed });
    const request: ParseRequest = { file, municipalities, columns, overrides: [...overrides] };
    w.postMessage(request);
  };

  const stop = () => {
    worker.current?.terminate();
    worker.current = null;
    setStage({ kind: 'idle' });
  };

  return { stage, parse, stop };
}
