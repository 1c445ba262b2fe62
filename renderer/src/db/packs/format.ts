import { z } from 'zod';
import type { Answer, CouncilLevel, IsoDate, IsoInstant, MemberRole, Uuid } from '../../domain/model';
import { problemLine, type Problem } from '../../domain/problems';
import { parseJsonBytes } from '../../domain/validate/json-text';
import {
  answerValue,
  criterionCode,
  hex64,
  isoDate,
  isoInstant,
  wholeNumber,
} from '../../domain/validate/schemas';
import { problemsFromZod } from '../../domain/validate/zod-problems';
import { CouncilDbError } from '../errors';
import type { PackSheetContent, Producer } from '../rows';

/**
 * The two files of scoring packs on a USB stick (issue 9 part 2), JSON:
 *
 * - the SCORING PACK (`ocop-council/scoring-pack` v1), secretary → member: the round's
 *   products of one meeting day that the member scores (recusals left out), each with its
 *   criteria sheet number under the round's rule-set (the app has the sheet data itself) and
 *   the member's current answers; the member's identity; and a 256-bit secret. File name
 *   `*.ocop-pack`.
 * - the RETURNED PACK (`ocop-council/returned-pack` v1), member → secretary: the member's
 *   sheets (answers, case choices, opinion, submitted, a revision and a per-answer edit clock),
 *   authenticated with HMAC-SHA-256 under the pack's secret over the canonical JSON of every
 *   other field (`mac`). File name `*.ocop-return`.
 *
 * Every file is untrusted: bounded size, bounded nesting, no `__proto__` / `constructor` /
 * `prototype` keys (read through the same door as every JSON file, domain/validate/json-text.ts,
 * so a fault there is the same problem, in the same words, as in a round file or a sheet),
 * strict schemas (an unknown field is a foreign file), bounded numbers.
 */
export const SCORING_PACK_FORMAT = 'ocop-council/scoring-pack';
export const RETURNED_PACK_FORMAT = 'ocop-council/returned-pack';
export const PACK_VERSION = 1;
/** A day of 141 products × 35 answers is ~1 MB; 8 MB leaves room and refuses a flood. */
export const MAX_PACK_BYTES = 8 * 1024 * 1024;

export interface PackProduct {
  readonly id: Uuid;
  readonly name: string;
  readonly code: string;
  readonly sheetNo: number;
  /** the product row's producer, copied as it stands */
  readonly producer: Producer;
  /** the product's current scoring pass when the pack was made */
  readonly pass: number;
  /** the member's sheet of that pass when the pack was made */
  readonly sheet: PackSheetContent;
}

export interface ScoringPackFile {
  readonly format: typeof SCORING_PACK_FORMAT;
  readonly version: typeof PACK_VERSION;
  readonly packId: Uuid;
  readonly createdAt: IsoInstant;
  readonly round: {
    readonly id: Uuid;
    readonly name: string;
    readonly province: string;
    readonly level: CouncilLevel;
    readonly ruleSetId: string;
    readonly meetingDate: IsoDate;
  };
  readonly member: { readonly id: Uuid; readonly name: string; readonly role: MemberRole };
  readonly products: readonly PackProduct[];
  /** 256 bits, hex: the key of the returned pack's HMAC */
  readonly secret: string;
}

export interface ReturnedSheet extends PackSheetContent {
  readonly productId: Uuid;
  readonly pass: number;
  readonly revision: number;
  readonly clock: Readonly<Record<string, IsoInstant>>;
}

export interface ReturnedPackFile {
  readonly format: typeof RETURNED_PACK_FORMAT;
  readonly version: typeof PACK_VERSION;
  readonly packId: Uuid;
  readonly roundId: Uuid;
  readonly memberId: Uuid;
  readonly meetingDate: IsoDate;
  readonly returnedAt: IsoInstant;
  readonly sheets: readonly ReturnedSheet[];
  /** HMAC-SHA-256 (hex) of the canonical JSON of every other field, keyed by the pack's secret */
  readonly mac: string;
}

export type UnsignedReturnedPack = Omit<ReturnedPackFile, 'mac'>;

/** Why a pack file was refused; texts in the i18n catalog (`packs.error.*`). */
export type PackErrorCode =
  | 'unreadable'
  | 'not-a-pack'
  | 'wrong-kind'
  | 'unknown-pack'
  | 'other-round'
  | 'other-member'
  | 'tampered'
  | 'closed'
  | 'unknown-product';

