import type { Transaction } from 'dexie';
import type { CouncilDb } from './council-db';
import { appendAudit, appendAudits, type AuditInput } from './audit/append';
import { StorageFullError, isQuotaError } from './errors';
import { loadRuleSetSheets, loadSheet, SheetNotLoadedError } from '../domain/criteria/registry';

/** More than any rule-set has sheets: a write that needs them all loads them one by one. */
const MAX_SHEET_LOADS = 64;

/**
 * Runs `work`; when the engine needed a criteria sheet that is not loaded yet (sheets load on
 * demand, issue 13), loads it and runs `work` again. The transaction that met the missing sheet
 * was aborted (a transaction may await nothing but IndexedDB), so nothing of it was written.
 * A click needs one sheet; work that meets a second missing one (a round file's import) gets
 * the rule-set's every sheet at once rather than a retry per sheet.
 */
export async function withSheetsLoaded<T>(work: () => Promise<T>): Promise<T> {
  for (let loads = 0; ; loads += 1) {
    try {
      return await work();
    } catch (error) {
      if (!(error instanceof SheetNotLoadedError) || loads >= MAX_SHEET_LOADS) throw error;
      if (loads === 0) await loadSheet(error.ruleSetId, error.sheetNo);
      else await loadRuleSetSheets(error.ruleSetId);
    }
  }
}

/** Every store of the database. */
export const STORE_NAMES = [
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
  // schema v7: scoring packs (secretary side) and the member workspace (member side)
  'scoringPacks',
  'packImports',
  'packConflicts',
  'memberPacks',
  'yearPlans',
] as const;

export type StoreName = (typeof STORE_NAMES)[number];

/**
 * The stores BOUND to one transaction (Dexie `tx.table(name)`), plus the db for ids, clock
 * and engine. Repositories read and write through this, never through `db.<store>`:
 * Dexie finds the ambient transaction through a "zone" that native async functions lose
 * after a few nested awaits, and an operation that loses it silently runs OUTSIDE the
 * transaction — no longer atomic. Bound tables cannot lose their transaction.
 */
export type Tx = Pick<CouncilDb, StoreName> & { readonly db: CouncilDb };

export function bindStores(db: CouncilDb, tx: Transaction): Tx {
  return {
    db,
    rounds: tx.table('rounds'),
    people: tx.table('people'),
    roundMembers: tx.table('roundMembers'),
    attendance: tx.table('attendance'),
    products: tx.table('products'),
    recusals: tx.table('recusals'),
    sheets: tx.table('sheets'),
    productStates: tx.table('productStates'),
    audit: tx.table('audit'),
    settings: tx.table('settings'),
    signedDocuments: tx.table('signedDocuments'),
    minutesFields: tx.table('minutesFields'),
    registerEntries: tx.table('registerEntries'),
    hubOps: tx.table('hubOps'),
    scoringPacks: tx.table('scoringPacks'),
    packImports: tx.table('packImports'),
    packConflicts: tx.table('packConflicts'),
    memberPacks: tx.table('memberPacks'),
    yearPlans: tx.table('yearPlans'),
  };
}

/**
 * Runs one repository write: a single 'rw' transaction that also appends the audit event.
 * Either every row AND the event are stored, or nothing is (any throw aborts it). It spans
 * every store: each write touches the audit store anyway, so writes are serialised either
 * way, and no write can fail for a store it forgot to declare. Inside `body` await only
 * Dexie calls: awaiting anything else (fetch, WebCrypto, timers) commits the transaction
 * early. A quota failure becomes `StorageFullError`. A write of many rows at once appends
 * their events, one per row and in order, with `auditMany` (one read of the chain's head).
 */
export async function writeTx<T>(
  db: CouncilDb,
  body: (
    t: Tx,
    audit: (event: AuditInput) => Promise<void>,
    auditMany: (events: readonly AuditInput[]) => Promise<void>,
  ) => Promise<T>,
): Promise<T> {
  try {
    return await withSheetsLoaded(() =>
      db.transaction('rw', [...STORE_NAMES], (tx) => {
        const t = bindStores(db, tx);
        return body(
          t,
          async (event) => {
            await appendAudit(t, event);
          },
          async (events) => {
            await appendAudits(t, events);
          },
        );
      }),
    );
  } catch (error) {
    if (isQuotaError(error)) throw new StorageFullError(error);
    throw error;
  }
}

/** A consistent read over every store (one 'r' transaction), with bound stores. */
export async function readTx<T>(db: CouncilDb, body: (t: Tx) => Promise<T>): Promise<T> {
  return withSheetsLoaded(() => db.transaction('r', [...STORE_NAMES], (tx) => body(bindStores(db, tx))));
}
