import type { Answer } from '../../../domain/model';
import type { StoredEntry } from './optimistic-entry';

/** Choices of one sheet waiting to be saved together: criterion code → answer / case. */
export interface ChoiceBatch {
  readonly answers: Readonly<Record<string, Answer>>;
  readonly cases: Readonly<Record<string, string>>;
}

export const NO_CHOICES: ChoiceBatch = { answers: {}, cases: {} };

export function isEmptyBatch(batch: ChoiceBatch): boolean {
  return Object.keys(batch.answers).length === 0 && Object.keys(batch.cases).length === 0;
}

/** Later choices win: `over` on top of `base`. */
export function mergeBatches(base: ChoiceBatch, over: ChoiceBatch): ChoiceBatch {
  return { answers: { ...base.answers, ...over.answers }, cases: { ...base.cases, ...over.cases } };
}

/** Where the queue notes what is chosen but not yet known stored (a kill-safe journal), synchronously. */
export interface ChoiceJournal {
  readonly write: (unsaved: ChoiceBatch) => void;
}

export interface QueueTimers {
  readonly set: (run: () => void, ms: number) => number;
  readonly clear: (handle: number) => void;
}

interface Waiter {
  readonly resolve: (row: StoredEntry) => void;
  readonly reject: (error: unknown) => void;
}

/**
 * How long typing must pause before the gathered choices are saved: a key typed sooner joins
 * the same transaction. A save and the re-reading it sets off cost the page a few
 * milliseconds; landing between two keys typed ~60 ms apart they delayed the next key's frame
 * (issue 13), so while the secretary types, nothing is saved — the journal holds every choice.
 */
export const QUIET_MS = 250;
/** The longest a choice waits while typing goes on without a pause. */
export const MAX_WAIT_MS = 1500;

/**
 * The scoring form's write queue (issue 13: typing never waits behind a save). A choice is
 * shown at once by the form; here it waits until typing pauses for QUIET_MS (at most
 * MAX_WAIT_MS), then every gathered choice of the sheet is saved in ONE call (one transaction,
 * one audit event). Saves run one after another, in the order chosen; a later choice on the
 * same criterion replaces the one still waiting. Each choice's promise settles with its batch:
 * the stored row, or the refusal (every choice of a refused batch is refused). The journal holds every choice not yet
 * stored — written on each choice, so a tab killed before the save loses nothing (it is
 * replayed when the sheet opens again).
 */
export class SheetWriteQueue {
  private waiting: ChoiceBatch = NO_CHOICES;
  private waiters: Waiter[] = [];
  private saving: ChoiceBatch = NO_CHOICES;
  /** the save once typing pauses, re-armed on each choice */
  private timer: number | undefined;
  /** the save that comes anyway MAX_WAIT_MS after the first choice waiting */
  private deadline: number | undefined;
  private tail: Promise<void> = Promise.resolve();

  constructor(
    private readonly save: (batch: ChoiceBatch) => Promise<StoredEntry>,
    private readonly journal: ChoiceJournal,
    private readonly timers: QueueTimers,
    private readonly waits: { readonly quietMs: number; readonly maxWaitMs: number } = {
      quietMs: QUIET_MS,
      maxWaitMs: MAX_WAIT_MS,
    },
  ) {}

  answer(code: string, answer: Answer): Promise<StoredEntry> {
    return this.add({ answers: { [code]: answer }, cases: {} });
  }

  caseChoice(code: string, variant: string): Promise<StoredEntry> {
    return this.add({ answers: {}, cases: { [code]: variant } });
  }

  /** Choices chosen and not yet stored (waiting or being saved). */
  unsaved(): ChoiceBatch {
    return mergeBatches(this.saving, this.waiting);
  }

  /**
   * Saves every waiting choice now (after the save under way); resolves when all is settled.
   * Never rejects: a refusal reaches the choices' own promises.
   */
  flush(): Promise<void> {
    if (this.timer !== undefined) this.timers.clear(this.timer);
    if (this.deadline !== undefined) this.timers.clear(this.deadline);
    this.timer = undefined;
    this.deadline = undefined;
    this.tail = this.tail.then(() => this.saveWaiting());
    return this.tail;
  }

  private add(choice: ChoiceBatch): Promise<StoredEntry> {
    const settled = new Promise<StoredEntry>((resolve, reject) => this.waiters.push({ resolve, reject }));
    this.waiting = mergeBatches(this.waiting, choice);
    this.journal.write(this.unsaved());
    if (this.timer !== undefined) this.timers.clear(this.timer);
    this.timer = this.timers.set(() => void this.flush(), this.waits.quietMs);
    this.deadline ??= this.timers.set(() => void this.flush(), this.waits.maxWaitMs);
    return settled;
  }

  private async saveWaiting(): Promise<void> {
    const batch = this.waiting;
    const waiters = this.waiters;
    if (isEmptyBatch(batch)) return;
    this.waiting = NO_CHOICES;
    this.waiters = [];
    this.saving = batch;
    try {
      const row = await this.save(batch);
      for (const w of waiters) w.resolve(row);
    } catch (error) {
      // Refused (or failed): the form shows the stored answers again and reports why; a refused
      // choice is not kept for a replay that would be refused again.
      for (const w of waiters) w.reject(error);
    } finally {
      this.saving = NO_CHOICES;
      this.journal.write(this.unsaved());
    }
  }
}