/** A pack file refused; `code` is the db error code `pack-<reason>` (words in the catalog: `db.pack-<reason>`). */
export class PackError extends CouncilDbError {
  readonly reason: PackErrorCode;
  /**
   * `unreadable` (too large, not UTF-8, not JSON, too deep, a forbidden key) and `not-a-pack`:
   * what is wrong where, as every file reader says it (domain/validate/json-text.ts, zod-problems.ts)
   */
  readonly fileProblems: readonly Problem[];
  constructor(reason: PackErrorCode, details: readonly string[] = [], fileProblems: readonly Problem[] = []) {
    super(
      `pack-${reason}`,
      `scoring pack refused: ${reason}${details.length > 0 ? ` (${details.slice(0, 5).join('; ')})` : ''}`,
      details.slice(0, 10),
    );
    this.name = 'PackError';
    this.reason = reason;
    this.fileProblems = fileProblems;
  }
}

// ---- schemas ----

// The building blocks every file format shares (domain/validate/schemas.ts): a pack accepts the
// dates, instants, whole numbers and answers a round file or a backup accepts, and no other.
const id = z.string().min(1).max(100);
const text = z.string().max(2_000);
const instant = isoInstant;
const code = criterionCode;
const answer: z.ZodType<Answer> = answerValue.refine((a) => a === 'none' || a <= 1_000, {
  params: { problem: 'out-of-range', min: 0, max: 1_000 },
});
const answers = z.record(code, answer).refine((r) => Object.keys(r).length <= 200, {
  params: { problem: 'out-of-range', min: 0, max: 200 },
});
const caseChoice = z.record(code, z.string().max(100)).refine((r) => Object.keys(r).length <= 200, {
  params: { problem: 'out-of-range', min: 0, max: 200 },
});
const content = {
  answers,
  caseChoice,
  opinion: z.string().max(20_000),
  submitted: z.boolean(),
};

export const scoringPackSchema = z.strictObject({
  format: z.literal(SCORING_PACK_FORMAT),
  version: z.literal(PACK_VERSION),
  packId: id,
  createdAt: instant,
  round: z.strictObject({
    id,
    name: text,
    province: text,
    level: z.enum(['province', 'central']),
    ruleSetId: z.string().max(100),
    meetingDate: isoDate,
  }),
  member: z.strictObject({ id, name: text, role: z.enum(['chair', 'vice-chair', 'secretary', 'member']) }),
  products: z
    .array(
      z.strictObject({
        id,
        name: text,
        code: z.string().max(100),
        sheetNo: wholeNumber(1, 1_000),
        producer: z.strictObject({ name: text, address: text, phone: text, commune: text }),
        pass: wholeNumber(1, 1_000),
        sheet: z.strictObject(content),
      }),
    )
    .max(2_000),
  secret: hex64,
});

const returnedPackSchema = z.strictObject({
  format: z.literal(RETURNED_PACK_FORMAT),
  version: z.literal(PACK_VERSION),
  packId: id,
  roundId: id,
  memberId: id,
  meetingDate: isoDate,
  returnedAt: instant,
  sheets: z
    .array(
      z.strictObject({
        productId: id,
        pass: wholeNumber(1, 1_000),
        revision: wholeNumber(0, 1_000_000_000),
        ...content,
        clock: z.record(z.string().max(60), instant).refine((r) => Object.keys(r).length <= 500, {
          params: { problem: 'out-of-range', min: 0, max: 500 },
        }),
      }),
    )
    .max(2_000),
  mac: hex64,
});

// ---- reading untrusted text ----

/**
 * Bytes → JSON value, refusing what no honest pack contains: `unreadable` with the shared
 * problems (their lines are the details, said in the person's language by describeError).
 */
export function readPackJson(bytes: Uint8Array): unknown {
  const json = parseJsonBytes(bytes, MAX_PACK_BYTES);
  if (!json.ok) throw new PackError('unreadable', json.problems.slice(0, 10).map(problemLine), json.problems);
  return json.value;
}

/** Refused as not a pack: the problems, and the same as short lines for the technical details. */
function notAPack(error: z.ZodError): PackError {
  const problems = problemsFromZod(error);
  return new PackError(
    'not-a-pack',
    problems.slice(0, 10).map((p) => `${p.path || '(file)'}: ${p.code} ${JSON.stringify(p.params)}`),
    problems,
  );
}

function kindOf(value: unknown): unknown {
  return typeof value === 'object' && value !== null && 'format' in value ? value.format : undefined;
}

export function parseScoringPack(bytes: Uint8Array): ScoringPackFile {
  const value = readPackJson(bytes);
  if (kindOf(value) === RETURNED_PACK_FORMAT) throw new PackError('wrong-kind', [RETURNED_PACK_FORMAT]);
  const parsed = scoringPackSchema.safeParse(value, { reportInput: true });
  if (!parsed.success) throw notAPack(parsed.error);
  return parsed.data;
}

export function parseReturnedPack(bytes: Uint8Array): ReturnedPackFile {
  const value = readPackJson(bytes);
  if (kindOf(value) === SCORING_PACK_FORMAT) throw new PackError('wrong-kind', [SCORING_PACK_FORMAT]);
  const parsed = returnedPackSchema.safeParse(value, { reportInput: true });
  if (!parsed.success) throw notAPack(parsed.error);
  return parsed.data;
}
