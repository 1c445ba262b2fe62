import type { CriteriaSheet, CriterionOption, MarkedStarLevel, StarBand, StarLevel } from '../criteria/types';
import { MARKED_STAR_LEVELS } from '../criteria/types';
import { answerMeetsMinimum, minimumLevels } from '../criteria/star-marks';
import type { Answer } from '../model';
import { answerProblems, criteriaOf, InvalidAnswersError, type SheetAnswers } from './answers';
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

export function scoreSheet(sheet: CriteriaSheet, bands: readonly StarBand[], given: SheetAnswers): SheetScore {
  const problems = answerProblems(sheet, given, '', false);
  if (problems.length > 0) throw new InvalidAnswersError(problems);
  const criteria: CriterionScore[] = [];
  const sections: Record<string, number> = {};
  const parts: Record<string, number> = {};
  const unanswered: string[] = [];
  const noneAnswers: string[] = [];
  const unmetMinimums: SheetUnmetMinimum[] = [];
  let total = 0;
  for (const { partCode, sectionCode, criterion } of criteriaOf(sheet)) {
    const answer = given.answers[criterion.code];
    const option = typeof answer === 'number' ? criterion.options[answer] : undefined;
    const points = option?.points ?? 0;
    if (answer === undefined) unanswered.push(criterion.code);
    if (answer === 'none') noneAnswers.push(criterion.code);
    criteria.push({ code: criterion.code, partCode, sectionCode, answer, ...(option !== undefined && { option }), points });
    sections[sectionCode] = (sections[sectionCode] ?? 0) + points;
    parts[partCode] = (parts[partCode] ?? 0) + points;
    total += points;
    for (const level of minimumLevels(criterion)) {
      if (!answerMeetsMinimum(criterion, level, answer, given.caseChoice?.[criterion.code])) unmetMinimums.push({ criterion: criterion.code, level });
    }
  }
  const minimumsMet = {
    3: !unmetMinimums.some((u) => u.level === 3),
    4: !unmetMinimums.some((u) => u.level === 4),
    5: !unmetMinimums.some((u) => u.level === 5),
  };
  const band = bandOf({ sum: total, count: 1 }, bands);
  const minimumsLevel = highestLevelMet(minimumsMet);
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
    minimumsMet,
    unmetMinimums,
    minimumsLevel,
    rank: rankOf(band, minimumsLevel),
  };
}
