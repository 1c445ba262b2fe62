import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { problem, problemLine } from '../../../renderer/src/domain/problems';
import {
  CouncilDb,
  StorageFullError,
  ValidationError,
  WorkflowError,
  createPerson,
  createProduct,
  listAudit,
  requestPersistentStorage,
  saveAnswer,
  type PersistenceResult,
  type StorageManagerLike,
} from '../../../renderer/src/db';
import { fakeEngine, seedRound } from './fixtures';

const producer = { name: 'HTX', address: 'Ấp 2', phone: '09', commune: 'Xã C' };

describe('a failed write leaves nothing half-done', () => {
  it('a constraint failing on the audit event (after the row was written) keeps neither row nor event', async () => {
    // Ids: the second person gets a fresh id but its audit event reuses the first event's id,
    // so the audit insert — the LAST step — fails after the person row was added.
    const ids = ['p1', 'a1', 'p2', 'a1'];
    const db = new CouncilDb(`atomic-${crypto.randomUUID()}`, {
      engine: fakeEngine,
      newId: () => ids.shift() ?? crypto.randomUUID(),
    });
    await createPerson(db, { fullName: 'Một' }, 'secretary');
    await expect(createPerson(db, { fullName: 'Hai' }, 'secretary')).rejects.toThrow();
    expect(await db.people.get('p2')).toBeUndefined();
    expect(await db.people.count()).toBe(1);
    expect(await db.audit.count()).toBe(1);
  });

  it('quota exceeded on the second store of a write → StorageFullError; product, state and event all absent', async () => {
    const s = await seedRound({ scoring: false });
    const productsBefore = await s.db.products.count();
    const eventsBefore = (await listAudit(s.db, s.round.id)).length;
    // The product row is written first, then its state: fail the state like a full disk would.
    s.db.productStates.hook('creating', () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const write = createProduct(
      s.db,
      s.round.id,
      { name: 'Trà', code: '', sheetNo: 9, producer, kind: 'first' },
      'secretary',
    );
    await expect(write).rejects.toBeInstanceOf(StorageFullError);
    await expect(write).rejects.toMatchObject({ code: 'storage-full' });
    expect(await s.db.products.count()).toBe(productsBefore);
    expect((await listAudit(s.db, s.round.id)).length).toBe(eventsBefore);
  });

  it('a refused write (workflow) stores nothing', async () => {
    const s = await seedRound({ scoring: false });
    const eventsBefore = await s.db.audit.count();
    const key = { roundId: s.round.id, productId: s.products[0]?.id ?? '', memberId: s.members[0]?.id ?? '' };
    await expect(
      saveAnswer(s.db, { ...key, criterionCode: '1.1', answer: 1 }, 'secretary'),
    ).rejects.toBeInstanceOf(WorkflowError);
    expect(await s.db.sheets.count()).toBe(0);
    expect(await s.db.audit.count()).toBe(eventsBefore);
  });

  it('an invalid product code is refused with its problem code (words on screen) and nothing stored', async () => {
    const s = await seedRound({ scoring: false });
    const write = createProduct(
      s.db,
      s.round.id,
      { name: 'Trà', code: '79-2673-001-2026', sheetNo: 9, producer, kind: 'first' },
      'secretary',
    );
    await expect(write).rejects.toBeInstanceOf(ValidationError);
    await expect(write).rejects.toMatchObject({
      code: 'invalid-product-code',
      problems: [problemLine(problem('commune', 'commune-code-digits', { value: '2673' }))],
    });
    expect(await s.db.products.count()).toBe(2);
  });
});

describe('requestPersistentStorage', () => {
  const answer = (v: boolean) => async (): Promise<boolean> => v;
  const cases: readonly [string, StorageManagerLike, PersistenceResult][] = [
    ['already persisted', { persisted: answer(true), persist: answer(false) }, 'granted'],
    ['granted on request', { persisted: answer(false), persist: answer(true) }, 'granted'],
    ['denied', { persisted: answer(false), persist: answer(false) }, 'denied'],
    ['no API', {}, 'unsupported'],
  ];
  it.each(cases)('%s → %s', async (_name, storage, expected) => {
    expect(await requestPersistentStorage(storage)).toBe(expected);
  });
});
