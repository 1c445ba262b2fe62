import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readCertificateFile } from '../../../../electron/services/signing/certificate-files';
import {
  TRUSTED_CERTIFICATES_FILE,
  openTrustedCertificateStore,
} from '../../../../electron/services/trusted-certificates';
import { makeTestPki, type TestPki } from '../signing/helpers/test-pki';

/**
 * Settings → "Chứng thư gốc tin cậy" on the host side: every file form an office receives
 * (DER, PEM, PEM bundle, .p7b in DER and PEM), only CA certificates kept, stored atomically in
 * the data folder, surviving a restart, and a damaged file kept aside rather than overwritten.
 */

let pki: TestPki;
let dir: string;
const now = new Date('2026-12-03T08:00:00Z');
const files: Record<string, Uint8Array> = {};

function openssl(args: readonly string[]): void {
  execFileSync('openssl', args, { cwd: pki.dir, stdio: ['ignore', 'ignore', 'pipe'] });
}

beforeAll(async () => {
  pki = makeTestPki();
  pki.issueP12({ commonName: 'Nguyễn Thị Hương', password: 'x' });
  openssl(['x509', '-in', 'ca.pem', '-outform', 'DER', '-out', 'ca.cer']);
  openssl([
    'crl2pkcs7',
    '-nocrl',
    '-certfile',
    'ca.pem',
    '-certfile',
    'signer1.pem',
    '-outform',
    'DER',
    '-out',
    'bundle.p7b',
  ]);
  openssl(['crl2pkcs7', '-nocrl', '-certfile', 'ca.pem', '-out', 'bundle-pem.p7b']);
  const read = (name: string) => readFile(path.join(pki.dir, name));
  files['ca.cer'] = await read('ca.cer');
  files['ca.pem'] = await read('ca.pem');
  files['bundle.p7b'] = await read('bundle.p7b');
  files['bundle-pem.p7b'] = await read('bundle-pem.p7b');
  files['signer.pem'] = await read('signer1.pem');
  files['two.pem'] = Buffer.concat([await read('signer1.pem'), await read('ca.pem')]);
  dir = await mkdtemp(path.join(os.tmpdir(), 'ocop-trust-'));
}, 60_000);

afterAll(async () => {
  pki.dispose();
  await rm(dir, { recursive: true, force: true });
});

describe('readCertificateFile', () => {
  test.each([
    ['ca.cer', 1],
    ['ca.pem', 1],
    ['bundle.p7b', 2],
    ['bundle-pem.p7b', 1],
    ['two.pem', 2],
  ])('%s → %i certificate(s)', (name, count) => {
    expect(readCertificateFile(files[name] ?? new Uint8Array())).toHaveLength(count);
  });

  test.each([
    ['an empty file', new Uint8Array()],
    ['a PDF', Buffer.from('%PDF-1.7\n%%EOF\n')],
    ['a PEM private key', Buffer.from('-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n')],
    [
      'a broken PEM certificate',
      Buffer.from('-----BEGIN CERTIFICATE-----\nnot base64 at all\n-----END CERTIFICATE-----\n'),
    ],
    ['two megabytes', new Uint8Array(2 * 1024 * 1024)],
  ])('%s is refused', (_name, bytes) => {
    expect(() => readCertificateFile(bytes)).toThrow();
  });
});

describe('the trusted certificate store', () => {
  test('imports CA certificates only, lists them with fingerprint and validity, and keeps them across a restart', async () => {
    const problems: unknown[] = [];
    const store = await openTrustedCertificateStore(dir, (p) => problems.push(p));
    expect(store.list()).toEqual([]);

    expect(await store.import(files['signer.pem'] ?? new Uint8Array(), now)).toEqual({
      imported: false,
      reason: 'not-a-ca',
    });
    expect(await store.import(Buffer.from('rác'), now)).toEqual({ imported: false, reason: 'unreadable' });

    const outcome = await store.import(files['bundle.p7b'] ?? new Uint8Array(), now);
    expect(outcome).toMatchObject({ imported: true, alreadyTrusted: 0, skippedNotCa: 1 });
    expect(store.list()).toEqual([
      expect.objectContaining({
        subject: 'OCOP Test CA, Test only',
        issuer: 'OCOP Test CA, Test only',
        selfSigned: true,
        isCa: true,
        addedAt: now.toISOString(),
        fingerprint: expect.stringMatching(/^[0-9a-f]{64}$/),
      }),
    ]);
    expect(await store.import(files['ca.pem'] ?? new Uint8Array(), now)).toMatchObject({
      imported: true,
      added: [],
      alreadyTrusted: 1,
    });

    const reopened = await openTrustedCertificateStore(dir, (p) => problems.push(p));
    expect(reopened.list()).toEqual(store.list());
    expect(reopened.anchors()).toHaveLength(1);
    expect(problems).toEqual([]);

    const fingerprint = reopened.list()[0]?.fingerprint ?? '';
    expect(await reopened.remove('0'.repeat(64))).toBe(false);
    expect(await reopened.remove(fingerprint)).toBe(true);
    expect((await openTrustedCertificateStore(dir, () => undefined)).list()).toEqual([]);
  });

  test('a removal and an import at the same moment: each sees the other, the file keeps the last', async () => {
    const store = await openTrustedCertificateStore(dir, () => undefined);
    await store.import(files['ca.pem'] ?? new Uint8Array(), now);
    const fingerprint = store.list()[0]?.fingerprint ?? '';
    const [removed, imported] = await Promise.all([
      store.remove(fingerprint),
      store.import(files['ca.cer'] ?? new Uint8Array(), now),
    ]);
    expect(removed).toBe(true);
    // Removed first, so the import adds it again (it must not say "already trusted" and keep nothing).
    expect(imported).toMatchObject({ imported: true, alreadyTrusted: 0 });
    expect(store.list().map((c) => c.fingerprint)).toEqual([fingerprint]);
    const reopened = await openTrustedCertificateStore(dir, () => undefined);
    expect(reopened.list().map((c) => c.fingerprint)).toEqual([fingerprint]);
  });

  test('a damaged list is reported and kept aside on the next change, never silently overwritten', async () => {
    const damagedDir = await mkdtemp(path.join(os.tmpdir(), 'ocop-trust-damaged-'));
    try {
      await writeFile(path.join(damagedDir, TRUSTED_CERTIFICATES_FILE), '{"version": 1, "certificates": [');
      const problems: unknown[] = [];
      const store = await openTrustedCertificateStore(damagedDir, (p) => problems.push(p));
      expect(problems).toHaveLength(1);
      expect(store.list()).toEqual([]);
      await store.import(files['ca.cer'] ?? new Uint8Array(), now);
      const names = await readdir(damagedDir);
      const aside = names.find((n) => n.startsWith(`${TRUSTED_CERTIFICATES_FILE}.damaged-`));
      expect(aside).toBeDefined();
      expect(await readFile(path.join(damagedDir, aside ?? ''), 'utf8')).toBe(
        '{"version": 1, "certificates": [',
      );
      expect((await openTrustedCertificateStore(damagedDir, () => undefined)).list()).toHaveLength(1);
    } finally {
      await rm(damagedDir, { recursive: true, force: true });
    }
  });
});
