import { V8_STORES } from './v8-2026-12-03';

/**
 * Schema version 9 — 2026-12-03 — the office's plan for a year (issue 12).
 *
 * SHIPPED once released: never edit. Adds `yearPlans`: one row per year and level (province
 * or central) with the plan's targets (products to evaluate, share at 3★ or more, number
 * forwarded for 5★, products per group). The standing is never stored: it is added up from
 * the closed rounds of that year.
 *
 * Follows v7 (scoring packs) and v8 (the hub ledger's index), which landed in the same session.
 *
 * Why these indexes: a plan is looked up by its year and level, and there is one per pair
 * (`&[year+level]`, unique).
 */
export const V9_STORES = {
  ...V8_STORES,
  yearPlans: 'id, &[year+level]',
} as const satisfies Record<string, string>;
