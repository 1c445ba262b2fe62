/**
 * What a benchmark module exports; see run.ts for how they are run. Not a test: numbers are
 * printed for people to read, nothing fails on them.
 */
export interface Benchmark {
  /** What is measured, in words, e.g. "tally a round of 141 products × 15 members". */
  readonly name: string;
  /**
   * Builds the input once (not timed) and returns the measured work, sync or async (a promise is
   * awaited inside the timing). The work should return something derived from its result, so
   * that it cannot be optimised away.
   */
  readonly prepare: () => (() => unknown) | Promise<() => unknown>;
  /** Measured repetitions (default 20) after `warmup` unmeasured ones (default 3). */
  readonly iterations?: number;
  readonly warmup?: number;
  /** Releases what `prepare` started (a browser, a server), after the measured runs. */
  readonly dispose?: () => Promise<void>;
  /** The budget the issue sets, shown beside the result (informative only). */
  readonly targetMs?: number;
}
