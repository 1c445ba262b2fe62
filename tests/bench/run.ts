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
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { availableParallelism, loadavg } from 'node:os';
import type { Benchmark } from './bench';

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
  const header = [
    'module',
    'benchmark',
    'n',
    'median ms',
    'mean ms',
    'p95 ms',
    'min ms',
    'cpu ms',
    'target (median)',
  ];
  const body = rows.map((r) => [
    r.module,
    r.name,
    String(r.iterations),
    ms(r.median),
    ms(r.mean),
    ms(r.p95),
    ms(r.min),
    ms(r.cpuMedian),
    r.targetMs === undefined ? '' : `${r.median <= r.targetMs ? 'within' : 'OVER'} ${r.targetMs} ms`,
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

async function main(): Promise<void> {
  const folder = fileURLToPath(new URL('.', import.meta.url));
  const filter = process.argv[2];
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
}

void main();
