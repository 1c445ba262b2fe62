import { describe, expect, it } from 'vitest';
import type { StoredEntry } from '../../../../renderer/src/features/scoring/sheet-form/optimistic-entry';
import {
  MAX_WAIT_MS,
  QUIET_MS,
  SheetWriteQueue,
  mergeBatches,
  type ChoiceBatch,
  type QueueTimers,
} from '../../../../renderer/src/features/scoring/sheet-form/write-queue';
import { parseJournal, sheetJournal } from '../../../../renderer/src/features/scoring/sheet-journal';

/**
 * Timers run by hand on a pretend clock: `advance(ms)` runs what falls due by then, `fire()`
 * runs everything set (as if typing paused for good).
 */
function manualTimers(): QueueTimers & {
  fire: () => void;
  advance: (ms: number) => void;
  pending: () => number;
} {
  const due = new Map<number, { at: number; run: () => void }>();
  let next = 1;
  let now = 0;
  return {
    set: (run, ms) => {
      due.set(next, { at: now + ms, run });
      return next++;
    },
    clear: (handle) => void due.delete(handle),
    fire: () => {
      const runs = [...due.values()];
      due.clear();
      for (const { run } of runs) run();
    },
    advance: (ms) => {
      now += ms;
      for (const [handle, { at, run }] of [...due]) {
        if (at > now || !due.has(handle)) continue;
        due.delete(handle);
        run();
      }
    },
    pending: () => due.size,
  };
}

class MemoryStorage {
  readonly items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
}

/** Lets the queue start the save it scheduled (it takes the waiting choices when their turn comes). */
const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

const KEY = { roundId: 'r1', productId: 'p1', memberId: 'm1' };

/** A fake store: the batches it saved, each answered after `gate` opens. */
function fakeStore() {
  const saved: ChoiceBatch[] = [];
  let stored: ChoiceBatch = { answers: {}, cases: {} };
  let refuse: Error | null = null;
  let gate: Promise<void> = Promise.resolve();
  return {
    saved,
    refuseNext: (error: Error) => (refuse = error),
    hold: () => {
      let open = (): void => undefined;
      gate = new Promise((resolve) => (open = resolve));
      return () => open();
    },
    save: async (batch: ChoiceBatch): Promise<StoredEntry> => {
      await gate;
      if (refuse !== null) {
        const error = refuse;
        refuse = null;
        throw error;
      }
      saved.push(batch);
      stored = mergeBatches(stored, batch);
      return { answers: stored.answers, caseChoice: stored.cases, updatedAt: `t${saved.length}` };
    },
  };
}

