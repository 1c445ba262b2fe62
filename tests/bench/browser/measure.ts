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
  readonly note?: string;
}

function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

export function summarize(
  name: string,
  samples: readonly number[],
  options: { readonly targetMs?: number; readonly unit?: 'ms' | 'KB'; readonly note?: string } = {},
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
    ...(options.note !== undefined && { note: options.note }),
  };
}

/** Prints one result and records it for run.ts's table. */
export function report(
  name: string,
  samples: readonly number[],
  options: { readonly targetMs?: number; readonly unit?: 'ms' | 'KB'; readonly note?: string } = {},
): BrowserResult {
  const r = summarize(name, samples, options);
  const f = (x: number): string => x.toFixed(r.unit === 'KB' ? 1 : 2);
  const target =
    r.targetMs === undefined
      ? ''
      : ` — target ${r.targetMs} ${r.unit}: ${r.median <= r.targetMs ? 'within' : 'OVER'}`;
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

export interface FrameSample {
  /** 'click' or 'keydown' */
  readonly type: string;
  /** from the event's timestamp to just after the next painted frame */
  readonly ms: number;
  /** the watched element's text before the event and at that frame */
  readonly before: string;
  readonly after: string;
}

/**
 * Installs, in the page, a probe that times each click and keydown to the painted frame that
 * follows it: the event's own timestamp (when the browser received the input) to a task
 * queued from the next requestAnimationFrame callback (which runs after that frame is
 * produced). It also reads the text of `watch` (e.g. the sheet's total) before and after, so
 * a frame that did not yet show the change is visible in the numbers.
 */
export async function installFrameProbe(page: Page, watch: string): Promise<void> {
  await page.evaluate((selector) => {
    const samples: { type: string; ms: number; before: string; after: string }[] = [];
    Reflect.set(window, '__benchFrames', samples);
    const text = (): string => document.querySelector(selector)?.textContent ?? '';
    const probe = (event: Event): void => {
      const start = event.timeStamp;
      const before = text();
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          samples.push({ type: event.type, ms: performance.now() - start, before, after: text() });
          channel.port1.close();
        };
        channel.port2.postMessage(null);
      });
    };
    document.addEventListener('click', probe, true);
    document.addEventListener('keydown', probe, true);
  }, watch);
}

export async function takeFrames(page: Page): Promise<FrameSample[]> {
  return page.evaluate(() => {
    const samples: unknown = Reflect.get(window, '__benchFrames');
    if (!Array.isArray(samples)) return [];
    const copy = samples.splice(0) as { type: string; ms: number; before: string; after: string }[];
    return copy;
  });
}
