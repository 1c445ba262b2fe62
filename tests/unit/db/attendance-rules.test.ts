import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import {
  WorkflowError,
  addMember,
  canonicalJson,
  closeProduct,
  createPerson,
  hashAuditEvent,
  listAudit,
  markRestPresent,
  progressMatrixOf,
  quorumOf,
  saveAnswer,
  setAttendance,
  setSecretaryScores,
  startScoring,
  unsealProduct,
  verifyAuditChain,
  type AuditRow,
} from '../../../renderer/src/db';
import { scoreAndSubmit, seedRound } from './fixtures';

const DAY = '2026-12-01';

async function expectRefusal(write: Promise<unknown>, code: string): Promise<void> {
  await expect(write).rejects.toBeInstanceOf(WorkflowError);
  await expect(write).rejects.toMatchObject({ code });
}

describe('attendance is confirmed, not assumed (OCOP-RULES §4 item 7)', () => {
  it('"mark the rest present" marks only the unmarked, reading the marks as stored (an absence written a moment before stays)', async () => {
    const s = await seedRound({ members: 4, attendance: false });
    const [chair = '', m1 = '', m2 = ''] = s.members.map((m) => m.id);
    await setAttendance(s.db, s.round.id, chair, DAY, 'present', 'secretary');
    // the absence and the button in the same tick, as a quick secretary does: the screen has not
    // re-rendered, the repository still sees the absence
    const absence = setAttendance(s.db, s.round.id, m1, DAY, 'absent', 'secretary');
    const rest = markRestPresent(s.db, s.round.id, DAY, 'secretary');
    await absence;
    const written = await rest;
    expect(written.map((row) => row.memberId).sort()).toEqual(
      s.members
        .map((m) => m.id)
        .filter((id) => id !== chair && id !== m1)
        .sort(),
    );
    const marks = await s.db.attendance.where('roundId').equals(s.round.id).toArray();
    expect(marks.find((row) => row.memberId === m1)?.present).toBe(false);
    expect(marks.find((row) => row.memberId === m2)?.present).toBe(true);
    expect(marks).toHaveLength(4);
    // nothing left to mark: a second press writes nothing
    expect(await markRestPresent(s.db, s.round.id, DAY, 'secretary')).toEqual([]);
    expect(await quorumOf(s.db, s.round.id, DAY)).toMatchObject({ present: 3, total: 4, met: true });
    // not a meeting day: refused, nothing written
    await expect(markRestPresent(s.db, s.round.id, '2026-12-09', 'secretary')).rejects.toThrow();
  });

  it('scoring of the day stays closed until every member is marked; an unmarked member is not present', async () => {
    const s = await seedRound({ members: 4, attendance: false });
    const [chair = '', m1 = '', m2 = '', m3 = ''] = s.members.map((m) => m.id);
    const p = s.products[0]?.id ?? '';
    const answer = (memberId: string) =>
      saveAnswer(
        s.db,
        { roundId: s.round.id, productId: p, memberId, criterionCode: '1.1', answer: 1 },
        'secretary',
      );
    // nobody marked: no quorum (0 of 4), and no scoring
    expect(await quorumOf(s.db, s.round.id, DAY)).toMatchObject({ met: false, present: 0, total: 4 });
    await expectRefusal(answer(chair), 'attendance-unconfirmed');
    await setAttendance(s.db, s.round.id, chair, DAY, 'present', 'secretary');
    await setAttendance(s.db, s.round.id, m1, DAY, 'present', 'secretary');
    await setAttendance(s.db, s.round.id, m2, DAY, 'excused', 'secretary');
    // three marked, one not: still closed for everyone, and the unmarked one does not count
    await expectRefusal(answer(chair), 'attendance-unconfirmed');
    expect(await quorumOf(s.db, s.round.id, DAY)).toMatchObject({ present: 2, total: 4, met: false });
    await setAttendance(s.db, s.round.id, m3, DAY, 'present', 'secretary');
    expect(await quorumOf(s.db, s.round.id, DAY)).toMatchObject({ present: 3, total: 4, met: true });
    await answer(chair);
    // excused is absent: cannot score, is not waited for
    await expectRefusal(answer(m2), 'member-absent');
    const row = (await progressMatrixOf(s.db, s.round.id))[0];
    expect(row?.states[m2]).toBe('absent');
    expect(row?.expected).toBe(3);
    const marks = await s.db.attendance.where('roundId').equals(s.round.id).toArray();
    expect(marks.find((a) => a.memberId === m2)).toMatchObject({ present: false, excused: true });
  });
});

