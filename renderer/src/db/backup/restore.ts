import type { CouncilDb } from '../council-db';
import type { Actor } from '../rows';
import { readTx, writeTx } from '../tx';
import { replaceRows } from './replace-rows';
import { base64ToBytes } from '../../domain/base64';
import { BACKUP_TABLES, type BackupFile, type BackupTables } from './format';

export interface RestoreOptions {
  /**
   * The rows of the safety copy: the restore checks, inside its transaction, that the data is
   * still exactly these rows (signed documents aside: a restore never removes or changes one),
   * and refuses with `ChangedSinceSafetyCopyError` otherwise — a change made after the safety
   * copy would be lost with no copy anywhere.
   */
  readonly unchangedSince?: BackupTables;
}

export interface RestoreResult {
  /** rows written per table (signed documents: those added, the others were here already) */
  readonly counts: Readonly<Record<(typeof BACKUP_TABLES)[number], number>>;
}

/**
 * Replaces EVERYTHING with the backup's rows in ONE transaction over every store (only
 * the rows that differ are deleted and added, replace-rows.ts): a failure anywhere — a
 * constraint, a full disk — aborts it and the current data stays exactly as it was. `backup` must come from `readBackup` (checked). Take a fresh backup
 * of the current data BEFORE calling this (the restore flow in features/backup does).
 *
 * Audit: the restored rows carry their own chains unchanged; then one "backup.restore" event
 * is appended to the restored GLOBAL chain (when, which file by its hash, how many rows).
 */
export async function restoreBackup(
  db: CouncilDb,
  backup: BackupFile,
  actor: Actor,
  options: RestoreOptions = {},
): Promise<RestoreResult> {
  const was = options.unchangedSince;
  return writeTx(db, async (t, audit) => {
    // Each store is made to hold exactly the backup's rows, writing only the rows that differ
    // (replace-rows.ts): the same end state as clear + bulkAdd, in this one transaction.
    const tb = backup.tables;
    await replaceRows(t.rounds, tb.rounds, was?.rounds);
    await replaceRows(t.people, tb.people, was?.people);
    await replaceRows(t.roundMembers, tb.roundMembers, was?.roundMembers);
    await replaceRows(t.attendance, tb.attendance, was?.attendance);
    await replaceRows(t.products, tb.products, was?.products);
    await replaceRows(t.recusals, tb.recusals, was?.recusals);
    await replaceRows(t.sheets, tb.sheets, was?.sheets);
    await replaceRows(t.productStates, tb.productStates, was?.productStates);
    await replaceRows(t.audit, tb.audit, was?.audit);
    await replaceRows(t.settings, tb.settings, was?.settings);
    await replaceRows(t.minutesFields, tb.minutesFields, was?.minutesFields);
    await replaceRows(t.registerEntries, tb.registerEntries, was?.registerEntries);
    await replaceRows(t.hubOps, tb.hubOps, was?.hubOps);
    await replaceRows(t.scoringPacks, tb.scoringPacks, was?.scoringPacks);
    await replaceRows(t.packImports, tb.packImports, was?.packImports);
    await replaceRows(t.packConflicts, tb.packConflicts, was?.packConflicts);
    await replaceRows(t.memberPacks, tb.memberPacks, was?.memberPacks);
    await replaceRows(t.yearPlans, tb.yearPlans, was?.yearPlans);
    // Signed files are NEVER removed: a signed file that left the building must stay verifiable
    // (its hash) whatever is restored. Those of the backup that are not here are added.
    const here = new Set(await t.signedDocuments.toCollection().primaryKeys());
    const missing = tb.signedDocuments.filter((d) => !here.has(d.id));
    await t.signedDocuments.bulkAdd(
      missing.map(({ bytesBase64, ...row }) => ({ ...row, bytes: base64ToBytes(bytesBase64) })),
    );
    const counts = { ...tableCounts(backup), signedDocuments: missing.length };
    await audit({
      actor,
      action: 'backup.restore',
      entity: 'backup',
      entityId: backup.integrity.hash,
      roundId: null,
      before: null,
      after: {
        createdAt: backup.createdAt,
        appVersion: backup.appVersion,
        schemaVersion: backup.schemaVersion,
        counts,
      },
    });
    return { counts };
  });
}

export function tableCounts(backup: BackupFile): RestoreResult['counts'] {
  const tb = backup.tables;
  return {
    rounds: tb.rounds.length,
    people: tb.people.length,
    roundMembers: tb.roundMembers.length,
    attendance: tb.attendance.length,
    products: tb.products.length,
    recusals: tb.recusals.length,
    sheets: tb.sheets.length,
    productStates: tb.productStates.length,
    audit: tb.audit.length,
    settings: tb.settings.length,
    signedDocuments: tb.signedDocuments.length,
    minutesFields: tb.minutesFields.length,
    registerEntries: tb.registerEntries.length,
    hubOps: tb.hubOps.length,
    scoringPacks: tb.scoringPacks.length,
    packImports: tb.packImports.length,
    packConflicts: tb.packConflicts.length,
    memberPacks: tb.memberPacks.length,
    yearPlans: tb.yearPlans.length,
  };
}

