import { z } from 'zod';
import type { Problem } from '../problems';
import { rulesProfileSchema } from '../rules-profile-schema';
import { isObject } from '../validate/json-value';
import {
  answerValue,
  anyText,
  filledText,
  finiteNumber,
  isoDate,
  isoInstant,
  setFlag,
  wholeNumber,
} from '../validate/schemas';
import { readWith } from '../validate/zod-problems';
import type {
  RoundAuditEvent,
  RoundEvent,
  RoundInfo,
  RoundMember,
  RoundProduct,
  Recusal,
  ScoreRecord,
} from './types';

/** As many scoring passes as a product could ever need; the backup format has the same bound. */
export const MAX_PASS = 1000;

/**
 * The shape of a round file: every field of every record, each problem recorded with its path
 * (zod schemas, the building blocks of ../validate/schemas.ts). Records that cannot be read are
 * left out (their problems are reported), so that the cross-checks in parse.ts still run on
 * everything else.
 */

const roundSchema = z.strictObject({
  id: filledText,
  name: filledText,
  level: z.enum(['province', 'central']),
  ruleSet: filledText,
  rules: rulesProfileSchema,
  province: filledText.exactOptional(),
  decision: z
    .strictObject({ number: filledText, date: isoDate, signer: filledText.exactOptional() })
    .exactOptional(),
  venue: filledText.exactOptional(),
  meetingDates: z.array(isoDate).exactOptional(),
  planTargets: z
    .strictObject({
      products: wholeNumber(0).exactOptional(),
      shareAtLeast3Stars: finiteNumber(0, 1).exactOptional(),
      forwardedFor5Stars: wholeNumber(0).exactOptional(),
    })
    .exactOptional(),
  status: z.enum(['preparing', 'scoring', 'closed']).exactOptional(),
  chairDelegatedTo: filledText.exactOptional(),
  secretaryScores: z.boolean().exactOptional(),
}) satisfies z.ZodType<RoundInfo>;

const attendanceDay = z
  .strictObject({ date: isoDate, present: z.boolean(), excused: setFlag.exactOptional() })
  // excused only qualifies an absence: `true` with `present: false`, else left out
  .refine((day) => !(day.excused === true && day.present), {
    path: ['present'],
    params: { problem: 'not-one-of', value: 'true', allowed: 'false' },
  });

const memberSchema = z.strictObject({
  id: filledText,
  name: filledText,
  role: z.enum(['chair', 'vice-chair', 'secretary', 'member']),
  present: z.boolean(),
  personId: filledText.exactOptional(),
  title: filledText.exactOptional(),
  organisation: filledText.exactOptional(),
  phone: filledText.exactOptional(),
  attendance: z.array(attendanceDay).exactOptional(),
}) satisfies z.ZodType<RoundMember>;

/** `answers` (code → option index | "none") and optional `caseChoice` (code → case name). */
const sheetAnswers = {
  answers: z.record(z.string(), answerValue),
  caseChoice: z.record(z.string(), filledText).exactOptional(),
};

const productSchema = z.strictObject({
  id: filledText,
  name: filledText,
  // '' while the product has no code yet (the form allows it; the app exports it so).
  code: anyText,
  sheet: wholeNumber(1),
  disqualified: z.strictObject({ reason: filledText, criterion: filledText.exactOptional() }).nullable(),
  producer: z
    .strictObject({
      name: filledText,
      address: filledText.exactOptional(),
      phone: filledText.exactOptional(),
      commune: filledText.exactOptional(),
    })
    .exactOptional(),
  kind: z.enum(['first', 'upgrade', 're-evaluation']).exactOptional(),
  meetingDate: isoDate.exactOptional(),
  selfAssessment: z.strictObject(sheetAnswers).exactOptional(),
}) satisfies z.ZodType<RoundProduct>;

const recusalSchema = z.strictObject({
  memberId: filledText,
  productId: filledText,
  reason: filledText,
}) satisfies z.ZodType<Recusal>;

