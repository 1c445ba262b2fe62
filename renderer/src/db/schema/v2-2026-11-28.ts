/**
 * Schema version 2 — 2026-11-28 — signed documents (issue 5: minutes, locking, revisions).
 *
 * SHIPPED once released: never edit. Adds `signedDocuments`: every signed file the app made
 * (minutes, summary, sheet), one row per revision, with its bytes and SHA-256. Rows are
 * never deleted: a correction adds a revision and marks the earlier one `supersededBy`.
 *
 * Why these indexes: the minutes screen reads one round (`roundId`); the lock check reads
 * one product (`productId`); the verification screen looks a file up by its hash
 * (`*knownHashes`: the final hash and the hash after each signature of the revision).
 */
export const V2_STORES = {
  signedDocuments: 'id, roundId, productId, [productId+kind], *knownHashes',
} as const satisfies Record<string, string>;
