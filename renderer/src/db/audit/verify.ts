import type { CouncilDb } from '../council-db';
import type { AuditChain, AuditRow } from '../rows';
import { verifyChain, type ChainVerdict } from './chain';

/** The events of one chain (a round id or "global"), in order. */
export async function listAudit(db: CouncilDb, chain: AuditChain): Promise<AuditRow[]> {
  return db.audit.where('[chain+seq]').between([chain, 0], [chain, Infinity]).toArray();
}

/**
 * Verifies a round's audit chain (or the "global" one) as stored: ok with the head hash, or
 * the first event that fails and why. Detects edited, removed or reordered events; a
 * removal of the LAST events is only detectable against a head hash kept elsewhere (the
 * signed minutes carry it, issue 6).
 */
export async function verifyAuditChain(db: CouncilDb, chain: AuditChain): Promise<ChainVerdict> {
  return verifyChain(chain, await listAudit(db, chain));
}
