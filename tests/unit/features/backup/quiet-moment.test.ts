import { describe, expect, it } from 'vitest';
import {
  ACTIVITY_EVENTS,
  atQuietMoment,
  QUIET_MS,
  type QuietHost,
} from '../../../../renderer/src/features/backup/quiet-moment';

/** A pretend page: a clock moved by hand, its timers, its idle periods and its input events. */
function pretendPage() {
  let now = 0;
  let next = 1;
  const timers = new Map<number, { at: number; run: () => void }>();
  const idle = new Map<number, () => void>();
  const listeners = new Map<string, Set<() => void>>();
  const host: QuietHost = {
    listen: (type, listener) => {
      const set = listeners.get(type) ?? new Set();
      set.add(listener);
      listeners.set(type, set);
      return () => set.delete(listener);
    },
    now: () => now,
    setTimer: (run, ms) => {
      timers.set(next, { at: now + ms, run });
      return next++;
    },
    clearTimer: (handle) => void timers.delete(handle),
    whenIdle: (run) => {
      const handle = next++;
      idle.set(handle, run);
      return () => idle.delete(handle);
    },
  };
  return {
    host,
    /** moves the clock, running the timers that fall due */
    advance: (ms: number) => {
      const end = now + ms;
      for (;;) {
        const due = [...timers].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
        if (due === undefined) break;
        timers.delete(due[0]);
        now = due[1].at;
        due[1].run();
      }
      now = end;
    },
    /** the page has an idle period */
    idle: () => {
      const runs = [...idle.values()];
      idle.clear();
      for (const run of runs) run();
    },
    input: (type: string) => {
      for (const listener of listeners.get(type) ?? []) listener();
    },
    listening: () => [...listeners.values()].reduce((n, set) => n + set.size, 0),
    waiting: () => timers.size + idle.size,
  };
}

describe('the daily backup waits for a quiet moment (issue 13)', () => {
  it('runs once nobody has typed for QUIET_MS, in an idle period, and stops listening', () => {
    const page = pretendPage();
    let runs = 0;
    atQuietMoment(page.host, () => (runs += 1));
    page.advance(QUIET_MS - 1);
    page.idle();
    expect(runs).toBe(0);
    page.advance(1);
    expect(runs).toBe(0); // quiet, now waiting for the page to be idle
    page.idle();
    expect(runs).toBe(1);
    expect(page.listening()).toBe(0);
    expect(page.waiting()).toBe(0);
  });

  it('typing keeps pushing it back; it runs QUIET_MS after the last key', () => {
    const page = pretendPage();
    let ranAt: number | null = null;
    let clock = 0;
    atQuietMoment(page.host, () => (ranAt = clock));
    // A secretary types a key every 80 ms for 20 s: no backup meanwhile.
    for (clock = 0; clock < 20_000; clock += 80) {
      page.input('keydown');
      page.advance(80);
      page.idle();
    }
    expect(ranAt).toBeNull();
    const lastKey = clock - 80;
    page.advance(QUIET_MS - 80 - 1);
    page.idle();
    expect(ranAt).toBeNull();
    clock = lastKey + QUIET_MS;
    page.advance(1);
    page.idle();
    expect(ranAt).toBe(lastKey + QUIET_MS);
  });

  it.each(ACTIVITY_EVENTS)(
    '"%s" counts as activity, even between the quiet timer and the idle period',
    (type) => {
      const page = pretendPage();
      let runs = 0;
      atQuietMoment(page.host, () => (runs += 1));
      page.advance(QUIET_MS);
      page.input(type); // the person comes back just before the idle period
      page.idle();
      expect(runs).toBe(0);
      page.advance(QUIET_MS);
      page.idle();
      expect(runs).toBe(1);
    },
  );

  it('cancelled (the app closes first): it never runs and leaves nothing behind', () => {
    const page = pretendPage();
    let runs = 0;
    const cancel = atQuietMoment(page.host, () => (runs += 1));
    page.advance(QUIET_MS);
    cancel();
    page.idle();
    page.advance(QUIET_MS * 2);
    page.idle();
    expect(runs).toBe(0);
    expect(page.listening()).toBe(0);
    expect(page.waiting()).toBe(0);
  });
});
