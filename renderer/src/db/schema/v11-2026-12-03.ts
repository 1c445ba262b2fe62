import { V7_STORES } from './v7-2026-12-03';

/**
 * Schema version 11 — 2026-12-03 — the office's plan for a year (issue 12).
 *
 * SHIPPED once released: never edit. Adds `yearPlans`: one row per year and level (province
 * or central) with the plan's targets (products to evaluate, share at 3★ or more, number
 * forwarded for 5★, products per group). The standing is never stored: it is added up from
 * the closed rounds of that year.
 *
 * Numbered 11: v7 is the scoring packs (landed after the shipped v5/v6); v8–v10 were assigned
 * to branches landing in the same session. Each version adds its own stores only.
 *
 * Why these indexes: a plan is looked up by its year and level, and there is one per pair
 * (`&[year+level]`, unique).
 */
export const V11_STORES = {
  ...V7_STORES,
  yearPlans: 'id, &[year+level]',
} as const satisfies Record<string, string>;
