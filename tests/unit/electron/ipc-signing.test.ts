import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers, noDialogs, type HandlerMap } from '../../../electron/ipc/handlers';
import { argumentSchemas } from '../../../electron/ipc/schemas';
import { SIGNER_ROLE_TITLES } from '../../../electron/ipc/signing-handlers';
import { createDataFiles } from '../../../electron/services/data-files';
import { saveFilesToFolder } from '../../../electron/services/folder-files';
import { openSettingsStore } from '../../../electron/services/settings-store';
import { makeMinutesPdf } from './signing/helpers/minutes-pdf';
import { pdfsig, pdftotext } from './signing/helpers/poppler';
import { makeTestPki, type TestPki } from './signing/helpers/test-pki';

/**
 * The signing channels end to end through the one handler map both hosts use: schema,
 * certificate, signature, verification, and that neither the password nor the certificate
 * ever reaches a log.
 */

const PASSWORD = 'mật khẩu của chủ tịch';
let pki: TestPki;
let dir: string;
let p12: Uint8Array;
let minutes: Uint8Array;
let handlers: HandlerMap;
const logged: unknown[] = [];
const signingTime = new Date(Math.floor(Date.now() / 1000) * 1000 + 60_000);

beforeAll(async () => {
  pki = makeTestPki();
  p12 = pki.issueP12({
    commonName: 'Nguyễn Thị Hương',
    organization: 'Hội đồng OCOP tỉnh Lâm Đồng',
    password: PASSWORD,
  });
  minutes = await makeMinutesPdf();
  dir = await mkdtemp(path.join(os.tmpdir(), 'ocop-ipc-signing-'));
  handlers = createHandlers({
    identity: { name: 'OCOP Council', version: '0.1.0', mode: 'web', dataDir: dir, platform: 'linux' },
    settings: await openSettingsStore(dir, () => undefined),
    dataFiles: createDataFiles(dir),
    openExternal: async () => undefined,
    dialogs: noDialogs,
    logError: (message, error) => logged.push(message, error),
    now: () => signingTime,
  });
}, 60_000);

afterAll(async () => {
  pki.dispose();
  await rm(dir, { recursive: true, force: true });
});

const request = (over: Record<string, unknown> = {}) => ({
  pdf: minutes,
  p12,
  password: PASSWORD,
  role: 'chair',
  reason: 'Phê duyệt biên bản',
  location: 'Đà Lạt',
  ...over,
});

