import type { Answer, Disqualification, MemberRole, ProductKind } from '../model';
import { fieldPath } from '../problems';
import { readRulesProfile } from '../rules-profile';
import type { SheetAnswers } from '../scoring/answers';
import { isObject, Reader, type JsonObject } from '../validate/reader';
import type {
  AttendanceDay,
  RoundFilePlanTargets,
  Producer,
  Recusal,
  RoundAuditEvent,
  RoundAuditVia,
  RoundDecision,
  RoundEvent,
  RoundFileStatus,
  RoundInfo,
  RoundMember,
  RoundProduct,
  ScoreRecord,
} from './types';

/** As many scoring passes as a product could ever need; the backup format has the same bound. */
export const MAX_PASS = 1000;

/**
 * The shape of a round file: every field of every record, each problem recorded with its path.
 * Records that cannot be read are left out (their problems are reported), so that the
 * cross-checks in check.ts still run on everything else.
 */

const ROLES: readonly MemberRole[] = ['chair', 'vice-chair', 'secretary', 'member'];
const KINDS: readonly ProductKind[] = ['first', 'upgrade', 're-evaluation'];
const STATUSES: readonly RoundFileStatus[] = ['preparing', 'scoring', 'closed'];

export function readRoundInfo(r: Reader, value: unknown): RoundInfo | undefined {
  const path = 'round';
  const obj = r.object(value, path, [
    'id',
    'name',
    'level',
    'ruleSet',
    'rules',
    'province',
    'decision',
    'venue',
    'meetingDates',
    'planTargets',
    'status',
    'chairDelegatedTo',
    'secretaryScores',
  ]);
  if (obj === undefined) return undefined;
  const id = r.text(obj, 'id', path);
  const name = r.text(obj, 'name', path);
  const level = r.oneOf(obj, 'level', path, ['province', 'central'] as const);
  const ruleSet = r.text(obj, 'ruleSet', path);
  const rules =
    obj['rules'] === undefined
      ? (r.add(fieldPath(path, 'rules'), 'missing-field', { field: 'rules' }), undefined)
      : readRulesProfile(r, obj['rules'], fieldPath(path, 'rules'));
  const province = r.text(obj, 'province', path, { optional: true });
  const decision =
    obj['decision'] === undefined ? undefined : readDecision(r, obj['decision'], fieldPath(path, 'decision'));
  const venue = r.text(obj, 'venue', path, { optional: true });
  const meetingDates = r
    .array(obj, 'meetingDates', path, { optional: true })
    ?.map((d) => r.dateValue(d.value, d.path));
  const planTargets =
    obj['planTargets'] === undefined
      ? undefined
      : readPlanTargets(r, obj['planTargets'], fieldPath(path, 'planTargets'));
  const status = r.oneOf(obj, 'status', path, STATUSES, { optional: true });
  const chairDelegatedTo = r.text(obj, 'chairDelegatedTo', path, { optional: true });
  const secretaryScores = r.boolean(obj, 'secretaryScores', path, { optional: true });
  if (
    id === undefined ||
    name === undefined ||
    level === undefined ||
    ruleSet === undefined ||
    rules === undefined
  )
    return undefined;
  const dates = meetingDates?.filter((d): d is string => d !== undefined);
  return {
    id,
    name,
    level,
    ruleSet,
    rules,
    ...(province !== undefined && { province }),
    ...(decision !== undefined && { decision }),
    ...(venue !== undefined && { venue }),
    ...(dates !== undefined && { meetingDates: dates }),
    ...(planTargets !== undefined && { planTargets }),
    ...(status !== undefined && { status }),
    ...(chairDelegatedTo !== undefined && { chairDelegatedTo }),
    ...(secretaryScores !== undefined && { secretaryScores }),
  };
}

function readDecision(r: Reader, value: unknown, path: string): RoundDecision | undefined {
  const obj = r.object(value, path, ['number', 'date', 'signer']);
  if (obj === undefined) return undefined;
  const number = r.text(obj, 'number', path);
  const date = r.date(obj, 'date', path);
  const signer = r.text(obj, 'signer', path, { optional: true });
  if (number === undefined || date === undefined) return undefined;
  return { number, date, ...(signer !== undefined && { signer }) };
}

