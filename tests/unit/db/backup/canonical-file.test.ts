import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  backupIntegrityHash,
  createBackupFile,
  readBackup,
  readBackupAsync,
  serializeBackup,
} from '../../../../renderer/src/db/backup';
import { canonicalJson } from '../../../../renderer/src/db/audit/canonical-json';
import { scoreAndSubmit, seedRound } from '../fixtures';

async function scored() {
  const s = await seedRound({ members: 3, products: 2 });
  const [p1] = s.products;
  for (const [i, m] of s.members.entries()) if (p1) await scoreAndSubmit(s, p1.id, m.id, i + 1);
  return s;
}

const codes = (read: Awaited<ReturnType<typeof readBackupAsync>>): string[] =>
  read.ok ? [] : read.problems.map((p) => p.code);

describe('a backup serialised once: the file is its canonical JSON (issue 13)', () => {
  it('is the canonical JSON of the whole file, with the same integrity hash as the format defines', async () => {
    const s = await scored();
    const { backup, bytes } = await createBackupFile(s.db, { appVersion: '0.1.0' });
    const text = new TextDecoder().decode(bytes);
    expect(text).toBe(canonicalJson(backup));
    expect(backup.integrity.hash).toBe(backupIntegrityHash({ ...backup }));
    expect(JSON.parse(text)).toEqual(JSON.parse(new TextDecoder().decode(serializeBackup(backup))));
  });

  it('reads back, synchronously and with WebCrypto, to the same backup', async () => {
    const s = await scored();
    const { backup, bytes } = await createBackupFile(s.db, { appVersion: '0.1.0' });
    const sync = readBackup(bytes);
    const viaWebCrypto = await readBackupAsync(bytes);
    expect(sync.ok && viaWebCrypto.ok).toBe(true);
    if (!sync.ok || !viaWebCrypto.ok) return;
    expect(viaWebCrypto.backup).toEqual(sync.backup);
    expect(sync.backup.tables.sheets).toEqual(backup.tables.sheets);
    expect(sync.backup.integrity.hash).toBe(backup.integrity.hash);
  });

  it('an older backup (JSON.stringify order) still reads with both readers', async () => {
    const s = await scored();
    const { backup } = await createBackupFile(s.db, { appVersion: '0.1.0' });
    const old = serializeBackup(backup);
    expect(readBackup(old).ok).toBe(true);
    expect((await readBackupAsync(old)).ok).toBe(true);
  });

  it('any damage is caught on both paths: a changed score, a changed hash, a member cut out', async () => {
    const s = await scored();
    const { bytes } = await createBackupFile(s.db, { appVersion: '0.1.0' });
    const text = new TextDecoder().decode(bytes);
    const enc = (t: string) => new TextEncoder().encode(t);
    const variants = [
      // an answer changed inside the data (the canonical fast path)
      text.replace(/"answers":\{"1\.1":1/, '"answers":{"1.1":2'),
      // the hash itself changed
      text.replace(/"hash":"([0-9a-f])/, (_m, c: string) => `"hash":"${c === '0' ? '1' : '0'}`),
      // an older-order file with a changed app version (the canonical re-serialising path)
      JSON.stringify({ ...JSON.parse(text), appVersion: '9.9.9' }),
    ];
    for (const damaged of variants) {
      expect(damaged).not.toBe(text);
      expect(codes(await readBackupAsync(enc(damaged)))).toEqual(['integrity-mismatch']);
      const sync = readBackup(enc(damaged));
      expect(sync.ok ? [] : sync.problems.map((p) => p.code)).toEqual(['integrity-mismatch']);
    }
  });

  it('refuses what is not a backup the same way as the synchronous reader', async () => {
    for (const text of ['', 'not json', '{"format":"ocop-council/round"}', '[]']) {
      const bytes = new TextEncoder().encode(text);
      const sync = readBackup(bytes);
      expect(codes(await readBackupAsync(bytes))).toEqual(sync.ok ? [] : sync.problems.map((p) => p.code));
    }
  });
});
