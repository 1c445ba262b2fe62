import { casesOf, hasCases, requiredMinPoints } from '../criteria/star-marks';
import {
  MARKED_STAR_LEVELS,
  type CriteriaSheet,
  type Criterion,
  type MarkedStarLevel,
} from '../criteria/types';
import type { Answer } from '../model';

/**
 * A sheet prepared once for scoring many members: its criteria in printed order with their
 * part and section, and each criterion's star minimums per case worked out in advance. The
 * sheet data is immutable, so the preparation is cached per sheet object (a round of 141
 * products × 15 members scores the same 26 sheets 2 000 times).
 */
export interface CompiledCriterion {
  /** position in printed order (the index into `denseAnswers`) */
  readonly index: number;
  readonly code: string;
  readonly partCode: string;
  /** index of `partCode` in the sheet's `partCodes` */
  readonly partIndex: number;
  readonly sectionCode: string;
  readonly criterion: Criterion;
  /** option index → its points (the tally's lookup, no option object read) */
  readonly optionPoints: readonly number[];
  readonly hasCases: boolean;
  readonly cases: readonly string[];
  /** The levels at which the criterion sets a minimum (in any case). */
  readonly levels: readonly MarkedStarLevel[];
  /** Case (or '' without cases) → level → minimum points; a missing level asks nothing. */
  readonly required: ReadonlyMap<string, Readonly<Partial<Record<MarkedStarLevel, number>>>>;
  /** `required.get('')`: the minimums of a criterion without cases, looked up once */
  readonly requiredWithoutCase: Readonly<Partial<Record<MarkedStarLevel, number>>> | undefined;
}

export interface CompiledSheet {
  readonly sheet: CriteriaSheet;
  readonly criteria: readonly CompiledCriterion[];
  /** the parts' codes (A, B, C) in printed order, only those with criteria */
  readonly partCodes: readonly string[];
  readonly byCode: ReadonlyMap<string, CompiledCriterion>;
}

const cache = new WeakMap<CriteriaSheet, CompiledSheet>();

export function compileSheet(sheet: CriteriaSheet): CompiledSheet {
  const cached = cache.get(sheet);
  if (cached !== undefined) return cached;
  const criteria: CompiledCriterion[] = [];
  const partCodes: string[] = [];
  for (const part of sheet.parts) {
    for (const section of part.sections) {
      for (const criterion of section.criteria) {
        const withCases = hasCases(criterion);
        const cases = withCases ? casesOf(criterion) : [];
        const required = new Map<string, Partial<Record<MarkedStarLevel, number>>>();
        const levels = new Set<MarkedStarLevel>();
        for (const variant of withCases ? cases : [undefined]) {
          const byLevel: Partial<Record<MarkedStarLevel, number>> = {};
          for (const level of MARKED_STAR_LEVELS) {
            const points = requiredMinPoints(criterion, level, variant);
            if (points !== undefined) {
              byLevel[level] = points;
              levels.add(level);
            }
          }
          required.set(variant ?? '', byLevel);
        }
        if (!partCodes.includes(part.code)) partCodes.push(part.code);
        criteria.push({
          index: criteria.length,
          code: criterion.code,
          partCode: part.code,
          partIndex: partCodes.indexOf(part.code),
          sectionCode: section.code,
          criterion,
          optionPoints: criterion.options.map((o) => o.points),
          hasCases: withCases,
          cases,
          levels: MARKED_STAR_LEVELS.filter((l) => levels.has(l)),
          required,
          requiredWithoutCase: required.get(''),
        });
      }
    }
  }
  const compiled = { sheet, criteria, partCodes, byCode: new Map(criteria.map((c) => [c.code, c])) };
  cache.set(sheet, compiled);
  return compiled;
}

/** In `denseAnswers`: the criterion answered "meets none of the printed options". */
export const DENSE_NONE = -1;
/** In `denseAnswers`: the criterion not answered yet. */
export const DENSE_UNANSWERED = -2;

/**
 * A sheet's answers as one small array in printed order (option index, DENSE_NONE or
 * DENSE_UNANSWERED), checked as `answersUsable` checks them; null when they are not usable.
 * The tally reads each answer several times (points, every star minimum): an array index
 * instead of a lookup by criterion code each time.
 */
export function denseAnswers(
  c: CompiledSheet,
  answers: Readonly<Record<string, Answer>>,
  caseChoice: Readonly<Record<string, string>> | undefined,
): Int16Array | null {
  const dense = new Int16Array(c.criteria.length).fill(DENSE_UNANSWERED);
  for (const code in answers) {
    const entry = c.byCode.get(code);
    const answer = answers[code];
    if (entry === undefined || answer === undefined) return null;
    if (answer === 'none') {
      dense[entry.index] = DENSE_NONE;
      continue;
    }
    const option = entry.criterion.options[answer];
    if (option === undefined || !Number.isInteger(answer)) return null;
    if (entry.hasCases && caseChoice?.[code] !== option.variant) return null;
    dense[entry.index] = answer;
  }
  for (const code in caseChoice ?? {}) {
    const entry = c.byCode.get(code);
    if (entry === undefined || !entry.hasCases || !entry.cases.includes(caseChoice?.[code] ?? ''))
      return null;
  }
  return dense;
}

/**
 * Quick check that answers are usable for scoring (known codes, indexes in range, cases
 * consistent). The full report with paths is `answerProblems`; this only says yes or no.
 */
export function answersUsable(
  c: CompiledSheet,
  answers: Readonly<Record<string, Answer>>,
  caseChoice: Readonly<Record<string, string>> | undefined,
): boolean {
  for (const code in answers) {
    const entry = c.byCode.get(code);
    const answer = answers[code];
    if (entry === undefined || answer === undefined) return false;
    if (answer === 'none') continue;
    const option = entry.criterion.options[answer];
    if (option === undefined || !Number.isInteger(answer)) return false;
    if (entry.hasCases && caseChoice?.[code] !== option.variant) return false;
  }
  for (const code in caseChoice ?? {}) {
    const entry = c.byCode.get(code);
    if (entry === undefined || !entry.hasCases || !entry.cases.includes(caseChoice?.[code] ?? ''))
      return false;
  }
  return true;
}
