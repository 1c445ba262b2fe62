import type { z } from 'zod';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { base64ToBytes } from '../../domain/base64';
import { CURRENT_SCHEMA_VERSION } from '../schema/versions';
import { verifyChain, type ChainVerdict } from '../audit/chain';
import { decodeJsonBytes, parseJsonText } from '../../domain/validate/json-text';
import type { Problem } from '../../domain/problems';
import { canonicalJson } from '../audit/canonical-json';
import { problemsFromZod } from '../../domain/validate/zod-problems';
import { backupIntegrityHash, canonicalHead, integrityMember, sha256Hex } from './create';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  MAX_BACKUP_BYTES,
  asTables,
  backupEnvelopeSchema,
  type BackupFile,
  type BackupTables,
} from './format';
import { parseBackupTables } from './fast-rows';
import { backupProblem, BackupRefusedError, type BackupProblem } from './problems';
import { sheetAnswersProblems } from '../sheet-answers-check';
import type { CriteriaSheet } from '../../domain/criteria/types';

export type BackupRead =
  | { readonly ok: true; readonly backup: BackupFile }
  | { readonly ok: false; readonly problems: readonly BackupProblem[] };

/** At most this many row problems are listed: a foreign file would otherwise list thousands. */
const MAX_LISTED = 20;

/**
 * Reads and checks a backup file completely BEFORE anything is written (issue 6 items 2, 6):
 * size (before decoding), UTF-8, JSON, format and versions, the integrity hash (any damage),
 * every field of every row (zod), unique ids and references between tables. Never throws:
 * whatever the bytes, the answer is the backup or the reasons it is refused.
 */
export function readBackup(bytes: Uint8Array): BackupRead {
  try {
    return readChecked(bytes);
  } catch (error) {
    // A hostile file may still find a limit of the runtime (e.g. nesting too deep for JSON.parse).
    return refuse(
      backupProblem('unreadable', '', { detail: error instanceof Error ? error.message : String(error) }),
    );
  }
}

/** `readBackup` for callers that prefer an exception (`BackupRefusedError`). */
export function readBackupOrThrow(bytes: Uint8Array): BackupFile {
  const read = readBackup(bytes);
  if (!read.ok) throw new BackupRefusedError(read.problems);
  return read.backup;
}

function refuse(...problems: BackupProblem[]): BackupRead {
  return { ok: false, problems };
}

const MIN_READABLE_SCHEMA = 1;

type Envelope = ReturnType<typeof backupEnvelopeSchema.parse>;

/** The file read up to its integrity check: its text, members and checked envelope. */
interface Opened {
  readonly text: string;
  readonly record: Readonly<Record<string, unknown>>;
  readonly envelope: Envelope;
}

/** A bounded-JSON fault: its backup code, carrying the shared problem (its words). */
function jsonFault(p: Problem): BackupProblem {
  const code =
    p.code === 'file-too-large'
      ? 'too-large'
      : p.code === 'not-utf8'
        ? 'not-utf8'
        : p.code === 'json-too-deep'
          ? 'too-deep'
          : p.code === 'forbidden-key'
            ? 'forbidden-key'
            : 'not-json';
  return { ...backupProblem(code, p.path, p.params), problem: p };
}

