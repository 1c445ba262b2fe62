import 'fake-indexeddb/auto';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import {
  backupIntegrityHash,
  createBackup,
  readBackup,
  restoreBackup,
  serializeBackup,
} from '../../../../renderer/src/db/backup';
import type { SignedDocumentRow } from '../../../../renderer/src/db';
import { freshDb, seedRound } from '../fixtures';

const enc = (v: unknown): Uint8Array => new TextEncoder().encode(JSON.stringify(v));

function signed(id: string, roundId: string, text: string): SignedDocumentRow {
  const bytes = new TextEncoder().encode(`%PDF-1.7 ${text}`);
  const hash = bytesToHex(sha256(bytes));
  return {
    id,
    roundId,
    productId: '',
    kind: 'summary',
    revision: 1,
    fileName: `${text}.pdf`,
    sha256: hash,
    knownHashes: [hash],
    bytes,
    signers: [{ role: 'chair', name: 'Nguyễn Văn An', at: '2026-11-28T09:00:00.000Z' }],
    auditHeadHash: '0'.repeat(64),
    createdAt: '2026-11-28T09:00:00.000Z',
    updatedAt: '2026-11-28T09:00:00.000Z',
  };
}

describe('signed documents in a backup', () => {
  it('are carried with their bytes, and a restore adds the missing ones without removing any', async () => {
    const s = await seedRound({ products: 1 });
    await s.db.signedDocuments.add(signed('doc-a', s.round.id, 'a'));
    const backup = await createBackup(s.db, { appVersion: 't' });
    const read = readBackup(serializeBackup(backup));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const target = freshDb();
    await target.signedDocuments.add(signed('doc-b', 'elsewhere', 'b'));
    const result = await restoreBackup(target, read.backup, 'secretary');
    expect(result.counts.signedDocuments).toBe(1);
    const docs = await target.signedDocuments.toArray();
    expect(docs.map((d) => d.id).sort()).toEqual(['doc-a', 'doc-b']);
    expect(new TextDecoder().decode(docs.find((d) => d.id === 'doc-a')?.bytes)).toBe('%PDF-1.7 a');
  });

  it('a signed file whose bytes do not match its SHA-256 refuses the backup', async () => {
    const s = await seedRound({ products: 1 });
    await s.db.signedDocuments.add(signed('doc-a', s.round.id, 'a'));
    const backup = await createBackup(s.db, { appVersion: 't' });
    const [doc] = backup.tables.signedDocuments;
    if (!doc) throw new Error('no doc');
    const body = {
      ...backup,
      integrity: undefined,
      tables: { ...backup.tables, signedDocuments: [{ ...doc, bytesBase64: btoa('%PDF-1.7 b') }] },
    };
    const read = readBackup(
      enc({ ...body, integrity: { algorithm: 'sha256', hash: backupIntegrityHash(body) } }),
    );
    expect(read).toMatchObject({ ok: false, problems: [{ code: 'signed-document-damaged' }] });
  });

  it('a backup made under schema v1 (no signed documents) still reads', async () => {
    const s = await seedRound({ products: 1 });
    const backup = await createBackup(s.db, { appVersion: 't' });
    const { signedDocuments: _none, ...v1Tables } = backup.tables;
    const body = { ...backup, integrity: undefined, schemaVersion: 1, tables: v1Tables };
    const read = readBackup(
      enc({ ...body, integrity: { algorithm: 'sha256', hash: backupIntegrityHash(body) } }),
    );
    expect(read.ok).toBe(true);
    if (read.ok) expect(read.backup.tables.signedDocuments).toEqual([]);
  });
});
