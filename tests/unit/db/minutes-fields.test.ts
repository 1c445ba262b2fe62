import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  CouncilDbError,
  closeProduct,
  listAudit,
  listMinutesFields,
  saveMinutesFields,
  saveMinutesFieldsBatch,
  storeSignedMinutes,
  suggestedMinutesNumber,
  unsealProduct,
} from '../../../renderer/src/db';
import { completeMinutesFields, fillMinutes, scoreAndSubmit, seedRound, type Seeded } from './fixtures';

/** The minutes' fields (issue 11): complete before signing, numbers unique in the council's year, locked once signed. */

const pdf = (text: string) => new TextEncoder().encode(`%PDF-1.7\n${text}\n%%EOF\n`);

async function closedProducts(): Promise<Seeded & { ids: string[] }> {
  const s = await seedRound({ members: 4, products: 3 });
  const ids = s.products.map((p) => p.id);
  for (const id of ids) {
    for (const m of s.members) await scoreAndSubmit(s, id, m.id, 2);
    await unsealProduct(s.db, id, 'secretary');
    await closeProduct(s.db, id, {}, 'secretary');
  }
  return { ...s, ids };
}

async function code(work: Promise<unknown>): Promise<string> {
  try {
    await work;
  } catch (error) {
    if (error instanceof CouncilDbError)
      return `${error.code}${error.problems.length > 0 ? `: ${error.problems.join(', ')}` : ''}`;
    throw error;
  }
  return 'allowed';
}

const sign = (productId: string, text = 'a') => ({
  productId,
  role: 'chair' as const,
  signerName: 'Nguyễn Văn Thắng',
  signedAt: '2026-11-28T10:00:00.000Z',
  bytes: pdf(text),
  fileName: 'Biên bản.pdf',
  auditHeadHash: 'ab'.repeat(32),
});

describe('minutes fields', () => {
  it('signing is refused while a required field is blank, naming every blank field', async () => {
    const s = await closedProducts();
    const [id = ''] = s.ids;
    expect(await code(storeSignedMinutes(s.db, sign(id), 'secretary'))).toBe(
      'minutes-incomplete: number, symbol, startTime, endTime, venue, presiding, recorder, conclusion, recipients',
    );
    await saveMinutesFields(
      s.db,
      id,
      { ...completeMinutesFields(1), endTime: '', recipients: [' '] },
      'secretary',
    );
    expect(await code(storeSignedMinutes(s.db, sign(id), 'secretary'))).toBe(
      'minutes-incomplete: endTime, recipients',
    );
    await fillMinutes(s.db, id, 1);
    expect(await code(storeSignedMinutes(s.db, sign(id), 'secretary'))).toBe('allowed');
  });

  it('a number is used once in the series: a second minutes with the same number is refused', async () => {
    const s = await closedProducts();
    const [a = '', b = ''] = s.ids;
    await fillMinutes(s.db, a, 7);
    expect(await code(fillMinutes(s.db, b, 7))).toBe('minutes-number-taken: 7');
    expect(
      await suggestedMinutesNumber(s.db, (await listMinutesFields(s.db, s.round.id))[0]?.series ?? ''),
    ).toBe(8);
    await fillMinutes(s.db, b, 8);
    expect((await listMinutesFields(s.db, s.round.id)).map((f) => f.number).sort()).toEqual([7, 8]);
  });

  it('a day batch numbers on in one transaction; a clash anywhere leaves nothing written', async () => {
    const s = await closedProducts();
    const [a = '', b = '', c = ''] = s.ids;
    await fillMinutes(s.db, c, 12);
    const before = (await listAudit(s.db, s.round.id)).length;
    const clash = [a, b, c].map((productId, i) => ({ productId, fields: completeMinutesFields(11 + i) }));
    // a=11, b=12, c=13: b takes 12 while c (in the batch) is renumbered: allowed, they swap in one go.
    expect(await code(saveMinutesFieldsBatch(s.db, s.round.id, clash, 'secretary'))).toBe('allowed');
    const dup = [a, b].map((productId) => ({ productId, fields: completeMinutesFields(20) }));
    expect(await code(saveMinutesFieldsBatch(s.db, s.round.id, dup, 'secretary'))).toBe(
      'minutes-number-taken: 20',
    );
    expect((await listMinutesFields(s.db, s.round.id)).map((f) => f.number).sort()).toEqual([11, 12, 13]);
    expect((await listAudit(s.db, s.round.id)).length).toBe(before + 1);
  });

  it('refuses what is not a time, an end before the start, a number that is not whole', async () => {
    const s = await closedProducts();
    const [id = ''] = s.ids;
    expect(
      await code(saveMinutesFields(s.db, id, { ...completeMinutesFields(1), startTime: '8h' }, 'secretary')),
    ).toBe('invalid-input: startTime: invalid-time');
    expect(
      await code(saveMinutesFields(s.db, id, { ...completeMinutesFields(1), endTime: '07:00' }, 'secretary')),
    ).toBe('invalid-input: endTime: end-before-start');
    expect(await code(saveMinutesFields(s.db, id, { ...completeMinutesFields(1.5) }, 'secretary'))).toBe(
      'invalid-input: number: invalid-number',
    );
    expect(await listMinutesFields(s.db, s.round.id)).toEqual([]);
  });

  it('once signed, the fields are locked with the document', async () => {
    const s = await closedProducts();
    const [id = ''] = s.ids;
    await fillMinutes(s.db, id, 1);
    await storeSignedMinutes(s.db, sign(id), 'secretary');
    expect(await code(fillMinutes(s.db, id, 2))).toMatch(/^minutes-locked/);
    expect((await listMinutesFields(s.db, s.round.id))[0]?.number).toBe(1);
    const events = (await listAudit(s.db, s.round.id)).map((e) => e.action);
    expect(events).toContain('minutes.fields');
  });
});
