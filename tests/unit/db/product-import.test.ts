import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { listAudit, verifyAuditChain, ValidationError } from '../../../renderer/src/db';
import { importProducts } from '../../../renderer/src/db/repos/product-import';
import { seedRound } from './fixtures';
import { snapshot } from './backup/snapshot';

const producer = { name: 'HTX', address: '', phone: '', commune: '' };

describe('importProducts', () => {
  it('adds every product in one transaction with one audit event each, tied by a batch', async () => {
    const s = await seedRound({ products: 1, scoring: false });
    const added = await importProducts(
      s.db,
      s.round.id,
      [
        { name: 'Cà phê', code: '79-26734-101-2026', sheetNo: 13, producer, kind: 'first' },
        { name: 'Homestay', code: '', sheetNo: 26, producer, kind: 'upgrade' },
      ],
      { fileName: 'ds.xlsx' },
      'secretary',
    );
    expect(added.map((p) => p.position)).toEqual([1, 2]);
    const events = (await listAudit(s.db, s.round.id)).filter((e) => e.action === 'product.import');
    expect(events.map((e) => e.entityId)).toEqual(added.map((p) => p.id));
    expect((await verifyAuditChain(s.db, s.round.id)).ok).toBe(true);
  });

  it('refuses the whole batch on one bad row (duplicate code within the batch or with the round): nothing written', async () => {
    const s = await seedRound({ products: 1, scoring: false });
    const before = await snapshot(s.db);
    await expect(
      importProducts(
        s.db,
        s.round.id,
        [
          { name: 'A', code: '79-26734-101-2026', sheetNo: 13, producer, kind: 'first' },
          { name: 'B', code: '79-26734-101-2026', sheetNo: 13, producer, kind: 'first' },
        ],
        { fileName: 'x.csv' },
        'secretary',
      ),
    ).rejects.toBeInstanceOf(ValidationError);
    await expect(
      importProducts(
        s.db,
        s.round.id,
        [{ name: 'A', code: s.products[0]?.code ?? '', sheetNo: 13, producer, kind: 'first' }],
        { fileName: 'x.csv' },
        'secretary',
      ),
    ).rejects.toMatchObject({ code: 'duplicate' });
    await expect(
      importProducts(
        s.db,
        s.round.id,
        [{ name: 'A', code: '', sheetNo: 99, producer, kind: 'first' }],
        { fileName: 'x.csv' },
        'secretary',
      ),
    ).rejects.toMatchObject({ code: 'invalid-sheet-no' });
    expect(await snapshot(s.db)).toBe(before);
  });
});