const scoreSchema = z.strictObject({
  memberId: filledText,
  productId: filledText,
  pass: wholeNumber(1, MAX_PASS),
  ...sheetAnswers,
  opinion: anyText.exactOptional(),
  submittedAt: isoInstant,
}) satisfies z.ZodType<ScoreRecord>;

const eventCommon = { productId: filledText, at: isoInstant, by: filledText.exactOptional() };
const eventSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('unseal'), pass: wholeNumber(1, MAX_PASS), ...eventCommon }),
  z.strictObject({
    kind: z.literal('rescore'),
    pass: wholeNumber(1, MAX_PASS),
    reason: filledText.exactOptional(),
    ...eventCommon,
  }),
  z
    .strictObject({
      kind: z.literal('close'),
      spreadAboveLimit: z.boolean().exactOptional(),
      reason: filledText.exactOptional(),
      ...eventCommon,
    })
    // The minutes must record why the chair closed with the spread above the limit.
    .refine((e) => !(e.spreadAboveLimit === true && e.reason === undefined), {
      path: ['reason'],
      params: { problem: 'missing-field', field: 'reason', value: '' },
    }),
]) satisfies z.ZodType<RoundEvent>;

/** `via` (OCOP-RULES §4 item 9) is kept exactly as stored: it is part of the hashed event. */
const viaSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('laptop') }),
  z.strictObject({ kind: z.literal('hub'), deviceId: filledText, deviceLabel: anyText }),
  z.strictObject({ kind: z.literal('pack'), fileSha256: filledText }),
]);

const auditSchema = z.strictObject({
  id: filledText,
  chain: filledText,
  seq: wholeNumber(1),
  at: isoInstant,
  actor: filledText,
  action: filledText,
  entity: anyText,
  entityId: anyText,
  roundId: filledText.nullable(),
  // anything (null included), but there: zod requires a key whose schema is not optional
  before: z.unknown(),
  after: z.unknown(),
  via: viaSchema.exactOptional(),
  prevHash: filledText,
  hash: filledText,
});

export function readRoundInfo(problems: Problem[], value: unknown): RoundInfo | undefined {
  return readWith(roundSchema, value, 'round', problems);
}

export function readMember(problems: Problem[], value: unknown, path: string): RoundMember | undefined {
  return readWith(memberSchema, value, path, problems);
}

export function readProduct(problems: Problem[], value: unknown, path: string): RoundProduct | undefined {
  return readWith(productSchema, value, path, problems);
}

export function readRecusal(problems: Problem[], value: unknown, path: string): Recusal | undefined {
  return readWith(recusalSchema, value, path, problems);
}

export function readScore(problems: Problem[], value: unknown, path: string): ScoreRecord | undefined {
  return readWith(scoreSchema, value, path, problems);
}

export function readEvent(problems: Problem[], value: unknown, path: string): RoundEvent | undefined {
  return readWith(eventSchema, value, path, problems);
}

/** One audit event: its shape only; whether the chain holds is `ocop verify`'s job. */
export function readAuditEvent(
  problems: Problem[],
  value: unknown,
  path: string,
): RoundAuditEvent | undefined {
  const event = readWith(auditSchema, value, path, problems);
  if (event === undefined) return undefined;
  // In the order the app writes an event (the file is written back byte for byte).
  const { id, chain, seq, at, actor, action, entity, entityId, roundId, before, after, via } = event;
  return {
    id,
    chain,
    seq,
    at,
    actor,
    action,
    entity,
    entityId,
    roundId,
    before: before ?? null,
    after: after ?? null,
    ...(via !== undefined && { via }),
    prevHash: event.prevHash,
    hash: event.hash,
  };
}

/** The rule-set a file names (if it names one), read first so that the caller can load its sheets. */
export function ruleSetNamedIn(data: unknown): string | undefined {
  const round = isObject(data) ? data['round'] : undefined;
  const ruleSet = isObject(round) ? round['ruleSet'] : undefined;
  return typeof ruleSet === 'string' ? ruleSet : undefined;
}