function readPlanTargets(r: Reader, value: unknown, path: string): RoundFilePlanTargets | undefined {
  const obj = r.object(value, path, ['products', 'shareAtLeast3Stars', 'forwardedFor5Stars']);
  if (obj === undefined) return undefined;
  const products = r.integer(obj, 'products', path, { optional: true, min: 0 });
  const share = r.number(obj, 'shareAtLeast3Stars', path, { optional: true, min: 0, max: 1 });
  const forwarded = r.integer(obj, 'forwardedFor5Stars', path, { optional: true, min: 0 });
  return {
    ...(products !== undefined && { products }),
    ...(share !== undefined && { shareAtLeast3Stars: share }),
    ...(forwarded !== undefined && { forwardedFor5Stars: forwarded }),
  };
}

export function readMember(r: Reader, value: unknown, path: string): RoundMember | undefined {
  const obj = r.object(value, path, [
    'id',
    'name',
    'role',
    'present',
    'personId',
    'title',
    'organisation',
    'phone',
    'attendance',
  ]);
  if (obj === undefined) return undefined;
  const id = r.text(obj, 'id', path);
  const name = r.text(obj, 'name', path);
  const role = r.oneOf(obj, 'role', path, ROLES);
  const present = r.boolean(obj, 'present', path);
  const personId = r.text(obj, 'personId', path, { optional: true });
  const title = r.text(obj, 'title', path, { optional: true });
  const organisation = r.text(obj, 'organisation', path, { optional: true });
  const phone = r.text(obj, 'phone', path, { optional: true });
  const attendance = r.array(obj, 'attendance', path, { optional: true })?.flatMap((a) => {
    const day = r.object(a.value, a.path, ['date', 'present', 'excused']);
    if (day === undefined) return [];
    const date = r.date(day, 'date', a.path);
    const here = r.boolean(day, 'present', a.path);
    const excused = r.boolean(day, 'excused', a.path, { optional: true });
    // excused only qualifies an absence: `true` with `present: false`, else left out
    if (excused === false) r.add(fieldPath(a.path, 'excused'), 'not-one-of', { allowed: 'true' });
    if (excused === true && here === true)
      r.add(fieldPath(a.path, 'present'), 'not-one-of', { allowed: 'false' });
    if (date === undefined || here === undefined) return [];
    return [{ date, present: here, ...(excused === true && !here && { excused }) } satisfies AttendanceDay];
  });
  if (id === undefined || name === undefined || role === undefined || present === undefined) return undefined;
  return {
    id,
    name,
    role,
    present,
    ...(personId !== undefined && { personId }),
    ...(title !== undefined && { title }),
    ...(organisation !== undefined && { organisation }),
    ...(phone !== undefined && { phone }),
    ...(attendance !== undefined && { attendance }),
  };
}

export function readProduct(r: Reader, value: unknown, path: string): RoundProduct | undefined {
  const obj = r.object(value, path, [
    'id',
    'name',
    'code',
    'sheet',
    'disqualified',
    'producer',
    'kind',
    'meetingDate',
    'selfAssessment',
  ]);
  if (obj === undefined) return undefined;
  const id = r.text(obj, 'id', path);
  const name = r.text(obj, 'name', path);
  // '' while the product has no code yet (the form allows it; the app exports it so).
  const code = r.text(obj, 'code', path, { allowEmpty: true });
  const sheet = r.integer(obj, 'sheet', path, { min: 1 });
  let disqualified: Disqualification | null | undefined = null;
  if (!('disqualified' in obj)) {
    r.add(fieldPath(path, 'disqualified'), 'missing-field', { field: 'disqualified' });
    disqualified = undefined;
  } else if (obj['disqualified'] !== null) {
    const at = fieldPath(path, 'disqualified');
    const d = r.object(obj['disqualified'], at, ['reason', 'criterion']);
    const reason = d && r.text(d, 'reason', at);
    const criterion = d && r.text(d, 'criterion', at, { optional: true });
    disqualified =
      reason === undefined ? undefined : { reason, ...(criterion !== undefined && { criterion }) };
  }
  const producer =
    obj['producer'] === undefined ? undefined : readProducer(r, obj['producer'], fieldPath(path, 'producer'));
  const kind = r.oneOf(obj, 'kind', path, KINDS, { optional: true });
  const meetingDate = r.date(obj, 'meetingDate', path, { optional: true });
  const selfAssessment =
    obj['selfAssessment'] === undefined
      ? undefined
      : readSheetAnswers(r, obj['selfAssessment'], fieldPath(path, 'selfAssessment'), []);
  if (
    id === undefined ||
    name === undefined ||
    code === undefined ||
    sheet === undefined ||
    disqualified === undefined
  )
    return undefined;
  return {
    id,
    name,
    code,
    sheet,
    disqualified,
    ...(producer !== undefined && { producer }),
    ...(kind !== undefined && { kind }),
    ...(meetingDate !== undefined && { meetingDate }),
    ...(selfAssessment !== undefined && { selfAssessment }),
  };
}

