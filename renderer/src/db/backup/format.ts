import { z } from 'zod';
import { rulesProfileSchema } from '../../domain/rules-profile-schema';
import {
  answerValue,
  finiteNumber,
  hex64,
  isoDate,
  isoInstant as instant,
  wholeNumber,
} from '../../domain/validate/schemas';
import type {
  AttendanceRow,
  AuditRow,
  PersonRow,
  ProductRow,
  ProductStateRow,
  RecusalRow,
  RegisterEntryRow,
  RoundMemberRow,
  RoundRow,
  SettingRow,
  SheetRow,
  SignedDocumentRow,
  MinutesFieldsRow,
  HubOpRow,
  ScoringPackRow,
  PackImportRow,
  PackConflictRow,
  MemberPackRow,
  YearPlanRow,
} from '../rows';
import { scoringPackSchema } from '../packs/format';

/**
 * The backup file, version 1 (issue 6 item 1): EVERYTHING the database holds, one JSON file.
 *
 * ```
 * { format: 'ocop-council/backup', version: 1, createdAt, appVersion, schemaVersion,
 *   tables: { rounds, people, roundMembers, attendance, products, recusals, sheets, productStates, audit, settings,
 *             signedDocuments, minutesFields, registerEntries, hubOps },
 *   signedFolder: { files: [{ name, size, modifiedAt }] },
 *   integrity: { algorithm: 'sha256', hash } }
 * ```
 *
 * - `tables` are the stored rows as they are (schema `schemaVersion`), so a restore is exact:
 *   ids, every scoring pass, drafts and the hash-chained audit trail included.
 * - `integrity.hash` = SHA-256 (hex) of the canonical JSON (sorted keys, db/audit/canonical-json)
 *   of the whole file WITHOUT `integrity`: any damage (truncation, an edited score, a lost line)
 *   is caught before anything is read into the database. It is a checksum against damage, not a
 *   signature: whoever can edit the file can recompute it; the audit chain inside and the signed
 *   minutes are the evidence against tampering.
 * - `tables.signedDocuments` (schema v2): every signed PDF WITH its bytes (base64) and SHA-256;
 *   reading checks each file's bytes against its SHA-256. Signed files are evidence that left
 *   the building: a restore never removes one, it adds those the database lacks (restore.ts).
 * - `signedFolder`: the files in the data folder 'signed' (exported copies), as a list only.
 * - A backup of schema v1 (before signed documents) reads as one with no signed documents.
 * - `tables.minutesFields` (schema v3): the minutes' fields per product; older backups read
 *   as having none.
 * - `tables.registerEntries` (schema v6): the register of products across rounds; absent in
 *   older backups (read as empty).
 */
export const BACKUP_FORMAT = 'ocop-council/backup';
export const BACKUP_VERSION = 1;

/** Refused before decoding: the host's data-file limit (electron/services/data-files.ts). */
export const MAX_BACKUP_BYTES = 200 * 1024 * 1024;

export interface BackupTables {
  readonly rounds: readonly RoundRow[];
  readonly people: readonly PersonRow[];
  readonly roundMembers: readonly RoundMemberRow[];
  readonly attendance: readonly AttendanceRow[];
  readonly products: readonly ProductRow[];
  readonly recusals: readonly RecusalRow[];
  readonly sheets: readonly SheetRow[];
  readonly productStates: readonly ProductStateRow[];
  readonly audit: readonly AuditRow[];
  readonly settings: readonly SettingRow[];
  readonly signedDocuments: readonly BackupSignedDocument[];
  /** schema v3: the minutes' fields (absent in older backups: none then) */
  readonly minutesFields: readonly MinutesFieldsRow[];
  /** the register of products across rounds (schema v6) */
  readonly registerEntries: readonly RegisterEntryRow[];
  /** schema v5: the meeting hub's ledger of delivered member ops */
  readonly hubOps: readonly HubOpRow[];
  // schema v7 (scoring packs); absent in older backups
  readonly scoringPacks: readonly ScoringPackRow[];
  readonly packImports: readonly PackImportRow[];
  readonly packConflicts: readonly PackConflictRow[];
  readonly memberPacks: readonly MemberPackRow[];
  /** schema v9: the office's plan per year and level */
  readonly yearPlans: readonly YearPlanRow[];
}

