/**
 * A criteria sheet ("Bộ tiêu chí đánh giá sản phẩm OCOP, kiêm phiếu đánh giá") and the
 * rule-set it belongs to, in the app's own shape. Wording is kept exactly as printed;
 * the flags record where the printed source was defective and how the data resolves it,
 * so that nobody mistakes a correction for the official text.
 */

/** A star level; 1★ and 2★ carry no minimums, marks exist for 3★, 4★ and 5★. */
export type StarLevel = 1 | 2 | 3 | 4 | 5;
export type MarkedStarLevel = 3 | 4 | 5;
export const MARKED_STAR_LEVELS: readonly MarkedStarLevel[] = [3, 4, 5];
export const STAR_LEVELS: readonly StarLevel[] = [1, 2, 3, 4, 5];

export interface CriterionOption {
  /** Official wording of the option. */
  readonly text: string;
  /** Points as the council uses them (whole points: every sheet of every decision so far). */
  readonly points: number;
  /** The star mark printed after this option ("***" → 3): at least this option for that rank. */
  readonly minForStars?: MarkedStarLevel;
  /** Sheet 26: the case ("Trường hợp 1: …") this option belongs to; a member picks one case. */
  readonly variant?: string;
  /** Printing defect: the source prints no options here; this one was added ("Có"/"Không"). */
  readonly implied?: true;
  /** Printing defect: the points the source prints, when they were corrected (e.g. 13 for 3). */
  readonly sourcePrinted?: number;
  /** Printing defect: the points cell is blank in the source; `points` was inferred. */
  readonly pointsInferred?: true;
  /** Printing defect: two options of the criterion carry the same points as printed; kept. */
  readonly samePointsAsPrinted?: true;
  /** A sentence explaining the correction, for whoever inspects the sheet. */
  readonly sourceNote?: string;
}

export interface Criterion {
  /** "1.1", or "6.1.1" on the three-level sheets 11 and 13. */
  readonly code: string;
  /** Sheets 11 and 13: the middle level, e.g. "6.1. Ngoại hình". */
  readonly group?: string;
  readonly text: string;
  readonly max: number;
  readonly options: readonly CriterionOption[];
  /** "Yêu cầu:" / "Ghi chú:" lines printed under the criterion. */
  readonly notes?: readonly string[];
  /** Notes that exclude the product or stop the evaluation ("bị loại nếu …"). */
  readonly knockOutNotes?: readonly string[];
  /** Printing defect: the source prints no options for this criterion (see `implied`). */
  readonly optionsImplied?: true;
}

export interface SheetSection {
  readonly code: string;
  readonly title: string;
  readonly max: number;
  readonly criteria: readonly Criterion[];
  /** Printing defect: the section's points cell as printed when it was not a plain number. */
  readonly maxPrinted?: string;
  readonly sourceNote?: string;
}

export interface SheetPart {
  /** "A", "B" or "C". */
  readonly code: string;
  readonly title: string;
  readonly max: number;
  readonly sections: readonly SheetSection[];
}

export interface CriteriaSheet {
  /** The rule-set the sheet belongs to, e.g. "26/2026/QĐ-TTg". */
  readonly ruleSet: string;
  readonly sheetNo: number;
  /** The product set's name, e.g. "Rau, củ, quả, hạt tươi". */
  readonly name: string;
  readonly productTypes: readonly string[];
  readonly managingAgency: string;
  /** Header lines of the printed form (product name, code (T)-(X)-(STT)-year, producer…). */
  readonly formHeaderFields: readonly string[];
  /** "Hồ sơ bị loại khi …" lines: the whole dossier is rejected. */
  readonly disqualifiers: readonly string[];
  /** Evaluator's opinion line, place/date, signature line. */
  readonly formFooter: readonly string[];
  /** Whether the star-mark note is printed under this sheet (sheet 26: not printed). */
  readonly starNotePrinted: boolean;
  readonly parts: readonly SheetPart[];
  /** Where the text comes from and how complete the transcription is. */
  readonly source?: { readonly productLine?: string; readonly completeness?: string };
}

/** A star band, half-open on the council's exact average: [min, next band's min). */
export interface StarBand {
  readonly stars: StarLevel;
  /** Lowest average (inclusive) that falls in this band. */
  readonly min: number;
}

/** A rule-set: one decision's sheets, part maxima and bands. Pure data (see sheets/<id>/rule-set.json). */
export interface RuleSetInfo {
  /** e.g. "26/2026/QĐ-TTg" */
  readonly id: string;
  readonly title: string;
  readonly decisionDate: string;
  readonly effectiveFrom: string;
  readonly replaces?: string;
  readonly appendix?: string;
  readonly sourceUrl?: string;
  /** Part code → maximum points (A 40, B 25, C 35 under 26/2026). */
  readonly partMax: Readonly<Record<string, number>>;
  /** The five bands, highest first. */
  readonly bands: readonly StarBand[];
  /** The sheet numbers this rule-set has (1..26). */
  readonly sheetNumbers: readonly number[];
  /** The printed star-mark rule and how the app reads it. */
  readonly starMarkRule?: string;
}
