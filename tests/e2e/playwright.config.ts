import { defineConfig } from '@playwright/test';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Browser tests drive the real app in browser mode: the production build served by the
 * web host, in Debian's Chromium (never a downloaded browser: these machines are offline).
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
/**
 * A random port for a test server, below the range Linux hands out to outgoing connections
 * (32768 and up): a port picked in that range can be held by a browser's own connection, or a
 * connection to a closed port can end up connected to itself.
 */
export const randomTestPort = (): number => 20_000 + Math.floor(Math.random() * 12_000);
// A port per run (kept in the environment so Playwright's workers, which re-read this file,
// agree with the main process): several runs on one machine must not collide.
process.env.OCOP_E2E_PORT ??= String(randomTestPort());
export const webPort = Number(process.env.OCOP_E2E_PORT);
const dataDir = mkdtempSync(join(tmpdir(), 'ocop-e2e-data-'));
// USB token tests (token.spec.ts): the web host's SoftHSM2 reads this config, which the spec
// writes (with its own token store) before the host first loads the PKCS#11 library.
process.env.SOFTHSM2_CONF ??= join(
  tmpdir(),
  `ocop-e2e-softhsm-${process.env.OCOP_E2E_PORT}`,
  'softhsm2.conf',
);
// The web host admits a browser only through its one-time address. The tests fix its token
// with --token-file (a 0600 file in a private temp folder) so global-setup.ts can sign in
// once; every context then starts with the session cookie (`use.storageState`).
process.env.OCOP_E2E_SESSION_DIR ??= mkdtempSync(join(tmpdir(), 'ocop-e2e-session-'));
process.env.OCOP_E2E_TOKEN ??= randomBytes(32).toString('hex');
const sessionDir = process.env.OCOP_E2E_SESSION_DIR;
export const e2eLaunchToken = process.env.OCOP_E2E_TOKEN;
export const e2eStorageState = join(sessionDir, 'storage-state.json');
const tokenFile = join(sessionDir, 'launch-token');
if (!existsSync(tokenFile)) writeFileSync(tokenFile, e2eLaunchToken, { mode: 0o600 });

export const chromiumLaunch = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: join(root, 'test-results'),
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  globalSetup: './global-setup.ts',
  use: {
    storageState: e2eStorageState,
    baseURL: `http://127.0.0.1:${webPort}`,
    launchOptions: chromiumLaunch,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    trace: 'retain-on-failure',
  },
  webServer: {
    command: `node dist-electron/web-host.cjs --port ${webPort} --data-dir "${dataDir}" --token-file "${tokenFile}" --no-open`,
    cwd: root,
    url: `http://127.0.0.1:${webPort}/`,
    reuseExistingServer: false,
    timeout: 30_000,
    stdout: 'pipe',
  },
});
