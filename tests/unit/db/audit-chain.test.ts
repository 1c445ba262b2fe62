import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { canonicalJson, hashAuditEvent, listAudit, verifyAuditChain } from '../../../renderer/src/db';
import { scoreAndSubmit, seedRound } from './fixtures';

async function scoredRound() {
  const s = await seedRound();
  await scoreAndSubmit(s, s.products[0]?.id ?? '', s.members[1]?.id ?? '', 3);
  return s;
}

describe('tamper-evident audit chain', () => {
  it('verifies an untouched round and returns its head hash', async () => {
    const s = await scoredRound();
    const events = await listAudit(s.db, s.round.id);
    expect(await verifyAuditChain(s.db, s.round.id)).toEqual({
      ok: true,
      count: events.length,
      headHash: events.at(-1)?.hash,
    });
  });

  it('names the event whose content was edited behind the app’s back', async () => {
    const s = await scoredRound();
    const events = await listAudit(s.db, s.round.id);
    const victim = events.find((e) => e.action === 'sheet.answer');
    if (victim === undefined) throw new Error('fixture has no answer event');
    // Someone changes a member's answer in the log directly (devtools, a script).
    await s.db.audit.update(victim.id, { after: { ...(victim.after as object), answer: 5 } });
    expect(await verifyAuditChain(s.db, s.round.id)).toMatchObject({
      ok: false,
      eventId: victim.id,
      seq: victim.seq,
      problem: 'hash-mismatch',
      verified: victim.seq - 1,
    });
  });

  it('catches an edit whose own hash was recomputed: the next event no longer links to it', async () => {
    const s = await scoredRound();
    const events = await listAudit(s.db, s.round.id);
    const victim = events[2];
    const next = events[3];
    if (victim === undefined || next === undefined) throw new Error('fixture too short');
    const forged = { ...victim, actor: 'system' };
    await s.db.audit.put({ ...forged, hash: hashAuditEvent(forged) });
    expect(await verifyAuditChain(s.db, s.round.id)).toMatchObject({
      ok: false,
      eventId: next.id,
      problem: 'prev-hash-mismatch',
    });
  });

  it('catches a deleted event in the middle', async () => {
    const s = await scoredRound();
    const events = await listAudit(s.db, s.round.id);
    const victim = events[4];
    if (victim === undefined) throw new Error('fixture too short');
    await s.db.audit.delete(victim.id);
    expect(await verifyAuditChain(s.db, s.round.id)).toMatchObject({
      ok: false,
      seq: victim.seq + 1,
      problem: 'seq-gap',
    });
  });

  it('other rounds and the global chain are unaffected by a broken round chain', async () => {
    const s = await scoredRound();
    const other = await seedRound({ db: s.db });
    const first = (await listAudit(s.db, s.round.id))[0];
    if (first === undefined) throw new Error('no events');
    await s.db.audit.update(first.id, { action: 'round.delete' });
    expect((await verifyAuditChain(s.db, s.round.id)).ok).toBe(false);
    expect((await verifyAuditChain(s.db, other.round.id)).ok).toBe(true);
    expect((await verifyAuditChain(s.db, 'global')).ok).toBe(true);
  });
});

describe('canonicalJson', () => {
  it('sorts keys at every depth and drops undefined', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: 'ư' }], c: undefined } })).toBe(
      '{"a":{"d":[1,{"y":"ư","z":1}]},"b":1}',
    );
  });
  it('refuses values JSON would silently change', () => {
    expect(() => canonicalJson({ x: Number.NaN })).toThrow(/non-finite/);
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(() => canonicalJson(cyclic)).toThrow(/cycle/);
  });
});
