import { extractTexts } from '../../i18n/texts/extract.ts';
import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import type { CandidateObservation } from '../../extract/extract.ts';
import type { ExtractInput, ExtractionSummary, ExtractMessage, ExtractRequest } from '../../extract/extract.worker.ts';
import { useTexts } from '../../i18n/use-locale.ts';
import type { LoadedCore } from '../common/queries.ts';
import type { ExtractProgress } from './model.ts';

export interface ExtractionResult extends ExtractionSummary {
  document: string;
}

export type Busy = { progress: ExtractProgress | null; paged: boolean } | null;

/**
 * Reading and extracting in a worker that keeps the proposals, so the page never holds them all:
 * a new request or Afbryd ends the one before, and leaving the page ends it too.
 */
export function useExtraction(core: Pick<LoadedCore, 'municipalities' | 'indicators' | 'breakdownLabels'>, onResult: () => void) {
  const t = useTexts(extractTexts);
  const worker = useRef<Worker | null>(null);
  const pending = useRef(new Map<number, (rows: CandidateObservation[]) => void>());
  const nextRequest = useRef(0);
  const [result, setResult] = useState<ExtractionResult | null>(null);
  const [busy, setBusy] = useState<Busy>(null);
  const [message, setMessage] = useState('');

  useEffect(() => () => worker.current?.terminate(), []);

  const stop = () => {
    worker.current?.terminate();
    worker.current = null;
  };

  const start = (input: ExtractInput, paged: boolean) => {
    stop();
    pending.current.clear();
    const w = new Worker(new URL('../../extract/extract.worker.ts', import.meta.url), { type: 'module' });
    worker.current = w;
    // The proposals shown so far lived in the worker just ended.
    setResult(null);
    setBusy({ progress: null, paged });
    setMessage('');
    w.onmessage = (e: MessageEvent<ExtractMessage>) => {
      const m = e.data;
      if (m.type === 'progress') {
        setBusy({ progress: m.stage === 'reading' ? { stage: 'reading', page: m.page, pages: m.pages } : { stage: 'extracting', share: m.share }, paged });
        return;
      }
      if (m.type === 'rows') {
        pending.current.get(m.request)?.(m.rows);
        pending.current.delete(m.request);
        return;
      }
      setBusy(null);
      if (m.type === 'failed') {
        stop();
        setMessage(m.problem ? t.documentProblem[m.problem] : `${t.extractWorkerFailed} (${m.detail})`);
        return;
      }
      startTransition(() => {
        setResult({ ...m.summary, document: input.name });
        onResult();
        setMessage(m.summary.count === 0 ? t.extractNone : '');
      });
    };
    w.onerror = () => {
      stop();
      setBusy(null);
      setMessage(t.extractWorkerFailed);
    };
    // The catalogue's terms name the figures; the worker reads them from the same files as the views.
    w.postMessage({ type: 'extract', ...input, municipalities: core.municipalities, indicators: core.indicators, breakdowns: core.breakdownLabels ?? [] } satisfies ExtractRequest);
  };

  const cancel = () => {
    stop();
    setBusy(null);
    setMessage(t.extractCancelled);
  };

  /** Proposals by index, from the worker that holds them. */
  const rowsOf = useCallback(
    (indices: number[]) =>
      new Promise<CandidateObservation[]>((resolve) => {
        const w = worker.current;
        if (!w) return resolve([]);
        const request = nextRequest.current++;
        pending.current.set(request, resolve);
        w.postMessage({ type: 'rows', request, indices } satisfies ExtractRequest);
      }),
    [],
  );

  return { result, busy, message, setMessage, start, cancel, rowsOf };
}
