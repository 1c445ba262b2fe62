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

interface NodeFs {
  readFileSync(path: string, encoding: 'utf8'): string;
}
interface NodePath {
  resolve(...paths: string[]): string;
}
interface NodeStream {
  write(text: string): boolean;
}
interface NodeProcess {
  readonly argv: readonly string[];
  readonly env: Readonly<Record<string, string | undefined>>;
  cwd(): string;
  readonly stdout: NodeStream;
  readonly stderr: NodeStream;
  exitCode?: number | string | undefined;
  getBuiltinModule(id: string): unknown;
}

function hasFunction<K extends string>(value: unknown, key: K): value is Record<K, (...args: never[]) => unknown> {
  return typeof value === 'object' && value !== null && typeof Reflect.get(value, key) === 'function';
}

function nodeProcess(): NodeProcess {
  const candidate: unknown = Reflect.get(globalThis, 'process');
  if (!hasFunction(candidate, 'getBuiltinModule') || !hasFunction(candidate, 'cwd')) {
    throw new Error('The ocop command needs Node.js 20.16 or later.');
  }
  // Checked above: a Node process object (argv, env, stdout and stderr always exist on it).
  return candidate satisfies object as unknown as NodeProcess;
}

export function nodeHost(): { host: CliHost; setExitCode(code: number): void } {
  const proc = nodeProcess();
  const fs = proc.getBuiltinModule('node:fs');
  const path = proc.getBuiltinModule('node:path');
  if (!hasFunction(fs, 'readFileSync') || !hasFunction(path, 'resolve')) throw new Error('node:fs / node:path unavailable');
  const nodeFs: NodeFs = { readFileSync: (p, e) => String(Reflect.apply(fs.readFileSync, fs, [p, e])) };
  const nodePath: NodePath = { resolve: (...p) => String(Reflect.apply(path.resolve, path, p)) };
  // `npm run` changes into the package folder; INIT_CWD is where the user typed the command.
  const base = proc.env['INIT_CWD'] ?? proc.cwd();
  return {
    host: {
      args: proc.argv.slice(2),
      readFile: (file) => nodeFs.readFileSync(nodePath.resolve(base, file), 'utf8'),
      stdout: (text) => void proc.stdout.write(text),
      stderr: (text) => void proc.stderr.write(text),
    },
    setExitCode: (code) => {
      proc.exitCode = code;
    },
  };
}
