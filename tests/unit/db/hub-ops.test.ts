import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { HubOpBatch, MemberOp } from '../../../electron/shared/hub-wire';
import {
  applyHubBatches,
  applyHubOp,
  listAudit,
  memberViewsOf,
  recuseMember,
  setAttendance,
  setSecretaryScores,
  startScoring,
  verifyAuditChain,
  addMember,
  createPerson,
} from '../../../renderer/src/db';
import {
  createBackup,
  readBackupOrThrow,
  restoreBackup,
  serializeBackup,
} from '../../../renderer/src/db/backup';
import { FAKE_CRITERIA, scoreAndSubmit, seedRound, type Seeded } from './fixtures';
import { messageOf } from '../../../renderer/src/i18n/translate';

const DAY = '2026-12-01';
let n = 0;
const op = (productId: string, clock: number, change: MemberOp['change'], pass = 1): MemberOp => ({
  opId: `op-${++n}`,
  productId,
  pass,
  clock,
  change,
});
const meta = (s: Seeded, memberId: string) => ({
  roundId: s.round.id,
  meetingDate: DAY,
  memberId,
  deviceId: 'dev-1',
  deviceLabel: 'Android · Chrome',
});
const label = () => ({ vi: 'x', en: 'x' });

async function snapshot(s: Seeded): Promise<string> {
  return JSON.stringify([
    await s.db.sheets.toArray(),
    await s.db.audit.toArray(),
    await s.db.hubOps.toArray(),
  ]);
}

