import { printingDefectsOf, type PrintingDefect } from '../../../domain/criteria/defects';
import { casesOf } from '../../../domain/criteria/star-marks';
import type { CriteriaSheet, MarkedStarLevel, StarBand, StarLevel } from '../../../domain/criteria/types';
import type { Answer } from '../../../domain/model';
import { answerProblems } from '../../../domain/scoring/answers';
import { scoreSheet, type SheetScore } from '../../../domain/scoring/member-sheet';

/**
 * The official form as the screen draws it (pure): the sheet's parts, sections, groups and
 * criteria in printed order, each option with the number the keyboard uses, its star mark and
 * its printing-defect notes. Built once per sheet (cached) so rows receive the same objects on
 * every render and memoised rows skip. The scores themselves come from domain/scoring.
 */

export interface OptionView {
  /** index in the criterion's printed option list (both cases counted): the stored answer */
  readonly index: number;
  /** the number shown and typed: 1-based position within its case (or the criterion) */
  readonly number: number;
  readonly text: string;
  readonly points: number;
  readonly stars?: MarkedStarLevel;
  readonly variant?: string;
}

export interface CaseView {
  readonly variant: string;
  /** 1-based, typed as a digit before the case is chosen */
  readonly number: number;
  /** "a", "b": the letters printed before the cases */
  readonly letter: string;
}

export interface CriterionView {
  readonly code: string;
  readonly partCode: string;
  readonly sectionCode: string;
  /** sheets 11 and 13: the middle level, e.g. "6.1. Ngoại hình" */
  readonly group?: string;
  readonly text: string;
  readonly max: number;
  /** "Yêu cầu:", "Ghi chú:" lines that are not knock-out notes */
  readonly notes: readonly string[];
  readonly knockOutNotes: readonly string[];
  readonly cases: readonly CaseView[];
  readonly options: readonly OptionView[];
  readonly defects: readonly PrintingDefect[];
}

export interface SectionView {
  readonly code: string;
  readonly title: string;
  readonly max: number;
  readonly criteria: readonly CriterionView[];
  readonly defects: readonly PrintingDefect[];
}

export interface PartView {
  readonly code: string;
  readonly title: string;
  readonly max: number;
  readonly sections: readonly SectionView[];
}

export interface SheetLayout {
  readonly sheet: CriteriaSheet;
  readonly parts: readonly PartView[];
  /** every criterion in printed order (keyboard order) */
  readonly criteria: readonly CriterionView[];
  readonly byCode: ReadonlyMap<string, CriterionView>;
}

const CASE_LETTERS = 'abcdefghi';
const layouts = new WeakMap<CriteriaSheet, SheetLayout>();

export function sheetLayout(sheet: CriteriaSheet): SheetLayout {
  const cached = layouts.get(sheet);
  if (cached !== undefined) return cached;
  const defects = printingDefectsOf(sheet);
  const criteria: CriterionView[] = [];
  const parts = sheet.parts.map((part): PartView => ({
    code: part.code,
    title: part.title,
    max: part.max,
    sections: part.sections.map((section): SectionView => ({
      code: section.code,
      title: section.title,
      max: section.max,
      defects: defects.filter((d) => d.kind === 'section-max-printed' && d.code === section.code),
      criteria: section.criteria.map((criterion): CriterionView => {
        const variants = casesOf(criterion);
        const counters = new Map<string, number>();
        const options = criterion.options.map((option, index): OptionView => {
          const key = option.variant ?? '';
          const number = (counters.get(key) ?? 0) + 1;
          counters.set(key, number);
          return {
            index,
            number,
            text: option.text,
            points: option.points,
            ...(option.minForStars === undefined ? {} : { stars: option.minForStars }),
            ...(option.variant === undefined ? {} : { variant: option.variant }),
          };
        });
        const knockOutNotes = criterion.knockOutNotes ?? [];
        const view: CriterionView = {
          code: criterion.code,
          partCode: part.code,
          sectionCode: section.code,
          ...(criterion.group === undefined ? {} : { group: criterion.group }),
          text: criterion.text,
          max: criterion.max,
          // Knock-out notes are printed among the notes; shown once, in the warning style.
          notes: (criterion.notes ?? []).filter((n) => !knockOutNotes.includes(n)),
          knockOutNotes,
          cases: variants.map((variant, i) => ({
            variant,
            number: i + 1,
            letter: CASE_LETTERS[i] ?? String(i + 1),
          })),
          options,
          defects: defects.filter((d) => d.kind !== 'section-max-printed' && d.code === criterion.code),
        };
        criteria.push(view);
        return view;
      }),
    })),
  }));
  const layout = { sheet, parts, criteria, byCode: new Map(criteria.map((c) => [c.code, c])) };
  layouts.set(sheet, layout);
  return layout;
}

