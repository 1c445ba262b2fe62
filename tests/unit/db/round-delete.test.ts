import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { listAudit, NotFoundError, verifyAuditChain } from '../../../renderer/src/db';
import { deleteRound } from '../../../renderer/src/db/repos/round-delete';
import { createBackup, readBackup, restoreBackup, serializeBackup } from '../../../renderer/src/db/backup';
import { scoreAndSubmit, seedRound } from './fixtures';
import { snapshot } from './backup/snapshot';

describe('deleteRound', () => {
  it('removes the round and all its rows in one transaction, keeps its audit chain and records the deletion globally', async () => {
    const s = await seedRound({ members: 3, products: 2 });
    const [p] = s.products;
    for (const m of s.members) if (p) await scoreAndSubmit(s, p.id, m.id, 2);
    const chainBefore = await listAudit(s.db, s.round.id);
    const result = await deleteRound(s.db, s.round.id, 'secretary');
    expect(result.counts).toMatchObject({ roundMembers: 3, products: 2, sheets: 3, productStates: 2 });
    for (const table of [
      'rounds',
      'roundMembers',
      'products',
      'sheets',
      'productStates',
      'attendance',
      'recusals',
    ] as const) {
      expect(await s.db.table(table).count()).toBe(0);
    }
    expect(await listAudit(s.db, s.round.id)).toEqual(chainBefore);
    const global = await listAudit(s.db, 'global');
    expect(global.at(-1)).toMatchObject({ action: 'round.delete', entityId: s.round.id });
    expect((await verifyAuditChain(s.db, 'global')).ok).toBe(true);
    expect(await s.db.people.count()).toBe(3);
  });

  it('a backup brings the deleted round back exactly', async () => {
    const s = await seedRound({ members: 3, products: 2 });
    const backup = readBackup(serializeBackup(await createBackup(s.db, { appVersion: 't' })));
    const rounds = await s.db.rounds.toArray();
    const sheets = await s.db.sheets.toArray();
    await deleteRound(s.db, s.round.id, 'secretary');
    if (!backup.ok) throw new Error('backup unreadable');
    await restoreBackup(s.db, backup.backup, 'secretary');
    expect(await s.db.rounds.toArray()).toEqual(rounds);
    expect(await s.db.sheets.toArray()).toEqual(sheets);
  });

  it('refuses an unknown round or one with signed documents, and changes nothing', async () => {
    const s = await seedRound({ products: 1 });
    await s.db.signedDocuments.add({
      id: 'doc',
      roundId: s.round.id,
      productId: '',
      kind: 'summary',
      revision: 1,
      fileName: 'x.pdf',
      sha256: '0'.repeat(64),
      knownHashes: [],
      bytes: new Uint8Array([1]),
      signers: [],
      auditHeadHash: '',
      createdAt: '2026-11-28T09:00:00.000Z',
      updatedAt: '2026-11-28T09:00:00.000Z',
    });
    const before = await snapshot(s.db);
    await expect(deleteRound(s.db, s.round.id, 'secretary')).rejects.toMatchObject({
      code: 'product-signed',
    });
    await expect(deleteRound(s.db, 'nope', 'secretary')).rejects.toBeInstanceOf(NotFoundError);
    expect(await snapshot(s.db)).toBe(before);
  });
});
