import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { describeError } from '../../../renderer/src/app/useReportError';
import { ValidationError } from '../../../renderer/src/db';
import { saveYearPlan } from '../../../renderer/src/db/repos/year-plans';
import { problem, problemFromLine, problemLine } from '../../../renderer/src/domain/problems';
import { freshDb } from '../db/fixtures';

/**
 * The repositories refuse input with problem codes (db/ holds no words); the screen says each
 * refusal in the person's language, from the catalog (issue 14: user-facing words live there).
 */
const unexpected = (message: string): string => `unexpected: ${message}`;

describe('a refusal of the repositories, said on screen', () => {
  it('a problem line reads back as the same problem; anything else is not one', () => {
    const p = problem('groupTargets[0].products', 'out-of-range', { value: -1, min: 0, max: 100_000 });
    expect(problemFromLine(problemLine(p))).toEqual(p);
    expect(problemFromLine('meetingDate: made-up-code {}')).toBeUndefined();
    expect(problemFromLine('plain words')).toBeUndefined();
  });

  it('a year plan with a year of 1999 and a group twice is refused, each problem in Vietnamese or English', async () => {
    const db = freshDb();
    await db.open();
    const refusal = await saveYearPlan(
      db,
      {
        year: 1999,
        level: 'province',
        targets: {},
        groupTargets: [
          { group: 'food', products: 3 },
          { group: 'food', products: 4 },
        ],
      },
      'secretary',
    ).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(ValidationError);
    const vi = describeError(refusal, 'vi', unexpected).split('\n').slice(1);
    const en = describeError(refusal, 'en', unexpected).split('\n').slice(1);
    expect(vi).toEqual(['year: 1999 nằm ngoài khoảng 2000–2999', 'group: mã "food" bị trùng']);
    expect(en).toEqual(['year: 1999 is outside 2000–2999', 'group: code "food" is used twice']);
  });
});
