import type { Table } from 'dexie';
import type { CouncilDb } from './council-db';
import { appendAudit, type AuditInput } from './audit/append';
import { StorageFullError, isQuotaError } from './errors';

/**
 * Runs one repository write: a single 'rw' transaction over the touched tables plus the
 * audit store. Either every row AND the audit event are stored, or nothing is (any throw
 * aborts the transaction). Inside `body` await only Dexie calls: awaiting anything else
 * (fetch, WebCrypto, timers) commits the transaction early.
 */
export async function writeTx<T>(
  db: CouncilDb,
  tables: readonly Table[],
  body: (audit: (event: AuditInput) => Promise<void>) => Promise<T>,
): Promise<T> {
  try {
    return await db.transaction('rw', [...tables, db.audit], () =>
      body(async (event) => {
        await appendAudit(db, event);
      }),
    );
  } catch (error) {
    if (isQuotaError(error)) throw new StorageFullError(error);
    throw error;
  }
}
