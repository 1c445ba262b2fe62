import type { RenderedDocument } from '../../documents/render-core';
import type { ProductMinutesJob, RenderFn } from './minutes-data';
import type { MinutesRenderRequest, MinutesWarmRequest } from './minutes-render.worker';

/** A render worker failed on a document (its message), or could not start. */
export class MinutesWorkerError extends Error {
  override readonly name = 'MinutesWorkerError';
}

type Answer =
  { readonly id: number; readonly made: RenderedDocument } | { readonly id: number; readonly error: string };

export interface MinutesJobRenderer {
  render(job: ProductMinutesJob): Promise<RenderedDocument>;
  /**
   * Starts every worker now and has each load pdfmake and the fonts (~1 s each on a busy
   * laptop), while the person is still choosing the certificate and typing the password.
   */
  warm(): void;
  /** Ends the workers (the batch is over). */
  dispose(): void;
}

/**
 * Up to `size` render workers, each rendering one document at a time (issue 13: both cores
 * while the host signs, the page's thread free for the screen). Where workers cannot start
 * (an old runtime, a policy), or a document cannot travel to one, that document is rendered
 * on the page's thread by `fallback` — same function, same document.
 */
export function minutesRenderPool(size: number, fallback: RenderFn): MinutesJobRenderer {
  const workers: Worker[] = [];
  const busy = new Map<Worker, number>();
  const waiting = new Map<number, { resolve: (doc: RenderedDocument) => void; reject: (e: Error) => void }>();
  let nextId = 1;
  let broken = typeof Worker === 'undefined';

  const start = (): Worker | null => {
    if (broken) return null;
    try {
      const worker = new Worker(new URL('./minutes-render.worker.ts', import.meta.url), { type: 'module' });
      worker.onmessage = (event: MessageEvent<Answer>) => {
        const answer = event.data;
        busy.set(worker, (busy.get(worker) ?? 1) - 1);
        const pending = waiting.get(answer.id);
        waiting.delete(answer.id);
        if (pending === undefined) return;
        if ('made' in answer) pending.resolve(answer.made);
        else pending.reject(new MinutesWorkerError(answer.error));
      };
      worker.onerror = (event) => {
        // The worker could not load (or died): every document it held is rendered here instead.
        event.preventDefault();
        broken = true;
        for (const [id, pending] of waiting) {
          waiting.delete(id);
          pending.reject(new MinutesWorkerError(event.message || 'render worker failed'));
        }
      };
      workers.push(worker);
      busy.set(worker, 0);
      return worker;
    } catch {
      broken = true;
      return null;
    }
  };

  const leastBusy = (): Worker | null => {
    const idle = workers.find((w) => (busy.get(w) ?? 0) === 0);
    if (idle !== undefined) return idle;
    if (workers.length < size) return start();
    return workers.reduce<Worker | null>(
      (best, w) => (best === null || (busy.get(w) ?? 0) < (busy.get(best) ?? 0) ? w : best),
      null,
    );
  };

  const inWorker = (job: ProductMinutesJob): Promise<RenderedDocument> | null => {
    const worker = leastBusy();
    if (worker === null) return null;
    const id = nextId++;
    const request: MinutesRenderRequest = { id, inputJson: job.inputJson(), head: job.head };
    const answer = new Promise<RenderedDocument>((resolve, reject) => waiting.set(id, { resolve, reject }));
    try {
      worker.postMessage(request);
    } catch {
      // Not plain data (a DataCloneError): this one is rendered on the page's thread.
      waiting.delete(id);
      return null;
    }
    busy.set(worker, (busy.get(worker) ?? 0) + 1);
    return answer;
  };

  return {
    warm() {
      while (workers.length < size) {
        const worker = start();
        if (worker === null) return;
        const request: MinutesWarmRequest = { warm: true };
        worker.postMessage(request);
      }
    },
    async render(job) {
      const answer = inWorker(job);
      if (answer === null) return fallback(job.build());
      try {
        return await answer;
      } catch (error) {
        if (!broken) throw error;
        return fallback(job.build());
      }
    },
    dispose() {
      for (const worker of workers) worker.terminate();
      workers.length = 0;
      for (const [id, pending] of waiting) {
        waiting.delete(id);
        pending.reject(new MinutesWorkerError('render workers ended'));
      }
    },
  };
}
