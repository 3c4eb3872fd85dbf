// One worker per model for the session, started by its first request, answering by request id:
// the forecast and the seasonal adjustment keep what they fitted between requests.

type WorkerReply<R> = { id: number; result: R } | { id: number; failed: string };
interface WorkerJob<Q> {
  id: number;
  request: Q;
}

export function workerClient<Q, R>(start: () => Worker): (request: Q) => Promise<R> {
  let worker: Worker | null = null;
  let nextId = 0;
  const waiting = new Map<number, { resolve: (r: R) => void; reject: (e: Error) => void }>();
  return (request) =>
    new Promise<R>((resolve, reject) => {
      if (!worker) {
        worker = start();
        worker.onmessage = (e: MessageEvent<WorkerReply<R>>) => {
          const job = waiting.get(e.data.id);
          waiting.delete(e.data.id);
          if (!job) return;
          if ('failed' in e.data) job.reject(new Error(e.data.failed));
          else job.resolve(e.data.result);
        };
        // A worker that cannot start (its script or WebAssembly blocked) fails every request, not none.
        worker.onerror = (e) => {
          for (const job of waiting.values()) job.reject(new Error(e.message || 'worker'));
          waiting.clear();
          worker = null;
        };
      }
      const id = nextId++;
      waiting.set(id, { resolve, reject });
      worker.postMessage({ id, request } satisfies WorkerJob<Q>);
    });
}

/** Answers a worker's jobs with `answer`, reporting a failure as a reply, not as a lost job. */
export function answerJobs<Q, R>(answer: (request: Q) => Promise<R>): void {
  self.onmessage = async (event: MessageEvent<WorkerJob<Q>>) => {
    const { id, request } = event.data;
    try {
      self.postMessage({ id, result: await answer(request) } satisfies WorkerReply<R>);
    } catch (e) {
      self.postMessage({ id, failed: (e as Error).message } satisfies WorkerReply<R>);
    }
  };
}
