import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  addMember,
  closeProduct,
  closeRound,
  createPerson,
  createProduct,
  createRound,
  mergeRegisterLines,
  openCouncilDb,
  recordRoundDecision,
  registerData,
  entryFacts,
  revokeRecognition,
  saveAnswer,
  setAttendance,
  startScoring,
  submitSheet,
  unsealProduct,
  listAudit,
  verifyAuditChain,
  type CouncilDb,
} from '../../../renderer/src/db';
import { createBackup, readBackup, restoreBackup, serializeBackup } from '../../../renderer/src/db/backup';
import { loadSheet } from '../../../renderer/src/domain/criteria/registry';
import type { Answer } from '../../../renderer/src/domain/model';
import { buildRegister } from '../../../renderer/src/domain/register/register';
import { bestAnswers, lowerUnmarkedBy } from '../domain/sheet-answers';

const sheet1 = await loadSheet('26/2026/QĐ-TTg', 1);
const best = bestAnswers(sheet1).answers;
const fourStars = lowerUnmarkedBy(sheet1, best, 15);

interface Planned {
  readonly name: string;
  readonly code: string;
  readonly answers: Readonly<Record<string, Answer>>;
}

/** A province round on `day`, scored by three members, every product closed, the round closed. */
async function closedRound(db: CouncilDb, name: string, day: string, products: readonly Planned[]) {
  const round = await createRound(
    db,
    { name, level: 'province', province: 'Tây Ninh', meetingDates: [day] },
    'secretary',
  );
  const members = [];
  for (const [i, role] of (['chair', 'member', 'member'] as const).entries()) {
    const person = await createPerson(db, { fullName: `${name} TV ${i + 1}` }, 'secretary');
    members.push(await addMember(db, round.id, person.id, role, 'secretary'));
  }
  const producer = { name: 'HTX Đồng Tâm', address: 'Ấp 1', phone: '', commune: 'Xã Hòa Bình' };
  const rows = [];
  for (const p of products)
    rows.push(
      await createProduct(
        db,
        round.id,
        { name: p.name, code: p.code, sheetNo: 1, producer, kind: 'first' },
        'secretary',
      ),
    );
  // Attendance is confirmed, not assumed (OCOP-RULES §4 item 7): everyone is marked present.
  for (const m of members) await setAttendance(db, round.id, m.id, day, 'present', 'secretary');
  await startScoring(db, round.id, 'secretary');
  for (const [i, row] of rows.entries()) {
    const answers = products[i]?.answers ?? {};
    for (const m of members) {
      for (const [criterionCode, answer] of Object.entries(answers))
        await saveAnswer(
          db,
          { roundId: round.id, productId: row.id, memberId: m.id, criterionCode, answer },
          'secretary',
        );
      await submitSheet(db, { roundId: round.id, productId: row.id, memberId: m.id }, 'secretary');
    }
    await unsealProduct(db, row.id, 'secretary');
    await closeProduct(db, row.id, {}, 'secretary');
  }
  await closeRound(db, round.id, 'secretary');
  return { round, products: rows };
}

async function registerOf(db: CouncilDb, today: string) {
  const data = await registerData(db);
  return buildRegister(data.entries.map(entryFacts), data.evaluations, today);
}

