/** The clock a PausableTimers runs on (window's in the app, a fake one in tests). */
export interface TimerClock {
  readonly now: () => number;
  readonly setTimeout: (run: () => void, ms: number) => number;
  readonly clearTimeout: (handle: number) => void;
}

interface Running {
  readonly onExpire: () => void;
  /** ms left when it was last (re)started */
  remaining: number;
  startedAt: number;
  handle: number | null;
}

/**
 * Timers that stop while a person reads: notices fade after a while, but not while the pointer
 * is over them or focus is inside them (WCAG 2.2.1), and they resume with the time that was left.
 */
export class PausableTimers {
  private readonly timers = new Map<number, Running>();
  private paused = false;

  constructor(private readonly clock: TimerClock) {}

  start(id: number, ms: number, onExpire: () => void): void {
    this.cancel(id);
    const timer: Running = { onExpire, remaining: ms, startedAt: this.clock.now(), handle: null };
    this.timers.set(id, timer);
    if (!this.paused) this.run(id, timer);
  }

  cancel(id: number): void {
    const timer = this.timers.get(id);
    if (timer?.handle != null) this.clock.clearTimeout(timer.handle);
    this.timers.delete(id);
  }

  pause(): void {
    if (this.paused) return;
    this.paused = true;
    const now = this.clock.now();
    for (const timer of this.timers.values()) {
      if (timer.handle === null) continue;
      this.clock.clearTimeout(timer.handle);
      timer.handle = null;
      timer.remaining = Math.max(0, timer.remaining - (now - timer.startedAt));
    }
  }

  resume(): void {
    if (!this.paused) return;
    this.paused = false;
    for (const [id, timer] of this.timers) this.run(id, timer);
  }

  get isPaused(): boolean {
    return this.paused;
  }

  private run(id: number, timer: Running): void {
    timer.startedAt = this.clock.now();
    timer.handle = this.clock.setTimeout(() => {
      this.timers.delete(id);
      timer.onExpire();
    }, timer.remaining);
  }
}
