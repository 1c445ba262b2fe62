import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { canonicalJson } from '../audit/canonical-json';
import type { CouncilDb } from '../council-db';
import { CURRENT_SCHEMA_VERSION } from '../schema/versions';
import { readTx } from '../tx';
import { bytesToBase64 } from '../../domain/base64';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  type BackupFile,
  type BackupTables,
  type SignedFileInfo,
} from './format';

export interface CreateBackupOptions {
  /** the app's version (AppInfo.version), shown when restoring */
  readonly appVersion: string;
  /** files in the data folder 'signed' (metadata only, see format.ts) */
  readonly signedFiles?: readonly SignedFileInfo[];
}

/** SHA-256 (hex) of the canonical JSON of the file without its `integrity` field. */
export function backupIntegrityHash(file: Readonly<Record<string, unknown>>): string {
  const rest = Object.fromEntries(Object.entries(file).filter(([key]) => key !== 'integrity'));
  return bytesToHex(sha256(utf8ToBytes(canonicalJson(rest))));
}

/** SHA-256 (hex) with the platform's WebCrypto (native: ~10× the pure-JS hash on a large file), else @noble/hashes. */
export async function sha256Hex(data: Uint8Array<ArrayBuffer>): Promise<string> {
  const subtle = globalThis.crypto?.subtle;
  if (subtle === undefined) return bytesToHex(sha256(data));
  return bytesToHex(new Uint8Array(await subtle.digest('SHA-256', data)));
}

/**
 * The start of a backup's canonical JSON, up to its `integrity` member: the top-level keys in
 * sorted order are appVersion, createdAt, format, integrity, schemaVersion, … (pure).
 */
export function canonicalHead(appVersion: string, createdAt: string): string {
  return `{"appVersion":${JSON.stringify(appVersion)},"createdAt":${JSON.stringify(createdAt)},"format":${JSON.stringify(BACKUP_FORMAT)},`;
}

/** The `integrity` member as the canonical file writes it (ASCII only). */
export function integrityMember(hash: string): string {
  return `"integrity":{"algorithm":"sha256","hash":"${hash}"},`;
}

/**
 * A backup of everything, read in ONE read transaction (a consistent snapshot even while
 * someone keeps scoring). Rows are copied as stored.
 */
export async function createBackup(db: CouncilDb, options: CreateBackupOptions): Promise<BackupFile> {
  return snapshotBackup(db, options, backupIntegrityHash);
}

async function snapshotBackup(
  db: CouncilDb,
  options: CreateBackupOptions,
  integrityHash: (body: Readonly<Record<string, unknown>>) => string,
): Promise<BackupFile> {
  const tables: BackupTables = await readTx(db, async (t) => ({
    rounds: await t.rounds.toArray(),
    people: await t.people.toArray(),
    roundMembers: await t.roundMembers.toArray(),
    attendance: await t.attendance.toArray(),
    products: await t.products.toArray(),
    recusals: await t.recusals.toArray(),
    sheets: await t.sheets.toArray(),
    productStates: await t.productStates.toArray(),
    audit: await t.audit.toArray(),
    settings: await t.settings.toArray(),
    signedDocuments: (await t.signedDocuments.toArray()).map(({ bytes, ...row }) => ({
      ...row,
      bytesBase64: bytesToBase64(bytes),
    })),
    minutesFields: await t.minutesFields.toArray(),
    registerEntries: await t.registerEntries.toArray(),
    yearPlans: await t.yearPlans.toArray(),
    hubOps: await t.hubOps.toArray(),
    scoringPacks: await t.scoringPacks.toArray(),
    packImports: await t.packImports.toArray(),
    packConflicts: await t.packConflicts.toArray(),
    memberPacks: await t.memberPacks.toArray(),
  }));
  const body = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    createdAt: db.now(),
    appVersion: options.appVersion,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    tables,
    signedFolder: { files: options.signedFiles ?? [] },
  } as const;
  return { ...body, integrity: { algorithm: 'sha256', hash: integrityHash(body) } };
}

/**
 * A backup of everything and its file's bytes, serialised ONCE (issue 13: backup + check +
 * restore ≤ 3 s): the file is written as the canonical JSON the integrity hash is taken over,
 * with the `integrity` member in its sorted place, so the text is made once, hashed once
 * (WebCrypto) and is itself the file — and readBackup can check it by hashing the bytes
 * without re-serialising (read.ts). Same format as `serializeBackup(createBackup(…))`: the
 * same members, the same hash; only the key order in the text differs.
 */
export async function createBackupFile(db: CouncilDb, options: CreateBackupOptions): Promise<BackupFileMade> {
  const { integrity: _unused, ...body } = await snapshotBackup(db, options, () => '');
  const text = canonicalJson(body);
  const head = canonicalHead(body.appVersion, body.createdAt);
  if (!text.startsWith(head)) throw new Error('backup: canonical JSON does not start as expected');
  const encoder = new TextEncoder();
  const hash = await sha256Hex(encoder.encode(text));
  const bytes = encoder.encode(`${head}${integrityMember(hash)}${text.slice(head.length)}`);
  const made = { backup: { ...body, integrity: { algorithm: 'sha256', hash } }, bytes } as const;
  lastFiles.set(db, made);
  return made;
}

export interface BackupFileMade {
  readonly backup: BackupFile;
  readonly bytes: Uint8Array;
}

/**
 * The last file `createBackupFile` made of each database (Settings › "Sao lưu ngay", the daily
 * backup): the restore may write it as its safety copy instead of serialising everything again
 * (issue 13), because the restore then proves, inside its transaction, that the data is still
 * exactly that file's rows (auto.ts `restoreWithSafetyBackup`). One per database, dropped with it.
 */
const lastFiles = new WeakMap<CouncilDb, BackupFileMade>();

export function lastBackupFileOf(db: CouncilDb): BackupFileMade | undefined {
  return lastFiles.get(db);
}

export function forgetLastBackupFile(db: CouncilDb): void {
  lastFiles.delete(db);
}

/** The file's bytes (UTF-8 JSON, one line per table row would be nicer to diff but doubles the size). */
export function serializeBackup(file: BackupFile): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(file));
}
