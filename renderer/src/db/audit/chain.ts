import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { AuditRow } from '../rows';
import { canonicalJson } from './canonical-json';

/**
 * The tamper-evident audit trail (issue 6 item 5), pure part.
 *
 * Chains: one per round (chain = roundId) and one "global" chain for rounds-independent
 * data (people, settings). Per-round chains let a round file carry its own verifiable chain
 * and keep rounds merged from other laptops independent. Each event stores the previous
 * event's hash (`prevHash`, 64 zeros for seq 1) and its own `hash` = SHA-256 over the
 * canonical JSON of all its other fields. Editing, deleting or reordering any stored event
 * breaks verification at that event. SHA-256 is synchronous (noble) because an IndexedDB
 * transaction dies when it awaits WebCrypto.
 */
export const GENESIS_HASH = '0'.repeat(64);

export type UnhashedAuditEvent = Omit<AuditRow, 'hash'>;

export function hashAuditEvent(event: UnhashedAuditEvent): string {
  // Rebuild the object from named fields so a stray extra property (or the stored hash)
  // cannot change what is hashed; `hash` itself is excluded by construction.
  const fields: UnhashedAuditEvent = {
    id: event.id,
    chain: event.chain,
    seq: event.seq,
    at: event.at,
    actor: event.actor,
    action: event.action,
    entity: event.entity,
    entityId: event.entityId,
    roundId: event.roundId,
    before: event.before,
    after: event.after,
    // Only when present: events without `via` (all older ones) keep their hash.
    ...(event.via === undefined ? {} : { via: event.via }),
    prevHash: event.prevHash,
  };
  return bytesToHex(sha256(utf8ToBytes(canonicalJson(fields))));
}

export type ChainBreak = 'hash-mismatch' | 'prev-hash-mismatch' | 'seq-gap' | 'wrong-chain';

export type ChainVerdict =
  | { readonly ok: true; readonly count: number; readonly headHash: string }
  | {
      readonly ok: false;
      /** the first event that does not verify */
      readonly eventId: string;
      readonly seq: number;
      readonly problem: ChainBreak;
      /** how many events before it verified */
      readonly verified: number;
    };

/** Checks one chain's events; sorts them by seq first (storage order is not trusted). */
export function verifyChain(chain: string, events: readonly AuditRow[]): ChainVerdict {
  const sorted = [...events].sort((a, b) => a.seq - b.seq);
  let prev = GENESIS_HASH;
  for (const [i, e] of sorted.entries()) {
    const broken = (problem: ChainBreak): ChainVerdict => ({
      ok: false,
      eventId: e.id,
      seq: e.seq,
      problem,
      verified: i,
    });
    if (e.chain !== chain) return broken('wrong-chain');
    if (e.seq !== i + 1) return broken('seq-gap');
    if (e.prevHash !== prev) return broken('prev-hash-mismatch');
    if (hashAuditEvent(e) !== e.hash) return broken('hash-mismatch');
    prev = e.hash;
  }
  return { ok: true, count: sorted.length, headHash: prev };
}