function open(bytes: Uint8Array): Opened | BackupRead {
  if (bytes.byteLength === 0) return refuse(backupProblem('empty-file'));
  // The bounded-JSON faults are the shared problems, as a round file or a pack says them.
  const decoded = decodeJsonBytes(bytes, MAX_BACKUP_BYTES);
  if (!decoded.ok) return refuse(...decoded.problems.map(jsonFault));
  const text = decoded.text;
  const json = parseJsonText(text);
  if (!json.ok) return refuse(...json.problems.map(jsonFault));
  const data = json.value;
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return refuse(backupProblem('foreign-file', '', { format: typeof data }));
  const record = Object.fromEntries(Object.entries(data));
  const format: unknown = record['format'];
  if (format === 'ocop-council/round') return refuse(backupProblem('round-file'));
  if (format !== BACKUP_FORMAT)
    return refuse(
      backupProblem('foreign-file', 'format', {
        format: typeof format === 'string' ? format.slice(0, 80) : String(format).slice(0, 80),
      }),
    );
  if (record['version'] !== BACKUP_VERSION) {
    return refuse(
      backupProblem('unsupported-version', 'version', {
        version: JSON.stringify(record['version'] ?? null).slice(0, 40),
        supported: BACKUP_VERSION,
      }),
    );
  }
  const envelope = backupEnvelopeSchema.safeParse(data, { reportInput: true });
  if (!envelope.success) return refuse(...zodProblems(envelope.error, 'bad-envelope', ''));
  const schemaVersion = envelope.data.schemaVersion;
  if (schemaVersion > CURRENT_SCHEMA_VERSION)
    return refuse(
      backupProblem('newer-schema', 'schemaVersion', {
        found: schemaVersion,
        current: CURRENT_SCHEMA_VERSION,
      }),
    );
  // v1 → v2 only ADDED the signedDocuments store: v1 rows are v2 rows (the table defaults to []).
  // A later version that changes rows must convert them here, or refuse an older backup.
  if (schemaVersion < MIN_READABLE_SCHEMA)
    return refuse(
      backupProblem('older-schema', 'schemaVersion', {
        found: schemaVersion,
        current: CURRENT_SCHEMA_VERSION,
      }),
    );
  return { text, record, envelope: envelope.data };
}

/**
 * The bytes the integrity hash covers when the file is the canonical JSON createBackupFile
 * writes: the file without its `integrity` member, cut from the bytes as they are — no
 * re-serialising of the whole data set. Null for any other file (an older backup written with
 * JSON.stringify, a byte-order mark…): then the hash is taken over the canonical JSON of its
 * members, as the format defines. Either way a match proves the file undamaged.
 */
function canonicalHashedBytes(bytes: Uint8Array, { text, envelope }: Opened): Uint8Array<ArrayBuffer> | null {
  const head = canonicalHead(envelope.appVersion, envelope.createdAt);
  const member = integrityMember(envelope.integrity.hash);
  if (!text.startsWith(head) || !text.startsWith(member, head.length)) return null;
  const headBytes = new TextEncoder().encode(head).byteLength;
  const out = new Uint8Array(bytes.byteLength - member.length);
  out.set(bytes.subarray(0, headBytes));
  out.set(bytes.subarray(headBytes + member.length), headBytes);
  return out;
}

function readChecked(bytes: Uint8Array): BackupRead {
  const opened = open(bytes);
  if ('ok' in opened) return opened;
  const canonical = canonicalHashedBytes(bytes, opened);
  const hash = canonical === null ? backupIntegrityHash(opened.record) : bytesToHex(sha256(canonical));
  if (hash !== opened.envelope.integrity.hash)
    return refuse(backupProblem('integrity-mismatch', 'integrity.hash'));
  return finish(opened);
}

/**
 * `readBackup` hashing with WebCrypto (the app's restore: ~10× faster on a large file than the
 * pure-JS hash the synchronous reader uses). The same checks, the same answers.
 */
export async function readBackupAsync(bytes: Uint8Array): Promise<BackupRead> {
  try {
    const opened = open(bytes);
    if ('ok' in opened) return opened;
    const canonical = canonicalHashedBytes(bytes, opened);
    const hash =
      canonical === null
        ? await sha256Hex(new TextEncoder().encode(canonicalJson(withoutIntegrity(opened.record))))
        : await sha256Hex(canonical);
    if (hash !== opened.envelope.integrity.hash)
      return refuse(backupProblem('integrity-mismatch', 'integrity.hash'));
    return finish(opened);
  } catch (error) {
    return refuse(
      backupProblem('unreadable', '', { detail: error instanceof Error ? error.message : String(error) }),
    );
  }
}

function withoutIntegrity(record: Readonly<Record<string, unknown>>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([key]) => key !== 'integrity'));
}

