import { expect, it, vi } from 'vitest';
import { SHEET_NUMBERS, sheetProblems } from './layout-sheets';

/** Filled scoring sheets of all 26 sets, read back from the PDF (issue 11). */
vi.setConfig({ testTimeout: 60_000 });

it.concurrent.each(SHEET_NUMBERS)(
  'filled sheet %i: layout, product line, every printing defect',
  async (n) => {
    expect(await sheetProblems(n, 'filled')).toEqual([]);
  },
);
