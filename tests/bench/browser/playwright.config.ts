import { defineConfig } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import e2e from '../../e2e/playwright.config';

/**
 * Browser benchmarks: the e2e setup (built app in browser mode, served by the web host,
 * Debian's Chromium, one-time sign-in) with long timeouts. They print figures and fail only
 * when the app itself fails. Run: `npm run build` then
 * `npx playwright test -c tests/bench/browser/playwright.config.ts`.
 */
const root = fileURLToPath(new URL('../../..', import.meta.url));

export default defineConfig({
  ...e2e,
  testDir: '.',
  testMatch: '**/*.bench.spec.ts',
  outputDir: join(root, 'test-results', 'bench'),
  globalSetup: '../../e2e/global-setup.ts',
  timeout: 15 * 60_000,
  expect: { timeout: 30_000 },
  use: { ...e2e.use, trace: 'off' },
});
