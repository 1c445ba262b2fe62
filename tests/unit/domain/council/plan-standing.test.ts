import { describe, expect, it } from 'vitest';
import type { CouncilResult } from '../../../../renderer/src/domain/council/council-result';
import type { Outcome } from '../../../../renderer/src/domain/council/outcome';
import { planStanding } from '../../../../renderer/src/domain/council/plan-standing';
import type { StarLevel } from '../../../../renderer/src/domain/criteria/types';

/** A council result reduced to what the plan looks at: outcome, stars, disqualification. */
function result(outcome: Outcome, stars: StarLevel | null, disqualified = false): CouncilResult {
  return {
    productId: `p-${Math.random()}`,
    sheetNo: 1,
    passes: [1],
    memberScores: [],
    awaiting: [],
    average: null,
    spread: null,
    spreadExceeded: false,
    band: stars,
    minimums: [],
    minimumsMet: null,
    minimumsLevel: null,
    unmetMinimums: [],
    stars: disqualified ? null : stars,
    disqualified: disqualified ? { reason: 'Tạp chất trong mẫu' } : null,
    outcome,
  };
}

const four = result('recognise', 4);
const three = result('recognise', 3);
const two = result('not-recognised', 2);
const five = result('forward-5-star', 5);
const pending = result('pending', null);
const out = result('disqualified', null, true);

describe('standing of a round against its plan targets', () => {
  it('4 of 5 evaluated at ≥ 3★ meets an 80% target exactly (compared in whole products, not a rounded share)', () => {
    const s = planStanding([four, three, five, four, two, pending], { shareAtLeast3Stars: 0.8 });
    expect(s.evaluated).toBe(5);
    expect(s.atLeast3Stars).toBe(4);
    expect(s.shareAtLeast3Stars).toBeCloseTo(0.8);
    expect(s.shareTarget).toEqual({ target: 0.8, met: true });
  });

  it('a disqualified product counts as evaluated but never at ≥ 3★: 3 of 4 misses 80%', () => {
    const s = planStanding([four, three, five, out], { shareAtLeast3Stars: 0.8 });
    expect([s.evaluated, s.atLeast3Stars]).toEqual([4, 3]);
    expect(s.shareTarget?.met).toBe(false);
  });

  it('a pending product (someone has not scored, or still sealed) is not evaluated', () => {
    const s = planStanding([pending, pending], { shareAtLeast3Stars: 0.5, productsPlanned: 2 });
    expect(s.evaluated).toBe(0);
    expect(s.shareAtLeast3Stars).toBeNull();
    expect(s.shareTarget).toEqual({ target: 0.5, met: false });
    expect(s.productsTarget).toEqual({ target: 2, met: false });
  });

  it('counts products forwarded to the Ministry for 5★ against the target', () => {
    expect(planStanding([five, five, four], { forwardedFor5Stars: 3 }).forwardTarget).toEqual({
      target: 3,
      met: false,
    });
    expect(planStanding([five, five, five, four], { forwardedFor5Stars: 3 }).forwardTarget).toEqual({
      target: 3,
      met: true,
    });
  });

  it('products evaluated against products planned', () => {
    expect(planStanding([four, two, out], { productsPlanned: 3 }).productsTarget).toEqual({
      target: 3,
      met: true,
    });
    expect(planStanding([four, two, pending], { productsPlanned: 3 }).productsTarget).toEqual({
      target: 3,
      met: false,
    });
  });

  it('without targets, only the counts', () => {
    const s = planStanding([four, five, two], undefined);
    expect([s.shareTarget, s.forwardTarget, s.productsTarget]).toEqual([null, null, null]);
    expect([s.evaluated, s.atLeast3Stars, s.forwardedFor5Stars]).toEqual([3, 2, 1]);
  });
});