describe('the scoring form write queue', () => {
  it('32 choices typed without a pause are saved in ONE call, every one right', async () => {
    const store = fakeStore();
    const timers = manualTimers();
    const storage = new MemoryStorage();
    const queue = new SheetWriteQueue(store.save, sheetJournal(storage, KEY), timers);
    const settled = Array.from({ length: 32 }, (_, i) => queue.answer(`c${i}`, i % 3));
    expect(store.saved).toHaveLength(0); // nothing waits on a save while typing
    expect(timers.pending()).toBe(2); // for the whole burst: the pause, and the longest wait
    timers.fire();
    const rows = await Promise.all(settled);
    expect(store.saved).toHaveLength(1);
    expect(store.saved[0]?.answers).toEqual(
      Object.fromEntries(Array.from({ length: 32 }, (_, i) => [`c${i}`, i % 3])),
    );
    expect(rows.every((row) => Object.keys(row.answers).length === 32)).toBe(true);
    expect(storage.items.size).toBe(0); // all stored: the journal is empty again
  });

  it('saves once typing pauses; while it goes on, nothing is saved before the longest wait', async () => {
    const store = fakeStore();
    const timers = manualTimers();
    const queue = new SheetWriteQueue(store.save, { write: () => undefined }, timers);
    // A key every 60 ms, as a secretary types: each one pushes the save back.
    const typed: Promise<StoredEntry>[] = [];
    for (let i = 0; i * 60 < MAX_WAIT_MS - 60; i += 1) {
      typed.push(queue.answer(`c${i}`, 1));
      timers.advance(60);
      await tick();
    }
    expect(QUIET_MS).toBeGreaterThan(60);
    expect(store.saved).toHaveLength(0);
    // Still typing at the longest wait: everything so far is saved in one call, without a pause.
    typed.push(queue.answer('late', 2));
    timers.advance(60);
    await Promise.all(typed);
    expect(store.saved).toHaveLength(1);
    expect(Object.keys(store.saved[0]?.answers ?? {})).toHaveLength(typed.length);
    // Then a pause: the next choice is saved QUIET_MS after it, not before.
    const after = queue.answer('after', 0);
    timers.advance(QUIET_MS - 1);
    await tick();
    expect(store.saved).toHaveLength(1);
    timers.advance(1);
    await after;
    expect(store.saved).toHaveLength(2);
    expect(timers.pending()).toBe(0);
  });

  it('a later choice on the same criterion replaces the waiting one; cases travel with answers', async () => {
    const store = fakeStore();
    const timers = manualTimers();
    const queue = new SheetWriteQueue(store.save, { write: () => undefined }, timers);
    const a = queue.answer('1.1', 2);
    const b = queue.caseChoice('3.2', 'b');
    const c = queue.answer('1.1', 'none');
    await queue.flush();
    await Promise.all([a, b, c]);
    expect(store.saved).toEqual([{ answers: { '1.1': 'none' }, cases: { '3.2': 'b' } }]);
    expect(timers.pending()).toBe(0); // a flush cancels the timer
  });

  it('choices made while a save is under way wait for it, then go in the next call, in order', async () => {
    const store = fakeStore();
    const timers = manualTimers();
    const queue = new SheetWriteQueue(store.save, { write: () => undefined }, timers);
    const open = store.hold();
    const first = queue.answer('1.1', 1);
    const flushing = queue.flush();
    await tick(); // the first save is under way, held
    const second = queue.answer('1.1', 3);
    const third = queue.answer('1.2', 0);
    const flushingAgain = queue.flush();
    open();
    await Promise.all([flushing, flushingAgain, first, second, third]);
    expect(store.saved).toEqual([
      { answers: { '1.1': 1 }, cases: {} },
      { answers: { '1.1': 3, '1.2': 0 }, cases: {} },
    ]);
  });

  it('a refused batch refuses each of its choices; flush itself never rejects; the next batch is saved', async () => {
    const store = fakeStore();
    const queue = new SheetWriteQueue(store.save, { write: () => undefined }, manualTimers());
    store.refuseNext(new Error('sheet-submitted'));
    const a = queue.answer('1.1', 1);
    const b = queue.answer('1.2', 2);
    await expect(queue.flush()).resolves.toBeUndefined();
    await expect(a).rejects.toThrow('sheet-submitted');
    await expect(b).rejects.toThrow('sheet-submitted');
    const c = queue.answer('1.3', 1);
    await queue.flush();
    await expect(c).resolves.toMatchObject({ answers: { '1.3': 1 } });
  });

  it('the journal holds every choice not yet stored, through a save under way — what a killed tab would leave', async () => {
    const store = fakeStore();
    const storage = new MemoryStorage();
    const journal = sheetJournal(storage, KEY);
    const queue = new SheetWriteQueue(store.save, journal, manualTimers());
    void queue.answer('1.1', 1);
    void queue.caseChoice('2.1', 'a');
    expect(journal.read()).toEqual({ answers: { '1.1': 1 }, cases: { '2.1': 'a' } });
    const open = store.hold();
    const flushing = queue.flush();
    await tick();
    void queue.answer('1.2', 'none');
    // Being saved and still waiting: both in the journal until stored.
    expect(journal.read()).toEqual({ answers: { '1.1': 1, '1.2': 'none' }, cases: { '2.1': 'a' } });
    open();
    await flushing;
    expect(journal.read()).toEqual({ answers: { '1.2': 'none' }, cases: {} });
    await queue.flush();
    expect(journal.read()).toBeNull();
    // Another sheet's journal is its own.
    expect(sheetJournal(storage, { ...KEY, memberId: 'm2' }).read()).toBeNull();
  });
});

describe('the sheet journal is read as untrusted input', () => {
  it('a damaged note is reported unreadable and removed', () => {
    const storage = new MemoryStorage();
    const journal = sheetJournal(storage, KEY);
    journal.write({ answers: { '1.1': 2 }, cases: {} });
    const [name] = [...storage.items.keys()];
    storage.setItem(name ?? '', '{"v":1,"answers":{"1.1":');
    expect(journal.read()).toBe('unreadable');
    expect(storage.items.size).toBe(0);
  });

  it.each([
    ['not JSON', 'x'],
    ['another version', '{"v":2,"answers":{},"cases":{}}'],
    ['an answer that is no option', '{"v":1,"answers":{"1.1":-1},"cases":{}}'],
    ['a fractional option', '{"v":1,"answers":{"1.1":1.5},"cases":{}}'],
    ['a text answer', '{"v":1,"answers":{"1.1":"2"},"cases":{}}'],
    ['a case that is not text', '{"v":1,"answers":{},"cases":{"2.1":3}}'],
    ['an array', '[]'],
    ['answers as an array', '{"v":1,"answers":[1],"cases":{}}'],
    [
      'too many choices',
      JSON.stringify({
        v: 1,
        answers: Object.fromEntries(Array.from({ length: 201 }, (_, i) => [`c${i}`, 1])),
        cases: {},
      }),
    ],
  ])('refuses %s', (_what, text) => {
    expect(parseJournal(text)).toBeNull();
  });

  it('reads back what it wrote; storage that refuses to write loses only the note', () => {
    expect(parseJournal('{"v":1,"answers":{"1.1":"none","1.2":3},"cases":{"2.1":"b"}}')).toEqual({
      answers: { '1.1': 'none', '1.2': 3 },
      cases: { '2.1': 'b' },
    });
    const full = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => undefined,
    };
    expect(() => sheetJournal(full, KEY).write({ answers: { '1.1': 1 }, cases: {} })).not.toThrow();
    expect(sheetJournal(undefined, KEY).read()).toBeNull();
  });
});
