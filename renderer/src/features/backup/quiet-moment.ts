/**
 * When the daily backup may run (issue 13). Making it serialises the whole data set on the page's
 * thread (~0.6 s with 5 rounds of 141 × 9): started at a fixed delay after opening, it could land
 * in the middle of a secretary typing a sheet and hold every key behind it. So it waits for a
 * quiet moment: nothing typed, clicked, touched or scrolled for QUIET_MS, and then an idle period
 * of the page. The backup itself is unchanged (one read transaction, nothing can be lost); only
 * its start moves. Work the person asks for (closing a round, a restore) is not delayed.
 */

/** How long the person must have left the app alone before the backup starts. */
export const QUIET_MS = 5000;
/** An idle period is waited for at most this long once the person is quiet. */
const IDLE_TIMEOUT_MS = 2000;

/** What "the person is doing something" is made of. */
export const ACTIVITY_EVENTS = ['keydown', 'pointerdown', 'wheel', 'touchstart', 'input'] as const;

/** The page as seen by the scheduler (the window, or a test's pretend one). */
export interface QuietHost {
  readonly listen: (type: string, listener: () => void) => () => void;
  readonly now: () => number;
  readonly setTimer: (run: () => void, ms: number) => number;
  readonly clearTimer: (handle: number) => void;
  /** runs `run` in an idle period (requestIdleCallback where there is one); returns a cancel */
  readonly whenIdle: (run: () => void, timeoutMs: number) => () => void;
}

export function browserQuietHost(): QuietHost {
  return {
    listen: (type, listener) => {
      const options = { capture: true, passive: true } as const;
      window.addEventListener(type, listener, options);
      return () => window.removeEventListener(type, listener, options);
    },
    now: () => performance.now(),
    setTimer: (run, ms) => window.setTimeout(run, ms),
    clearTimer: (handle) => window.clearTimeout(handle),
    whenIdle: (run, timeoutMs) => {
      if (typeof window.requestIdleCallback !== 'function') {
        const handle = window.setTimeout(run, 0);
        return () => window.clearTimeout(handle);
      }
      const handle = window.requestIdleCallback(run, { timeout: timeoutMs });
      return () => window.cancelIdleCallback(handle);
    },
  };
}

/**
 * Runs `run` once, at the first quiet moment: QUIET_MS after the last activity (counted from
 * now), in an idle period. An event only notes the time (no timer is touched per key); the
 * timer, when it fires early, waits the rest. Returns the function that cancels it.
 */
export function atQuietMoment(host: QuietHost, run: () => void, quietMs = QUIET_MS): () => void {
  let lastActivity = host.now();
  let timer: number | undefined;
  let cancelIdle: (() => void) | undefined;
  let done = false;
  const onActivity = (): void => {
    lastActivity = host.now();
  };
  const unlisten = ACTIVITY_EVENTS.map((type) => host.listen(type, onActivity));
  const stop = (): void => {
    done = true;
    if (timer !== undefined) host.clearTimer(timer);
    cancelIdle?.();
    for (const off of unlisten) off();
  };
  const check = (): void => {
    timer = undefined;
    const quietFor = host.now() - lastActivity;
    if (quietFor < quietMs) {
      timer = host.setTimer(check, quietMs - quietFor);
      return;
    }
    cancelIdle = host.whenIdle(() => {
      cancelIdle = undefined;
      if (done) return;
      // Activity between the timer and the idle period: wait for the next quiet moment.
      if (host.now() - lastActivity < quietMs) {
        check();
        return;
      }
      stop();
      run();
    }, IDLE_TIMEOUT_MS);
  };
  timer = host.setTimer(check, quietMs);
  return stop;
}