function finish({ envelope }: Opened): BackupRead {
  const schemaVersion = envelope.schemaVersion;
  // zod, with a fast path for the rows of the big tables that are certainly valid (fast-rows.ts).
  const parsed = parseBackupTables(envelope.tables);
  if (!parsed.success) return refuse(...zodProblems(parsed.error, 'invalid-row', 'tables'));
  const tables = asTables(parsed.data);
  const problems = [...consistencyProblems(tables), ...signedDocumentProblems(tables)];
  if (problems.length > 0) return refuse(...problems.slice(0, MAX_LISTED));
  const e = envelope;
  return {
    ok: true,
    backup: {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      createdAt: e.createdAt,
      appVersion: e.appVersion,
      schemaVersion,
      tables,
      signedFolder: e.signedFolder,
      integrity: e.integrity,
    },
  };
}

/** What zod found, said as every file reader says it (domain/validate/zod-problems.ts). */
function zodProblems(error: z.ZodError, code: 'bad-envelope' | 'invalid-row', base: string): BackupProblem[] {
  return problemsFromZod(error, base)
    .slice(0, MAX_LISTED)
    .map((problem) => ({ ...backupProblem(code, problem.path), problem }));
}

/** Unique keys (as the stores' unique indexes demand) and references between tables. */
export function consistencyProblems(tables: BackupTables): BackupProblem[] {
  const problems: BackupProblem[] = [];
  const unique = <T>(table: string, rows: readonly T[], key: (row: T) => string): Set<string> => {
    const seen = new Set<string>();
    for (const row of rows) {
      const k = key(row);
      if (seen.has(k)) problems.push(backupProblem('duplicate-id', `tables.${table}`, { table, id: k }));
      seen.add(k);
    }
    return seen;
  };
  const rounds = unique('rounds', tables.rounds, (r) => r.id);
  const people = unique('people', tables.people, (r) => r.id);
  const members = unique('roundMembers', tables.roundMembers, (r) => r.id);
  unique('roundMembers', tables.roundMembers, (r) => `${r.roundId}+${r.personId}`);
  unique('attendance', tables.attendance, (r) => r.id);
  unique('attendance', tables.attendance, (r) => `${r.roundId}+${r.memberId}+${r.meetingDate}`);
  const products = unique('products', tables.products, (r) => r.id);
  unique('recusals', tables.recusals, (r) => r.id);
  unique('recusals', tables.recusals, (r) => `${r.productId}+${r.memberId}`);
  unique('sheets', tables.sheets, (r) => r.id);
  unique('sheets', tables.sheets, (r) => `${r.productId}+${r.memberId}+${r.pass}`);
  unique('productStates', tables.productStates, (r) => r.productId);
  unique('audit', tables.audit, (r) => r.id);
  unique('audit', tables.audit, (r) => `${r.chain}+${r.seq}`);
  unique('settings', tables.settings, (r) => r.key);
  unique('registerEntries', tables.registerEntries, (r) => r.id);
  unique('yearPlans', tables.yearPlans, (r) => r.id);
  unique('yearPlans', tables.yearPlans, (r) => `${r.year}+${r.level}`);
  const refer = (table: string, target: string, ids: Set<string>, id: string): void => {
    if (!ids.has(id))
      problems.push(backupProblem('dangling-reference', `tables.${table}`, { table, target, id }));
  };
  for (const m of tables.roundMembers) {
    refer('roundMembers', 'rounds', rounds, m.roundId);
    refer('roundMembers', 'people', people, m.personId);
  }
  for (const a of tables.attendance) refer('attendance', 'roundMembers', members, a.memberId);
  for (const p of tables.products) refer('products', 'rounds', rounds, p.roundId);
  for (const r of tables.recusals) {
    refer('recusals', 'products', products, r.productId);
    refer('recusals', 'roundMembers', members, r.memberId);
  }
  for (const s of tables.sheets) {
    refer('sheets', 'products', products, s.productId);
    refer('sheets', 'roundMembers', members, s.memberId);
  }
  for (const s of tables.productStates) refer('productStates', 'products', products, s.productId);
  unique('minutesFields', tables.minutesFields, (r) => r.productId);
  for (const f of tables.minutesFields) refer('minutesFields', 'products', products, f.productId);
  // Every row that names its round must name one in the backup: restored, it would otherwise hang
  // off nothing (no screen shows it, no round delete removes it). The audit trail is the one
  // exception: a deleted round's chain is kept on purpose (repos/round-delete.ts).
  const roundRows: readonly (readonly [string, readonly { readonly roundId: string }[]])[] = [
    ['attendance', tables.attendance],
    ['recusals', tables.recusals],
    ['sheets', tables.sheets],
    ['productStates', tables.productStates],
    ['signedDocuments', tables.signedDocuments],
  ];
  for (const [table, rows] of roundRows) for (const row of rows) refer(table, 'rounds', rounds, row.roundId);
  return problems;
}

