import { appendFileSync } from 'node:fs';
import type { Page } from '@playwright/test';

/**
 * Browser benchmark results: each is printed at once (median, p95, n) and appended as a JSON
 * line to `OCOP_BENCH_OUT` when set, so `npm run bench` prints them in its table beside the
 * Node benchmarks. Nothing here fails on a number.
 */
export interface BrowserResult {
  readonly name: string;
  readonly n: number;
  readonly median: number;
  readonly mean: number;
  readonly p95: number;
  readonly min: number;
  readonly max: number;
  readonly unit: 'ms' | 'KB';
  readonly targetMs?: number;
  /** which figure the target is for (the median unless said) */
  readonly targetAt?: 'median' | 'p95';
  readonly note?: string;
}

export interface ReportOptions {
  readonly targetMs?: number;
  readonly targetAt?: 'median' | 'p95';
  readonly unit?: 'ms' | 'KB';
  readonly note?: string;
}

function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

export function summarize(
  name: string,
  samples: readonly number[],
  options: ReportOptions = {},
): BrowserResult {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    name,
    n: samples.length,
    median: quantile(sorted, 0.5),
    mean: samples.reduce((a, b) => a + b, 0) / Math.max(1, samples.length),
    p95: quantile(sorted, 0.95),
    min: sorted[0] ?? Number.NaN,
    max: sorted.at(-1) ?? Number.NaN,
    unit: options.unit ?? 'ms',
    ...(options.targetMs !== undefined && { targetMs: options.targetMs }),
    ...(options.targetAt !== undefined && { targetAt: options.targetAt }),
    ...(options.note !== undefined && { note: options.note }),
  };
}

/** Prints one result and records it for run.ts's table. */
export function report(name: string, samples: readonly number[], options: ReportOptions = {}): BrowserResult {
  const r = summarize(name, samples, options);
  const f = (x: number): string => x.toFixed(r.unit === 'KB' ? 1 : 2);
  const target =
    r.targetMs === undefined
      ? ''
      : ` — target ${r.targetAt === 'p95' ? 'p95 ' : ''}${r.targetMs} ${r.unit}: ${(r.targetAt === 'p95' ? r.p95 : r.median) <= r.targetMs ? 'within' : 'OVER'}`;
  console.log(
    `[bench] ${name}: median ${f(r.median)} ${r.unit}, p95 ${f(r.p95)}, min ${f(r.min)}, max ${f(r.max)}, n ${r.n}${target}${r.note === undefined ? '' : ` (${r.note})`}`,
  );
  const out = process.env.OCOP_BENCH_OUT;
  if (out !== undefined && out !== '') appendFileSync(out, `${JSON.stringify(r)}\n`);
  return r;
}

/** Runs `once` `warmup` times unmeasured, then `iterations` times, returning the measured values. */
export async function sample(
  iterations: number,
  once: (i: number) => Promise<number>,
  warmup = 1,
): Promise<number[]> {
  for (let i = 0; i < warmup; i += 1) await once(-1 - i);
  const values: number[] = [];
  for (let i = 0; i < iterations; i += 1) values.push(await once(i));
  return values;
}

/**
 * Clicks "Kết quả" in the menu and returns the milliseconds until the frame in which the results
 * table shows all `rows` rows is painted (rAF, then a message: after the paint).
 */
export async function clickResultsUntilPainted(page: Page, rows: number): Promise<number> {
  return (await clickResultsTimes(page, rows)).all;
}

/**
 * Clicks "Kết quả" and times, in the page, two painted frames: the first that shows the table's
 * rows in view (its last row reaches below the window, or every row is there), and the first
 * that holds all `rows` rows (the table adds those beyond the first screen just after).
 */
export async function clickResultsTimes(
  page: Page,
  rows: number,
): Promise<{ readonly inView: number; readonly all: number }> {
  await page.evaluate((count) => {
    const start = performance.now();
    Reflect.deleteProperty(window, '__benchResults');
    Reflect.deleteProperty(window, '__benchResultsInView');
    const paintedAt = (key: string): void => {
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => Reflect.set(window, key, performance.now() - start);
        channel.port2.postMessage(null);
      });
    };
    let inView = false;
    const observer = new MutationObserver(() => {
      const shown = document.querySelectorAll('main table tbody tr');
      const last = shown[shown.length - 1];
      if (
        !inView &&
        last !== undefined &&
        (shown.length >= count || last.getBoundingClientRect().top >= innerHeight)
      ) {
        inView = true;
        paintedAt('__benchResultsInView');
      }
      if (shown.length < count) return;
      observer.disconnect();
      paintedAt('__benchResults');
    });
    observer.observe(document.body, { childList: true, subtree: true });
    document.querySelector<HTMLAnchorElement>('nav a[href="#/results"]')?.click();
  }, rows);
  const done = await page.waitForFunction(
    () => {
      const all = Reflect.get(window, '__benchResults') as unknown;
      const inView = Reflect.get(window, '__benchResultsInView') as unknown;
      return typeof all === 'number' && typeof inView === 'number' ? { all, inView } : null;
    },
    null,
    { timeout: 60_000 },
  );
  const { all, inView } = (await done.jsonValue()) ?? { all: Number.NaN, inView: Number.NaN };
  return { all: Number(all), inView: Number(inView) };
}

