import { describe, expect, it } from 'vitest';
import { minimumCounts } from '../../../../renderer/src/domain/council/council-result';
import { loadRuleSetSheets, ruleSetInfo } from '../../../../renderer/src/domain/criteria/registry';
import { answerMeetsMinimum, casesOf, hasCases } from '../../../../renderer/src/domain/criteria/star-marks';
import type { CriteriaSheet } from '../../../../renderer/src/domain/criteria/types';
import type { Answer } from '../../../../renderer/src/domain/model';
import { criteriaOf } from '../../../../renderer/src/domain/scoring/answers';
import { scoreSheet } from '../../../../renderer/src/domain/scoring/member-sheet';

/**
 * The star-minimum rule is evaluated in three places for speed (a member's sheet, the council's
 * counts, and the per-answer helper the UI uses); on thousands of varied answers they must agree.
 */
const ID = '26/2026/QĐ-TTg';
const bands = ruleSetInfo(ID)?.bands ?? [];
const sheets = await loadRuleSetSheets(ID);

function* variedAnswers(seed: number): Generator<{
  sheet: CriteriaSheet;
  given: { answers: Record<string, Answer>; caseChoice: Record<string, string> };
}> {
  let x = seed;
  const next = (n: number): number => {
    x = (x * 1_103_515_245 + 12_345) % 2_147_483_648;
    return x % n;
  };
  for (const sheet of sheets) {
    for (let k = 0; k < 40; k += 1) {
      const answers: Record<string, Answer> = {};
      const caseChoice: Record<string, string> = {};
      for (const { criterion } of criteriaOf(sheet)) {
        const cases = hasCases(criterion) ? casesOf(criterion) : [];
        const chosen = cases[next(Math.max(1, cases.length))];
        if (chosen !== undefined) caseChoice[criterion.code] = chosen;
        const indexes = criterion.options.flatMap((o, i) =>
          chosen === undefined || o.variant === chosen ? [i] : [],
        );
        const roll = next(indexes.length + 1);
        answers[criterion.code] = roll === indexes.length ? 'none' : (indexes[roll] ?? 0);
      }
      yield { sheet, given: { answers, caseChoice } };
    }
  }
}

describe('the star-minimum rule, computed three ways, agrees', () => {
  it('on 40 varied answer sets per sheet, all 26 sheets', () => {
    let checked = 0;
    for (const { sheet, given } of variedAnswers(7)) {
      const fromSheet = scoreSheet(sheet, bands, given).unmetMinimums.map((u) => `${u.criterion}@${u.level}`);
      const fromCouncil = minimumCounts(sheet, [{ memberId: 'm', productId: 'p', pass: 1, ...given }], 'all')
        .filter((m) => !m.met)
        .map((m) => `${m.criterion}@${m.level}`);
      const fromHelper = criteriaOf(sheet).flatMap(({ criterion }) =>
        ([3, 4, 5] as const)
          .filter(
            (level) =>
              !answerMeetsMinimum(
                criterion,
                level,
                given.answers[criterion.code],
                given.caseChoice[criterion.code],
              ),
          )
          .map((level) => `${criterion.code}@${level}`),
      );
      expect(fromCouncil).toEqual(fromSheet);
      expect(fromHelper).toEqual(fromSheet);
      checked += 1;
    }
    expect(checked).toBe(26 * 40);
  });
});
