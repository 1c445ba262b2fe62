import { V5_STORES } from './v5-2026-12-03';

/**
 * Schema version 6 — 2026-12-03 — the register of OCOP products across rounds (issue 12).
 *
 * SHIPPED once released: never edit. Adds `registerEntries`: one row per product the office
 * tracks across rounds (recognised by its code, or by producer + name before it has one),
 * with the round products it links and its recognitions (decision, certificate, revocation).
 * Evaluations are NOT copied here: they are read from the closed rounds.
 *
 * Why these indexes: the register looks an entry up by code (`code`) and finds the entry of
 * a round product (`*productIds`, multi-entry).
 */
export const V6_STORES = {
  ...V5_STORES,
  registerEntries: 'id, code, *productIds',
} as const satisfies Record<string, string>;
