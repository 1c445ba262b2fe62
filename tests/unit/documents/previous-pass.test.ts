import { describe, expect, it } from 'vitest';
import type { CouncilResult, MemberScore } from '../../../renderer/src/domain/council/council-result';
import { previousPassScore } from '../../../renderer/src/domain/documents/pass-results';
import type { SheetScore } from '../../../renderer/src/domain/scoring/member-sheet';

const scoreOf = (total: number): SheetScore =>
  ({ total, parts: { A: total } }) satisfies Partial<SheetScore> as unknown as SheetScore;
const member = (memberId: string, pass: number, total: number): MemberScore => ({
  memberId,
  pass,
  score: scoreOf(total),
});
const after = (...memberScores: MemberScore[]): CouncilResult =>
  ({ memberScores }) satisfies Partial<CouncilResult> as unknown as CouncilResult;

describe("a re-score sheet's earlier pass", () => {
  // After pass 1: An 85, Bình 90. After pass 2: An re-scored 95, Bình kept pass 1's sheet.
  const passes = [
    after(member('an', 1, 85), member('binh', 1, 90)),
    after(member('an', 2, 95), member('binh', 1, 90)),
  ];

  it("is the member's own counted sheet of the latest pass before the one printed", () => {
    expect(previousPassScore(passes, 'an', 2)).toEqual({ pass: 1, score: scoreOf(85) });
    expect(previousPassScore(passes, 'an', 3)).toEqual({ pass: 2, score: scoreOf(95) });
  });

  it('is never the pass being printed nor another member', () => {
    expect(previousPassScore(passes, 'an', 1)).toBeUndefined();
    expect(previousPassScore(passes, 'cuong', 2)).toBeUndefined();
    expect(previousPassScore(passes, 'binh', 2)).toEqual({ pass: 1, score: scoreOf(90) });
  });
});