function readProducer(r: Reader, value: unknown, path: string): Producer | undefined {
  const obj = r.object(value, path, ['name', 'address', 'phone', 'commune']);
  if (obj === undefined) return undefined;
  const name = r.text(obj, 'name', path);
  const address = r.text(obj, 'address', path, { optional: true });
  const phone = r.text(obj, 'phone', path, { optional: true });
  const commune = r.text(obj, 'commune', path, { optional: true });
  if (name === undefined) return undefined;
  return {
    name,
    ...(address !== undefined && { address }),
    ...(phone !== undefined && { phone }),
    ...(commune !== undefined && { commune }),
  };
}

/** `answers` (code → option index | "none") and optional `caseChoice` (code → case name). */
function readSheetAnswers(
  r: Reader,
  value: unknown,
  path: string,
  extraKeys: readonly string[],
): (SheetAnswers & { readonly obj: JsonObject }) | undefined {
  const obj = r.object(value, path, ['answers', 'caseChoice', ...extraKeys]);
  if (obj === undefined) return undefined;
  const answersAt = fieldPath(path, 'answers');
  const answersObj =
    obj['answers'] === undefined
      ? (r.add(answersAt, 'missing-field', { field: 'answers' }), undefined)
      : r.object(obj['answers'], answersAt, Object.keys(isPlain(obj['answers'])));
  const answers: Record<string, Answer> = {};
  for (const [code, answer] of Object.entries(answersObj ?? {})) {
    if (answer === 'none' || (typeof answer === 'number' && Number.isInteger(answer) && answer >= 0))
      answers[code] = answer;
    else r.add(fieldPath(answersAt, code), 'wrong-type', { expected: 'answer' });
  }
  let caseChoice: Record<string, string> | undefined;
  if (obj['caseChoice'] !== undefined) {
    const casesAt = fieldPath(path, 'caseChoice');
    const casesObj = r.object(obj['caseChoice'], casesAt, Object.keys(isPlain(obj['caseChoice'])));
    caseChoice = {};
    for (const code of Object.keys(casesObj ?? {})) {
      const variant = casesObj && r.text(casesObj, code, casesAt);
      if (variant !== undefined) caseChoice[code] = variant;
    }
  }
  if (answersObj === undefined) return undefined;
  return { obj, answers, ...(caseChoice !== undefined && { caseChoice }) };
}

function isPlain(value: unknown): JsonObject {
  return isObject(value) ? value : {};
}

export function readRecusal(r: Reader, value: unknown, path: string): Recusal | undefined {
  const obj = r.object(value, path, ['memberId', 'productId', 'reason']);
  if (obj === undefined) return undefined;
  const memberId = r.text(obj, 'memberId', path);
  const productId = r.text(obj, 'productId', path);
  const reason = r.text(obj, 'reason', path);
  if (memberId === undefined || productId === undefined || reason === undefined) return undefined;
  return { memberId, productId, reason };
}

export function readScore(r: Reader, value: unknown, path: string): ScoreRecord | undefined {
  const read = readSheetAnswers(r, value, path, ['memberId', 'productId', 'pass', 'opinion', 'submittedAt']);
  if (read === undefined) return undefined;
  const { obj, answers, caseChoice } = read;
  const memberId = r.text(obj, 'memberId', path);
  const productId = r.text(obj, 'productId', path);
  const pass = r.integer(obj, 'pass', path, { min: 1, max: MAX_PASS });
  const opinion = r.text(obj, 'opinion', path, { optional: true, allowEmpty: true });
  const submittedAt = r.instant(obj, 'submittedAt', path);
  if (memberId === undefined || productId === undefined || pass === undefined || submittedAt === undefined)
    return undefined;
  return {
    memberId,
    productId,
    pass,
    answers,
    ...(caseChoice !== undefined && { caseChoice }),
    ...(opinion !== undefined && { opinion }),
    submittedAt,
  };
}

