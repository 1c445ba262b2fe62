/**
 * `npm run bench`: runs every benchmark of every `tests/bench/*.bench.ts` module and prints a
 * table (median, mean, p95, min wall-clock milliseconds, and median CPU milliseconds). Benchmarks are not timed tests: nothing
 * fails on a slow machine; the numbers are for people.
 *
 * The measured work may be async (return a promise): it is awaited inside the timing.
 *
 * To add one: create `tests/bench/<topic>.bench.ts` with
 *
 *     import type { Benchmark } from './bench';
 *     export const benchmarks: Benchmark[] = [
 *       { name: 'what is measured', prepare: () => { const input = build(); return () => work(input); }, targetMs: 100 },
 *     ];
 *
 * It is picked up automatically. `npm run bench -- tally` runs only modules whose file name
 * contains "tally".
 *
 * Browser benchmarks (tests/bench/browser/*.bench.spec.ts: the built app in browser mode, in the
 * system's Chromium) run after the Node ones: `npm run bench` builds the app and runs both;
 * `npm run bench -- browser` runs only the browser ones, `npm run bench -- browser start-up`
 * only those whose title contains "start-up". OCOP_BENCH_NO_BUILD=1 skips the build.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { availableParallelism, loadavg } from 'node:os';
import type { Benchmark } from './bench';
import { ensureAllWords } from '../../renderer/src/i18n/translate';

interface Row {
  readonly module: string;
  readonly name: string;
  readonly iterations: number;
  readonly median: number;
  readonly mean: number;
  readonly p95: number;
  readonly min: number;
  /** Median CPU time of this process (user + system): what the work costs when other programs compete for the cores. */
  readonly cpuMedian: number;
  readonly targetMs?: number;
  /** which figure the target is for: the median unless said */
  readonly targetAt?: 'median' | 'p95';
  /** of the figures and the target; 'ms' unless said */
  readonly unit?: string;
}

function isBenchmarkList(value: unknown): value is Benchmark[] {
  return (
    Array.isArray(value) &&
    value.every(
      (b: unknown) =>
        typeof b === 'object' &&
        b !== null &&
        typeof Reflect.get(b, 'name') === 'string' &&
        typeof Reflect.get(b, 'prepare') === 'function',
    )
  );
}

function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

let sink: unknown;

async function measure(module: string, benchmark: Benchmark): Promise<Row> {
  const work = await benchmark.prepare();
  const warmup = benchmark.warmup ?? 3;
  const iterations = benchmark.iterations ?? 20;
  // Async work (a database call) is awaited inside the timing; sync work is not slowed by an await.
  const once = async (): Promise<void> => {
    const result = work();
    sink = result instanceof Promise ? await result : result;
  };
  for (let i = 0; i < warmup; i += 1) await once();
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < iterations; i += 1) {
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    await once();
    const used = process.cpuUsage(cpuStart);
    times.push(performance.now() - start);
    cpu.push((used.user + used.system) / 1000);
  }
  await benchmark.dispose?.();
  const sorted = [...times].sort((a, b) => a - b);
  return {
    module,
    name: benchmark.name,
    iterations,
    median: quantile(sorted, 0.5),
    mean: times.reduce((a, b) => a + b, 0) / times.length,
    p95: quantile(sorted, 0.95),
    min: sorted[0] ?? Number.NaN,
    cpuMedian: quantile(
      [...cpu].sort((a, b) => a - b),
      0.5,
    ),
    ...(benchmark.targetMs !== undefined && { targetMs: benchmark.targetMs }),
  };
}

