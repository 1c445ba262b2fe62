import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  WorkflowError,
  closeProduct,
  closeRound,
  getCurrentSheet,
  getRoundBundle,
  listRounds,
  progressMatrixOf,
  recuseMember,
  reopenSheet,
  quorumOf,
  revealedSheets,
  saveAnswer,
  setAttendance,
  setDelegatedChair,
  startRescoring,
  submitSheet,
  unsealProduct,
  updateRound,
} from '../../../renderer/src/db';
import { scoreAndSubmit, seedRound, type Seeded } from './fixtures';

const ids = (s: Seeded) => ({ p: s.products[0]?.id ?? '', m: s.members.map((x) => x.id) });

async function expectRefusal(write: Promise<unknown>, code: string): Promise<void> {
  await expect(write).rejects.toBeInstanceOf(WorkflowError);
  await expect(write).rejects.toMatchObject({ code });
}

describe('a product through a round', () => {
  it('stays sealed until every present, non-recused member submitted; then the secretary unseals', async () => {
    const s = await seedRound({ members: 4 });
    const { p, m } = ids(s);
    await setAttendance(s.db, s.round.id, m[3] ?? '', '2026-12-01', false, 'secretary');
    await recuseMember(s.db, p, m[2] ?? '', 'Là thành viên HTX', 'secretary');
    await expectRefusal(
      saveAnswer(
        s.db,
        { roundId: s.round.id, productId: p, memberId: m[2] ?? '', criterionCode: '1.1', answer: 1 },
        'secretary',
      ),
      'member-recused',
    );
    await expectRefusal(
      saveAnswer(
        s.db,
        { roundId: s.round.id, productId: p, memberId: m[3] ?? '', criterionCode: '1.1', answer: 1 },
        'secretary',
      ),
      'member-absent',
    );
    await scoreAndSubmit(s, p, m[0] ?? '', 3);
    await expectRefusal(unsealProduct(s.db, p, 'secretary'), 'not-all-submitted');
    expect(await revealedSheets(s.db, p)).toEqual([]);
    await scoreAndSubmit(s, p, m[1] ?? '', 4);
    await unsealProduct(s.db, p, 'secretary');
    expect((await revealedSheets(s.db, p)).map((x) => x.memberId).sort()).toEqual([m[0], m[1]].sort());
    const row = (await progressMatrixOf(s.db, s.round.id))[0];
    expect(row?.states).toEqual({
      [m[0] ?? '']: 'submitted',
      [m[1] ?? '']: 'submitted',
      [m[2] ?? '']: 'recused',
      [m[3] ?? '']: 'absent',
    });
    expect([row?.submitted, row?.expected]).toEqual([2, 2]);
  });

  it('refuses an incomplete sheet, naming the unanswered criteria in order', async () => {
    const s = await seedRound();
    const { p, m } = ids(s);
    const key = { roundId: s.round.id, productId: p, memberId: m[1] ?? '' };
    await saveAnswer(s.db, { ...key, criterionCode: '1.2', answer: 'none' }, 'secretary');
    await expect(submitSheet(s.db, key, 'secretary')).rejects.toMatchObject({
      code: 'sheet-incomplete',
      problems: ['1.1', '1.3'],
    });
  });

  it('lets a member reopen and change a submitted sheet until unsealed, not after', async () => {
    const s = await seedRound({ members: 4 });
    const { p, m } = ids(s);
    const key = { roundId: s.round.id, productId: p, memberId: m[0] ?? '' };
    await scoreAndSubmit(s, p, m[0] ?? '', 2);
    await expectRefusal(
      saveAnswer(s.db, { ...key, criterionCode: '1.1', answer: 5 }, 'secretary'),
      'sheet-submitted',
    );
    await reopenSheet(s.db, key, 'secretary');
    await saveAnswer(s.db, { ...key, criterionCode: '1.1', answer: 5 }, 'secretary');
    await submitSheet(s.db, key, 'secretary');
    for (const mem of m.slice(1)) await scoreAndSubmit(s, p, mem, 2);
    await unsealProduct(s.db, p, 'secretary');
    await expectRefusal(reopenSheet(s.db, key, 'secretary'), 'product-unsealed');
    expect((await getCurrentSheet(s.db, p, key.memberId))?.answers['1.1']).toBe(5);
  });

  it('spread above the limit: close refused; re-scoring keeps pass 1 and starts pass 2 from each member’s answers', async () => {
    const s = await seedRound({ members: 4 });
    const { p, m } = ids(s);
    // totals 3×1 = 3 and 3×6 = 18: spread 15 > 10
    await scoreAndSubmit(s, p, m[0] ?? '', 1);
    for (const mem of m.slice(1)) await scoreAndSubmit(s, p, mem, 6);
    await unsealProduct(s.db, p, 'secretary');
    await expectRefusal(closeProduct(s.db, p, {}, 'secretary'), 'spread-exceeded');
    const state = await startRescoring(s.db, p, 'secretary');
    expect([state.currentPass, state.sealed]).toEqual([2, true]);
    const copy = await getCurrentSheet(s.db, p, m[0] ?? '');
    expect([copy?.pass, copy?.status, copy?.answers]).toEqual([2, 'draft', { '1.1': 1, '1.2': 1, '1.3': 1 }]);
    // the outlier revises; the others resubmit their copies
    const key = { roundId: s.round.id, productId: p, memberId: m[0] ?? '' };
    for (const c of ['1.1', '1.2', '1.3'])
      await saveAnswer(s.db, { ...key, criterionCode: c, answer: 5 }, 'secretary');
    for (const mem of m) await submitSheet(s.db, { ...key, memberId: mem }, 'secretary');
    await unsealProduct(s.db, p, 'secretary');
    await closeProduct(s.db, p, {}, 'secretary');
    const passes = (await revealedSheets(s.db, p))
      .filter((x) => x.memberId === m[0])
      .map((x) => [x.pass, x.answers['1.1']]);
    expect(passes.sort()).toEqual([
      [1, 1],
      [2, 5],
    ]);
  });

  it('the chair may close with the spread above the limit only with a written reason, which is stored', async () => {
    const s = await seedRound({ members: 4 });
    const { p, m } = ids(s);
    await scoreAndSubmit(s, p, m[0] ?? '', 1);
    for (const mem of m.slice(1)) await scoreAndSubmit(s, p, mem, 6);
    await unsealProduct(s.db, p, 'secretary');
    await expectRefusal(closeProduct(s.db, p, { chairReason: ' ' }, m[0] ?? ''), 'spread-exceeded');
    const closed = await closeProduct(s.db, p, { chairReason: 'Hội đồng thống nhất' }, m[0] ?? '');
    expect(closed.closed?.spreadOverrideReason).toBe('Hội đồng thống nhất');
  });

  it('below quorum: neither a product nor the round can be closed', async () => {
    const s = await seedRound({ members: 4, products: 1 });
    const { p, m } = ids(s);
    for (const mem of m) await scoreAndSubmit(s, p, mem, 3);
    await unsealProduct(s.db, p, 'secretary');
    // 2 of 4 present < 3/4
    await setAttendance(s.db, s.round.id, m[2] ?? '', '2026-12-01', false, 'secretary');
    await setAttendance(s.db, s.round.id, m[3] ?? '', '2026-12-01', false, 'secretary');
    await expectRefusal(closeProduct(s.db, p, {}, 'secretary'), 'below-quorum');
    await expectRefusal(closeRound(s.db, s.round.id, 'secretary'), 'below-quorum');
    await setAttendance(s.db, s.round.id, m[3] ?? '', '2026-12-01', true, 'secretary');
    await expectRefusal(closeRound(s.db, s.round.id, 'secretary'), 'products-open');
    await closeProduct(s.db, p, {}, 'secretary');
    expect((await closeRound(s.db, s.round.id, 'secretary')).status).toBe('closed');
    await expectRefusal(updateRound(s.db, s.round.id, { name: 'khác' }, 'secretary'), 'round-closed');
  });

  it('an absent chair breaks quorum unless a present member was delegated to chair', async () => {
    const s = await seedRound({ members: 4, products: 1 });
    const { p, m } = ids(s);
    for (const mem of m) await scoreAndSubmit(s, p, mem, 3);
    await unsealProduct(s.db, p, 'secretary');
    await setAttendance(s.db, s.round.id, m[0] ?? '', '2026-12-01', false, 'secretary');
    expect(await quorumOf(s.db, s.round.id)).toEqual({ met: false, present: 3, total: 4 });
    await expectRefusal(closeProduct(s.db, p, {}, 'secretary'), 'below-quorum');
    await setDelegatedChair(s.db, s.round.id, m[1] ?? '', 'secretary');
    expect((await quorumOf(s.db, s.round.id)).met).toBe(true);
    expect((await closeProduct(s.db, p, {}, 'secretary')).closed).not.toBeNull();
  });

  it('the rule-set and the rules profile are frozen once scoring starts', async () => {
    const s = await seedRound();
    await expectRefusal(
      updateRound(s.db, s.round.id, { rules: { ...s.round.rules, spreadLimit: 20 } }, 'secretary'),
      'round-not-preparing',
    );
    await expectRefusal(
      updateRound(s.db, s.round.id, { ruleSetId: '148/QĐ-TTg' }, 'secretary'),
      'round-not-preparing',
    );
  });
});

describe('reads for the screens', () => {
  it('listRounds counts products, members and progress; getRoundBundle returns the whole round', async () => {
    const s = await seedRound({ members: 3, products: 2 });
    await scoreAndSubmit(s, s.products[0]?.id ?? '', s.members[0]?.id ?? '', 2);
    const [summary] = await listRounds(s.db);
    expect(summary).toMatchObject({
      products: 2,
      members: 3,
      progress: { submitted: 1, expected: 6 },
      closedProducts: 0,
    });
    const bundle = await getRoundBundle(s.db, s.round.id);
    expect(bundle.members.map((x) => x.person.fullName)).toEqual([
      'Thành viên 1',
      'Thành viên 2',
      'Thành viên 3',
    ]);
    expect(bundle.products.map((x) => x.sheetNo)).toEqual([1, 2]);
    expect(bundle.sheets).toHaveLength(1);
  });
});
