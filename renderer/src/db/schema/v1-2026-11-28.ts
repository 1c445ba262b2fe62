/**
 * Schema version 1 — 2026-11-28 — the first shipped schema (issue 4).
 *
 * SHIPPED: never edit. A change is a new file `vN-YYYY-MM-DD.ts` with its stores and an
 * upgrader, added to `versions.ts`, and a test that seeds this version and opens the new one.
 *
 * Why these indexes: every screen reads one round at a time (`roundId` everywhere); the
 * unique compound indexes enforce the invariants the workflow relies on (one seat per person
 * per round, one attendance mark per member and day, one recusal per member and product,
 * one sheet per member, product and pass, one event per chain position) inside IndexedDB
 * itself, so a bug cannot write a duplicate even when it bypasses a check.
 */
export const V1_STORES = {
  rounds: 'id, status, archived, updatedAt',
  people: 'id, fullName',
  roundMembers: 'id, roundId, personId, &[roundId+personId]',
  attendance: 'id, roundId, &[roundId+memberId+meetingDate]',
  products: 'id, roundId, code',
  recusals: 'id, roundId, &[productId+memberId]',
  sheets: 'id, roundId, productId, &[productId+memberId+pass], [roundId+memberId]',
  productStates: 'productId, roundId',
  audit: 'id, &[chain+seq], roundId, at',
  settings: 'key',
} as const satisfies Record<string, string>;
