import type { Answer } from '../model';
import { MARKED_STAR_LEVELS, type Criterion, type CriterionOption, type MarkedStarLevel } from './types';

/**
 * The star marks ("***", "****", "*****") printed after an option: to be ranked N stars the
 * product must reach at least that option on that criterion. The sheets print a mark for one
 * level; a minimum set for N stars also holds for every higher level (the printed note implies
 * it). So the minimum for level L is the highest marked option among marks ≤ L.
 *
 * "At or above the marked option" is read on POINTS: an option meets the mark when its points
 * are at least the marked option's points. Options are printed in rising order, so this is the
 * same as "at or after it" everywhere except where the print is defective (sheet 23, 6.2: two
 * options both printed 1 point — an equal-points option meets it too, which is the fair reading).
 * With cases (sheet 26) the minimum is read within the member's chosen case: a case without a
 * mark at that level asks nothing there. "none" (meets no printed option) never meets a minimum,
 * and neither does an unanswered criterion.
 */

function optionsOfCase(criterion: Criterion, variant: string | undefined): readonly CriterionOption[] {
  return hasCases(criterion) ? criterion.options.filter((o) => o.variant === variant) : criterion.options;
}

export function hasCases(criterion: Criterion): boolean {
  return criterion.options.some((o) => o.variant !== undefined);
}

/** The case names of a criterion in printed order (empty when it has none). */
export function casesOf(criterion: Criterion): string[] {
  const names: string[] = [];
  for (const o of criterion.options)
    if (o.variant !== undefined && !names.includes(o.variant)) names.push(o.variant);
  return names;
}

/** Minimum points on the criterion for `level` stars (within `variant`), or undefined when none. */
export function requiredMinPoints(
  criterion: Criterion,
  level: MarkedStarLevel,
  variant?: string,
): number | undefined {
  let required: number | undefined;
  for (const option of optionsOfCase(criterion, variant)) {
    if (option.minForStars !== undefined && option.minForStars <= level) {
      required = Math.max(required ?? 0, option.points);
    }
  }
  return required;
}

/**
 * Level → minimum points, as the reference data's `requiredMinPointsByStar` (without cases).
 * For a criterion with cases, pass the case.
 */
export function requiredMinPointsByStar(
  criterion: Criterion,
  variant?: string,
): Partial<Record<MarkedStarLevel, number>> {
  const byStar: Partial<Record<MarkedStarLevel, number>> = {};
  for (const level of MARKED_STAR_LEVELS) {
    const points = requiredMinPoints(criterion, level, variant);
    if (points !== undefined) byStar[level] = points;
  }
  return byStar;
}

/** The levels at which this criterion sets a minimum (in any case). */
export function minimumLevels(criterion: Criterion): MarkedStarLevel[] {
  const cases = hasCases(criterion) ? casesOf(criterion) : [undefined];
  return MARKED_STAR_LEVELS.filter((level) =>
    cases.some((v) => requiredMinPoints(criterion, level, v) !== undefined),
  );
}

/** Whether one answer meets the criterion's minimum for `level` (true when there is no minimum). */
export function answerMeetsMinimum(
  criterion: Criterion,
  level: MarkedStarLevel,
  answer: Answer | undefined,
  variant: string | undefined,
): boolean {
  if (!minimumLevels(criterion).includes(level)) return true;
  if (answer === undefined || answer === 'none') return false;
  const option = criterion.options[answer];
  if (option === undefined) return false;
  const required = requiredMinPoints(criterion, level, option.variant ?? variant);
  return required === undefined || option.points >= required;
}
