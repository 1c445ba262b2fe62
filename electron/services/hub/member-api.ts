import { z } from 'zod';
import type { HubSheetChange, MemberOp } from '../../shared/hub-wire';

/**
 * What a member device may send, parsed before anything else looks at it. Limits are tight:
 * a criterion code is short, an opinion at most 4,000 characters (as on the secretary's form),
 * a batch at most 100 ops, a body at most 1 MiB and 16 levels deep.
 */

export const MAX_MEMBER_BODY_BYTES = 1024 * 1024;
export const MAX_JOIN_BODY_BYTES = 4 * 1024;
export const MAX_JSON_DEPTH = 16;
export const MAX_OPS_PER_BATCH = 100;
export const MAX_OPINION_LENGTH = 4000;

const id = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/u);
const criterion = z
  .string()
  .min(1)
  .max(16)
  .regex(/^[0-9A-Za-z.]+$/u);

const changeSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('answer'),
    criterion,
    answer: z.union([z.number().int().min(0).max(100), z.literal('none')]),
  }),
  z.strictObject({ kind: z.literal('case'), criterion, variant: z.string().min(1).max(8) }),
  z.strictObject({ kind: z.literal('opinion'), text: z.string().max(MAX_OPINION_LENGTH) }),
  z.strictObject({ kind: z.literal('submit') }),
]) satisfies z.ZodType<HubSheetChange>;

export const memberOpSchema = z.strictObject({
  opId: id,
  productId: id,
  pass: z.number().int().min(1).max(100),
  clock: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
  change: changeSchema,
}) satisfies z.ZodType<MemberOp>;

export const opsRequestSchema = z.strictObject({
  ops: z.array(memberOpSchema).min(1).max(MAX_OPS_PER_BATCH),
});

export const joinRequestSchema = z.union([
  z.strictObject({ secret: z.string().min(1).max(200) }),
  z.strictObject({ code: z.string().min(1).max(20) }),
]);

/** Phone, tablet or laptop, from the browser's user agent (for the secretary's device list). */
export function describeDevice(userAgent: string | undefined): {
  label: string;
  kind: 'phone' | 'tablet' | 'laptop';
} {
  const ua = userAgent ?? '';
  const kind =
    /iPad|Tablet/iu.test(ua) || (/Android/iu.test(ua) && !/Mobile/iu.test(ua))
      ? 'tablet'
      : /Mobile|iPhone|Android/iu.test(ua)
        ? 'phone'
        : 'laptop';
  const os =
    /Android/iu.exec(ua)?.[0] ??
    /iPhone|iPad/iu.exec(ua)?.[0] ??
    /Windows/iu.exec(ua)?.[0] ??
    /Mac OS X/iu.exec(ua)?.[0] ??
    /Linux/iu.exec(ua)?.[0] ??
    '?';
  const browser = /Edg\//u.test(ua)
    ? 'Edge'
    : /Firefox\//u.test(ua)
      ? 'Firefox'
      : /Chrom/u.test(ua)
        ? 'Chrome'
        : /Safari\//u.test(ua)
          ? 'Safari'
          : '?';
  return { label: `${os} · ${browser}`.slice(0, 60), kind };
}