// ---- what a backup contains, and how it differs from here (shown before restoring) ----

export interface RoundSummaryInBackup {
  readonly id: string;
  readonly name: string;
  readonly status: string;
  readonly archived: boolean;
  readonly meetingDates: readonly string[];
  readonly products: number;
  readonly members: number;
  readonly submittedSheets: number;
  readonly updatedAt: string;
}

export interface BackupContents {
  readonly createdAt: string;
  readonly appVersion: string;
  readonly schemaVersion: number;
  readonly rounds: readonly RoundSummaryInBackup[];
  readonly people: number;
  readonly auditEvents: number;
  /** signed PDFs stored in the backup (with their bytes) */
  readonly signedDocuments: number;
  /** files in the data folder 'signed' when the backup was made (list only) */
  readonly signedFolderFiles: number;
}

export function backupContents(backup: BackupFile): BackupContents {
  const tb = backup.tables;
  const count = <T extends { readonly roundId: string }>(
    rows: readonly T[],
    ok: (row: T) => boolean = () => true,
  ): Map<string, number> => {
    const m = new Map<string, number>();
    for (const row of rows) if (ok(row)) m.set(row.roundId, (m.get(row.roundId) ?? 0) + 1);
    return m;
  };
  const products = count(tb.products);
  const members = count(tb.roundMembers);
  const submitted = count(tb.sheets, (s) => s.status === 'submitted');
  return {
    createdAt: backup.createdAt,
    appVersion: backup.appVersion,
    schemaVersion: backup.schemaVersion,
    rounds: tb.rounds.map((r) => ({
      id: r.id,
      name: r.name,
      status: r.status,
      archived: r.archived === 1,
      meetingDates: r.meetingDates,
      updatedAt: r.updatedAt,
      products: products.get(r.id) ?? 0,
      members: members.get(r.id) ?? 0,
      submittedSheets: submitted.get(r.id) ?? 0,
    })),
    people: tb.people.length,
    auditEvents: tb.audit.length,
    signedDocuments: backup.tables.signedDocuments.length,
    signedFolderFiles: backup.signedFolder.files.length,
  };
}

export interface RoundDifference {
  readonly id: string;
  readonly name: string;
  /** 'added': only in the backup; 'replaced': in both (the backup's version wins); 'only-here': lost unless backed up */
  readonly change: 'added' | 'replaced' | 'only-here';
  /** for 'replaced': whether the two versions differ at all (last change, products, submitted sheets) */
  readonly differs: boolean;
  readonly here?: { readonly products: number; readonly submittedSheets: number; readonly updatedAt: string };
  readonly inBackup?: {
    readonly products: number;
    readonly submittedSheets: number;
    readonly updatedAt: string;
  };
}

/** How the backup differs from the database now, round by round. */
export async function compareWithCurrent(
  db: CouncilDb,
  backup: BackupFile,
): Promise<readonly RoundDifference[]> {
  const here = await readTx(db, async (t) => {
    const rounds = await t.rounds.toArray();
    return Promise.all(
      rounds.map(async (r) => ({
        id: r.id,
        name: r.name,
        updatedAt: r.updatedAt,
        products: await t.products.where('roundId').equals(r.id).count(),
        // One getAll per round, counted here: a filtered count walks a cursor, one call per sheet
        // (~0.6 s for 6,345 sheets under load, issue 13).
        submittedSheets: (await t.sheets.where('roundId').equals(r.id).toArray()).filter(
          (s) => s.status === 'submitted',
        ).length,
      })),
    );
  });
  const theirs = new Map(backupContents(backup).rounds.map((r) => [r.id, r]));
  const mine = new Map(here.map((r) => [r.id, r]));
  const out: RoundDifference[] = [];
  for (const b of theirs.values()) {
    const h = mine.get(b.id);
    const inBackup = { products: b.products, submittedSheets: b.submittedSheets, updatedAt: b.updatedAt };
    if (h === undefined) out.push({ id: b.id, name: b.name, change: 'added', differs: true, inBackup });
    else {
      const current = { products: h.products, submittedSheets: h.submittedSheets, updatedAt: h.updatedAt };
      const differs =
        h.updatedAt !== b.updatedAt || h.products !== b.products || h.submittedSheets !== b.submittedSheets;
      out.push({ id: b.id, name: b.name, change: 'replaced', differs, here: current, inBackup });
    }
  }
  for (const h of mine.values()) {
    if (!theirs.has(h.id))
      out.push({
        id: h.id,
        name: h.name,
        change: 'only-here',
        differs: true,
        here: { products: h.products, submittedSheets: h.submittedSheets, updatedAt: h.updatedAt },
      });
  }
  return out;
}
