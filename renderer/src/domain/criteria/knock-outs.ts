import type { CriteriaSheet } from './types';

/**
 * What can end a product's evaluation, as data (OCOP-RULES §3): the sheet's "Hồ sơ bị loại khi …"
 * lines and the criteria's knock-out notes ("bị loại nếu …", "không đánh giá các bước tiếp
 * theo"). The council decides; the app records the decision as the product's disqualification
 * (reason, and the criterion when a note applied), which gives it no star.
 */
export interface KnockOut {
  /** undefined for the sheet's own "Hồ sơ bị loại khi …" lines. */
  readonly criterion?: string;
  readonly note: string;
}

export function knockOutsOf(sheet: CriteriaSheet): KnockOut[] {
  return [
    ...sheet.disqualifiers.map((note) => ({ note })),
    ...sheet.parts.flatMap((p) =>
      p.sections.flatMap((s) =>
        s.criteria.flatMap((c) => (c.knockOutNotes ?? []).map((note) => ({ criterion: c.code, note }))),
      ),
    ),
  ];
}
