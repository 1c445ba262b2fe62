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
  /** option index → its case (sheet 26), undefined without cases */
  readonly optionVariants: readonly (string | undefined)[];
  readonly hasCases: boolean;
  readonly cases: readonly string[];
  /** The levels at which the criterion sets a minimum (in any case). */
  readonly levels: readonly MarkedStarLevel[];
  /** Case (or '' without cases) → level → minimum points; a missing level asks nothing. */
  readonly required: ReadonlyMap<string, Readonly<Partial<Record<MarkedStarLevel, number>>>>;
  /** `required.get('')`: the minimums of a criterion without cases, looked up once */
  readonly requiredWithoutCase: Readonly<Partial<Record<MarkedStarLevel, number>>> | undefined;
  /**
   * Option index × `levels` (at `option * levels.length + i`): 1 when the option meets the
   * minimum for `levels[i]` in its own case (no minimum there counts as met), else 0. The
   * council's counts add these up: no case or option looked up per member.
   */
  readonly optionMeets: readonly number[];
  /** Same layout: the minimum points for `levels[i]` in the option's case, 0 when it asks none. */
  readonly optionRequired: readonly number[];
}

export interface CompiledSheet {
  readonly sheet: CriteriaSheet;
  readonly criteria: readonly CompiledCriterion[];
  /** the parts' codes (A, B, C) in printed order, only those with criteria */
  readonly partCodes: readonly string[];
  readonly byCode: ReadonlyMap<string, CompiledCriterion>;
  /** The criteria's codes in printed order (`codes[i]` is `criteria[i].code`). */
  readonly codes: readonly string[];
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
        const criterionLevels = MARKED_STAR_LEVELS.filter((l) => levels.has(l));
        const optionMeets: number[] = [];
        const optionRequired: number[] = [];
        for (const option of criterion.options) {
          // An option's own case: on sheet 26 a checked answer's case is the chosen one.
          const own = required.get(option.variant ?? '');
          for (const level of criterionLevels) {
            const min = own?.[level];
            optionMeets.push(min === undefined || option.points >= min ? 1 : 0);
            optionRequired.push(min ?? 0);
          }
        }
        criteria.push({
          index: criteria.length,
          code: criterion.code,
          partCode: part.code,
          partIndex: partCodes.indexOf(part.code),
          sectionCode: section.code,
          criterion,
          optionPoints: criterion.options.map((o) => o.points),
          optionVariants: criterion.options.map((o) => o.variant),
          hasCases: withCases,
          cases,
          levels: criterionLevels,
          required,
          requiredWithoutCase: required.get(''),
          optionMeets,
          optionRequired,
        });
      }
    }
  }
  const compiled = {
    sheet,
    criteria,
    partCodes,
    byCode: new Map(criteria.map((c) => [c.code, c])),
    codes: criteria.map((c) => c.code),
  };
  cache.set(sheet, compiled);
  return compiled;
}

/** In `denseAnswers`: the criterion answered "meets none of the printed options". */
export const DENSE_NONE = -1;
/** In `denseAnswers`: the criterion not answered yet. */
export const DENSE_UNANSWERED = -2;

/**
 * The printed position of the criterion `code`, or -1 when the sheet has none. Answers are
 * nearly always stored in printed order (the form saves them so, files keep key order), so the
 * caller's guess — the position after the previous key's — is tried first, and the map is
 * asked only when the guess is wrong.
 */
function positionOf(c: CompiledSheet, code: string, guess: number): number {
  if (c.codes[guess] === code) return guess;
  return c.byCode.get(code)?.index ?? -1;
}

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
  const dense = new Int16Array(c.criteria.length);
  return writeDenseAnswers(c, answers, caseChoice, dense, 0) ? dense : null;
}

/**
 * `denseAnswers` written into `out` at `offset` (criterion i at `offset + i`), so that a council
 * keeps all its members' answers in one array; false (and `out` partly written) when the
 * answers are not usable.
 */
export function writeDenseAnswers(
  c: CompiledSheet,
  answers: Readonly<Record<string, Answer>>,
  caseChoice: Readonly<Record<string, string>> | undefined,
  out: Int16Array,
  offset: number,
): boolean {
  out.fill(DENSE_UNANSWERED, offset, offset + c.criteria.length);
  // Own keys as an array, not `for…in`: records built key by key with computed keys are kept as
  // dictionaries, on which `for…in` checks every key again and costs twice as much. (Those the
  // app reads — structured clones from IndexedDB, zod's output — have fast properties; measured
  // on them on 2026-12-08, neither `for…in` nor a lookup of each printed code was cheaper.)
  const codes = Object.keys(answers);
  let next = 0;
  for (let k = 0; k < codes.length; k += 1) {
    const code = codes[k] ?? '';
    const index = positionOf(c, code, next);
    const answer = answers[code];
    if (index < 0 || answer === undefined) return false;
    next = index + 1;
    if (answer === 'none') {
      out[offset + index] = DENSE_NONE;
      continue;
    }
    // An option of the criterion (the compiled arrays: the sheet's own objects differ in shape).
    const entry = c.criteria[index];
    if (entry === undefined || !isOptionIndex(answer, entry)) return false;
    if (entry.hasCases && caseChoice?.[code] !== entry.optionVariants[answer]) return false;
    out[offset + index] = answer;
  }
  return caseChoice === undefined || casesUsable(c, caseChoice);
}

/** Whether `answer` is the index of one of the criterion's options. */
function isOptionIndex(answer: number, entry: CompiledCriterion): boolean {
  return Number.isInteger(answer) && answer >= 0 && answer < entry.optionPoints.length;
}

/** Every chosen case names a criterion with cases and one of its cases. */
function casesUsable(c: CompiledSheet, caseChoice: Readonly<Record<string, string>>): boolean {
  for (const code in caseChoice) {
    const entry = c.byCode.get(code);
    const variant = caseChoice[code];
    if (entry === undefined || !entry.hasCases || !entry.cases.includes(variant ?? '')) return false;
  }
  return true;
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
  // Own keys as an array, not `for…in`: records built key by key (as zod's are) are kept as
  // dictionaries, on which `for…in` checks every key again and costs twice as much.
  const codes = Object.keys(answers);
  let next = 0;
  for (let k = 0; k < codes.length; k += 1) {
    const code = codes[k] ?? '';
    const index = positionOf(c, code, next);
    const answer = answers[code];
    if (index < 0 || answer === undefined) return false;
    next = index + 1;
    if (answer === 'none') continue;
    const entry = c.criteria[index];
    if (entry === undefined || !isOptionIndex(answer, entry)) return false;
    if (entry.hasCases && caseChoice?.[code] !== entry.optionVariants[answer]) return false;
  }
  return caseChoice === undefined || casesUsable(c, caseChoice);
}
