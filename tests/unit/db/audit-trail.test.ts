import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  addMember,
  changeMemberRole,
  closeProduct,
  closeRound,
  createPerson,
  createProduct,
  disqualifyProduct,
  listAudit,
  moveCouncilMember,
  recuseMember,
  removeMember,
  removeProduct,
  reopenSheet,
  requalifyProduct,
  saveAnswer,
  saveCaseChoice,
  saveOpinion,
  setAttendance,
  setDelegatedChair,
  setSetting,
  setRoundArchived,
  startRescoring,
  submitSheet,
  unrecuseMember,
  unsealProduct,
  updatePerson,
  updateProduct,
  updateRound,
  verifyAuditChain,
  type AuditRow,
} from '../../../renderer/src/db';
import { scoreAndSubmit, seedRound, type Seeded } from './fixtures';

async function allEvents(s: Seeded): Promise<AuditRow[]> {
  return [...(await listAudit(s.db, 'global')), ...(await listAudit(s.db, s.round.id))];
}

/** Runs one write and returns the events it appended. */
async function eventsOf(s: Seeded, write: () => Promise<unknown>): Promise<AuditRow[]> {
  const before = new Set((await allEvents(s)).map((e) => e.id));
  await write();
  return (await allEvents(s)).filter((e) => !before.has(e.id));
}

