import { expect, it, vi } from 'vitest';
import { SHEET_NUMBERS, sheetProblems } from './layout-sheets';

/** Blank scoring sheets of all 26 sets (wet-ink fallback), read back from the PDF (issue 11). */
vi.setConfig({ testTimeout: 60_000 });

it.concurrent.each(SHEET_NUMBERS)(
  'blank sheet %i: layout, product line, every printing defect, ruled opinion line',
  async (n) => {
    expect(await sheetProblems(n, 'blank')).toEqual([]);
  },
);
