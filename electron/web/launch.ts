import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { bilingual } from '../shared/host-words';
import { launchFilePage } from './pages';
import { isWellFormedSecret } from './session';
import { WebHostUsageError } from './settings';

/**
 * How the start command hands the one-time address to the user: printed on the terminal
 * (only this user sees it) and, where a desktop is there, opened in the default browser —
 * through a private file that redirects, never with the token on a command line, where any
 * account on the computer could read it with `ps` and spend it first (Jupyter does the same).
 */

/**
 * `--token-file FILE` (browser tests fix the token so they can sign in): 64 hex digits, in a
 * file only its owner can read — a token others can read would be no secret.
 */
export async function readLaunchTokenFile(file: string): Promise<string> {
  let text: string;
  try {
    if (process.platform !== 'win32' && ((await stat(file)).mode & 0o077) !== 0) {
      throw new WebHostUsageError(bilingual('web.tokenFileMode', { file }));
    }
    text = (await readFile(file, 'utf8')).trim();
  } catch (error) {
    if (error instanceof WebHostUsageError) throw error;
    throw new WebHostUsageError(bilingual('web.tokenFileUnreadable', { file }), {
      cause: error,
    });
  }
  if (!isWellFormedSecret(text)) {
    throw new WebHostUsageError(bilingual('web.tokenFileMalformed', { file }));
  }
  return text;
}

/** The command that opens a file in the desktop's default browser, or null without a desktop. */
export function browserOpener(
  platform: NodeJS.Platform,
  env: Readonly<Record<string, string | undefined>>,
): { readonly command: string; readonly args: readonly string[] } | null {
  switch (platform) {
    case 'win32':
      return { command: 'explorer.exe', args: [] };
    case 'darwin':
      return { command: 'open', args: [] };
    default:
      // No display: a server or a container, where xdg-open would only print an error.
      return (env['DISPLAY'] ?? '') !== '' || (env['WAYLAND_DISPLAY'] ?? '') !== ''
        ? { command: 'xdg-open', args: [] }
        : null;
  }
}

export interface OpenedLaunchFile {
  /** Removes the private file (when the host stops). */
  dispose(): Promise<void>;
}

/**
 * Opens `launchUrl` in the default browser through a private redirect file. Resolves null when
 * there is no desktop to open it on or the opener is missing (the printed link still works).
 */
export async function openInBrowser(launchUrl: string): Promise<OpenedLaunchFile | null> {
  const opener = browserOpener(process.platform, process.env);
  if (opener === null) return null;
  // mkdtemp makes the folder 0700: only this account can read the token inside.
  const dir = await mkdtemp(path.join(os.tmpdir(), 'ocop-council-'));
  const file = path.join(dir, 'open-ocop-council.html');
  await writeFile(file, launchFilePage(launchUrl), { mode: 0o600 });
  const dispose = () => rm(dir, { recursive: true, force: true });
  const started = await new Promise<boolean>((resolve) => {
    const child = spawn(opener.command, [...opener.args, file], { detached: true, stdio: 'ignore' });
    child.once('error', () => resolve(false));
    child.once('spawn', () => {
      child.unref();
      resolve(true);
    });
  });
  if (!started) {
    await dispose();
    return null;
  }
  return { dispose };
}
