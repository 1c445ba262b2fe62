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

/**
 * A backup of everything, read in ONE read transaction (a consistent snapshot even while
 * someone keeps scoring). Rows are copied as stored.
 */
export async function createBackup(db: CouncilDb, options: CreateBackupOptions): Promise<BackupFile> {
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
  return { ...body, integrity: { algorithm: 'sha256', hash: backupIntegrityHash(body) } };
}

/** The file's bytes (UTF-8 JSON, one line per table row would be nicer to diff but doubles the size). */
export function serializeBackup(file: BackupFile): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(file));
}
