import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createHandlers, noDialogs, type HandlerMap } from '../../../../electron/ipc/handlers';
import { createDataFiles } from '../../../../electron/services/data-files';
import { openSettingsStore } from '../../../../electron/services/settings-store';
import { openTrustedCertificateStore } from '../../../../electron/services/trusted-certificates';
import { makeSigners, signByChairThenSecretary, SIGNED_AT } from '../signing/helpers/fixtures';
import { makeMinutesPdf } from '../signing/helpers/minutes-pdf';
import { makeTestPki, type TestPki } from '../signing/helpers/test-pki';

/** The trust channels through the one handler map: import, list, verify against it, remove. */

let pki: TestPki;
let dir: string;
let handlers: HandlerMap;
let signed: Uint8Array;

beforeAll(async () => {
  pki = makeTestPki();
  signed = signByChairThenSecretary(await makeMinutesPdf(), makeSigners(pki)).both.bytes;
  dir = await mkdtemp(path.join(os.tmpdir(), 'ocop-trust-ipc-'));
  handlers = createHandlers({
    identity: { name: 'OCOP Council', version: '0.1.0', mode: 'web', dataDir: dir, platform: 'linux' },
    settings: await openSettingsStore(dir, () => undefined),
    dataFiles: createDataFiles(dir),
    openExternal: async () => undefined,
    dialogs: noDialogs,
    logError: () => undefined,
    now: () => SIGNED_AT,
    trustedCertificates: await openTrustedCertificateStore(dir, () => undefined),
  });
}, 60_000);

afterAll(async () => {
  pki.dispose();
  await rm(dir, { recursive: true, force: true });
});

const trustOf = async (): Promise<unknown> => {
  const result = await handlers.verifyPdf([{ pdf: signed, knownHashes: [] }]);
  if (!result.ok) throw new Error(result.error.message);
  return result.value.signatures.map((s) => [s.trust, s.trustProblem, s.chain.at(-1)]);
};

describe('trusted certificate channels', () => {
  test('import → list → verify names the root; remove → untrusted; unknown fingerprint → not-found', async () => {
    expect(await handlers.listTrustedCertificates([])).toEqual({ ok: true, value: [] });
    expect(await trustOf()).toEqual([
      ['untrusted', 'unknown-issuer', 'OCOP Test CA, Test only'],
      ['untrusted', 'unknown-issuer', 'OCOP Test CA, Test only'],
    ]);

    const imported = await handlers.importTrustedCertificates([{ bytes: readFileSync(pki.caPemPath) }]);
    expect(imported).toMatchObject({ ok: true, value: { imported: true, skippedNotCa: 0 } });
    const listed = await handlers.listTrustedCertificates([]);
    if (!listed.ok) throw new Error('list');
    expect(listed.value.map((c) => c.subject)).toEqual(['OCOP Test CA, Test only']);
    expect(await trustOf()).toEqual([
      ['trusted', null, 'OCOP Test CA, Test only'],
      ['trusted', null, 'OCOP Test CA, Test only'],
    ]);

    expect(await handlers.removeTrustedCertificate(['f'.repeat(64)])).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(await handlers.removeTrustedCertificate([listed.value[0]?.fingerprint])).toEqual({
      ok: true,
      value: undefined,
    });
    expect(await trustOf()).toEqual([
      ['untrusted', 'unknown-issuer', 'OCOP Test CA, Test only'],
      ['untrusted', 'unknown-issuer', 'OCOP Test CA, Test only'],
    ]);
    expect(await handlers.removeTrustedCertificate(['../../etc/passwd'])).toMatchObject({
      ok: false,
      error: { code: 'invalid-payload' },
    });
  }, 60_000);
});