/** The options shown for a criterion: all, or on a two-case criterion those of the chosen case. */
export function visibleOptions(
  criterion: CriterionView,
  chosenCase: string | undefined,
): readonly OptionView[] {
  if (criterion.cases.length === 0) return criterion.options;
  return chosenCase === undefined ? [] : criterion.options.filter((o) => o.variant === chosenCase);
}

/** What the member (or producer) chose so far. */
export interface SheetEntry {
  readonly answers: Readonly<Record<string, Answer>>;
  readonly caseChoice: Readonly<Record<string, string>>;
}

export type CriterionStatus = 'unanswered' | 'answered' | 'none' | 'wrong-case';

export interface SheetEvaluation {
  /** the domain's score of the usable answers (an answer of the other case counts as unanswered) */
  readonly score: SheetScore;
  readonly status: Readonly<Record<string, CriterionStatus>>;
  /** criteria still needing an answer, in printed order */
  readonly missing: readonly string[];
}

/**
 * Scores the entry with the domain. On sheet 26 a member may switch a criterion's case after
 * choosing an option of the other case; that option no longer applies (the domain refuses such
 * a sheet), so it is set aside and the criterion shows as needing an answer again.
 */
export function evaluateSheet(
  layout: SheetLayout,
  bands: readonly StarBand[],
  entry: SheetEntry,
): SheetEvaluation {
  const unusable = unusableAnswers(layout.sheet, entry);
  const answers: Record<string, Answer> = {};
  for (const [code, answer] of Object.entries(entry.answers)) if (!unusable.has(code)) answers[code] = answer;
  const caseChoice: Record<string, string> = {};
  for (const [code, variant] of Object.entries(entry.caseChoice)) {
    if (layout.byCode.get(code)?.cases.some((c) => c.variant === variant) === true)
      caseChoice[code] = variant;
  }
  const score = scoreSheet(layout.sheet, bands, { answers, caseChoice });
  const status: Record<string, CriterionStatus> = {};
  for (const c of layout.criteria) {
    const answer = answers[c.code];
    status[c.code] = unusable.has(c.code)
      ? 'wrong-case'
      : answer === undefined
        ? 'unanswered'
        : answer === 'none'
          ? 'none'
          : 'answered';
  }
  return { score, status, missing: score.unanswered };
}

/** Codes whose stored answer the domain would refuse (an option of the other case, an index out of range). */
function unusableAnswers(sheet: CriteriaSheet, entry: SheetEntry): ReadonlySet<string> {
  const out = new Set<string>();
  if (answerProblems(sheet, entry, '', false).length === 0) return out;
  for (const [code, answer] of Object.entries(entry.answers)) {
    const variant = entry.caseChoice[code];
    const one = {
      answers: { [code]: answer },
      ...(variant === undefined ? {} : { caseChoice: { [code]: variant } }),
    };
    if (answerProblems(sheet, one, '', false).length > 0) out.add(code);
  }
  return out;
}

/** A star band's range for the "why": [min, next band's min). */
export interface BandRange {
  readonly stars: StarLevel;
  readonly min: number;
  /** undefined for the top band */
  readonly below?: number;
}

export function bandRange(bands: readonly StarBand[], stars: StarLevel): BandRange | undefined {
  const band = bands.find((b) => b.stars === stars);
  if (band === undefined) return undefined;
  const above = bands.filter((b) => b.min > band.min).sort((a, b) => a.min - b.min)[0];
  return above === undefined ? { stars, min: band.min } : { stars, min: band.min, below: above.min };
}

/** Unmet star minimums grouped by level, lowest level first: "3★: 1.2, 2.1". */
export function unmetByLevel(
  score: SheetScore,
): readonly { readonly level: MarkedStarLevel; readonly codes: readonly string[] }[] {
  const levels: MarkedStarLevel[] = [3, 4, 5];
  // An unanswered criterion misses its mark too, but the summary already counts what is
  // still to answer; listing it here again would bury the minimums the answers really miss.
  const unanswered = new Set(score.unanswered);
  const missed = score.unmetMinimums.filter((u) => !unanswered.has(u.criterion));
  return levels
    .map((level) => ({ level, codes: missed.filter((u) => u.level === level).map((u) => u.criterion) }))
    .filter((g) => g.codes.length > 0);
}

/** The star mark as printed after an option: "***", "****", "*****". */
export function printedMark(stars: MarkedStarLevel): string {
  return '*'.repeat(stars);
}

/**
 * What the summary says about the marked star minimums when the answers miss none: "every
 * minimum met" only once every criterion is answered; while some are answered, that none is
 * missed so far; on a sheet with no answer yet, nothing (it met nothing yet).
 */
export function minimumsVerdict(evaluation: SheetEvaluation): 'all-met' | 'none-missed-yet' | null {
  if (unmetByLevel(evaluation.score).length > 0) return null;
  if (evaluation.missing.length === 0) return 'all-met';
  const answered = Object.values(evaluation.status).some((s) => s === 'answered' || s === 'none');
  return answered ? 'none-missed-yet' : null;
}
