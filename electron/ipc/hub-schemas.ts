import { z } from 'zod';
import type {
  HubBatchResult,
  HubCommand,
  HubPublication,
  HubSheetView,
  MemberView,
} from '../shared/hub-wire';
import { MAX_OPINION_LENGTH } from '../services/hub/member-api';

/**
 * Schemas of the hub's contract messages (from the secretary's page to its host). The page is
 * the app's own, but everything arriving at a host is `unknown` until parsed.
 */

const id = z.string().min(1).max(64);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/u);
const text = (max: number) => z.string().max(max);
const MAX_MEMBERS = 200;
const MAX_PRODUCTS = 2000;

const ipv4 = z
  .string()
  .regex(/^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/u)
  .refine((value) => value.split('.').every((part) => Number(part) <= 255), 'not an IPv4 address');

export const hubCommandSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('open'),
    roundId: id,
    meetingDate: isoDate,
    memberIds: z.array(id).max(MAX_MEMBERS).readonly(),
    bindAddress: ipv4,
    // 0 picks a free port (tests); otherwise an unprivileged port.
    port: z.union([z.literal(0), z.number().int().min(1024).max(65535)]),
  }),
  z.strictObject({ kind: z.literal('close') }),
  z.strictObject({ kind: z.literal('status') }),
  z.strictObject({ kind: z.literal('reissue'), memberId: id }),
  z.strictObject({ kind: z.literal('disconnect'), memberId: id }),
]) satisfies z.ZodType<HubCommand>;

const answer = z.union([z.number().int().min(0).max(100), z.literal('none')]);

const sheetView = z.strictObject({
  answers: z.record(z.string().max(16), answer),
  caseChoice: z.record(z.string().max(16), z.string().max(8)),
  opinion: text(MAX_OPINION_LENGTH),
  status: z.enum(['draft', 'submitted']),
  submittedAt: z.string().max(40).optional(),
}) satisfies z.ZodType<HubSheetView>;

const memberView = z.strictObject({
  memberId: id,
  memberName: text(300),
  roleLabel: z.strictObject({ vi: text(100), en: text(100) }),
  roundName: text(500),
  ruleSetId: text(100),
  meetingDate: isoDate,
  clockFloor: z.number().int().min(0),
  waitingForAttendance: z.literal(true).exactOptional(),
  products: z
    .array(
      z.strictObject({
        productId: id,
        position: z.number().int(),
        name: text(500),
        code: text(100),
        sheetNo: z.number().int().min(1).max(100),
        kind: z.enum(['first', 'upgrade', 're-evaluation']),
        producer: z.strictObject({
          name: text(500),
          address: text(1000),
          phone: text(100),
          commune: text(300),
        }),
        pass: z.number().int().min(1).max(100),
        phase: z.enum(['open', 'submitted', 'closed']),
        sheet: sheetView.nullable(),
        previous: sheetView.nullable(),
      }),
    )
    .max(MAX_PRODUCTS)
    .readonly(),
}) satisfies z.ZodType<MemberView>;

export const hubPublicationSchema = z.strictObject({
  roundId: id,
  meetingDate: isoDate,
  views: z.array(memberView).max(MAX_MEMBERS).readonly(),
}) satisfies z.ZodType<HubPublication>;

export const hubBatchResultsSchema = z
  .array(
    z.strictObject({
      batchId: id,
      outcomes: z
        .array(
          z.strictObject({
            opId: id,
            status: z.enum(['applied', 'duplicate', 'stale', 'refused']),
            code: text(100).optional(),
            vi: text(2000).optional(),
            en: text(2000).optional(),
          }),
        )
        .max(1000)
        .readonly(),
    }),
  )
  .max(1000)
  .readonly() satisfies z.ZodType<readonly HubBatchResult[]>;

/** The page's long poll waits at most this long (ms). */
export const MAX_TAKE_WAIT_MS = 30_000;
export const takeWaitSchema = z.number().int().min(0).max(MAX_TAKE_WAIT_MS);
