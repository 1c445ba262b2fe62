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
  readonly code: string;
  readonly partCode: string;
  readonly sectionCode: string;
  readonly criterion: Criterion;
  readonly hasCases: boolean;
  readonly cases: readonly string[];
  /** The levels at which the criterion sets a minimum (in any case). */
  readonly levels: readonly MarkedStarLevel[];
  /** Case (or '' without cases) → level → minimum points; a missing level asks nothing. */
  readonly required: ReadonlyMap<string, Readonly<Partial<Record<MarkedStarLevel, number>>>>;
}

export interface CompiledSheet {
  readonly sheet: CriteriaSheet;
  readonly criteria: readonly CompiledCriterion[];
  readonly byCode: ReadonlyMap<string, CompiledCriterion>;
}

const cache = new WeakMap<CriteriaSheet, CompiledSheet>();

export function compileSheet(sheet: CriteriaSheet): CompiledSheet {
  const cached = cache.get(sheet);
  if (cached !== undefined) return cached;
  const criteria: CompiledCriterion[] = [];
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
        criteria.push({
          code: criterion.code,
          partCode: part.code,
          sectionCode: section.code,
          criterion,
          hasCases: withCases,
          cases,
          levels: MARKED_STAR_LEVELS.filter((l) => levels.has(l)),
          required,
        });
      }
    }
  }
  const compiled = { sheet, criteria, byCode: new Map(criteria.map((c) => [c.code, c])) };
  cache.set(sheet, compiled);
  return compiled;
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