/** A signed document row with its bytes as base64 (JSON has no bytes). */
export type BackupSignedDocument = Omit<SignedDocumentRow, 'bytes'> & { readonly bytesBase64: string };

export type BackupTableName = keyof BackupTables;

export const BACKUP_TABLES = [
  'rounds',
  'people',
  'roundMembers',
  'attendance',
  'products',
  'recusals',
  'sheets',
  'productStates',
  'audit',
  'settings',
  'signedDocuments',
  'minutesFields',
  'registerEntries',
  'hubOps',
  'scoringPacks',
  'packImports',
  'packConflicts',
  'memberPacks',
  'yearPlans',
] as const satisfies readonly BackupTableName[];

export interface SignedFileInfo {
  readonly name: string;
  readonly size: number;
  readonly modifiedAt: string;
}

export interface SignedFolder {
  /** the files in the data folder 'signed' when the backup was made (names and sizes only) */
  readonly files: readonly SignedFileInfo[];
}

export interface BackupIntegrity {
  readonly algorithm: 'sha256';
  readonly hash: string;
}

export interface BackupFile {
  readonly format: typeof BACKUP_FORMAT;
  readonly version: typeof BACKUP_VERSION;
  readonly createdAt: string;
  readonly appVersion: string;
  readonly schemaVersion: number;
  readonly tables: BackupTables;
  readonly signedFolder: SignedFolder;
  readonly integrity: BackupIntegrity;
}

// ---- schemas: every field of every row (zod), strict (an unknown field is a foreign file) ----

// The building blocks every file format shares (domain/validate/schemas.ts): a backup accepts
// the dates, instants, whole numbers and answers a round file accepts, and no other.
const text = z.string().max(100_000);
const id = z.string().min(1).max(200);
const answers = z.record(z.string().max(50), answerValue);
const caseChoice = z.record(z.string().max(50), z.string().max(200));
const disqualification = z.strictObject({ reason: text, criterion: z.string().max(50).exactOptional() });

const roundRow = z.strictObject({
  id,
  name: text,
  level: z.enum(['province', 'central']),
  province: text,
  decision: z.strictObject({ number: text, date: isoDate, signer: text }).exactOptional(),
  venue: text,
  meetingDates: z.array(isoDate).max(1000),
  ruleSetId: z.string().max(200),
  rules: rulesProfileSchema,
  planTargets: z
    .strictObject({
      shareAtLeast3Stars: finiteNumber(0, 1).exactOptional(),
      forwardedFor5Stars: wholeNumber(0).exactOptional(),
      productsPlanned: wholeNumber(0).exactOptional(),
    })
    .exactOptional(),
  chairDelegatedTo: id.exactOptional(),
  secretaryScores: z.boolean().exactOptional(),
  status: z.enum(['preparing', 'scoring', 'closed']),
  archived: z.union([z.literal(0), z.literal(1)]),
  createdAt: instant,
  updatedAt: instant,
});

