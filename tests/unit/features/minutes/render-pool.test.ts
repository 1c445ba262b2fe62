import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RenderedDocument } from '../../../../renderer/src/documents/render-core';
import type { ProductMinutesJob } from '../../../../renderer/src/features/minutes/minutes-data';
import { minutesRenderPool } from '../../../../renderer/src/features/minutes/render-pool';

/**
 * Issue 13: the batch asks for many minutes ahead; each render worker is given one at a time
 * (a worker handed many renders them in turns and answers them all late), in order.
 */

class FakeWorker {
  static made: FakeWorker[] = [];
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: ((event: { message: string; preventDefault: () => void }) => void) | null = null;
  readonly received: { id: number; inputJson: string }[] = [];
  private answered = 0;
  constructor() {
    FakeWorker.made.push(this);
  }
  postMessage(message: { id: number; inputJson: string }): void {
    this.received.push(message);
  }
  terminate(): void {}
  /** Answers the oldest document not answered yet. */
  answer(): void {
    const last = this.received[this.answered];
    if (last === undefined) throw new Error('nothing to answer');
    this.answered += 1;
    const made: RenderedDocument = {
      bytes: new TextEncoder().encode(last.inputJson),
      pageCount: 1,
      signatureAreas: [],
    };
    this.onmessage?.({ data: { id: last.id, made } });
  }
}

const job = (n: number): ProductMinutesJob =>
  ({ productId: `p${n}`, head: 'h', inputJson: () => `doc ${n}` }) as unknown as ProductMinutesJob;

afterEach(() => {
  vi.unstubAllGlobals();
  FakeWorker.made = [];
});

describe('minutesRenderPool', () => {
  it('gives each worker two documents at most (one rendering, the next), the rest in order as workers answer', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const pool = minutesRenderPool(2, () => Promise.reject(new Error('not on the page')));
    const answers = [1, 2, 3, 4, 5, 6].map((n) => pool.render(job(n)));
    const [a, b] = FakeWorker.made;
    if (a === undefined || b === undefined) throw new Error('two workers expected');
    expect(FakeWorker.made).toHaveLength(2);
    const held = (w: FakeWorker): string[] => w.received.map((r) => r.inputJson);
    expect([held(a), held(b)]).toEqual([
      ['doc 1', 'doc 3'],
      ['doc 2', 'doc 4'],
    ]);
    b.answer();
    expect(held(b)).toEqual(['doc 2', 'doc 4', 'doc 5']);
    a.answer();
    expect(held(a)).toEqual(['doc 1', 'doc 3', 'doc 6']);
    for (const w of [a, a, b, b]) w.answer();
    const made = await Promise.all(answers);
    expect(made.map((m) => new TextDecoder().decode(m.bytes))).toEqual(
      [1, 2, 3, 4, 5, 6].map((n) => `doc ${n}`),
    );
    pool.dispose();
  });
});
