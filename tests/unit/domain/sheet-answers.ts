/**
 * Test helpers: answer a whole sheet in a known way. Not a test file (no `.test.`).
 */
import { casesOf, hasCases } from '../../../renderer/src/domain/criteria/star-marks';
import type { CriteriaSheet, Criterion } from '../../../renderer/src/domain/criteria/types';
import type { Answer } from '../../../renderer/src/domain/model';
import { criteriaOf, type SheetAnswers } from '../../../renderer/src/domain/scoring/answers';

type Pick_ = (criterion: Criterion, indexes: readonly number[]) => number;

function answerAll(
  sheet: CriteriaSheet,
  pick: Pick_,
  caseIndex = 0,
): { answers: Record<string, Answer>; caseChoice: Record<string, string> } {
  const answers: Record<string, Answer> = {};
  const caseChoice: Record<string, string> = {};
  for (const { criterion } of criteriaOf(sheet)) {
    let indexes = criterion.options.map((_, i) => i);
    if (hasCases(criterion)) {
      const variant = casesOf(criterion)[caseIndex] ?? '';
      caseChoice[criterion.code] = variant;
      indexes = indexes.filter((i) => criterion.options[i]?.variant === variant);
    }
    answers[criterion.code] = pick(criterion, indexes);
  }
  return { answers, caseChoice };
}

const points = (c: Criterion, i: number): number => c.options[i]?.points ?? 0;

/** Every criterion at its best option (first case on sheet 26 unless `caseIndex`). */
export function bestAnswers(
  sheet: CriteriaSheet,
  caseIndex = 0,
): SheetAnswers & { answers: Record<string, Answer> } {
  return answerAll(
    sheet,
    (c, idx) => idx.reduce((best, i) => (points(c, i) > points(c, best) ? i : best)),
    caseIndex,
  );
}

/** Every criterion at its lowest option. */
export function lowestAnswers(
  sheet: CriteriaSheet,
  caseIndex = 0,
): SheetAnswers & { answers: Record<string, Answer> } {
  return answerAll(
    sheet,
    (c, idx) => idx.reduce((low, i) => (points(c, i) < points(c, low) ? i : low)),
    caseIndex,
  );
}

/** The index of the option whose text starts with `text` (tests name options by their wording). */
export function optionIndex(sheet: CriteriaSheet, code: string, text: string): number {
  const criterion = criteriaOf(sheet).find((e) => e.criterion.code === code)?.criterion;
  const index = criterion?.options.findIndex((o) => o.text.startsWith(text)) ?? -1;
  if (index < 0) throw new Error(`no option "${text}" on criterion ${code} of sheet ${sheet.sheetNo}`);
  return index;
}

/**
 * Lowers the total by exactly `by` points using only criteria that carry no star mark, so the
 * star minimums are untouched (throws if the sheet cannot give that much).
 */
export function lowerUnmarkedBy(
  sheet: CriteriaSheet,
  answers: Record<string, Answer>,
  by: number,
): Record<string, Answer> {
  const result = { ...answers };
  let left = by;
  for (const { criterion } of criteriaOf(sheet)) {
    if (left === 0) break;
    if (criterion.options.some((o) => o.minForStars !== undefined) || hasCases(criterion)) continue;
    const current = result[criterion.code];
    if (typeof current !== 'number') continue;
    const now = points(criterion, current);
    let choice = current;
    criterion.options.forEach((o, i) => {
      const drop = now - o.points;
      if (drop > 0 && drop <= left && drop > now - points(criterion, choice)) choice = i;
    });
    left -= now - points(criterion, choice);
    result[criterion.code] = choice;
  }
  if (left !== 0) throw new Error(`cannot lower sheet ${sheet.sheetNo} by ${by}`);
  return result;
}