const personRow = z.strictObject({
  id,
  fullName: text,
  title: text,
  organisation: text,
  phone: text,
  createdAt: instant,
  updatedAt: instant,
});
const roundMemberRow = z.strictObject({
  id,
  roundId: id,
  personId: id,
  role: z.enum(['chair', 'vice-chair', 'secretary', 'member']),
  position: wholeNumber(0),
});
const attendanceRow = z.strictObject({
  id,
  roundId: id,
  memberId: id,
  meetingDate: z.union([isoDate, z.literal('')]),
  present: z.boolean(),
  excused: z.literal(true).exactOptional(),
});
const productRow = z.strictObject({
  id,
  roundId: id,
  name: text,
  code: z.string().max(200),
  sheetNo: wholeNumber(1, 1000),
  producer: z.strictObject({ name: text, address: text, phone: text, commune: text }),
  kind: z.enum(['first', 'upgrade', 're-evaluation']),
  selfAssessment: z.strictObject({ answers, caseChoice: caseChoice.exactOptional() }).exactOptional(),
  disqualification: disqualification.nullable(),
  meetingDate: isoDate.exactOptional(),
  position: wholeNumber(0),
  createdAt: instant,
  updatedAt: instant,
});
const recusalRow = z.strictObject({ id, roundId: id, productId: id, memberId: id, reason: text });
const sheetRow = z.strictObject({
  id,
  roundId: id,
  productId: id,
  memberId: id,
  pass: wholeNumber(1, 1000),
  answers,
  caseChoice,
  opinion: text,
  status: z.enum(['draft', 'submitted']),
  updatedAt: instant,
  submittedAt: instant.exactOptional(),
});
const productStateRow = z.strictObject({
  productId: id,
  roundId: id,
  currentPass: wholeNumber(1, 1000),
  sealed: z.boolean(),
  unsealedAt: z.array(instant).max(1000),
  rescoredAt: z.array(instant).max(1000),
  closed: z.strictObject({ at: instant, spreadOverrideReason: text.exactOptional() }).nullable(),
});
const auditRow = z.strictObject({
  id,
  chain: id,
  seq: wholeNumber(1),
  at: instant,
  actor: z.string().min(1).max(200),
  action: z.string().min(1).max(200),
  entity: z.string().max(200),
  entityId: z.string().max(200),
  roundId: id.nullable(),
  before: z.unknown(),
  after: z.unknown(),
  prevHash: hex64,
  hash: hex64,
  via: z
    .discriminatedUnion('kind', [
      z.strictObject({ kind: z.literal('laptop') }),
      z.strictObject({
        kind: z.literal('hub'),
        deviceId: z.string().max(200),
        deviceLabel: z.string().max(200),
      }),
      z.strictObject({ kind: z.literal('pack'), fileSha256: hex64 }),
    ])
    .exactOptional(),
});
const hubOpRow = z.strictObject({
  id,
  roundId: id,
  productId: id,
  memberId: id,
  pass: wholeNumber(1, 1000),
  field: z.string().min(1).max(100),
  clock: wholeNumber(0),
  deviceId: z.string().max(200),
  outcome: z.enum(['applied', 'stale']),
  at: instant,
});
const settingRow = z.strictObject({ key: z.string().min(1).max(200), value: z.unknown() });
const signedDocumentRow = z.strictObject({
  id,
  roundId: id,
  productId: z.union([id, z.literal('')]),
  kind: z.enum(['minutes', 'summary', 'sheet']),
  revision: wholeNumber(1),
  fileName: z.string().max(300),
  sha256: hex64,
  knownHashes: z.array(hex64).max(100),
  bytesBase64: z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/),
  signers: z
    .array(z.strictObject({ role: z.enum(['chair', 'secretary']), name: text, at: instant }))
    .max(100),
  auditHeadHash: z.string().max(64),
  createdAt: instant,
  updatedAt: instant,
  supersededBy: id.exactOptional(),
  revisionReason: text.exactOptional(),
});

const minutesFieldsRow = z.strictObject({
  productId: id,
  roundId: id,
  series: z.string().max(400),
  number: wholeNumber(1, 99_999).nullable(),
  symbol: z.string().max(300),
  startTime: z.string().max(5),
  endTime: z.string().max(5),
  venue: z.string().max(300),
  presiding: z.string().max(300),
  recorder: z.string().max(300),
  conclusion: z.string().max(4000),
  otherOpinions: z.string().max(4000),
  recipients: z.array(z.string().max(300)).max(30),
  updatedAt: instant,
});

const registerRecognition = z.strictObject({
  id,
  stars: z.union([z.literal(3), z.literal(4), z.literal(5)]),
  decisionNumber: z.string().min(1).max(200),
  decisionDate: isoDate,
  certificateNo: z.string().min(1).max(200),
  roundId: id.exactOptional(),
  productId: id.exactOptional(),
  revoked: z.strictObject({ reason: text, at: instant }).exactOptional(),
});

const registerEntryRow = z.strictObject({
  id,
  code: z.string().max(100),
  name: text,
  producer: z.strictObject({ name: text, address: text, phone: text, commune: text }),
  sheetNo: wholeNumber(1, 1000).nullable(),
  productIds: z.array(id).max(10_000),
  recognitions: z.array(registerRecognition).max(1_000),
  createdAt: instant,
  updatedAt: instant,
});

