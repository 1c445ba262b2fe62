import { readFileSync } from 'node:fs';
import { test as base, type BrowserContext, type Page } from '@playwright/test';
import { e2eStorageState, webPort } from '../../e2e/playwright.config';
import { seedPaths } from './global-setup';
import type { SeedInfo } from './seed-info';

export interface Seeded {
  readonly context: BrowserContext;
  /** a page of the app with the seeded data, current round chosen */
  readonly page: Page;
  readonly info: SeedInfo;
  /** the seeded backup file (the restore benchmark restores it through Settings) */
  readonly backupPath: string;
}

/**
 * Writes every row of a backup file straight into the app's IndexedDB in one transaction
 * (seeding only: the 6,345 sheets of 5 × 141 × 9 in about a second, not by clicking). The app
 * must have opened the database first so its stores exist; the page is reloaded afterwards.
 */
async function seedIndexedDb(page: Page, backupText: string): Promise<void> {
  await page.evaluate(async (text) => {
    const backup = JSON.parse(text) as { tables: Record<string, unknown[]> };
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('ocop-council');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('indexedDB.open failed'));
    });
    const names = Object.keys(backup.tables).filter(
      (name) => name !== 'signedDocuments' && db.objectStoreNames.contains(name),
    );
    const tx = db.transaction(names, 'readwrite');
    for (const name of names) {
      const store = tx.objectStore(name);
      store.clear();
      for (const row of backup.tables[name] ?? []) store.put(row);
    }
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error ?? new Error('seeding failed'));
      tx.onabort = () => reject(tx.error ?? new Error('seeding aborted'));
    });
    db.close();
  }, backupText);
}

/** One seeded browser context per worker (workers: 1), shared by every benchmark file. */
export const test = base.extend<object, { seeded: Seeded }>({
  seeded: [
    async ({ browser }, use) => {
      const paths = seedPaths();
      const info = JSON.parse(readFileSync(paths.info, 'utf8')) as SeedInfo;
      const context = await browser.newContext({
        storageState: e2eStorageState,
        baseURL: `http://127.0.0.1:${webPort}`,
        viewport: { width: 1366, height: 768 },
        locale: 'vi-VN',
        timezoneId: 'Asia/Ho_Chi_Minh',
      });
      const page = await context.newPage();
      await page.goto('/');
      await page.getByRole('navigation').first().waitFor();
      const started = performance.now();
      await seedIndexedDb(page, readFileSync(paths.backup, 'utf8'));
      await page.evaluate((roundId) => localStorage.setItem('ocop.currentRoundId', roundId), info.roundId);
      console.log(
        `[bench] seeded ${info.rounds} rounds × ${info.products} products × ${info.members} members in ${((performance.now() - started) / 1000).toFixed(1)} s`,
      );
      // The day's first opening with data writes the automatic daily backup of the whole data set
      // (features/backup). It is waited for here, so the benchmarks time the screens in use, not
      // that once-a-day copy racing them (it took ~0.6 s of the main thread during the first keys).
      const dailyBackup = page
        .waitForResponse((r) => new URL(r.url()).pathname === '/api/data:write', { timeout: 90_000 })
        .then(
          () => `written ${((performance.now() - started) / 1000).toFixed(1)} s after seeding began`,
          () => 'not seen within 90 s',
        );
      await page.reload();
      await page.locator('#current-round-title').waitFor({ timeout: 60_000 });
      console.log(`[bench] start-up daily backup: ${await dailyBackup}`);
      await use({ context, page, info, backupPath: paths.backup });
      await context.close();
    },
    { scope: 'worker', timeout: 240_000 },
  ],
});