export function readEvent(r: Reader, value: unknown, path: string): RoundEvent | undefined {
  const obj = r.object(value, path, ['kind', 'productId', 'pass', 'at', 'by', 'reason', 'spreadAboveLimit']);
  if (obj === undefined) return undefined;
  const kind = r.oneOf(obj, 'kind', path, ['unseal', 'rescore', 'close'] as const);
  const productId = r.text(obj, 'productId', path);
  const at = r.instant(obj, 'at', path);
  const by = r.text(obj, 'by', path, { optional: true });
  const reason = r.text(obj, 'reason', path, { optional: true });
  const common = { ...(by !== undefined && { by }) };
  if (kind === undefined || productId === undefined || at === undefined) return undefined;
  if (kind === 'close') {
    const spreadAboveLimit = r.boolean(obj, 'spreadAboveLimit', path, { optional: true });
    if (obj['pass'] !== undefined) r.add(fieldPath(path, 'pass'), 'unknown-field', { field: 'pass' });
    // The minutes must record why the chair closed with the spread above the limit.
    if (spreadAboveLimit === true && reason === undefined)
      r.add(fieldPath(path, 'reason'), 'missing-field', { field: 'reason' });
    return {
      kind,
      productId,
      at,
      ...common,
      ...(spreadAboveLimit !== undefined && { spreadAboveLimit }),
      ...(reason !== undefined && { reason }),
    };
  }
  const pass = r.integer(obj, 'pass', path, { min: 1, max: MAX_PASS });
  if (pass === undefined) return undefined;
  if (kind === 'unseal') return { kind, productId, pass, at, ...common };
  return { kind, productId, pass, at, ...common, ...(reason !== undefined && { reason }) };
}

const AUDIT_KEYS = [
  'id',
  'chain',
  'seq',
  'at',
  'actor',
  'action',
  'entity',
  'entityId',
  'roundId',
  'before',
  'after',
  'via',
  'prevHash',
  'hash',
] as const;

function readVia(r: Reader, value: unknown, path: string): RoundAuditVia | undefined {
  const obj = r.object(value, path, ['kind', 'deviceId', 'deviceLabel', 'fileSha256']);
  if (obj === undefined) return undefined;
  const kind = r.oneOf(obj, 'kind', path, ['laptop', 'hub', 'pack'] as const);
  if (kind === 'laptop') return { kind };
  if (kind === 'hub') {
    const deviceId = r.text(obj, 'deviceId', path);
    const deviceLabel = r.text(obj, 'deviceLabel', path, { allowEmpty: true });
    return deviceId === undefined || deviceLabel === undefined ? undefined : { kind, deviceId, deviceLabel };
  }
  if (kind === 'pack') {
    const fileSha256 = r.text(obj, 'fileSha256', path);
    return fileSha256 === undefined ? undefined : { kind, fileSha256 };
  }
  return undefined;
}

/** One audit event: its shape only; whether the chain holds is `ocop verify`'s job. */
export function readAuditEvent(r: Reader, value: unknown, path: string): RoundAuditEvent | undefined {
  const obj = r.object(value, path, AUDIT_KEYS);
  if (obj === undefined) return undefined;
  const id = r.text(obj, 'id', path);
  const chain = r.text(obj, 'chain', path);
  const seq = r.integer(obj, 'seq', path, { min: 1 });
  const at = r.instant(obj, 'at', path);
  const actor = r.text(obj, 'actor', path);
  const action = r.text(obj, 'action', path);
  const entity = r.text(obj, 'entity', path, { allowEmpty: true });
  const entityId = r.text(obj, 'entityId', path, { allowEmpty: true });
  const roundId = obj['roundId'] === null ? null : r.text(obj, 'roundId', path);
  const prevHash = r.text(obj, 'prevHash', path);
  const hash = r.text(obj, 'hash', path);
  // `via` (OCOP-RULES §4 item 9) is kept exactly as stored: it is part of the hashed event.
  const via = obj['via'] === undefined ? undefined : readVia(r, obj['via'], fieldPath(path, 'via'));
  for (const key of ['before', 'after'] as const)
    if (!(key in obj)) r.add(fieldPath(path, key), 'missing-field', { field: key });
  if (
    id === undefined ||
    chain === undefined ||
    seq === undefined ||
    at === undefined ||
    actor === undefined ||
    action === undefined ||
    entity === undefined ||
    entityId === undefined ||
    roundId === undefined ||
    prevHash === undefined ||
    hash === undefined
  )
    return undefined;
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
    before: obj['before'] ?? null,
    after: obj['after'] ?? null,
    ...(via !== undefined && { via }),
    prevHash,
    hash,
  };
}

/** The rule-set a file names (if it names one), read first so that the caller can load its sheets. */
export function ruleSetNamedIn(data: unknown): string | undefined {
  const round = isObject(data) ? data['round'] : undefined;
  const ruleSet = isObject(round) ? round['ruleSet'] : undefined;
  return typeof ruleSet === 'string' ? ruleSet : undefined;
}