describe('the register across two rounds of one year', () => {
  it('shows both evaluations of a product re-evaluated in the second round, and one decision numbers certificates without gaps', async () => {
    const db = await openCouncilDb(`register-${crypto.randomUUID()}`);
    const r1 = await closedRound(db, 'Đợt 1/2026', '2026-04-10', [
      { name: 'Bưởi da xanh', code: '72-25459-001-2026', answers: fourStars },
      { name: 'Rau sạch', code: '72-25459-002-2026', answers: fourStars },
    ]);
    await closedRound(db, 'Đợt 2/2026', '2026-09-15', [
      { name: 'Bưởi da xanh', code: '72-25459-001-2026', answers: best },
    ]);

    const before = await registerOf(db, '2026-10-01');
    const pomelo = before.find((l) => l.code === '72-25459-001-2026');
    expect(pomelo?.evaluations.map((e) => [e.roundName, e.stars, e.outcome])).toEqual([
      ['Đợt 1/2026', 4, 'recognise'],
      ['Đợt 2/2026', 5, 'forward-5-star'],
    ]);
    expect(before).toHaveLength(2);

    const given = await recordRoundDecision(
      db,
      r1.round.id,
      { decisionNumber: '125/QĐ-UBND', decisionDate: '2026-05-01' },
      'secretary',
    );
    expect(given.map((g) => [g.certificateNo, g.stars])).toEqual([
      ['0001/2026/GCN-OCOP', 4],
      ['0002/2026/GCN-OCOP', 4],
    ]);
    await expect(
      recordRoundDecision(
        db,
        r1.round.id,
        { decisionNumber: '126/QĐ-UBND', decisionDate: '2026-05-02' },
        'secretary',
      ),
    ).rejects.toMatchObject({ code: 'register-decision-recorded' });

    const after = await registerOf(db, '2026-10-01');
    expect(after).toHaveLength(2);
    const line = after.find((l) => l.code === '72-25459-001-2026');
    expect(line?.status).toBe('valid');
    expect(line?.evaluations).toHaveLength(2);
    expect(line?.current?.expiry).toBe('2029-05-01');
    // the clock set ahead: due from 180 days before expiry, expired on the day
    expect((await registerOf(db, '2028-11-02')).find((l) => l.code === line?.code)?.status).toBe('due');
    expect((await registerOf(db, '2029-05-01')).find((l) => l.code === line?.code)?.status).toBe('expired');

    const events = await listAudit(db, 'global');
    expect(events.filter((e) => e.action === 'register.recognise')).toHaveLength(1);
    expect(await verifyAuditChain(db, 'global')).toMatchObject({ ok: true });
  });

  it('refuses a decision for a round still open', async () => {
    const db = await openCouncilDb(`register-${crypto.randomUUID()}`);
    const round = await createRound(
      db,
      { name: 'Mở', level: 'province', province: 'Tây Ninh', meetingDates: ['2026-04-10'] },
      'secretary',
    );
    await expect(
      recordRoundDecision(db, round.id, { decisionNumber: '1/QĐ', decisionDate: '2026-05-01' }, 'secretary'),
    ).rejects.toMatchObject({ code: 'register-round-not-closed' });
  });

  it('revokes with a written reason only, once; merges a line evaluated before it had a code; travels in a backup', async () => {
    const db = await openCouncilDb(`register-${crypto.randomUUID()}`);
    const r1 = await closedRound(db, 'Đợt 1/2026', '2026-04-10', [
      { name: 'Mật ong rừng', code: '', answers: fourStars },
    ]);
    await closedRound(db, 'Đợt 2/2026', '2026-09-15', [
      { name: 'Mật ong rừng U Minh', code: '72-25459-009-2026', answers: fourStars },
    ]);
    const [entry] = await Promise.all([
      recordRoundDecision(
        db,
        r1.round.id,
        { decisionNumber: '7/QĐ-UBND', decisionDate: '2026-05-01' },
        'secretary',
      ),
    ]);
    const recognition = entry?.[0];
    if (recognition === undefined) throw new Error('no recognition');
    const lines = await registerOf(db, '2026-10-01');
    expect(lines).toHaveLength(2);
    const noCode = lines.find((l) => l.code === '');
    const withCode = lines.find((l) => l.code !== '');
    if (noCode?.entryId == null || withCode === undefined) throw new Error('lines');

    await expect(
      revokeRecognition(db, noCode.entryId, recognition.id, '  ', 'secretary'),
    ).rejects.toMatchObject({
      code: 'reason-required',
    });

    const merged = await mergeRegisterLines(
      db,
      { entryId: withCode.entryId, productIds: withCode.evaluations.map((e) => e.productId) },
      { entryId: noCode.entryId, productIds: noCode.evaluations.map((e) => e.productId) },
      'secretary',
    );
    expect(merged.code).toBe('72-25459-009-2026');
    const one = await registerOf(db, '2026-10-01');
    expect(one).toHaveLength(1);
    expect(one[0]?.evaluations.map((e) => e.roundName)).toEqual(['Đợt 1/2026', 'Đợt 2/2026']);
    expect(one[0]?.status).toBe('valid');

    await revokeRecognition(db, merged.id, recognition.id, 'Vi phạm an toàn thực phẩm', 'secretary');
    await expect(
      revokeRecognition(db, merged.id, recognition.id, 'lần nữa', 'secretary'),
    ).rejects.toMatchObject({
      code: 'register-already-revoked',
    });
    expect((await registerOf(db, '2026-10-01'))[0]?.status).toBe('revoked');
    const actions = (await listAudit(db, 'global')).map((e) => e.action);
    expect(actions.filter((a) => a.startsWith('register.'))).toEqual([
      'register.recognise',
      'register.merge',
      'register.revoke',
    ]);

    // the register travels in a backup and restores exactly
    const stored = await db.registerEntries.toArray();
    const read = readBackup(serializeBackup(await createBackup(db, { appVersion: 'test' })));
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    expect(read.backup.tables.registerEntries).toEqual(stored);
    const other = await openCouncilDb(`register-restore-${crypto.randomUUID()}`);
    await restoreBackup(other, read.backup, 'secretary');
    expect(await other.registerEntries.toArray()).toEqual(stored);
  });
});