function printTable(rows: readonly Row[]): void {
  const ms = (n: number): string => n.toFixed(2);
  const header = ['module', 'benchmark', 'n', 'median ms', 'mean ms', 'p95 ms', 'min ms', 'cpu ms', 'target'];
  const body = rows.map((r) => [
    r.module,
    r.name,
    String(r.iterations),
    ms(r.median),
    ms(r.mean),
    ms(r.p95),
    ms(r.min),
    Number.isNaN(r.cpuMedian) ? '' : ms(r.cpuMedian),
    r.targetMs === undefined
      ? ''
      : r.targetAt === 'p95'
        ? `${r.p95 <= r.targetMs ? 'within' : 'OVER'} p95 ${r.targetMs} ${r.unit ?? 'ms'}`
        : `${r.median <= r.targetMs ? 'within' : 'OVER'} ${r.targetMs} ${r.unit ?? 'ms'}`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => (row[i] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    cells
      .map((c, i) => (i >= 2 && i <= 7 ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0)))
      .join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of body) console.log(line(row));
}

/** One line per browser benchmark, as tests/bench/browser/measure.ts records them. */
interface BrowserRow {
  readonly name: string;
  readonly n: number;
  readonly median: number;
  readonly mean: number;
  readonly p95: number;
  readonly min: number;
  readonly unit: string;
  readonly targetMs?: number;
  readonly targetAt?: 'median' | 'p95';
}

/** Builds the app (unless told not to) and runs the browser benchmarks; prints their table. */
function runBrowserBenchmarks(grep: string | undefined): void {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
  if (process.env.OCOP_BENCH_NO_BUILD !== '1' || !existsSync(join(root, 'dist/renderer/index.html'))) {
    console.log('\nBrowser benchmarks: building the app (npm run build)…');
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const build = spawnSync(npm, ['run', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
    if (build.status !== 0) {
      console.error('Browser benchmarks: the build failed; not run.');
      process.exitCode = 1;
      return;
    }
  }
  const out = join(mkdtempSync(join(tmpdir(), 'ocop-bench-')), 'browser.jsonl');
  const args = ['playwright', 'test', '-c', 'tests/bench/browser/playwright.config.ts'];
  if (grep !== undefined) args.push('--grep', grep);
  const run = spawnSync(npx, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, OCOP_BENCH_OUT: out },
  });
  if (run.status !== 0) {
    // A benchmark that could not run (a changed screen), not a slow one: numbers never fail.
    console.error('Browser benchmarks: some could not run (see above).');
    process.exitCode = 1;
  }
  const rows: BrowserRow[] = existsSync(out)
    ? readFileSync(out, 'utf8')
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => JSON.parse(line) as BrowserRow)
    : [];
  if (rows.length === 0) return;
  console.log('\nBrowser benchmarks (Chromium, built app in browser mode):');
  printTable(
    rows.map((r) => ({
      module: 'browser',
      name: r.unit === 'ms' ? r.name : `${r.name} [${r.unit}]`,
      unit: r.unit,
      iterations: r.n,
      median: r.median,
      mean: r.mean,
      p95: r.p95,
      min: r.min,
      cpuMedian: Number.NaN,
      ...(r.targetMs !== undefined && { targetMs: r.targetMs }),
      ...(r.targetAt !== undefined && { targetAt: r.targetAt }),
    })),
  );
}

async function main(): Promise<void> {
  const folder = fileURLToPath(new URL('.', import.meta.url));
  const filter = process.argv[2];
  if (filter === 'browser') {
    runBrowserBenchmarks(process.argv[3]);
    return;
  }
  const files = readdirSync(folder)
    .filter((f) => f.endsWith('.bench.ts') && (filter === undefined || f.includes(filter)))
    .sort();
  console.log(
    `Node ${process.version}, ${availableParallelism()} cores, load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}; ${files.length} benchmark module(s)`,
  );
  console.log(
    'Times are wall-clock per run; "cpu ms" is this process\'s CPU time, the fairer figure on a busy machine.\n',
  );
  await ensureAllWords(); // documents and messages use every part of the catalog
  const rows: Row[] = [];
  for (const file of files) {
    const module: unknown = await import(pathToFileURL(`${folder}${file}`).href);
    const list: unknown =
      typeof module === 'object' && module !== null ? Reflect.get(module, 'benchmarks') : undefined;
    if (!isBenchmarkList(list)) {
      console.error(`${file}: exports no \`benchmarks: Benchmark[]\``);
      process.exitCode = 1;
      continue;
    }
    for (const benchmark of list) rows.push(await measure(file.replace(/\.bench\.ts$/, ''), benchmark));
  }
  printTable(rows);
  if (sink === Symbol.for('never')) console.log(sink);
  if (filter === undefined) runBrowserBenchmarks(undefined);
}

void main();
