import { defineConfig } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumLaunch, e2eStorageState, webPort } from '../../e2e/playwright.config';

/**
 * Browser benchmarks (issue 13): the built app in browser mode, served by the web host, in
 * Debian's Chromium — the paths people use, timed in the page. The e2e config is imported for
 * its port, one-time sign-in and Chromium flags (one definition); its global setup signs in once.
 * `npm run bench -- browser` runs these after building; they print and never fail on a number.
 */
const root = fileURLToPath(new URL('../../..', import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), 'ocop-bench-data-'));
const tokenFile = join(process.env.OCOP_E2E_SESSION_DIR ?? '', 'launch-token');

export default defineConfig({
  testDir: '.',
  testMatch: '*.bench.spec.ts',
  outputDir: join(root, 'test-results', 'bench'),
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 15 * 60_000, // the 141 minutes signed twice (minutes.bench.spec.ts) on a loaded machine
  expect: { timeout: 30_000 },
  reporter: [['list']],
  globalSetup: ['../../e2e/global-setup.ts', './global-setup.ts'],
  use: {
    storageState: e2eStorageState,
    baseURL: `http://127.0.0.1:${webPort}`,
    launchOptions: chromiumLaunch,
    viewport: { width: 1366, height: 768 },
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    trace: 'off',
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
