import type { CriteriaSheet } from './types';

/**
 * Every place where the shipped data departs from, or adds to, the printed text: what the UI
 * shows as a small "note on the printed text" when someone inspects a sheet, never silently.
 */
export type PrintingDefectKind =
  | 'options-implied' // the source prints no options; "Có"/"Không" were added
  | 'points-corrected' // printed points impossible (13 for a 3-point criterion); corrected
  | 'points-inferred' // blank points cell; inferred
  | 'same-points' // two options printed with the same points; kept as printed
  | 'section-max-printed'; // a section's points cell printed oddly ("4 1"); read as its max

export interface PrintingDefect {
  readonly kind: PrintingDefectKind;
  readonly sheetNo: number;
  /** Criterion code, or section code for `section-max-printed`. */
  readonly code: string;
  /** Index of the option concerned, when the flag sits on an option. */
  readonly optionIndex?: number;
  /** What the source prints, when known (e.g. 13, "4 1"). */
  readonly printed?: number | string;
  readonly note?: string;
}

export function printingDefectsOf(sheet: CriteriaSheet): PrintingDefect[] {
  const found: PrintingDefect[] = [];
  const sheetNo = sheet.sheetNo;
  for (const section of sheet.parts.flatMap((p) => p.sections)) {
    if (section.maxPrinted !== undefined) {
      found.push({
        kind: 'section-max-printed',
        sheetNo,
        code: section.code,
        printed: section.maxPrinted,
        ...(section.sourceNote !== undefined && { note: section.sourceNote }),
      });
    }
    for (const criterion of section.criteria) {
      if (criterion.optionsImplied === true)
        found.push({ kind: 'options-implied', sheetNo, code: criterion.code });
      criterion.options.forEach((option, optionIndex) => {
        const at = {
          sheetNo,
          code: criterion.code,
          optionIndex,
          ...(option.sourceNote !== undefined && { note: option.sourceNote }),
        };
        if (option.sourcePrinted !== undefined)
          found.push({ kind: 'points-corrected', ...at, printed: option.sourcePrinted });
        if (option.pointsInferred === true) found.push({ kind: 'points-inferred', ...at });
        if (option.samePointsAsPrinted === true) found.push({ kind: 'same-points', ...at });
      });
    }
  }
  return found;
}
