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
 * while the host signs, the page's thread free for the screen). Each worker holds at most two
 * documents (the next one waits in it, so a worker never idles while the page's thread is busy
 * storing); the others wait here, in order: a worker handed a dozen at once works on them in
 * turns (the renderer awaits between steps) and answers them together, late, so the host had
 * nothing to sign meanwhile. Where workers cannot start (an
 * old runtime, a policy), or a document cannot travel to one, that document is rendered on
 * the page's thread by `fallback` — same function, same document.
 */
/** Documents a worker holds at most: the one it renders and the next. */
const IN_FLIGHT = 2;

export function minutesRenderPool(size: number, fallback: RenderFn): MinutesJobRenderer {
  interface Pending {
    readonly request: MinutesRenderRequest;
    readonly resolve: (doc: RenderedDocument) => void;
    readonly reject: (e: Error) => void;
    /** Renders it on the page's thread instead. */
    readonly here: () => Promise<RenderedDocument>;
  }
  const workers: Worker[] = [];
  /** The documents each worker holds (it renders one, the next waits in it, so it never idles while the page is busy). */
  const current = new Map<Worker, Pending[]>();
  const queue: Pending[] = [];
  let nextId = 1;
  let broken = typeof Worker === 'undefined';

  const failAll = (message: string): void => {
    const pending = [...[...current.values()].flat(), ...queue.splice(0)];
    current.clear();
    for (const p of pending) p.reject(new MinutesWorkerError(message));
  };

  const start = (): Worker | null => {
    if (broken) return null;
    try {
      const worker = new Worker(new URL('./minutes-render.worker.ts', import.meta.url), { type: 'module' });
      worker.onmessage = (event: MessageEvent<Answer>) => {
        const answer = event.data;
        const held = current.get(worker) ?? [];
        const pending = held.find((p) => p.request.id === answer.id);
        current.set(
          worker,
          held.filter((p) => p !== pending),
        );
        dispatch();
        if (pending === undefined) return;
        if ('made' in answer) pending.resolve(answer.made);
        else pending.reject(new MinutesWorkerError(answer.error));
      };
      worker.onerror = (event) => {
        // The worker could not load (or died): every document waiting is rendered here instead.
        event.preventDefault();
        broken = true;
        failAll(event.message || 'render worker failed');
      };
      workers.push(worker);
      return worker;
    } catch {
      broken = true;
      return null;
    }
  };

  /** Hands the next documents to idle workers (starting workers up to `size`). */
  const dispatch = (): void => {
    while (queue.length > 0 && !broken) {
      const worker =
        workers.find((w) => (current.get(w)?.length ?? 0) === 0) ??
        (workers.length < size ? start() : null) ??
        workers.find((w) => (current.get(w)?.length ?? 0) < IN_FLIGHT) ??
        null;
      if (worker === null) return;
      const next = queue.shift();
      if (next === undefined) return;
      try {
        worker.postMessage(next.request);
      } catch {
        // Not plain data (a DataCloneError): this one is rendered on the page's thread.
        next.here().then(next.resolve, next.reject);
        continue;
      }
      current.set(worker, [...(current.get(worker) ?? []), next]);
    }
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
      if (broken) return fallback(job.build());
      const request: MinutesRenderRequest = { id: nextId++, inputJson: job.inputJson(), head: job.head };
      const here = (): Promise<RenderedDocument> => fallback(job.build());
      const answer = new Promise<RenderedDocument>((resolve, reject) =>
        queue.push({ request, resolve, reject, here }),
      );
      dispatch();
      try {
        return await answer;
      } catch (error) {
        if (!broken) throw error;
        return here();
      }
    },
    dispose() {
      for (const worker of workers) worker.terminate();
      workers.length = 0;
      failAll('render workers ended');
    },
  };
}