const packContent = z.strictObject({ answers, caseChoice, opinion: text, submitted: z.boolean() });
const scoringPackRow = z.strictObject({
  id,
  roundId: id,
  memberId: id,
  meetingDate: isoDate,
  secret: hex64,
  fileSha256: hex64,
  createdAt: instant,
  baselines: z
    .array(
      z.strictObject({
        productId: id,
        pass: wholeNumber(1, 1000),
        digest: hex64,
        seenRevision: wholeNumber(0),
      }),
    )
    .max(10_000),
});
const packImportRow = z.strictObject({
  id,
  roundId: id,
  packId: id,
  memberId: id,
  fileSha256: hex64,
  at: instant,
  applied: z.array(id).max(10_000),
  unchanged: z.array(id).max(10_000),
  conflicts: z.array(id).max(10_000),
  skipped: z
    .array(
      z.strictObject({ productId: id, reason: z.enum(['product-closed', 'not-editable', 'stale-pass']) }),
    )
    .max(10_000),
});
const packConflictRow = z.strictObject({
  id,
  roundId: id,
  packId: id,
  importId: id,
  fileSha256: hex64,
  productId: id,
  memberId: id,
  pass: wholeNumber(1, 1000),
  laptop: packContent,
  pack: packContent,
  packRevision: wholeNumber(0),
  createdAt: instant,
  resolution: z
    .strictObject({ chosen: z.enum(['laptop', 'pack']), reason: text, at: instant })
    .exactOptional(),
});
const memberPackRow = z.strictObject({
  id,
  pack: scoringPackSchema,
  sheets: z.record(
    id,
    z.strictObject({
      answers,
      caseChoice,
      opinion: text,
      submitted: z.boolean(),
      revision: wholeNumber(0),
      clock: z.record(z.string().max(60), instant),
    }),
  ),
  importedAt: instant,
  updatedAt: instant,
});

const yearPlanRow = z.strictObject({
  id,
  year: wholeNumber(2000, 2999),
  level: z.enum(['province', 'central']),
  targets: z.strictObject({
    shareAtLeast3Stars: finiteNumber(0, 1).exactOptional(),
    forwardedFor5Stars: wholeNumber(0, 100_000).exactOptional(),
    productsPlanned: wholeNumber(0, 100_000).exactOptional(),
  }),
  groupTargets: z
    .array(
      z.strictObject({
        group: z.enum(['food', 'drink', 'herbal', 'handicraft', 'ornamental', 'tourism']),
        products: wholeNumber(0, 100_000),
      }),
    )
    .max(6),
  createdAt: instant,
  updatedAt: instant,
});

export const backupTablesSchema = z.strictObject({
  rounds: z.array(roundRow),
  people: z.array(personRow),
  roundMembers: z.array(roundMemberRow),
  attendance: z.array(attendanceRow),
  products: z.array(productRow),
  recusals: z.array(recusalRow),
  sheets: z.array(sheetRow),
  productStates: z.array(productStateRow),
  audit: z.array(auditRow),
  settings: z.array(settingRow),
  // absent in backups of schema v1 (no signed documents then)
  signedDocuments: z.array(signedDocumentRow).default([]),
  // absent in backups of schema v1–v2 (no minutes fields then)
  minutesFields: z.array(minutesFieldsRow).default([]),
  // absent in backups before schema v6 (no register then)
  registerEntries: z.array(registerEntryRow).default([]),
  // absent in backups before schema v5 (no meeting hub then)
  hubOps: z.array(hubOpRow).default([]),
  // absent in backups before schema v7 (no scoring packs then)
  scoringPacks: z.array(scoringPackRow).default([]),
  packImports: z.array(packImportRow).default([]),
  packConflicts: z.array(packConflictRow).default([]),
  memberPacks: z.array(memberPackRow).default([]),
  // absent in backups before schema v9 (no year plans then)
  yearPlans: z.array(yearPlanRow).default([]),
});

/** The envelope, checked before the (expensive) integrity hash and rows. */
export const backupEnvelopeSchema = z.looseObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  createdAt: instant,
  appVersion: z.string().max(100),
  schemaVersion: wholeNumber(1),
  tables: z.unknown(),
  signedFolder: z.strictObject({
    files: z
      .array(
        z.strictObject({
          name: z.string().max(300),
          size: wholeNumber(0),
          modifiedAt: z.string().max(100),
        }),
      )
      .max(100_000),
  }),
  integrity: z.strictObject({ algorithm: z.literal('sha256'), hash: hex64 }),
});

/** Compile-time proof that what the schema accepts IS a set of stored rows. */
export function asTables(parsed: z.infer<typeof backupTablesSchema>): BackupTables {
  return parsed;
}
