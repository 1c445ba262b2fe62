/**
 * What the command line needs from its host (Node): arguments, files, output, exit code.
 * Passed in so that commands are plain functions a test can call without a process. The
 * renderer's TypeScript project has no Node types (it is browser code), so the Node process is
 * reached through a checked `globalThis.process` and `process.getBuiltinModule` (Node ≥ 20.16).
 */
export interface CliHost {
  readonly args: readonly string[];
  /** Reads a UTF-8 text file; a relative path is resolved against where the user ran the command. */
  readFile(path: string): string;
  stdout(text: string): void;
  stderr(text: string): void;
}

/** Calls `target.key(...args)` after checking it is a function (nothing here is typed by Node). */
function call(target: unknown, key: string, ...args: unknown[]): unknown {
  const value: unknown = typeof target === 'object' && target !== null ? Reflect.get(target, key) : undefined;
  if (typeof value !== 'function')
    throw new Error(`The ocop command needs Node.js 20.16 or later (no ${key}).`);
  return Reflect.apply(value, target, args);
}

export function nodeHost(): { host: CliHost; setExitCode(code: number): void } {
  const proc: unknown = Reflect.get(globalThis, 'process');
  const fs = call(proc, 'getBuiltinModule', 'node:fs');
  const path = call(proc, 'getBuiltinModule', 'node:path');
  const argv: unknown = typeof proc === 'object' && proc !== null ? Reflect.get(proc, 'argv') : undefined;
  const env: unknown = typeof proc === 'object' && proc !== null ? Reflect.get(proc, 'env') : undefined;
  const stream = (name: string): unknown =>
    typeof proc === 'object' && proc !== null ? Reflect.get(proc, name) : undefined;
  // `npm run` changes into the package folder; INIT_CWD is where the user typed the command.
  const initCwd: unknown = typeof env === 'object' && env !== null ? Reflect.get(env, 'INIT_CWD') : undefined;
  const base = typeof initCwd === 'string' ? initCwd : String(call(proc, 'cwd'));
  return {
    host: {
      args: Array.isArray(argv) ? argv.slice(2).map(String) : [],
      readFile: (file) => String(call(fs, 'readFileSync', String(call(path, 'resolve', base, file)), 'utf8')),
      stdout: (text) => void call(stream('stdout'), 'write', text),
      stderr: (text) => void call(stream('stderr'), 'write', text),
    },
    setExitCode: (code) => {
      if (typeof proc === 'object' && proc !== null) Reflect.set(proc, 'exitCode', code);
    },
  };
}
