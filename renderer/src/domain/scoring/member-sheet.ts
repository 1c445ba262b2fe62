import type { CriteriaSheet, CriterionOption, MarkedStarLevel, StarBand, StarLevel } from '../criteria/types';
import { MARKED_STAR_LEVELS } from '../criteria/types';
import type { Answer } from '../model';
import { answerProblems, InvalidAnswersError, type SheetAnswers } from './answers';
import { answersUsable, compileSheet, writeDenseAnswers, type CompiledSheet } from './compiled-sheet';
import { bandOf } from './bands';

/**
 * One member's sheet for one product: points per criterion, section and part, the total,
 * what is still unanswered, the band of the total, which star minimums the answers meet,
 * and the rank this single sheet would give. Used for a member's preview and for the
 * producer's self-assessment; the council's result is computed from several such sheets
 * (council/council-result.ts).
 */

export interface CriterionScore {
  readonly code: string;
  readonly partCode: string;
  readonly sectionCode: string;
  readonly answer: Answer | undefined;
  /** The chosen option, absent for "none" and unanswered. */
  readonly option?: CriterionOption;
  readonly points: number;
}

export interface SheetUnmetMinimum {
  readonly criterion: string;
  readonly level: MarkedStarLevel;
}

export interface SheetScore {
  readonly sheetNo: number;
  readonly criteria: readonly CriterionScore[];
  /** Section code → points. */
  readonly sections: Readonly<Record<string, number>>;
  /** Part code (A, B, C) → points. */
  readonly parts: Readonly<Record<string, number>>;
  readonly total: number;
  /** Criterion codes not answered yet; the sheet is complete when this is empty. */
  readonly unanswered: readonly string[];
  /** Criterion codes answered "none" (meets no printed option: 0 points, reported). */
  readonly noneAnswers: readonly string[];
  readonly complete: boolean;
  readonly band: StarLevel;
  /** Per marked level: whether every minimum of that level is met on this sheet. */
  readonly minimumsMet: Readonly<Record<MarkedStarLevel, boolean>>;
  readonly unmetMinimums: readonly SheetUnmetMinimum[];
  /** Highest level whose minimums — and those of every level below — are all met (2 when 3★'s are not). */
  readonly minimumsLevel: StarLevel;
  /** min(band, minimumsLevel). */
  readonly rank: StarLevel;
}

/** Highest level L such that the minimums of 3★..L are all met; 2 when 3★'s are not. */
export function highestLevelMet(met: Readonly<Record<MarkedStarLevel, boolean>>): StarLevel {
  let level: StarLevel = 2;
  for (const l of MARKED_STAR_LEVELS) {
    if (!met[l]) break;
    level = l;
  }
  return level;
}

export function rankOf(band: StarLevel, minimumsLevel: StarLevel): StarLevel {
  return band < minimumsLevel ? band : minimumsLevel;
}

/**
 * Every member's answers on one product's sheet, checked, in one array: member m's criterion i
 * at `m × criteria.length + i` (see `denseAnswers`). Throws the full report of the first sheet
 * whose answers are not usable (InvalidAnswersError). A round's tally reads 141 × 15 sheets:
 * one array per product rather than one per sheet.
 */
export function checkedDenseAnswers(compiled: CompiledSheet, sheets: readonly SheetAnswers[]): Int16Array {
  const width = compiled.criteria.length;
  const dense = new Int16Array(sheets.length * width);
  for (let m = 0; m < sheets.length; m += 1) {
    const given = sheets[m];
    if (given === undefined) continue;
    if (!writeDenseAnswers(compiled, given.answers, given.caseChoice, dense, m * width))
      throw new InvalidAnswersError(answerProblems(compiled.sheet, given, '', false));
  }
  return dense;
}

export function scoreSheet(
  sheet: CriteriaSheet,
  bands: readonly StarBand[],
  given: SheetAnswers,
): SheetScore {
  const compiled = compileSheet(sheet);
  if (!answersUsable(compiled, given.answers, given.caseChoice))
    throw new InvalidAnswersError(answerProblems(sheet, given, '', false));
  const criteria: CriterionScore[] = [];
  const sections: Record<string, number> = {};
  const parts: Record<string, number> = {};
  const unanswered: string[] = [];
  const noneAnswers: string[] = [];
  const unmetMinimums: SheetUnmetMinimum[] = [];
  const met = { 3: true, 4: true, 5: true };
  let total = 0;
  for (const c of compiled.criteria) {
    const answer = given.answers[c.code];
    const option = typeof answer === 'number' ? c.criterion.options[answer] : undefined;
    const points = option?.points ?? 0;
    if (answer === undefined) unanswered.push(c.code);
    else if (answer === 'none') noneAnswers.push(c.code);
    criteria.push(
      option === undefined
        ? { code: c.code, partCode: c.partCode, sectionCode: c.sectionCode, answer, points }
        : { code: c.code, partCode: c.partCode, sectionCode: c.sectionCode, answer, option, points },
    );
    sections[c.sectionCode] = (sections[c.sectionCode] ?? 0) + points;
    parts[c.partCode] = (parts[c.partCode] ?? 0) + points;
    total += points;
    if (c.levels.length === 0) continue;
    // Minimums of the chosen option's case; "none" and unanswered meet none (star-marks.ts).
    const required = option === undefined ? undefined : c.required.get(option.variant ?? '');
    for (const level of c.levels) {
      const min = required?.[level];
      if (option === undefined || (min !== undefined && option.points < min)) {
        unmetMinimums.push({ criterion: c.code, level });
        met[level] = false;
      }
    }
  }
  const band = bandOf({ sum: total, count: 1 }, bands);
  const minimumsLevel = highestLevelMet(met);
  return {
    sheetNo: sheet.sheetNo,
    criteria,
    sections,
    parts,
    total,
    unanswered,
    noneAnswers,
    complete: unanswered.length === 0,
    band,
    minimumsMet: met,
    unmetMinimums,
    minimumsLevel,
    rank: rankOf(band, minimumsLevel),
  };
}
