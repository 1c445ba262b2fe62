/**
 * Persistent storage (issue 4 item 1, issue 6 item 7). Without it the browser may evict
 * the council's data under storage pressure; the UI warns when the answer is "denied".
 */
export type PersistenceResult = 'granted' | 'denied' | 'unsupported';

/** The slice of `navigator.storage` this needs; injectable for tests. */
export interface StorageManagerLike {
  persisted?: () => Promise<boolean>;
  persist?: () => Promise<boolean>;
}

/**
 * Asks the browser to keep this origin's data. Already-persisted storage answers "granted"
 * without asking again. A browser without the API answers "unsupported" (Electron and
 * current browsers have it). Errors from the browser propagate: they are not a "no".
 */
export async function requestPersistentStorage(
  storage: StorageManagerLike | undefined = globalThis.navigator?.storage,
): Promise<PersistenceResult> {
  if (storage?.persist === undefined) return 'unsupported';
  if (storage.persisted !== undefined && (await storage.persisted())) return 'granted';
  return (await storage.persist()) ? 'granted' : 'denied';
}