/** Each signed file's bytes must be the ones its SHA-256 names: a signed PDF is evidence. */
function signedDocumentProblems(tables: BackupTables): BackupProblem[] {
  return tables.signedDocuments.flatMap((d, i) => {
    let ok: boolean;
    try {
      ok = bytesToHex(sha256(base64ToBytes(d.bytesBase64))) === d.sha256;
    } catch {
      ok = false;
    }
    return ok
      ? []
      : [
          backupProblem('signed-document-damaged', `tables.signedDocuments[${i}]`, {
            file: d.fileName.slice(0, 120),
          }),
        ];
  });
}

/**
 * The audit chains inside a backup, verified (a broken chain does not refuse the backup —
 * it may be the very evidence to keep — but the restore screen shows it).
 */
export function backupChainVerdicts(backup: BackupFile): ReadonlyMap<string, ChainVerdict> {
  const byChain = new Map<string, BackupTables['audit'][number][]>();
  for (const e of backup.tables.audit) byChain.set(e.chain, [...(byChain.get(e.chain) ?? []), e]);
  return new Map([...byChain].map(([chain, events]) => [chain, verifyChain(chain, events)]));
}

/**
 * The sheets of a checked backup whose answers the engine cannot count (e.g. a criterion with
 * cases answered without the case chosen): restored, they would stop the round's tally and its
 * minutes. Async because it loads the rounds' criteria sheets; call it after `readBackup`.
 */
export async function backupSheetProblems(
  backup: BackupFile,
  load?: (ruleSetId: string, sheetNo: number) => Promise<CriteriaSheet>,
): Promise<BackupProblem[]> {
  const tb = backup.tables;
  const found = await sheetAnswersProblems(tb.rounds, tb.products, tb.sheets, load);
  if (found.length === 0) return [];
  const roundName = new Map(tb.rounds.map((r) => [r.id, r.name]));
  const productName = new Map(tb.products.map((p) => [p.id, p.name]));
  const personName = new Map(tb.people.map((p) => [p.id, p.fullName]));
  const memberName = new Map(tb.roundMembers.map((m) => [m.id, personName.get(m.personId) ?? m.id]));
  const sheetIndex = new Map(tb.sheets.map((s, i) => [s.id, i]));
  return found.slice(0, MAX_LISTED).map((f) => {
    const where = {
      round: (roundName.get(f.roundId) ?? f.roundId).slice(0, 120),
      product: (productName.get(f.productId) ?? f.productId).slice(0, 120),
      member: (memberName.get(f.memberId) ?? f.memberId).slice(0, 120),
    };
    const path = `tables.sheets[${sheetIndex.get(f.sheetId) ?? 0}]`;
    const missing = f.problems.filter((p) => p.code === 'case-missing');
    if (missing.length === f.problems.length)
      return backupProblem('sheet-case-missing', path, {
        ...where,
        criteria: missing.map((p) => String(p.params['code'] ?? p.path)).join(', '),
      });
    return backupProblem('sheet-answers-invalid', path, {
      ...where,
      detail: f.problems
        .map((p) => `${p.path}: ${p.code}`)
        .join('; ')
        .slice(0, 200),
    });
  });
}
