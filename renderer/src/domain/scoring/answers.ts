import type { CriteriaSheet, Criterion } from '../criteria/types';
import { casesOf, hasCases } from '../criteria/star-marks';
import type { Answer } from '../model';
import { fieldPath, problem, type Problem } from '../problems';
import { answersUsable, compileSheet } from './compiled-sheet';

/**
 * What a member answered on one sheet: criterion code → the 0-based index of the chosen option
 * in the criterion's PRINTED option list (on sheet 26's two-case criteria the index runs over the
 * full list, both cases counted), or "none"; and, for criteria with cases, the chosen case.
 */
export interface SheetAnswers {
  readonly answers: Readonly<Record<string, Answer>>;
  readonly caseChoice?: Readonly<Record<string, string>>;
}

export interface CriterionEntry {
  readonly partCode: string;
  readonly sectionCode: string;
  readonly criterion: Criterion;
}

/** The sheet's criteria in printed order, with the part and section each belongs to. */
export function criteriaOf(sheet: CriteriaSheet): CriterionEntry[] {
  return sheet.parts.flatMap((part) =>
    part.sections.flatMap((section) =>
      section.criteria.map((criterion) => ({ partCode: part.code, sectionCode: section.code, criterion })),
    ),
  );
}

export function findCriterion(sheet: CriteriaSheet, code: string): Criterion | undefined {
  return criteriaOf(sheet).find((e) => e.criterion.code === code)?.criterion;
}

/**
 * Every problem with a member's answers on a sheet: unknown criterion codes, option indexes out
 * of range, a case missing/unknown/not matching the option; with `requireComplete`, every
 * unanswered criterion too (a submitted sheet answers them all — "none" is an answer).
 * `basePath` is where the answers sit in the file (e.g. `scores[3]`).
 */
export function answerProblems(
  sheet: CriteriaSheet,
  given: SheetAnswers,
  basePath: string,
  requireComplete: boolean,
): Problem[] {
  const problems: Problem[] = [];
  const compiled = compileSheet(sheet);
  // Most sheets in a file are sound: say so without building any path.
  if (
    answersUsable(compiled, given.answers, given.caseChoice) &&
    (!requireComplete || compiled.criteria.every((c) => given.answers[c.code] !== undefined))
  )
    return problems;
  const byCode = new Map(compiled.criteria.map((c) => [c.code, c.criterion]));
  const answersPath = fieldPath(basePath, 'answers');
  const casesPath = fieldPath(basePath, 'caseChoice');
  for (const [code, answer] of Object.entries(given.answers)) {
    const criterion = byCode.get(code);
    const at = fieldPath(answersPath, code);
    if (criterion === undefined) {
      problems.push(problem(at, 'unknown-criterion', { code, sheet: sheet.sheetNo }));
      continue;
    }
    if (answer === 'none') continue;
    const option = criterion.options[answer];
    if (!Number.isInteger(answer) || option === undefined) {
      problems.push(problem(at, 'option-out-of-range', { index: answer, count: criterion.options.length }));
      continue;
    }
    if (hasCases(criterion)) {
      const chosen = given.caseChoice?.[code];
      if (chosen === undefined) problems.push(problem(fieldPath(casesPath, code), 'case-missing', { code }));
      else if (chosen !== option.variant && casesOf(criterion).includes(chosen)) {
        problems.push(problem(at, 'option-not-in-case', { code, index: answer, variant: chosen }));
      }
    }
  }
  for (const [code, variant] of Object.entries(given.caseChoice ?? {})) {
    const criterion = byCode.get(code);
    const at = fieldPath(casesPath, code);
    if (criterion === undefined)
      problems.push(problem(at, 'unknown-criterion', { code, sheet: sheet.sheetNo }));
    else if (!hasCases(criterion)) problems.push(problem(at, 'case-not-applicable', { code }));
    else if (!casesOf(criterion).includes(variant))
      problems.push(problem(at, 'case-unknown', { code, variant }));
  }
  if (requireComplete) {
    for (const code of byCode.keys()) {
      if (given.answers[code] === undefined)
        problems.push(problem(answersPath, 'criterion-unanswered', { code }));
    }
  }
  return problems;
}

/** Raised when answers that were never validated reach the scoring functions. */
export class InvalidAnswersError extends Error {
  override readonly name = 'InvalidAnswersError';
  constructor(readonly problems: readonly Problem[]) {
    super(`Invalid answers: ${problems.map((p) => `${p.path}: ${p.code}`).join('; ')}`);
  }
}
