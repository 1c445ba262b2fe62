import { V7_STORES } from './v7-2026-12-03';

/**
 * Schema version 8 — 2026-12-03 — a faster meeting hub (issue 9 part 1).
 *
 * SHIPPED once released: never edit. Adds the index `[memberId+clock]` to `hubOps`: the
 * member's highest applied clock (the floor a device's own clock starts above, published with
 * every member view) is then one index lookup instead of a scan of the whole round's ledger,
 * which grows by one row per answer (40,000 rows for 9 members × 141 products × 32 answers).
 * An index only: Dexie builds it from the existing rows, nothing to move.
 */
export const V8_STORES = {
  ...V7_STORES,
  hubOps: 'id, roundId, [productId+memberId+field], [memberId+clock]',
} as const satisfies Record<string, string>;
