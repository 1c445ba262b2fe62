import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { closeProduct, listAudit, requalifyProduct, unsealProduct } from '../../../renderer/src/db';
import {
  saveSelfAssessmentAnswer,
  saveSelfAssessmentCase,
} from '../../../renderer/src/db/repos/self-assessment';
import { FAKE_CRITERIA, scoreAndSubmit, seedRound } from './fixtures';

describe('self-assessment (Mẫu 02), one choice at a time', () => {
  it('merges each answer into the product and appends one audit event per choice', async () => {
    const s = await seedRound({ scoring: false });
    const product = s.products[0];
    if (product === undefined) throw new Error('seed');
    const eventsBefore = (await listAudit(s.db, s.round.id)).length;
    // Two choices fired without waiting: both must survive (updateProduct would keep only the last).
    await Promise.all([
      saveSelfAssessmentAnswer(s.db, product.id, '1.1', 2, 'secretary'),
      saveSelfAssessmentAnswer(s.db, product.id, '1.2', 'none', 'secretary'),
    ]);
    await saveSelfAssessmentCase(s.db, product.id, '1.3', 'Trường hợp 1', 'secretary');
    const stored = await s.db.products.get(product.id);
    expect(stored?.selfAssessment).toEqual({
      answers: { '1.1': 2, '1.2': 'none' },
      caseChoice: { '1.3': 'Trường hợp 1' },
    });
    const events = (await listAudit(s.db, s.round.id)).slice(eventsBefore);
    expect(events.map((e) => e.action)).toEqual([
      'product.self-answer',
      'product.self-answer',
      'product.self-case',
    ]);
    expect(events[0]?.after).toEqual({ criterion: '1.1', value: 2 });
    expect(events[0]?.before).toEqual({ criterion: '1.1', value: null });
  });

  it('changing an answer records before and after', async () => {
    const s = await seedRound({ scoring: true });
    const id = s.products[0]?.id ?? '';
    await saveSelfAssessmentAnswer(s.db, id, '1.1', 1, 'secretary');
    await saveSelfAssessmentAnswer(s.db, id, '1.1', 3, 'secretary');
    const last = (await listAudit(s.db, s.round.id)).at(-1);
    expect(last?.before).toEqual({ criterion: '1.1', value: 1 });
    expect(last?.after).toEqual({ criterion: '1.1', value: 3 });
  });

  it('refuses an answer the sheet does not have, and leaves nothing behind', async () => {
    const s = await seedRound({ scoring: false });
    const id = s.products[0]?.id ?? '';
    const count = (await listAudit(s.db, s.round.id)).length;
    await expect(saveSelfAssessmentAnswer(s.db, id, '9.9', 0, 'secretary')).rejects.toMatchObject({
      code: 'invalid-answer',
    });
    expect((await s.db.products.get(id))?.selfAssessment).toBeUndefined();
    expect(await listAudit(s.db, s.round.id)).toHaveLength(count);
  });

  it('refuses once the product is closed', async () => {
    const s = await seedRound({ scoring: true, members: 1, products: 1 });
    const product = s.products[0];
    const member = s.members[0];
    if (product === undefined || member === undefined) throw new Error('seed');
    await scoreAndSubmit(s, product.id, member.id, 1);
    await unsealProduct(s.db, product.id, 'secretary');
    await closeProduct(s.db, product.id, {}, 'secretary');
    await expect(
      saveSelfAssessmentAnswer(s.db, product.id, FAKE_CRITERIA[0], 1, 'secretary'),
    ).rejects.toMatchObject({ code: 'product-closed' });
    await expect(requalifyProduct(s.db, product.id, 'x', 'secretary')).rejects.toMatchObject({
      code: 'product-closed',
    });
  });
});
