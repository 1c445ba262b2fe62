import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  backupIntegrityHash,
  createBackup,
  readBackup,
  restoreBackup,
  serializeBackup,
} from '../../../renderer/src/db/backup';
import { describeBackupProblem } from '../../../renderer/src/features/backup/describe-problem';
import { scoreAndSubmit, seedRound } from '../db/fixtures';
import { snapshot } from '../db/backup/snapshot';
import { FUZZ, mutateJsonText, mutation } from './hostile';

async function seeded() {
  const s = await seedRound({ members: 3, products: 2 });
  const [p] = s.products;
  for (const [i, m] of s.members.entries()) if (p) await scoreAndSubmit(s, p.id, m.id, i);
  return s;
}

describe('backup restore under hostile files', () => {
  it('damaged files (checksum left as it was) are all refused with a reason, and nothing changes', async () => {
    const s = await seeded();
    const text = new TextDecoder().decode(serializeBackup(await createBackup(s.db, { appVersion: 'test' })));
    const before = await snapshot(s.db);
    fc.assert(
      fc.property(mutation, (m) => {
        const hostile = mutateJsonText(text, m);
        const read = readBackup(new TextEncoder().encode(hostile));
        if (hostile === text) return;
        expect(read.ok).toBe(false);
        if (!read.ok) {
          expect(read.problems.length).toBeGreaterThan(0);
          for (const p of read.problems) expect(describeBackupProblem(p, 'vi')).not.toMatch(/\{\w+\}/);
        }
      }),
      FUZZ,
    );
    expect(await snapshot(s.db)).toBe(before);
  });

  it('hostile rows under a recomputed checksum: refused with a reason, or restored whole — never half', async () => {
    const s = await seeded();
    const backup = await createBackup(s.db, { appVersion: 'test' });
    const bodyText = JSON.stringify({ ...backup, integrity: undefined });
    await fc.assert(
      fc.asyncProperty(
        mutation.filter((m) => m.kind === 'replace' || m.kind === 'delete' || m.kind === 'duplicate'),
        async (m) => {
          const body: Record<string, unknown> = JSON.parse(mutateJsonText(bodyText, m));
          const bytes = new TextEncoder().encode(
            JSON.stringify({ ...body, integrity: { algorithm: 'sha256', hash: backupIntegrityHash(body) } }),
          );
          const read = readBackup(bytes);
          const before = await snapshot(s.db);
          if (!read.ok) {
            expect(read.problems.length).toBeGreaterThan(0);
            return;
          }
          try {
            // Accepted: a benign change (a hostile NAME is still a name); put the original back.
            await restoreBackup(s.db, read.backup, 'secretary');
            await restoreBackup(s.db, backup, 'system');
          } catch {
            expect(await snapshot(s.db)).toBe(before);
          }
        },
      ),
      FUZZ,
    );
  }, 180_000);

  it('random bytes and wrong encodings are refused, never thrown', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4096 }), (bytes) => {
        const read = readBackup(bytes);
        expect(read.ok).toBe(false);
      }),
      FUZZ,
    );
    const utf16 = new Uint8Array([
      0xff,
      0xfe,
      ...Array.from('{"format":"ocop-council/backup"}', (c) => [c.charCodeAt(0), 0]).flat(),
    ]);
    expect(readBackup(utf16)).toMatchObject({ ok: false, problems: [{ code: 'not-utf8' }] });
  });
});