describe('every repository write appends exactly one audit event with before/after', () => {
  const roundOf = (s: Seeded) => s.round.id;
  const p0 = (s: Seeded) => s.products[0]?.id ?? '';
  const m = (s: Seeded, i: number) => s.members[i]?.id ?? '';
  const key = (s: Seeded, i: number) => ({ roundId: roundOf(s), productId: p0(s), memberId: m(s, i) });
  const cases: readonly [string, string, (s: Seeded) => Promise<unknown>][] = [
    [
      'updateRound',
      'round.update',
      (s) => updateRound(s.db, roundOf(s), { venue: 'Hội trường UBND tỉnh' }, 'secretary'),
    ],
    ['setRoundArchived', 'round.archive', (s) => setRoundArchived(s.db, roundOf(s), true, 'secretary')],
    ['setSetting', 'setting.set', (s) => setSetting(s.db, 'backups.keep', 10, 'secretary')],
    ['createPerson', 'person.create', (s) => createPerson(s.db, { fullName: 'Nguyễn Văn Đức' }, 'secretary')],
    [
      'updatePerson',
      'person.update',
      async (s) =>
        updatePerson(
          s.db,
          (await s.db.roundMembers.get(m(s, 1)))?.personId ?? '',
          { phone: '0912' },
          'secretary',
        ),
    ],
    [
      'addMember',
      'member.add',
      async (s) =>
        addMember(
          s.db,
          roundOf(s),
          (await createPerson(s.db, { fullName: 'X' }, 'secretary')).id,
          'member',
          'secretary',
        ),
    ],
    [
      'changeMemberRole',
      'member.role',
      (s) => changeMemberRole(s.db, roundOf(s), m(s, 1), 'secretary', 'secretary'),
    ],
    [
      'moveCouncilMember',
      'member.reorder',
      (s) => moveCouncilMember(s.db, roundOf(s), m(s, 2), 'up', 'secretary'),
    ],
    ['removeMember', 'member.remove', (s) => removeMember(s.db, roundOf(s), m(s, 3), 'secretary')],
    [
      'setDelegatedChair',
      'round.delegate-chair',
      (s) => setDelegatedChair(s.db, roundOf(s), m(s, 1), 'secretary'),
    ],
    [
      'setAttendance',
      'attendance.set',
      (s) => setAttendance(s.db, roundOf(s), m(s, 3), '2026-12-01', false, 'secretary'),
    ],
    [
      'createProduct',
      'product.create',
      (s) =>
        createProduct(
          s.db,
          roundOf(s),
          {
            name: 'Mật ong',
            code: '',
            sheetNo: 4,
            producer: { name: 'a', address: 'b', phone: 'c', commune: 'd' },
            kind: 'upgrade',
          },
          'secretary',
        ),
    ],
    [
      'updateProduct',
      'product.update',
      (s) => updateProduct(s.db, p0(s), { name: 'Cà phê rang xay' }, 'secretary'),
    ],
    ['removeProduct', 'product.remove', (s) => removeProduct(s.db, s.products[1]?.id ?? '', 'secretary')],
    [
      'disqualifyProduct',
      'product.disqualify',
      (s) => disqualifyProduct(s.db, p0(s), { reason: 'Hồ sơ không hợp lệ' }, 'secretary'),
    ],
    [
      'requalifyProduct',
      'product.requalify',
      async (s) => {
        await disqualifyProduct(s.db, p0(s), { reason: 'nhầm' }, 'secretary');
        return requalifyProduct(s.db, p0(s), 'nhập nhầm', 'secretary');
      },
    ],
    [
      'recuseMember',
      'recusal.add',
      (s) => recuseMember(s.db, p0(s), m(s, 2), 'Người nhà chủ thể', 'secretary'),
    ],
    [
      'unrecuseMember',
      'recusal.remove',
      async (s) => {
        await recuseMember(s.db, p0(s), m(s, 2), 'x', 'secretary');
        return unrecuseMember(s.db, p0(s), m(s, 2), 'nhầm', 'secretary');
      },
    ],
    [
      'saveAnswer',
      'sheet.answer',
      (s) => saveAnswer(s.db, { ...key(s, 0), criterionCode: '1.1', answer: 2 }, 'secretary'),
    ],
    [
      'saveCaseChoice',
      'sheet.case',
      (s) => saveCaseChoice(s.db, { ...key(s, 0), criterionCode: '1.1', variant: 'TH1' }, 'secretary'),
    ],
    ['saveOpinion', 'sheet.opinion', (s) => saveOpinion(s.db, { ...key(s, 0), opinion: 'Đạt' }, 'secretary')],
    [
      'submitSheet',
      'sheet.submit',
      async (s) => {
        for (const c of ['1.1', '1.2', '1.3'])
          await saveAnswer(s.db, { ...key(s, 0), criterionCode: c, answer: 1 }, 'secretary');
        return submitSheet(s.db, key(s, 0), 'secretary');
      },
    ],
    [
      'reopenSheet',
      'sheet.reopen',
      async (s) => {
        await scoreAndSubmit(s, p0(s), m(s, 0), 1);
        return reopenSheet(s.db, key(s, 0), 'secretary');
      },
    ],
    [
      'unsealProduct',
      'product.unseal',
      async (s) => {
        for (let i = 0; i < 4; i += 1) await scoreAndSubmit(s, p0(s), m(s, i), 3);
        return unsealProduct(s.db, p0(s), 'secretary');
      },
    ],
    [
      'startRescoring',
      'product.rescore',
      async (s) => {
        for (let i = 0; i < 4; i += 1) await scoreAndSubmit(s, p0(s), m(s, i), 3);
        await unsealProduct(s.db, p0(s), 'secretary');
        return startRescoring(s.db, p0(s), 'secretary');
      },
    ],
    [
      'closeProduct',
      'product.close',
      async (s) => {
        for (let i = 0; i < 4; i += 1) await scoreAndSubmit(s, p0(s), m(s, i), 3);
        await unsealProduct(s.db, p0(s), 'secretary');
        return closeProduct(s.db, p0(s), {}, 'secretary');
      },
    ],
    [
      'closeRound',
      'round.close',
      async (s) => {
        for (const p of s.products)
          await disqualifyProduct(s.db, p.id, { reason: 'Hồ sơ bị loại' }, 'secretary');
        for (const p of s.products) await closeProduct(s.db, p.id, {}, 'secretary');
        return closeRound(s.db, roundOf(s), 'secretary');
      },
    ],
  ];

  it.each(cases)('%s → one "%s" event, chain still verifies', async (_name, action, write) => {
    const s = await seedRound();
    // Set-up steps inside `write` also audit: look at the LAST event, and count per write below.
    const events = await eventsOf(s, () => write(s));
    const last = events.at(-1);
    expect(last?.action).toBe(action);
    expect(last?.before === null && last.after === null).toBe(false);
    expect(last?.actor).toBe('secretary');
    expect((await verifyAuditChain(s.db, s.round.id)).ok).toBe(true);
    expect((await verifyAuditChain(s.db, 'global')).ok).toBe(true);
  });

  it('counts one event per write, including each click of a sheet', async () => {
    const s = await seedRound();
    const k = key(s, 1);
    for (const [i, c] of ['1.1', '1.2', '1.3'].entries()) {
      const events = await eventsOf(s, () =>
        saveAnswer(s.db, { ...k, criterionCode: c, answer: i }, 'secretary'),
      );
      expect(events).toHaveLength(1);
      expect(events[0]?.before).toEqual({ pass: 1, memberId: k.memberId, criterion: c, answer: null });
      expect(events[0]?.after).toEqual({ pass: 1, memberId: k.memberId, criterion: c, answer: i });
    }
    expect(await eventsOf(s, () => submitSheet(s.db, k, 'secretary'))).toHaveLength(1);
  });

  it('records the row before and after an update', async () => {
    const s = await seedRound();
    const [event] = await eventsOf(s, () =>
      updateRound(s.db, s.round.id, { venue: 'Phòng họp số 2' }, 'secretary'),
    );
    expect(event?.before).toMatchObject({ id: s.round.id, venue: '' });
    expect(event?.after).toMatchObject({ id: s.round.id, venue: 'Phòng họp số 2' });
  });

  it('chains people and settings globally and each round separately', async () => {
    const s = await seedRound();
    const global = await listAudit(s.db, 'global');
    const round = await listAudit(s.db, s.round.id);
    expect(global.every((e) => e.roundId === null && e.entity === 'people')).toBe(true);
    expect(round.every((e) => e.roundId === s.round.id)).toBe(true);
    expect(round.map((e) => e.seq)).toEqual(round.map((_, i) => i + 1));
    expect(round[1]?.prevHash).toBe(round[0]?.hash);
  });
});
