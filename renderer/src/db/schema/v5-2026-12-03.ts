import { V3_STORES } from './v3-2026-12-03';

/**
 * Schema version 5 — 2026-12-03 — the meeting hub's ledger (issue 9 part 1).
 *
 * SHIPPED once released: never edit. Adds `hubOps`: one row per member op delivered through
 * the meeting hub (key: the op's UUID), so a repeated delivery changes nothing; its compound
 * index finds the last applied clock of one field of one member's sheet, so an older edit
 * arriving late never overwrites a newer one. A new store only: nothing to move.
 */
export const V5_STORES = {
  ...V3_STORES,
  hubOps: 'id, roundId, [productId+memberId+field]',
} as const satisfies Record<string, string>;
