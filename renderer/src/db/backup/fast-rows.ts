import type { z } from 'zod';
import { isIsoInstant } from '../../domain/validate/formats';
import { backupTablesSchema } from './format';

/**
 * A fast path for the two big tables of a backup (issue 13: 5 rounds × 141 × 9 hold 6,345
 * sheets and as many audit events; zod checked them one schema call per value, ~0.5 s of a
 * restore under load). THE definition of a row stays the zod schema in format.ts: these
 * functions only answer "certainly valid" for the common shape, and anything they are not sure
 * of goes to zod — which then reports every problem as before. They may be stricter than the
 * schema, never looser; tests/unit/db/backup/fast-rows.test.ts checks them against it.
 */

type Plain = Readonly<Record<string, unknown>>;

function isPlain(value: unknown): value is Plain {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return Object.getPrototypeOf(value) === Object.prototype;
}

/** Own keys all in `allowed` (a strict object), and every key of `required` present. */
function keysWithin(row: Plain, allowed: ReadonlySet<string>, required: number): boolean {
  const keys = Object.keys(row);
  if (keys.length < required) return false;
  for (const key of keys) if (!allowed.has(key)) return false;
  return true;
}

const isString = (v: unknown, min: number, max: number): v is string =>
  typeof v === 'string' && v.length >= min && v.length <= max;
const isId = (v: unknown): boolean => isString(v, 1, 200);
const isText = (v: unknown): boolean => isString(v, 0, 100_000);
const isWhole = (v: unknown, min: number, max: number): boolean =>
  typeof v === 'number' && Number.isSafeInteger(v) && v >= min && v <= max;
const isInstant = (v: unknown): boolean => typeof v === 'string' && isIsoInstant(v);
const HEX64 = /^[0-9a-f]{64}$/;
const isHex64 = (v: unknown): boolean => typeof v === 'string' && HEX64.test(v);
const isAnswer = (v: unknown): boolean =>
  v === 'none' || (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0);

function isRecordOf(value: unknown, valueOk: (v: unknown) => boolean): boolean {
  if (!isPlain(value)) return false;
  for (const key of Object.keys(value)) if (key.length > 50 || !valueOk(value[key])) return false;
  return true;
}

const SHEET_KEYS = new Set([
  'id',
  'roundId',
  'productId',
  'memberId',
  'pass',
  'answers',
  'caseChoice',
  'opinion',
  'status',
  'updatedAt',
  'submittedAt',
]);

/** A sheet row the schema certainly accepts as it is (format.ts `sheetRow`). */
export function knownGoodSheetRow(row: unknown): boolean {
  if (!isPlain(row) || !keysWithin(row, SHEET_KEYS, SHEET_KEYS.size - 1)) return false;
  return (
    isId(row['id']) &&
    isId(row['roundId']) &&
    isId(row['productId']) &&
    isId(row['memberId']) &&
    isWhole(row['pass'], 1, 1000) &&
    isRecordOf(row['answers'], isAnswer) &&
    isRecordOf(row['caseChoice'], (v) => isString(v, 0, 200)) &&
    isText(row['opinion']) &&
    (row['status'] === 'draft' || row['status'] === 'submitted') &&
    isInstant(row['updatedAt']) &&
    (!Object.hasOwn(row, 'submittedAt') || isInstant(row['submittedAt']))
  );
}

const AUDIT_KEYS = new Set([
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
  'prevHash',
  'hash',
  'via',
]);

function isVia(via: unknown): boolean {
  if (!isPlain(via)) return false;
  const keys = Object.keys(via).length;
  switch (via['kind']) {
    case 'laptop':
      return keys === 1;
    case 'hub':
      return keys === 3 && isString(via['deviceId'], 0, 200) && isString(via['deviceLabel'], 0, 200);
    case 'pack':
      return keys === 2 && isHex64(via['fileSha256']);
    default:
      return false;
  }
}

/** An audit row the schema certainly accepts as it is (format.ts `auditRow`). */
export function knownGoodAuditRow(row: unknown): boolean {
  if (!isPlain(row) || !keysWithin(row, AUDIT_KEYS, AUDIT_KEYS.size - 1)) return false;
  return (
    isId(row['id']) &&
    isId(row['chain']) &&
    isWhole(row['seq'], 1, Number.MAX_SAFE_INTEGER) &&
    isInstant(row['at']) &&
    isString(row['actor'], 1, 200) &&
    isString(row['action'], 1, 200) &&
    isString(row['entity'], 0, 200) &&
    isString(row['entityId'], 0, 200) &&
    (row['roundId'] === null || isId(row['roundId'])) &&
    // `before` and `after` take any value (z.unknown()); present, so the row is exactly as read.
    Object.hasOwn(row, 'before') &&
    Object.hasOwn(row, 'after') &&
    isHex64(row['prevHash']) &&
    isHex64(row['hash']) &&
    (!Object.hasOwn(row, 'via') || isVia(row['via']))
  );
}

/** The big tables and the check that vouches for their rows. */
const FAST_TABLES = [
  ['sheets', knownGoodSheetRow],
  ['audit', knownGoodAuditRow],
] as const;

export type ParsedTables = z.ZodSafeParseResult<z.infer<typeof backupTablesSchema>>;

/**
 * `backupTablesSchema.safeParse(tables, { reportInput: true })`, with the same answer: when every
 * sheet and audit row is certainly valid, zod checks the other tables only and the big ones are
 * taken as read (zod would return equal copies); otherwise (or when the rest is refused) zod
 * checks everything.
 */
export function parseBackupTables(tables: unknown): ParsedTables {
  if (isPlain(tables) && FAST_TABLES.every(([name, ok]) => isAllRows(tables[name], ok))) {
    const rest = backupTablesSchema.safeParse({ ...tables, sheets: [], audit: [] }, { reportInput: true });
    // Refused: zod over the whole file, so that the problems (and the values they quote) are
    // exactly the ones it always gave.
    if (!rest.success) return backupTablesSchema.safeParse(tables, { reportInput: true });
    const sheets = tables['sheets'] as z.infer<typeof backupTablesSchema>['sheets'];
    const audit = tables['audit'] as z.infer<typeof backupTablesSchema>['audit'];
    return { ...rest, data: { ...rest.data, sheets, audit } };
  }
  return backupTablesSchema.safeParse(tables, { reportInput: true });
}

function isAllRows(rows: unknown, ok: (row: unknown) => boolean): boolean {
  if (!Array.isArray(rows)) return false;
  // An index loop, not `every`: a hole (never in parsed JSON) must not be skipped.
  for (let i = 0; i < rows.length; i += 1) if (!ok(rows[i])) return false;
  return true;
}
