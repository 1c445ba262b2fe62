import os from 'node:os';
import path from 'node:path';
import { defaultUserDataDir } from '../services/user-data-dir';

/**
 * Command line of the web host: `[--port 4780] [--data-dir DIR]`, or OCOP_WEB_PORT /
 * OCOP_DATA_DIR. The port is fixed by default because IndexedDB belongs to the origin — a
 * different port would open an empty app. The data folder defaults to the desktop app's.
 */

export const DEFAULT_WEB_PORT = 4780;

export class WebHostUsageError extends Error {
  override readonly name = 'WebHostUsageError';
}

export interface WebHostSettings {
  readonly port: number;
  readonly dataDir: string;
}

function optionValue(argv: readonly string[], flag: string): string | undefined {
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === flag) {
      const value = argv[i + 1];
      if (value === undefined || value.startsWith('--')) {
        throw new WebHostUsageError(`Thiếu giá trị cho ${flag} / Missing value for ${flag}`);
      }
      return value;
    }
    if (arg?.startsWith(`${flag}=`)) return arg.slice(flag.length + 1);
  }
  return undefined;
}

/** Flags win over environment variables, which win over defaults. */
export function parseWebHostSettings(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): WebHostSettings {
  for (const arg of argv) {
    if (
      arg.startsWith('--') &&
      !['--port', '--data-dir'].some((flag) => arg === flag || arg.startsWith(`${flag}=`))
    ) {
      throw new WebHostUsageError(`Tham số không rõ / Unknown option: ${arg}`);
    }
  }
  const rawPort = optionValue(argv, '--port') ?? env['OCOP_WEB_PORT'] ?? String(DEFAULT_WEB_PORT);
  const port = Number(rawPort);
  if (!/^\d+$/u.test(rawPort) || !Number.isInteger(port) || port < 1 || port > 65535) {
    throw new WebHostUsageError(`Cổng không hợp lệ / Invalid port: ${rawPort}`);
  }
  const rawDataDir = optionValue(argv, '--data-dir') ?? env['OCOP_DATA_DIR'];
  const dataDir =
    rawDataDir !== undefined && rawDataDir !== ''
      ? path.resolve(rawDataDir)
      : defaultUserDataDir({ platform: process.platform, homedir: os.homedir(), env });
  return { port, dataDir };
}
