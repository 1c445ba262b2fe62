import { request, type FullConfig } from '@playwright/test';
import { e2eLaunchToken, e2eStorageState, webPort } from './playwright.config';

/**
 * Signs in once, as a person does: opens the web host's one-time address and keeps the session
 * cookie it sets. Every test's browser context starts from this storage state (the config's
 * `use.storageState`); persistent profiles add the same cookie (helpers/session.ts).
 */
export default async function globalSetup(_config: FullConfig): Promise<void> {
  const context = await request.newContext({ baseURL: `http://127.0.0.1:${webPort}` });
  try {
    const response = await context.get(`/?token=${e2eLaunchToken}`, { maxRedirects: 0 });
    if (response.status() !== 200) {
      throw new Error(`e2e sign-in: the one-time address answered HTTP ${response.status()}`);
    }
    await context.storageState({ path: e2eStorageState });
  } finally {
    await context.dispose();
  }
}
