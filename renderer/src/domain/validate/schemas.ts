import { z } from 'zod';
import { isIsoDate, isIsoInstant } from './formats';

/**
 * The building blocks of every file format the app reads (round files, criteria sheets,
 * rule-sets, backups, scoring packs): one definition of a date, an instant, a safe whole
 * number, a code, so that no two readers disagree about the same value (a backup used to
 * accept 2026-02-31 that a round file refused; a pass of 1e308 "is an integer").
 *
 * zod is only ever loaded with a reader (every import of this module is behind an `import()`
 * from the start-up code), so the first screen does not wait for it.
 *
 * A refinement names the problem it reports in `params.problem` (a ProblemCode); the one
 * mapping from zod issues to problems is ./zod-problems.ts.
 */

/** A calendar date `YYYY-MM-DD` that exists (no 31 February). */
export const isoDate = z.string().refine(isIsoDate, { params: { problem: 'not-a-date' } });

/** An ISO 8601 date-time with a time zone, as `toISOString` writes. */
export const isoInstant = z.string().refine(isIsoInstant, { params: { problem: 'not-an-instant' } });

/** Text a person must have filled in: not empty, not only spaces. */
export const filledText = z.string().refine((s) => s.trim() !== '', { params: { problem: 'empty-text' } });

/** Text that may be empty ('' = not given yet). */
export const anyText = z.string();

/**
 * A whole number in [min, max]. Safe integers only by default: whole numbers beyond 2^53 are
 * not exact (1e308 "is an integer"), and no count or pass is that big. The checks abort in
 * turn, so one wrong value is one problem.
 */
export function wholeNumber(min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER) {
  return z
    .number()
    .refine(Number.isInteger, { params: { problem: 'not-integer' }, abort: true })
    .refine((n) => n >= min && n <= max, { params: { problem: 'out-of-range', min, max } });
}

/** A finite number (JSON has no other) in [min, max]. */
export function finiteNumber(min: number, max: number) {
  return z.number().refine((n) => n >= min && n <= max, { params: { problem: 'out-of-range', min, max } });
}

/** A flag that is set or absent: `true`, never `false` (the files write only what is set). */
export const setFlag = z.literal(true);

/** An answer to a criterion: the index of the chosen option, or "none" (nothing fits). */
export const answerValue = z.custom<number | 'none'>(
  (v) => v === 'none' || (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0),
  { params: { problem: 'wrong-type', expected: 'answer' } },
);

/** A 256-bit digest or key, lowercase hex. */
export const hex64 = z.string().regex(/^[0-9a-f]{64}$/);

/** A criterion code as files write it ("1.5", "6.1.1", "A"). */
export const criterionCode = z.string().regex(/^[0-9A-Za-z._:-]{1,40}$/);