export interface FrameSample {
  /** 'click' or 'keydown' */
  readonly type: string;
  /**
   * From the event's timestamp to just after the first painted frame that shows the change the
   * event made (the watched text differs from its text at the event); for an event that changed
   * nothing watched, to just after the first frame that followed it.
   */
  readonly ms: number;
  /** the watched text at the event and in that frame (equal: the event changed nothing watched) */
  readonly before: string;
  readonly after: string;
}

/**
 * Installs, in the page, a probe that times each click and keydown to the painted frame that
 * shows what it changed. The start is the event's own timestamp (when the browser received the
 * input, so time spent queued behind other work counts). At each frame's requestAnimationFrame
 * callback — after every task before it, so the DOM then is what that frame paints — the text of
 * `watch` (e.g. the sheet's total and its count of unanswered criteria, joined) is compared with
 * each waiting event's text at the event; an event whose change is there is timed to a task
 * queued from that callback, which runs once the frame is produced. A change that only shows a
 * frame or more later is timed to that later frame (not to the first frame after the event, which
 * would hide it). An event that changes nothing watched is timed to the first frame after it and
 * keeps before === after, so the report can count it; it stops waiting when a later event of the
 * page comes after that frame, or after a second.
 */
export async function installFrameProbe(page: Page, watch: readonly string[]): Promise<void> {
  await page.evaluate((selectors) => {
    // One probe at a time: a sheet opened again replaces the previous one.
    const stopPrevious: unknown = Reflect.get(window, '__benchStop');
    if (typeof stopPrevious === 'function') stopPrevious();
    interface Waiting {
      readonly type: string;
      readonly start: number;
      readonly before: string;
      /** the end of the first frame after the event (for an event that changes nothing) */
      firstFrame?: number;
    }
    const samples: { type: string; ms: number; before: string; after: string }[] = [];
    Reflect.set(window, '__benchFrames', samples);
    Reflect.set(window, '__benchWaiting', () => waiting.length);
    const waiting: Waiting[] = [];
    const text = (): string =>
      selectors.map((selector) => document.querySelector(selector)?.textContent ?? '').join(' | ');
    let frameAsked = false;
    const onFrame = (): void => {
      frameAsked = false;
      const shown = text();
      const inFrame = [...waiting];
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        const end = performance.now();
        for (const w of inFrame) {
          const at = waiting.indexOf(w);
          if (at < 0) continue;
          if (shown !== w.before) {
            samples.push({ type: w.type, ms: end - w.start, before: w.before, after: shown });
            waiting.splice(at, 1);
          } else {
            w.firstFrame ??= end;
            if (end - w.start > 1000) {
              samples.push({ type: w.type, ms: w.firstFrame - w.start, before: w.before, after: w.before });
              waiting.splice(at, 1);
            }
          }
        }
        if (waiting.length > 0) askFrame();
      };
      channel.port2.postMessage(null);
    };
    const askFrame = (): void => {
      if (frameAsked) return;
      frameAsked = true;
      requestAnimationFrame(onFrame);
    };
    const probe = (event: Event): void => {
      // Events already past a frame without any change: they changed nothing watched.
      for (let i = waiting.length - 1; i >= 0; i -= 1) {
        const w = waiting[i];
        if (w?.firstFrame === undefined) continue;
        samples.push({ type: w.type, ms: w.firstFrame - w.start, before: w.before, after: w.before });
        waiting.splice(i, 1);
      }
      waiting.push({ type: event.type, start: event.timeStamp, before: text() });
      askFrame();
    };
    document.addEventListener('click', probe, true);
    document.addEventListener('keydown', probe, true);
    Reflect.set(window, '__benchStop', () => {
      document.removeEventListener('click', probe, true);
      document.removeEventListener('keydown', probe, true);
    });
  }, watch);
}

/**
 * The samples so far, once every event has been timed (each waits for its frame, up to a
 * second): taking them while frames are still due would drop the latest, slowest keys.
 */
export async function takeFrames(page: Page): Promise<FrameSample[]> {
  await page.waitForFunction(() => {
    const waiting: unknown = Reflect.get(window, '__benchWaiting');
    return typeof waiting === 'function' && waiting() === 0;
  });
  return page.evaluate(() => {
    const samples: unknown = Reflect.get(window, '__benchFrames');
    if (!Array.isArray(samples)) return [];
    const copy = samples.splice(0) as { type: string; ms: number; before: string; after: string }[];
    return copy;
  });
}
