import 'fake-indexeddb/auto';
import { IDBDatabase } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPerson, openCouncilDb } from '../../../renderer/src/db';
import { scoreAndSubmit, seedRound } from './fixtures';

afterEach(() => {
  vi.restoreAllMocks();
});

/**
 * A saved score must survive a power cut (issue 14): every write transaction asks IndexedDB for
 * strict durability, so Chromium reports it complete only once it is on disk.
 */
describe('write durability', () => {
  it('every read-write transaction of the repositories is strict', async () => {
    const opened = vi.spyOn(IDBDatabase.prototype, 'transaction');
    const s = await seedRound({ members: 3, products: 1 });
    const [product] = s.products;
    const [member] = s.members;
    if (!product || !member) throw new Error('no product or member');
    await scoreAndSubmit(s, product.id, member.id, 1);
    await createPerson(s.db, { fullName: 'Nguyễn Văn B' }, 'secretary');
    const writes = opened.mock.calls.filter(([, mode]) => mode === 'readwrite');
    expect(writes.length).toBeGreaterThan(5);
    expect(writes.map(([, , options]) => options?.durability)).toEqual(writes.map(() => 'strict'));
  });

  it('a fresh database opens with it too', async () => {
    const db = await openCouncilDb(`durable-${crypto.randomUUID()}`);
    const durability = await db.transaction('rw', db.settings, (tx) => tx.idbtrans.durability);
    expect(durability).toBe('strict');
  });
});