describe('member ops through the hub', () => {
  it('commit through the scoring repository: the member is the actor, the audit names the device, the chain verifies', async () => {
    const s = await seedRound({ members: 3 });
    const [p] = s.products;
    const m = s.members[1]?.id ?? '';
    const out = await applyHubOp(
      s.db,
      meta(s, m),
      op(p?.id ?? '', 1, { kind: 'answer', criterion: '1.1', answer: 2 }),
    );
    expect(out.status).toBe('applied');
    const sheet = (await s.db.sheets.toArray())[0];
    expect(sheet?.answers).toEqual({ '1.1': 2 });
    const events = await listAudit(s.db, s.round.id);
    const last = events[events.length - 1];
    expect(last).toMatchObject({ action: 'sheet.answer', actor: m, via: { kind: 'hub', deviceId: 'dev-1' } });
    expect((await verifyAuditChain(s.db, s.round.id)).ok).toBe(true);
  });

  it('the same op twice changes nothing the second time (a retry after a lost acknowledgement)', async () => {
    const s = await seedRound({ members: 3 });
    const p = s.products[0]?.id ?? '';
    const m = s.members[1]?.id ?? '';
    const once = op(p, 1, { kind: 'answer', criterion: '1.1', answer: 2 });
    expect((await applyHubOp(s.db, meta(s, m), once)).status).toBe('applied');
    const before = await snapshot(s);
    expect((await applyHubOp(s.db, meta(s, m), once)).status).toBe('duplicate');
    expect(await snapshot(s)).toBe(before);
  });

  it('an older edit arriving late never overwrites a newer one', async () => {
    const s = await seedRound({ members: 3 });
    const p = s.products[0]?.id ?? '';
    const m = s.members[1]?.id ?? '';
    await applyHubOp(s.db, meta(s, m), op(p, 5, { kind: 'answer', criterion: '1.1', answer: 3 }));
    const before = await snapshot(s);
    expect(
      (await applyHubOp(s.db, meta(s, m), op(p, 4, { kind: 'answer', criterion: '1.1', answer: 1 }))).status,
    ).toBe('stale');
    expect(await snapshot(s)).toBe(before);
    // Another field is independent.
    expect(
      (await applyHubOp(s.db, meta(s, m), op(p, 4, { kind: 'answer', criterion: '1.2', answer: 1 }))).status,
    ).toBe('applied');
  });

  it('refuses a submitted sheet, a recused member, another pass and an op id of another member — changing nothing', async () => {
    const s = await seedRound({ members: 4 });
    const p = s.products[0]?.id ?? '';
    const [, a, b, c] = s.members.map((x) => x.id);
    await scoreAndSubmit(s, p, a ?? '', 2);
    await recuseMember(s.db, p, b ?? '', 'Người nhà', 'secretary');
    const taken = op(p, 1, { kind: 'answer', criterion: '1.1', answer: 1 });
    await applyHubOp(s.db, meta(s, c ?? ''), taken);
    const before = await snapshot(s);
    const refused = await applyHubBatches(s.db, [
      {
        ...meta(s, a ?? ''),
        batchId: 'b1',
        ops: [op(p, 9, { kind: 'answer', criterion: '1.1', answer: 1 })],
      },
      {
        ...meta(s, b ?? ''),
        batchId: 'b2',
        ops: [op(p, 9, { kind: 'answer', criterion: '1.1', answer: 1 })],
      },
      {
        ...meta(s, c ?? ''),
        batchId: 'b3',
        ops: [op(p, 9, { kind: 'answer', criterion: '1.2', answer: 1 }, 2)],
      },
      { ...meta(s, a ?? ''), batchId: 'b4', ops: [taken] },
      { ...meta(s, c ?? ''), batchId: 'b5', ops: [{ ...op(p, 10, { kind: 'submit' }) }] },
    ] satisfies HubOpBatch[]);
    expect(refused.map((r) => r.outcomes[0]?.code)).toEqual([
      'sheet-submitted',
      'member-recused',
      'hub-pass-changed',
      'hub-op-foreign',
      'sheet-incomplete',
    ]);
    // The db sends codes; the secretary's page adds the catalog's words for each (`db.<code>`).
    for (const r of refused) expect(messageOf(`db.${r.outcomes[0]?.code ?? ''}`)?.vi).toBeTruthy();
    expect(await snapshot(s)).toBe(before);
  });

  it('refuses a product of another meeting day', async () => {
    const s = await seedRound({ members: 3 });
    const p = s.products[0]?.id ?? '';
    const m = s.members[1]?.id ?? '';
    const out = await applyHubOp(
      s.db,
      { ...meta(s, m), meetingDate: '2026-12-02' },
      op(p, 1, { kind: 'opinion', text: 'x' }),
    );
    expect(out).toMatchObject({ status: 'refused', code: 'hub-not-today' });
  });

  it('a whole delivery is one commit, in order: answers, then submit', async () => {
    const s = await seedRound({ members: 3 });
    const p = s.products[0]?.id ?? '';
    const m = s.members[1]?.id ?? '';
    const ops = [
      ...FAKE_CRITERIA.map((c, i) => op(p, i + 1, { kind: 'answer', criterion: c, answer: 4 })),
      op(p, 10, { kind: 'opinion', text: 'Đạt yêu cầu' }),
      op(p, 11, { kind: 'submit' }),
    ];
    const [result] = await applyHubBatches(s.db, [{ ...meta(s, m), batchId: 'b', ops }]);
    expect(result?.outcomes.map((o) => o.status)).toEqual(ops.map(() => 'applied'));
    const sheet = (await s.db.sheets.toArray())[0];
    expect(sheet).toMatchObject({ status: 'submitted', opinion: 'Đạt yêu cầu' });
  });

  it('a member sees only their own sheets of the day, never another member’s answers', async () => {
    const s = await seedRound({ members: 3 });
    const p = s.products[0]?.id ?? '';
    const [, a, b] = s.members.map((x) => x.id);
    await scoreAndSubmit(s, p, a ?? '', 3);
    const views = await memberViewsOf(s.db, s.round.id, DAY, label);
    const ofB = views.find((v) => v.memberId === b);
    expect(ofB?.products.map((x) => x.sheet)).toEqual([null, null]);
    expect(JSON.stringify(ofB)).not.toContain(a ?? 'x');
    const ofA = views.find((v) => v.memberId === a);
    expect(ofA?.products[0]).toMatchObject({ phase: 'submitted', sheet: { answers: { '1.1': 3 } } });
    expect(ofA?.clockFloor).toBe(0);
  });

  it('refuses every op while the day’s attendance is not confirmed, with the reason in Vietnamese and English (OCOP-RULES §4 item 7)', async () => {
    const s = await seedRound({ members: 3, attendance: false });
    const p = s.products[0]?.id ?? '';
    const [chair, a, b] = s.members.map((x) => x.id);
    // two of three marked: the third is not, so scoring of the day stays closed for everyone
    await setAttendance(s.db, s.round.id, chair ?? '', DAY, 'present', 'secretary');
    await setAttendance(s.db, s.round.id, a ?? '', DAY, 'present', 'secretary');
    const before = await snapshot(s);
    const out = await applyHubOp(
      s.db,
      meta(s, a ?? ''),
      op(p, 1, { kind: 'answer', criterion: '1.1', answer: 2 }),
    );
    expect(out).toMatchObject({ status: 'refused', code: 'attendance-unconfirmed' });
    // The db sends the code; the secretary's page sends the catalog's words with it.
    expect(messageOf(`db.${out.code ?? ''}`)?.vi).toContain('điểm danh');
    expect(messageOf(`db.${out.code ?? ''}`)?.en).toContain('Attendance');
    expect(await snapshot(s)).toBe(before);
    // the device shows why, with every product closed; the unmarked member gets no view at all
    const views = await memberViewsOf(s.db, s.round.id, DAY, label);
    expect(views.map((v) => v.memberId)).toEqual([chair, a]);
    expect(views.every((v) => v.waitingForAttendance === true)).toBe(true);
    expect(views.flatMap((v) => v.products.map((x) => x.phase))).toEqual([
      'closed',
      'closed',
      'closed',
      'closed',
    ]);
    // once the last member is marked (excused counts as marked), scoring opens through the hub
    await setAttendance(s.db, s.round.id, b ?? '', DAY, 'excused', 'secretary');
    const opened = await memberViewsOf(s.db, s.round.id, DAY, label);
    expect(opened.map((v) => v.memberId)).toEqual([chair, a]);
    expect(opened.some((v) => v.waitingForAttendance === true)).toBe(false);
    expect(opened[1]?.products.map((x) => x.phase)).toEqual(['open', 'open']);
    const applied = await applyHubOp(
      s.db,
      meta(s, a ?? ''),
      op(p, 2, { kind: 'answer', criterion: '1.1', answer: 2 }),
    );
    expect(applied.status).toBe('applied');
  });

  it('a non-voting secretary gets no view and their ops are refused (OCOP-RULES §4 item 8)', async () => {
    const s = await seedRound({ members: 3, scoring: false });
    const person = await createPerson(s.db, { fullName: 'Thư ký Lê' }, 'secretary');
    const sec = await addMember(s.db, s.round.id, person.id, 'secretary', 'secretary');
    await setAttendance(s.db, s.round.id, sec.id, DAY, 'present', 'secretary');
    await setSecretaryScores(s.db, s.round.id, false, 'secretary');
    await startScoring(s.db, s.round.id, 'secretary');
    const views = await memberViewsOf(s.db, s.round.id, DAY, label);
    expect(views.map((v) => v.memberId)).not.toContain(sec.id);
    expect(views).toHaveLength(3);
    const before = await snapshot(s);
    const out = await applyHubOp(
      s.db,
      meta(s, sec.id),
      op(s.products[0]?.id ?? '', 1, { kind: 'answer', criterion: '1.1', answer: 2 }),
    );
    expect(out).toMatchObject({ status: 'refused', code: 'member-non-voting' });
    expect(await snapshot(s)).toBe(before);
  });

  it('the ledger and the device in the audit travel in backups and restore exactly', async () => {
    const s = await seedRound({ members: 3 });
    const p = s.products[0]?.id ?? '';
    const m = s.members[1]?.id ?? '';
    await applyHubOp(s.db, meta(s, m), op(p, 3, { kind: 'answer', criterion: '1.1', answer: 2 }));
    const ledger = await s.db.hubOps.toArray();
    const audit = await s.db.audit.toArray();
    const backup = readBackupOrThrow(serializeBackup(await createBackup(s.db, { appVersion: 'test' })));
    await s.db.hubOps.clear();
    await restoreBackup(s.db, backup, 'secretary');
    expect(await s.db.hubOps.toArray()).toEqual(ledger);
    expect((await s.db.audit.toArray()).slice(0, audit.length)).toEqual(audit);
    expect((await verifyAuditChain(s.db, s.round.id)).ok).toBe(true);
    // After the restore, the same op is still a duplicate: nothing is applied twice.
    const again = await applyHubOp(s.db, meta(s, m), {
      ...op(p, 3, { kind: 'answer', criterion: '1.1', answer: 2 }),
      opId: ledger[0]?.id ?? '',
    });
    expect(again.status).toBe('duplicate');
  });
});
