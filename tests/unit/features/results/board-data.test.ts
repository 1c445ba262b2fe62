import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { recuseMember, saveAnswer, setAttendance, unsealProduct } from '../../../../renderer/src/db';
import { readBoard } from '../../../../renderer/src/features/progress/board-data';
import { scoreAndSubmit, seedRound } from '../../db/fixtures';

describe('the progress board', () => {
  it("shows each member's state per product and the counts, and carries no answer or score at all", async () => {
    const s = await seedRound({ members: 4, products: 2 });
    const [chair, m2, m3, m4] = s.members;
    const [p1, p2] = s.products;
    if (!chair || !m2 || !m3 || !m4 || !p1 || !p2) throw new Error('seed');
    await scoreAndSubmit(s, p1.id, chair.id, 7);
    await saveAnswer(
      s.db,
      { roundId: s.round.id, productId: p1.id, memberId: m2.id, criterionCode: '1.1', answer: 13 },
      'secretary',
    );
    await recuseMember(s.db, p1.id, m3.id, 'Người thân của chủ thể', 'secretary');
    await setAttendance(s.db, s.round.id, m4.id, '2026-12-01', false, 'secretary');

    const board = await readBoard(s.db, s.round.id);
    expect(board?.members.map((m) => m.name)).toEqual([
      'Thành viên 1',
      'Thành viên 2',
      'Thành viên 3',
      'Thành viên 4',
    ]);
    const first = board?.products[0];
    expect(first?.states).toEqual({
      [chair.id]: 'submitted',
      [m2.id]: 'in-progress',
      [m3.id]: 'recused',
      [m4.id]: 'absent',
    });
    expect([first?.submitted, first?.expected, first?.sealed]).toEqual([1, 2, true]);
    expect([board?.submitted, board?.expected]).toEqual([1, 5]);
    const json = JSON.stringify(board);
    for (const secret of ['answers', 'total', 'opinion', '"13"', ':13', ':7'])
      expect(json).not.toContain(secret);
  });

  it('follows the seal: unsealed once everyone expected has submitted', async () => {
    const s = await seedRound({ members: 3, products: 1 });
    const p = s.products[0];
    if (!p) throw new Error('seed');
    for (const m of s.members) await scoreAndSubmit(s, p.id, m.id, 5);
    await unsealProduct(s.db, p.id, 'secretary');
    const row = (await readBoard(s.db, s.round.id))?.products[0];
    expect([row?.submitted, row?.expected, row?.sealed, row?.closed]).toEqual([3, 3, false, false]);
  });

  it('a round that no longer exists reads as null (the screen asks for a round)', async () => {
    const s = await seedRound({ members: 1, products: 0, scoring: false });
    expect(await readBoard(s.db, 'no-such-round')).toBeNull();
  });
});
