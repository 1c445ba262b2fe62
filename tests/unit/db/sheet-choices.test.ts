import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  ValidationError,
  WorkflowError,
  listAudit,
  saveAnswer,
  saveSheetChoices,
  submitSheet,
} from '../../../renderer/src/db';
import { seedRound } from './fixtures';

describe('saveSheetChoices: several choices of one sheet, one transaction, one audit event', () => {
  it('stores every answer and case on the sheet with ONE "sheet.answers" event naming each before/after', async () => {
    const s = await seedRound();
    const key = { roundId: s.round.id, productId: s.products[0]?.id ?? '', memberId: s.members[1]?.id ?? '' };
    await saveAnswer(s.db, { ...key, criterionCode: '1.1', answer: 1 }, 'secretary');
    const eventsBefore = (await listAudit(s.db, s.round.id)).length;
    const row = await saveSheetChoices(
      s.db,
      { ...key, answers: { '1.1': 3, '1.2': 'none', '1.3': 2 }, cases: { '1.3': 'b' } },
      'secretary',
    );
    expect(row.answers).toEqual({ '1.1': 3, '1.2': 'none', '1.3': 2 });
    expect(row.caseChoice).toEqual({ '1.3': 'b' });
    expect((await s.db.sheets.get(row.id))?.answers).toEqual(row.answers);
    const events = await listAudit(s.db, s.round.id);
    expect(events.length).toBe(eventsBefore + 1);
    const event = events.find((e) => e.action === 'sheet.answers');
    expect(event?.before).toEqual({
      pass: 1,
      memberId: key.memberId,
      answers: { '1.1': 1, '1.2': null, '1.3': null },
      cases: { '1.3': null },
    });
    expect(event?.after).toEqual({
      pass: 1,
      memberId: key.memberId,
      answers: { '1.1': 3, '1.2': 'none', '1.3': 2 },
      cases: { '1.3': 'b' },
    });
    // The sheet is then complete: it submits.
    await expect(submitSheet(s.db, key, 'secretary')).resolves.toMatchObject({ status: 'submitted' });
  });

  it('one invalid answer refuses the whole batch, listing its problems; nothing is stored', async () => {
    const s = await seedRound();
    const key = { roundId: s.round.id, productId: s.products[0]?.id ?? '', memberId: s.members[1]?.id ?? '' };
    const eventsBefore = await s.db.audit.count();
    const write = saveSheetChoices(s.db, { ...key, answers: { '1.1': 2, '9.9': 1 }, cases: {} }, 'secretary');
    await expect(write).rejects.toBeInstanceOf(ValidationError);
    await expect(write).rejects.toMatchObject({
      code: 'invalid-answer',
      problems: ['unknown criterion 9.9'],
    });
    expect(await s.db.sheets.count()).toBe(0);
    expect(await s.db.audit.count()).toBe(eventsBefore);
    await expect(
      saveSheetChoices(s.db, { ...key, answers: {}, cases: {} }, 'secretary'),
    ).rejects.toBeInstanceOf(ValidationError);
  });

  it('follows the same rules as one answer: refused on a submitted sheet or a round not scoring', async () => {
    const s = await seedRound();
    const key = { roundId: s.round.id, productId: s.products[0]?.id ?? '', memberId: s.members[1]?.id ?? '' };
    await saveSheetChoices(
      s.db,
      { ...key, answers: { '1.1': 1, '1.2': 1, '1.3': 1 }, cases: {} },
      'secretary',
    );
    await submitSheet(s.db, key, 'secretary');
    await expect(
      saveSheetChoices(s.db, { ...key, answers: { '1.1': 2 }, cases: {} }, 'secretary'),
    ).rejects.toBeInstanceOf(WorkflowError);
    const idle = await seedRound({ scoring: false });
    const idleKey = {
      roundId: idle.round.id,
      productId: idle.products[0]?.id ?? '',
      memberId: idle.members[1]?.id ?? '',
    };
    await expect(
      saveSheetChoices(idle.db, { ...idleKey, answers: { '1.1': 2 }, cases: {} }, 'secretary'),
    ).rejects.toBeInstanceOf(WorkflowError);
  });
});
