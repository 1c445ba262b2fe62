import type { PlanTargets } from '../model';
import type { CouncilResult } from './council-result';

/**
 * How a round stands against the province's plan (OCOP-RULES §6): the share of evaluated
 * products at 3★ or more, the number forwarded to the Ministry for 5★, and the products
 * evaluated against those planned. Counts come from the engine's council results; targets are
 * compared in whole products (count ≥ target × evaluated), never on a rounded percentage.
 */
export interface TargetStanding {
  readonly target: number;
  readonly met: boolean;
}

export interface PlanStanding {
  /** products with a result: scored by everyone (not pending), or disqualified */
  readonly evaluated: number;
  /** evaluated, not disqualified, at 3★ or more */
  readonly atLeast3Stars: number;
  /** atLeast3Stars / evaluated, full precision; null when nothing is evaluated */
  readonly shareAtLeast3Stars: number | null;
  /** province outcome "forward-5-star" */
  readonly forwardedFor5Stars: number;
  readonly shareTarget: TargetStanding | null;
  readonly forwardTarget: TargetStanding | null;
  readonly productsTarget: TargetStanding | null;
}

/** Fractions like 0.8 × 5 are not exact in binary; far below one product. */
const EPSILON = 1e-9;

const isEvaluated = (r: CouncilResult): boolean => r.disqualified !== null || r.outcome !== 'pending';

/**
 * `results`: the results that count (a product whose current pass is still sealed should be
 * passed as not yet evaluated — i.e. left out or pending).
 */
export function planStanding(
  results: readonly CouncilResult[],
  targets: PlanTargets | undefined,
): PlanStanding {
  const evaluated = results.filter(isEvaluated);
  const atLeast3Stars = evaluated.filter((r) => r.disqualified === null && (r.stars ?? 0) >= 3).length;
  const forwardedFor5Stars = evaluated.filter((r) => r.outcome === 'forward-5-star').length;
  const share = targets?.shareAtLeast3Stars;
  const forward = targets?.forwardedFor5Stars;
  const planned = targets?.productsPlanned;
  return {
    evaluated: evaluated.length,
    atLeast3Stars,
    shareAtLeast3Stars: evaluated.length === 0 ? null : atLeast3Stars / evaluated.length,
    forwardedFor5Stars,
    shareTarget:
      share === undefined
        ? null
        : { target: share, met: evaluated.length > 0 && atLeast3Stars >= share * evaluated.length - EPSILON },
    forwardTarget: forward === undefined ? null : { target: forward, met: forwardedFor5Stars >= forward },
    productsTarget: planned === undefined ? null : { target: planned, met: evaluated.length >= planned },
  };
}
