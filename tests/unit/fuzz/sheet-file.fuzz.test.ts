import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importSheetFile, MAX_SHEET_FILE_CHARS } from '../../../renderer/src/domain/criteria/import-sheet';
import { FUZZ, mutateJsonText, mutation } from './hostile';

const sheet = readFileSync(
  new URL('../../../renderer/src/domain/criteria/sheets/26-2026/sheet-13.json', import.meta.url),
  'utf8',
);

describe('criteria sheet import under hostile files', () => {
  it('the shipped sheet reads (the seed of the mutations is sound)', () => {
    expect(importSheetFile(sheet).ok).toBe(true);
  });

  it('never crashes and always names a problem for what it refuses', () => {
    let refused = 0;
    fc.assert(
      fc.property(mutation, (m) => {
        const result = importSheetFile(mutateJsonText(sheet, m));
        if (!result.ok) {
          refused += 1;
          expect(result.problems.length).toBeGreaterThan(0);
          for (const p of result.problems) expect(typeof p.code).toBe('string');
        }
      }),
      FUZZ,
    );
    expect(refused).toBeGreaterThan(FUZZ.numRuns / 3);
  });

  it('a gigantic file is refused by its size before it is parsed', () => {
    const giant = `[${'1,'.repeat(MAX_SHEET_FILE_CHARS / 2)}1]`;
    expect(importSheetFile(giant)).toEqual({
      ok: false,
      problems: [{ path: '', code: 'file-too-large', params: { size: 6, max: 5 } }],
    });
  });
});
