import os from 'node:os';
import path from 'node:path';
import { defaultUserDataDir } from '../services/user-data-dir';
import { bilingual } from '../shared/host-words';

/**
 * Command line of the web host: `[--port 4780] [--data-dir DIR] [--no-open] [--token-file FILE]`,
 * or OCOP_WEB_PORT / OCOP_DATA_DIR / OCOP_NO_BROWSER=1. The port is fixed by default because IndexedDB belongs to the origin — a
 * different port would open an empty app. The data folder defaults to the desktop app's.
 */

export const DEFAULT_WEB_PORT = 4780;

export class WebHostUsageError extends Error {
  override readonly name = 'WebHostUsageError';
}

export interface WebHostSettings {
  readonly port: number;
  readonly dataDir: string;
  /** `--token-file FILE`: the one-time address's token is read from FILE (browser tests). */
  readonly tokenFile: string | undefined;
  /** Off with `--no-open` or OCOP_NO_BROWSER=1 (tests, servers without a desktop). */
  readonly openBrowser: boolean;
}

const VALUE_FLAGS = ['--port', '--data-dir', '--token-file'];
const SWITCHES = ['--no-open'];

function optionValue(argv: readonly string[], flag: string): string | undefined {
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === flag) {
      const value = argv[i + 1];
      if (value === undefined || value.startsWith('--')) {
        throw new WebHostUsageError(bilingual('web.missingValue', { flag }));
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
      !SWITCHES.includes(arg) &&
      !VALUE_FLAGS.some((flag) => arg === flag || arg.startsWith(`${flag}=`))
    ) {
      throw new WebHostUsageError(bilingual('web.unknownOption', { option: arg }));
    }
  }
  const rawPort = optionValue(argv, '--port') ?? env['OCOP_WEB_PORT'] ?? String(DEFAULT_WEB_PORT);
  const port = Number(rawPort);
  if (!/^\d+$/u.test(rawPort) || !Number.isInteger(port) || port < 1 || port > 65535) {
    throw new WebHostUsageError(bilingual('web.invalidPort', { port: rawPort }));
  }
  const rawDataDir = optionValue(argv, '--data-dir') ?? env['OCOP_DATA_DIR'];
  const dataDir =
    rawDataDir !== undefined && rawDataDir !== ''
      ? path.resolve(rawDataDir)
      : defaultUserDataDir({ platform: process.platform, homedir: os.homedir(), env });
  const tokenFile = optionValue(argv, '--token-file');
  const openBrowser = !argv.includes('--no-open') && env['OCOP_NO_BROWSER'] !== '1';
  return {
    port,
    dataDir,
    tokenFile: tokenFile === undefined ? undefined : path.resolve(tokenFile),
    openBrowser,
  };
}
