import { readFileSync } from 'node:fs';
import type { BrowserContext } from '@playwright/test';
import { e2eStorageState } from '../playwright.config';

interface StoredCookie {
  readonly name: string;
  readonly value: string;
  readonly domain: string;
  readonly path: string;
  readonly expires: number;
  readonly httpOnly: boolean;
  readonly secure: boolean;
  readonly sameSite: 'Strict' | 'Lax' | 'None';
}

/**
 * Gives a persistent browser profile (launchPersistentContext ignores `use.storageState`) the
 * session cookie that global-setup.ts got from the one-time address.
 */
export async function signInContext(context: BrowserContext): Promise<void> {
  const state = JSON.parse(readFileSync(e2eStorageState, 'utf8')) as { cookies: StoredCookie[] };
  await context.addCookies(state.cookies);
}