describe('signPdf channel', () => {
  it('signs, chair then secretary, both valid for pdfsig and for verifyPdf', async () => {
    const chair = await handlers.signPdf([request()]);
    if (!chair.ok || !chair.value.signed) throw new Error(`chair: ${JSON.stringify(chair)}`);
    expect(chair.value.signer).toMatchObject({
      name: 'Nguyễn Thị Hương',
      organization: 'Hội đồng OCOP tỉnh Lâm Đồng',
    });
    expect(chair.value.signedAt).toBe(signingTime.toISOString());
    expect(chair.value.bytes).toBeInstanceOf(Uint8Array);

    const secretary = await handlers.signPdf([
      request({
        pdf: chair.value.bytes,
        role: 'secretary',
        box: { page: 1, x: 60, y: 60, width: 200, height: 64 },
      }),
    ]);
    if (!secretary.ok || !secretary.value.signed) throw new Error('secretary');
    const report = pdfsig(secretary.value.bytes);
    expect(report.signatures).toHaveLength(2);
    expect(report.raw.match(/Signature is Valid/g)).toHaveLength(2);
    expect(pdftotext(secretary.value.bytes)).toContain(SIGNER_ROLE_TITLES.secretary);

    const verified = await handlers.verifyPdf([
      { pdf: secretary.value.bytes, knownHashes: [secretary.value.sha256] },
    ]);
    expect(verified).toMatchObject({
      ok: true,
      value: { verdict: 'all-signatures-valid', matchesKnownHash: true },
    });
    if (!verified.ok) throw new Error('verify');
    expect(verified.value.signatures.map((s) => s.verdict)).toEqual(['valid-later-revision-signed', 'valid']);
    expect(verified.value.signatures[1]).toMatchObject({
      coversWholeDocument: true,
      changedAfterSigning: false,
      padesBaselineB: true,
    });

    const tampered = secretary.value.bytes.slice();
    tampered[200] = (tampered[200] ?? 0) ^ 0x01;
    const changed = await handlers.verifyPdf([{ pdf: tampered, knownHashes: [secretary.value.sha256] }]);
    expect(changed).toMatchObject({ ok: true, value: { matchesKnownHash: false } });
    if (!changed.ok) throw new Error('verify');
    expect(changed.value.verdict).not.toBe('all-signatures-valid');

    const appended = new Uint8Array([...secretary.value.bytes, ...new TextEncoder().encode('\n% added\n')]);
    const afterAppend = await handlers.verifyPdf([{ pdf: appended, knownHashes: [secretary.value.sha256] }]);
    expect(afterAppend).toMatchObject({
      ok: true,
      value: { verdict: 'changed-after-signing', matchesKnownHash: false },
    });
  }, 60_000);

  it('answers a wrong password and a damaged certificate file as refusals with their code', async () => {
    expect(await handlers.signPdf([request({ password: 'sai' })])).toEqual({
      ok: true,
      value: { signed: false, reason: 'wrong-certificate-password' },
    });
    expect(await handlers.signPdf([request({ p12: new Uint8Array([0x30, 0x03, 1, 2, 3]) })])).toEqual({
      ok: true,
      value: { signed: false, reason: 'corrupt-certificate-file' },
    });
    expect(await handlers.signPdf([request({ pdf: new TextEncoder().encode('not a pdf') })])).toEqual({
      ok: true,
      value: { signed: false, reason: 'unsupported-pdf' },
    });
  });

  it('never logs or echoes the password or the certificate', async () => {
    const results = [
      await handlers.signPdf([request({ password: 'sai' })]),
      await handlers.signPdf([request({ role: 'member' })]),
      await handlers.signPdf([request({ password: 'x'.repeat(2000) })]),
      await handlers.signPdf([{ ...request(), extra: PASSWORD }]),
    ];
    const text = JSON.stringify([results, logged.map(String)]);
    expect(text).not.toContain(PASSWORD);
    expect(text).not.toContain('x'.repeat(100));
    expect(results[1]).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
  });

  it('verifies anything without failing: not a PDF, no signatures', async () => {
    expect(await handlers.verifyPdf([{ pdf: new Uint8Array([1, 2, 3]), knownHashes: [] }])).toMatchObject({
      ok: true,
      value: { signatures: [] },
    });
    expect(await handlers.verifyPdf([{ pdf: minutes, knownHashes: [] }])).toMatchObject({
      ok: true,
      value: { verdict: 'no-signatures' },
    });
  });
});

