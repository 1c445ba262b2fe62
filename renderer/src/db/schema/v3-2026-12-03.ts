import { V2_STORES } from './v2-2026-11-28';

/**
 * Schema version 3 — 2026-12-03 — the minutes' fields (issue 11).
 *
 * SHIPPED once released: never edit. Adds `minutesFields`: per product, what the secretary
 * fills in before the minutes are signed (number in the council's yearly series, times,
 * venue, presiding, recorder, conclusion, other opinions, recipients). Key: productId (one
 * row per product; locked once its minutes carry a signature).
 *
 * Why these indexes: the minutes screen reads one round (`roundId`); a number is checked
 * against the rest of its series (`[series+number]`, across rounds: a council numbers its
 * minutes per year, not per round) and the next number is suggested from it (`series`).
 */
export const V3_STORES = {
  ...V2_STORES,
  minutesFields: 'productId, roundId, series, [series+number]',
} as const satisfies Record<string, string>;
