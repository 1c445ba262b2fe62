import type { HubBatchResult, HubOpBatch } from '../../shared/hub-wire';

/** The secretary's page did not answer in time (closed, busy, asleep): the device keeps its ops and retries. */
export class SecretaryUnavailableError extends Error {
  override readonly name = 'SecretaryUnavailableError';
}

/** The meeting was closed while ops were waiting. */
export class HubClosedError extends Error {
  override readonly name = 'HubClosedError';
}

/** How long a member request waits for the secretary's commit before the device is told to retry. */
export const SETTLE_TIMEOUT_MS = 45_000;
/** At most this many batches are handed to the page per take (it commits them in order). */
const MAX_BATCHES_PER_TAKE = 32;

interface Pending {
  readonly deviceId: string;
  readonly ops: number;
  readonly resolve: (result: HubBatchResult) => void;
  readonly reject: (error: Error) => void;
  readonly timer: NodeJS.Timeout;
}

/**
 * The queue between member requests (HTTP) and the secretary's page (contract calls). A member
 * request puts its batch in the queue and waits; the page long-polls `take`, commits, and calls
 * `settle`; the waiting request then answers the device. Nothing is acknowledged that the page
 * did not report committed. A batch taken but never settled (the page reloaded) times out; the
 * device sends it again and the page's ledger makes the repeat change nothing.
 */
export class SecretaryRelay {
  private queue: HubOpBatch[] = [];
  private waiter: { resolve: (batches: HubOpBatch[]) => void; timer: NodeJS.Timeout } | null = null;
  private readonly pending = new Map<string, Pending>();
  private closed = false;

  constructor(private readonly settleTimeoutMs: number = SETTLE_TIMEOUT_MS) {}

  submit(batch: HubOpBatch): Promise<HubBatchResult> {
    if (this.closed) return Promise.reject(new HubClosedError('hub closed'));
    return new Promise<HubBatchResult>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(batch.batchId);
        this.queue = this.queue.filter((b) => b.batchId !== batch.batchId);
        reject(new SecretaryUnavailableError('no answer from the secretary’s page'));
      }, this.settleTimeoutMs);
      this.pending.set(batch.batchId, {
        deviceId: batch.deviceId,
        ops: batch.ops.length,
        resolve,
        reject,
        timer,
      });
      this.queue.push(batch);
      this.wake();
    });
  }

  /** The page's long poll: resolves at once when batches wait, else when one arrives or after `waitMs` with none. */
  take(waitMs: number): Promise<HubOpBatch[]> {
    // A second poller (the page reloaded) replaces the first, which gets nothing.
    if (this.waiter !== null) {
      clearTimeout(this.waiter.timer);
      this.waiter.resolve([]);
      this.waiter = null;
    }
    if (this.queue.length > 0 || this.closed) return Promise.resolve(this.drain());
    return new Promise<HubOpBatch[]>((resolve) => {
      const timer = setTimeout(() => {
        this.waiter = null;
        resolve([]);
      }, waitMs);
      this.waiter = { resolve, timer };
    });
  }

  settle(results: readonly HubBatchResult[]): void {
    for (const result of results) {
      const pending = this.pending.get(result.batchId);
      if (pending === undefined) continue; // timed out meanwhile: the device will resend
      clearTimeout(pending.timer);
      this.pending.delete(result.batchId);
      pending.resolve(result);
    }
  }

  /** Ops of a device sent to the hub and not yet committed (the secretary's device list). */
  inFlight(deviceId: string): number {
    let count = 0;
    for (const p of this.pending.values()) if (p.deviceId === deviceId) count += p.ops;
    return count;
  }

  close(): void {
    this.closed = true;
    for (const p of this.pending.values()) {
      clearTimeout(p.timer);
      p.reject(new HubClosedError('hub closed'));
    }
    this.pending.clear();
    this.queue = [];
    if (this.waiter !== null) {
      clearTimeout(this.waiter.timer);
      this.waiter.resolve([]);
      this.waiter = null;
    }
  }

  private drain(): HubOpBatch[] {
    const taken = this.queue.slice(0, MAX_BATCHES_PER_TAKE);
    this.queue = this.queue.slice(taken.length);
    return taken;
  }

  private wake(): void {
    if (this.waiter === null) return;
    const { resolve, timer } = this.waiter;
    clearTimeout(timer);
    this.waiter = null;
    resolve(this.drain());
  }
}
