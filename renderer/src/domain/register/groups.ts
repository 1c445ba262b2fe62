/**
 * The six OCOP product groups and the criteria sheets of Decision 26/2026 in each
 * (index of the sheets: 1–13 food, 14–17 drinks, 18–20 herbal, 21–22 handicraft,
 * 23–25 ornamental, 26 community tourism).
 */
export type ProductGroup = 'food' | 'drink' | 'herbal' | 'handicraft' | 'ornamental' | 'tourism';

export const PRODUCT_GROUPS: readonly ProductGroup[] = [
  'food',
  'drink',
  'herbal',
  'handicraft',
  'ornamental',
  'tourism',
];

const LAST_SHEET_OF: readonly (readonly [ProductGroup, number])[] = [
  ['food', 13],
  ['drink', 17],
  ['herbal', 20],
  ['handicraft', 22],
  ['ornamental', 25],
  ['tourism', 26],
];

/** The group of a sheet number; null for a number outside 1..26. */
export function productGroupOfSheet(sheetNo: number): ProductGroup | null {
  if (!Number.isInteger(sheetNo) || sheetNo < 1) return null;
  return LAST_SHEET_OF.find(([, last]) => sheetNo <= last)?.[0] ?? null;
}
