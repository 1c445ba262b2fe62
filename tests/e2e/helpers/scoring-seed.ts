import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import type { SeedResult, SeedSpec } from './scoring-seed-entry';

/**
 * A round ready for scoring, written IN THE PAGE through the app's repositories (see
 * scoring-seed-entry.ts): a stop-gap for specs that test scoring, not set-up. The bundle is
 * injected as an inline script, so the spec needs `test.use({ bypassCSP: true })`.
 */
let bundle: string | undefined;

async function seedBundle(): Promise<string> {
  if (bundle !== undefined) return bundle;
  const entry = fileURLToPath(new URL('./scoring-seed-entry.ts', import.meta.url));
  const result = await build({ entryPoints: [entry], bundle: true, format: 'iife', platform: 'browser', target: 'es2022', write: false, logLevel: 'silent' });
  bundle = result.outputFiles[0]?.text ?? '';
  return bundle;
}

export async function seedScoringRound(page: Page, spec: SeedSpec): Promise<SeedResult> {
  const code = await seedBundle();
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).waitFor();
  await page.addScriptTag({ content: code });
  const result = await page.evaluate(async (s) => {
    const run = window.__ocopSeedScoring;
    if (run === undefined) throw new Error('seed bundle not loaded');
    return run(s);
  }, spec);
  await page.reload();
  return result;
}

export type { SeedResult, SeedSpec };