describe('a non-voting secretary (OCOP-RULES §4 item 8)', () => {
  it('neither scores nor counts toward the quorum of scoring members, and is not waited for', async () => {
    const s = await seedRound({ members: 3, scoring: false });
    const person = await createPerson(s.db, { fullName: 'Thư ký Hội đồng' }, 'secretary');
    const secretary = await addMember(s.db, s.round.id, person.id, 'secretary', 'secretary');
    await setAttendance(s.db, s.round.id, secretary.id, DAY, 'present', 'secretary');
    await setSecretaryScores(s.db, s.round.id, false, 'secretary');
    await startScoring(s.db, s.round.id, 'secretary');
    const p = s.products[0]?.id ?? '';
    // 3 scoring members, all present: 3/3 (the secretary is not in the count)
    expect(await quorumOf(s.db, s.round.id, DAY)).toMatchObject({ met: true, present: 3, total: 3 });
    await expectRefusal(
      saveAnswer(
        s.db,
        { roundId: s.round.id, productId: p, memberId: secretary.id, criterionCode: '1.1', answer: 1 },
        'secretary',
      ),
      'member-non-voting',
    );
    for (const m of s.members) await scoreAndSubmit(s, p, m.id, 2);
    // the seal does not wait for the secretary
    await unsealProduct(s.db, p, 'secretary');
    await closeProduct(s.db, p, {}, 'secretary');
    const row = (await progressMatrixOf(s.db, s.round.id))[0];
    expect(Object.keys(row?.states ?? {})).not.toContain(secretary.id);
  });

  it('an absent non-voting secretary does not break quorum; 2 of 3 scoring members present does', async () => {
    const s = await seedRound({ members: 3, scoring: false, attendance: false });
    const person = await createPerson(s.db, { fullName: 'Thư ký' }, 'secretary');
    const secretary = await addMember(s.db, s.round.id, person.id, 'secretary', 'secretary');
    await setSecretaryScores(s.db, s.round.id, false, 'secretary');
    const [chair = '', m1 = '', m2 = ''] = s.members.map((m) => m.id);
    await setAttendance(s.db, s.round.id, secretary.id, DAY, 'absent', 'secretary');
    await setAttendance(s.db, s.round.id, chair, DAY, 'present', 'secretary');
    await setAttendance(s.db, s.round.id, m1, DAY, 'present', 'secretary');
    await setAttendance(s.db, s.round.id, m2, DAY, 'present', 'secretary');
    expect(await quorumOf(s.db, s.round.id, DAY)).toMatchObject({ met: true, present: 3, total: 3 });
    await setAttendance(s.db, s.round.id, m2, DAY, 'absent', 'secretary');
    expect(await quorumOf(s.db, s.round.id, DAY)).toMatchObject({ met: false, present: 2, total: 3 });
  });

  it('a voting secretary counts as before; making them non-voting once they scored is refused', async () => {
    const s = await seedRound({ members: 2, scoring: false });
    const person = await createPerson(s.db, { fullName: 'Thư ký' }, 'secretary');
    const secretary = await addMember(s.db, s.round.id, person.id, 'secretary', 'secretary');
    await setAttendance(s.db, s.round.id, secretary.id, DAY, 'present', 'secretary');
    await startScoring(s.db, s.round.id, 'secretary');
    expect(await quorumOf(s.db, s.round.id, DAY)).toMatchObject({ present: 3, total: 3 });
    await saveAnswer(
      s.db,
      {
        roundId: s.round.id,
        productId: s.products[0]?.id ?? '',
        memberId: secretary.id,
        criterionCode: '1.1',
        answer: 1,
      },
      'secretary',
    );
    await expectRefusal(setSecretaryScores(s.db, s.round.id, false, 'secretary'), 'member-has-sheets');
  });
});

describe('where a score came from (OCOP-RULES §4 item 9)', () => {
  it('the audit event records `via`; absent means the laptop; the chain verifies', async () => {
    const s = await seedRound({ members: 4 });
    const key = { roundId: s.round.id, productId: s.products[0]?.id ?? '', memberId: s.members[1]?.id ?? '' };
    await saveAnswer(s.db, { ...key, criterionCode: '1.1', answer: 1 }, 'secretary');
    await saveAnswer(s.db, { ...key, criterionCode: '1.2', answer: 2 }, 'secretary', {
      kind: 'hub',
      deviceId: 'dev-1',
      deviceLabel: 'Điện thoại của An',
    });
    await saveAnswer(s.db, { ...key, criterionCode: '1.3', answer: 3 }, 'secretary', {
      kind: 'pack',
      fileSha256: 'ab'.repeat(32),
    });
    const events = (await listAudit(s.db, s.round.id)).filter((e) => e.action === 'sheet.answer');
    expect(events.map((e) => e.via ?? null)).toEqual([
      null,
      { kind: 'hub', deviceId: 'dev-1', deviceLabel: 'Điện thoại của An' },
      { kind: 'pack', fileSha256: 'ab'.repeat(32) },
    ]);
    expect('via' in (events[0] ?? {})).toBe(false);
    expect(await verifyAuditChain(s.db, s.round.id)).toMatchObject({ ok: true });
  });

  it('an event without `via` hashes exactly as before the field existed; `via` is covered by the hash', () => {
    const old: Omit<AuditRow, 'hash'> = {
      id: 'e1',
      chain: 'r1',
      seq: 1,
      at: '2026-11-28T08:00:00.000Z',
      actor: 'secretary',
      action: 'sheet.answer',
      entity: 'sheets',
      entityId: 's1',
      roundId: 'r1',
      before: null,
      after: { answer: 1 },
      prevHash: '0'.repeat(64),
    };
    // the formula of schema v1: SHA-256 of the canonical JSON of these twelve fields
    const v1Hash = bytesToHex(sha256(utf8ToBytes(canonicalJson(old))));
    expect(hashAuditEvent(old)).toBe(v1Hash);
    const viaPack = hashAuditEvent({ ...old, via: { kind: 'pack', fileSha256: 'ab'.repeat(32) } });
    expect(viaPack).not.toBe(v1Hash);
    expect(hashAuditEvent({ ...old, via: { kind: 'pack', fileSha256: 'cd'.repeat(32) } })).not.toBe(viaPack);
  });
});
