import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { browserOpener, readLaunchTokenFile } from '../../../../electron/web/launch';
import { launchFilePage } from '../../../../electron/web/pages';
import { WebHostUsageError } from '../../../../electron/web/settings';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'ocop-launch-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('--token-file', () => {
  const token = 'ab'.repeat(32);

  it('reads 64 hex digits from a file only its owner can read', async () => {
    const file = path.join(dir, 'token');
    await writeFile(file, `${token}\n`, { mode: 0o600 });
    expect(await readLaunchTokenFile(file)).toBe(token);
  });

  it.skipIf(process.platform === 'win32')('refuses a file others can read', async () => {
    const file = path.join(dir, 'token');
    await writeFile(file, token);
    await chmod(file, 0o644);
    await expect(readLaunchTokenFile(file)).rejects.toThrow(/chmod 600/u);
  });

  it('refuses a short token and a missing file with a usage error', async () => {
    const file = path.join(dir, 'token');
    await writeFile(file, 'abc', { mode: 0o600 });
    await expect(readLaunchTokenFile(file)).rejects.toBeInstanceOf(WebHostUsageError);
    await expect(readLaunchTokenFile(path.join(dir, 'none'))).rejects.toBeInstanceOf(WebHostUsageError);
  });
});

describe('opening the browser', () => {
  it('uses the desktop opener, and none on Linux without a display', () => {
    expect(browserOpener('linux', {})).toBeNull();
    expect(browserOpener('linux', { DISPLAY: ':0' })?.command).toBe('xdg-open');
    expect(browserOpener('linux', { WAYLAND_DISPLAY: 'wayland-0' })?.command).toBe('xdg-open');
    expect(browserOpener('darwin', {})?.command).toBe('open');
    expect(browserOpener('win32', {})?.command).toBe('explorer.exe');
  });

  it('hands the browser a file that moves on to the one-time address (never the token on a command line)', () => {
    const url = `http://127.0.0.1:4780/?token=${'cd'.repeat(32)}`;
    const page = launchFilePage(url);
    expect(page).toContain(`<meta http-equiv="refresh" content="0;url=${url}">`);
    expect(page).toContain('Mở OCOP Council');
  });
});
