import { describe, expect, it } from 'vitest';
import { PausableTimers, type TimerClock } from '../../../renderer/src/ui/pausable-timers';

/** A clock whose time moves only when the test says so. */
function fakeClock(): TimerClock & { advance: (ms: number) => void } {
  let now = 0;
  let next = 1;
  const pending = new Map<number, { at: number; run: () => void }>();
  return {
    now: () => now,
    setTimeout: (run, ms) => {
      const handle = next++;
      pending.set(handle, { at: now + ms, run });
      return handle;
    },
    clearTimeout: (handle) => void pending.delete(handle),
    advance(ms) {
      now += ms;
      for (const [handle, t] of [...pending].sort((a, b) => a[1].at - b[1].at)) {
        if (t.at <= now) {
          pending.delete(handle);
          t.run();
        }
      }
    },
  };
}

describe('notices fade, but not while a person reads them', () => {
  it('a notice closes after its time', () => {
    const clock = fakeClock();
    const timers = new PausableTimers(clock);
    const closed: number[] = [];
    timers.start(1, 5000, () => closed.push(1));
    clock.advance(4999);
    expect(closed).toEqual([]);
    clock.advance(1);
    expect(closed).toEqual([1]);
  });

  it('hovered or focused (paused), it stays however long; then it gets the time it had left', () => {
    const clock = fakeClock();
    const timers = new PausableTimers(clock);
    const closed: number[] = [];
    timers.start(1, 5000, () => closed.push(1));
    clock.advance(3000);
    timers.pause();
    clock.advance(60_000);
    expect(closed).toEqual([]);
    timers.resume();
    clock.advance(1999);
    expect(closed).toEqual([]);
    clock.advance(1);
    expect(closed).toEqual([1]);
  });

  it('a notice shown while paused waits for the resume; a closed one never fires', () => {
    const clock = fakeClock();
    const timers = new PausableTimers(clock);
    const closed: number[] = [];
    timers.pause();
    timers.start(2, 1000, () => closed.push(2));
    timers.start(3, 1000, () => closed.push(3));
    timers.cancel(3);
    clock.advance(5000);
    expect(closed).toEqual([]);
    timers.resume();
    clock.advance(1000);
    expect(closed).toEqual([2]);
  });
});
