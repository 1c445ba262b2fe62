import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { loadSheet } from '../../../renderer/src/domain/criteria/registry';
import { criteriaOf } from '../../../renderer/src/domain/scoring/answers';
import {
  addMember,
  closeProduct,
  createPerson,
  createProduct,
  createRound,
  openCouncilDb,
  saveAnswer,
  startScoring,
  submitSheet,
  unsealProduct,
} from '../../../renderer/src/db';
import { markAllPresent } from './fixtures';

/** The db wired to the real engine (issue 3) and its shipped sheets: the adapter is exercised end to end. */
describe('with the real scoring engine', () => {
  it('refuses an impossible answer, lists unanswered criteria in sheet order, and closes an all-best product', async () => {
    const db = await openCouncilDb(`real-${crypto.randomUUID()}`);
    const round = await createRound(
      db,
      { name: 'Vòng thật', level: 'province', province: 'Tây Ninh', meetingDates: ['2026-12-01'] },
      'secretary',
    );
    expect(round.rules.spreadLimit).toBe(10);
    const members = [];
    for (const [i, role] of (['chair', 'member', 'member'] as const).entries()) {
      const person = await createPerson(db, { fullName: `TV ${i}` }, 'secretary');
      members.push(await addMember(db, round.id, person.id, role, 'secretary'));
    }
    const product = await createProduct(
      db,
      round.id,
      {
        name: 'Rau',
        code: '72-25459-003-2026',
        sheetNo: 1,
        producer: { name: 'HTX', address: '', phone: '', commune: '' },
        kind: 'first',
      },
      'secretary',
    );
    await markAllPresent(db, round.id);
    await startScoring(db, round.id, 'secretary');
    const criteria = criteriaOf(await loadSheet('26/2026/QĐ-TTg', 1)).map((e) => e.criterion);
    const key = (memberId: string) => ({ roundId: round.id, productId: product.id, memberId });
    const first = members[0]?.id ?? '';
    await expect(
      saveAnswer(db, { ...key(first), criterionCode: '9.9', answer: 0 }, 'secretary'),
    ).rejects.toMatchObject({ code: 'invalid-answer' });
    await expect(
      saveAnswer(db, { ...key(first), criterionCode: criteria[0]?.code ?? '', answer: 99 }, 'secretary'),
    ).rejects.toMatchObject({ code: 'invalid-answer' });
    await saveAnswer(
      db,
      { ...key(first), criterionCode: criteria[1]?.code ?? '', answer: 'none' },
      'secretary',
    );
    await expect(submitSheet(db, key(first), 'secretary')).rejects.toMatchObject({
      code: 'sheet-incomplete',
      problems: criteria.filter((_, i) => i !== 1).map((c) => c.code),
    });
    for (const m of members) {
      for (const c of criteria) {
        const best = c.options.reduce((bi, o, i, all) => (o.points > (all[bi]?.points ?? -1) ? i : bi), 0);
        await saveAnswer(db, { ...key(m.id), criterionCode: c.code, answer: best }, 'secretary');
      }
      await submitSheet(db, key(m.id), 'secretary');
    }
    await unsealProduct(db, product.id, 'secretary');
    expect((await closeProduct(db, product.id, {}, 'secretary')).closed).not.toBeNull();
  });
});