describe('signing payload schemas', () => {
  const sign = argumentSchemas.signPdf;
  const ok = request();
  it.each([
    ['a role that cannot sign', { ...ok, role: 'member' }],
    ['a certificate as text', { ...ok, p12: 'MII...' }],
    ['a certificate over 1 MB', { ...ok, p12: new Uint8Array(1024 * 1024 + 1) }],
    ['a password of 1025 characters', { ...ok, password: 'x'.repeat(1025) }],
    ['a password that is not text', { ...ok, password: 1234 }],
    ['no password', { pdf: minutes, p12, role: 'chair', reason: '', location: '' }],
    ['an unknown field (e.g. a file path)', { ...ok, p12Path: '/home/x/key.p12' }],
    ['a signing time chosen by the page', { ...ok, signingTime: '2020-01-01T00:00:00Z' }],
    ['a box of page 0', { ...ok, box: { page: 0, x: 0, y: 0, width: 200, height: 64 } }],
    ['a box too small for its text', { ...ok, box: { page: 1, x: 0, y: 0, width: 10, height: 64 } }],
    ['a box at NaN', { ...ok, box: { page: 1, x: Number.NaN, y: 0, width: 200, height: 64 } }],
    ['a reason of 301 characters', { ...ok, reason: 'x'.repeat(301) }],
  ])('signPdf refuses %s', (_what, payload) => {
    expect(sign.safeParse([payload]).success).toBe(false);
  });

  it('verifyPdf takes only SHA-256 hex hashes', () => {
    expect(
      argumentSchemas.verifyPdf.safeParse([{ pdf: minutes, knownHashes: ['a'.repeat(64)] }]).success,
    ).toBe(true);
    expect(
      argumentSchemas.verifyPdf.safeParse([{ pdf: minutes, knownHashes: ['A'.repeat(64)] }]).success,
    ).toBe(false);
    expect(argumentSchemas.verifyPdf.safeParse([{ pdf: minutes, knownHashes: ['x'] }]).success).toBe(false);
    expect(argumentSchemas.verifyPdf.safeParse([{ pdf: 'x', knownHashes: [] }]).success).toBe(false);
  });

  it('saveFilesToFolder refuses unsafe names and empty batches', () => {
    const schema = argumentSchemas.saveFilesToFolder;
    const bytes = new Uint8Array([1]);
    expect(schema.safeParse([{ files: [{ name: 'Biên bản - 01 - Mật ong.pdf', bytes }] }]).success).toBe(
      true,
    );
    for (const name of ['../x.pdf', 'a/b.pdf', 'CON.pdf', 'x.', '']) {
      expect(schema.safeParse([{ files: [{ name, bytes }] }]).success).toBe(false);
    }
    expect(schema.safeParse([{ files: [] }]).success).toBe(false);
  });
});

describe('saveFilesToFolder service', () => {
  it('writes every file, never overwrites, keeps Vietnamese names in NFC', async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'ocop-folder-'));
    try {
      await writeFile(path.join(folder, 'Biên bản.pdf'), 'older');
      const saved = await saveFilesToFolder(folder, [
        { name: 'Biên bản.pdf'.normalize('NFD'), bytes: new Uint8Array([1]) },
        { name: 'BIÊN BẢN.pdf', bytes: new Uint8Array([2]) },
        { name: 'Tổng hợp.pdf', bytes: new Uint8Array([3]) },
      ]);
      expect(saved.saved).toEqual(['Biên bản (2).pdf', 'BIÊN BẢN (3).pdf', 'Tổng hợp.pdf']);
      expect(await readFile(path.join(folder, 'Biên bản.pdf'), 'utf8')).toBe('older');
      expect((await readdir(folder)).filter((n) => n.startsWith('.tmp'))).toEqual([]);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  it('two batches saved into one folder at the same moment: both kept, neither replaces the other', async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'ocop-folder-'));
    try {
      const batch = (byte: number) =>
        saveFilesToFolder(folder, [{ name: 'Biên bản.pdf', bytes: new Uint8Array([byte]) }]);
      const [first, second] = await Promise.all([batch(1), batch(2)]);
      expect([first.saved, second.saved]).toEqual([['Biên bản.pdf'], ['Biên bản (2).pdf']]);
      expect([...(await readFile(path.join(folder, 'Biên bản.pdf')))]).toEqual([1]);
      expect([...(await readFile(path.join(folder, 'Biên bản (2).pdf')))]).toEqual([2]);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  it('is refused by a host without dialogs (browser mode downloads instead)', async () => {
    expect(
      await handlers.saveFilesToFolder([{ files: [{ name: 'x.pdf', bytes: new Uint8Array([1]) }] }]),
    ).toMatchObject({
      ok: false,
      error: { code: 'unsupported' },
    });
  });
});
