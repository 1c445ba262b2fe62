import type { Tx } from '../tx';
import type { Actor, AuditChain, AuditRow, AuditVia } from '../rows';
import { GENESIS_HASH, hashAuditEvent } from './chain';

export interface AuditInput {
  readonly actor: Actor;
  readonly action: string;
  readonly entity: string;
  readonly entityId: string;
  readonly roundId: string | null;
  readonly before: unknown;
  readonly after: unknown;
  /** where the write came from; leave it out for the secretary's laptop */
  readonly via?: AuditVia | undefined;
}

/**
 * Appends one event to its chain. MUST run inside the write's 'rw' transaction (which
 * includes `db.audit`): reading the chain head and adding the event then happen atomically,
 * and the unique [chain+seq] index refuses a second event at the same position.
 */
export async function appendAudit(t: Tx, input: AuditInput): Promise<AuditRow> {
  const chain: AuditChain = input.roundId ?? 'global';
  const event = eventAfter(t, input, chain, await chainHead(t, chain));
  await t.audit.add(event);
  return event;
}

/**
 * Appends several events, in order, exactly as `appendAudit` one after another would (same
 * fields, sequence numbers and hash chain), with one read of each chain's head and one write
 * for all of them (issue 13: a batch of signatures stored in one transaction). Same rule:
 * inside the write's 'rw' transaction.
 */
export async function appendAudits(t: Tx, inputs: readonly AuditInput[]): Promise<AuditRow[]> {
  const heads = new Map<AuditChain, { readonly seq: number; readonly hash: string }>();
  const events: AuditRow[] = [];
  for (const input of inputs) {
    const chain: AuditChain = input.roundId ?? 'global';
    const event = eventAfter(t, input, chain, heads.get(chain) ?? (await chainHead(t, chain)));
    heads.set(chain, event);
    events.push(event);
  }
  await t.audit.bulkAdd(events);
  return events;
}

async function chainHead(
  t: Tx,
  chain: AuditChain,
): Promise<{ readonly seq: number; readonly hash: string } | undefined> {
  return t.audit.where('[chain+seq]').between([chain, 0], [chain, Infinity]).last();
}

function eventAfter(
  t: Tx,
  input: AuditInput,
  chain: AuditChain,
  head: { readonly seq: number; readonly hash: string } | undefined,
): AuditRow {
  const unhashed = {
    id: t.db.newId(),
    chain,
    seq: (head?.seq ?? 0) + 1,
    at: t.db.now(),
    actor: input.actor,
    action: input.action,
    entity: input.entity,
    entityId: input.entityId,
    roundId: input.roundId,
    // Stored as plain JSON copies: a later change to the live row object must not alter history.
    before: toJson(input.before),
    after: toJson(input.after),
    // Absent, never undefined: an event without `via` hashes exactly as before the field existed.
    ...(input.via === undefined ? {} : { via: viaOf(input.via) }),
    prevHash: head?.hash ?? GENESIS_HASH,
  };
  return { ...unhashed, hash: hashAuditEvent(unhashed) };
}

function toJson(value: unknown): unknown {
  return value === undefined ? null : (JSON.parse(JSON.stringify(value)) as unknown);
}

/** A plain copy of exactly the fields of its kind (nothing stray reaches the hash). */
function viaOf(via: AuditVia): AuditVia {
  switch (via.kind) {
    case 'laptop':
      return { kind: 'laptop' };
    case 'hub':
      return { kind: 'hub', deviceId: via.deviceId, deviceLabel: via.deviceLabel };
    case 'pack':
      return { kind: 'pack', fileSha256: via.fileSha256 };
  }
}
