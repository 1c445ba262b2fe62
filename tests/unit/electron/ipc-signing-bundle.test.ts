import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../../build/scripts/electron-binary.mjs';
import { decodeWire, encodeWire } from '../../../electron/web/wire';
import { makeMinutesPdf } from './signing/helpers/minutes-pdf';
import { signInCookie } from './web/helpers/sign-in';
import { pdfsig, pdftotext } from './signing/helpers/poppler';
import { makeTestPki, type TestPki } from './signing/helpers/test-pki';

/**
 * The built web host signs with the font bundled beside it: the bundle runs from a folder
 * with no node_modules anywhere above it (as in the packaged app), and the signature box
 * still shows the Vietnamese role and name.
 */

let app: string;
let host: ChildProcess;
let base: string;
let cookie: string;
let pki: TestPki;

beforeAll(async () => {
  const build = spawnSync(
    process.execPath,
    [path.join(projectRoot, 'build', 'scripts', 'build-electron.mjs')],
    { encoding: 'utf8' },
  );
  expect(build.status, build.stderr).toBe(0);
  app = mkdtempSync(path.join(tmpdir(), 'ocop-bundle-'));
  mkdirSync(path.join(app, 'dist-electron', 'fonts'), { recursive: true });
  mkdirSync(path.join(app, 'dist', 'renderer'), { recursive: true });
  copyFileSync(
    path.join(projectRoot, 'dist-electron', 'web-host.cjs'),
    path.join(app, 'dist-electron', 'web-host.cjs'),
  );
  copyFileSync(
    path.join(projectRoot, 'dist-electron', 'verify-worker.cjs'),
    path.join(app, 'dist-electron', 'verify-worker.cjs'),
  );
  copyFileSync(
    path.join(projectRoot, 'dist-electron', 'fonts', 'DejaVuSans.ttf'),
    path.join(app, 'dist-electron', 'fonts', 'DejaVuSans.ttf'),
  );
  writeFileSync(path.join(app, 'dist', 'renderer', 'index.html'), '<html><head></head><body></body></html>');
  writeFileSync(path.join(app, 'package.json'), '{"version":"0.0.0-test"}');
  const port = 30_000 + Math.floor(Math.random() * 20_000);
  host = spawn(
    process.execPath,
    [
      path.join(app, 'dist-electron', 'web-host.cjs'),
      '--port',
      String(port),
      '--data-dir',
      path.join(app, 'data'),
      '--no-open',
    ],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  // The host prints its one-time address on stdout, as a user sees it in the terminal.
  const launchUrl = await new Promise<string>((resolve, reject) => {
    let printed = '';
    host.stdout?.on('data', (chunk: Buffer) => {
      printed += chunk.toString();
      const url = /http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]{64}/u.exec(printed)?.[0];
      if (url !== undefined) resolve(url);
    });
    host.once('exit', (code) => reject(new Error(`web host exited ${code}`)));
  });
  base = `http://127.0.0.1:${port}`;
  cookie = await signInCookie(launchUrl);
  pki = makeTestPki();
}, 120_000);

afterAll(() => {
  host.kill('SIGTERM');
  pki.dispose();
  rmSync(app, { recursive: true, force: true });
});

async function call(channel: string, args: unknown[]): Promise<unknown> {
  const response = await fetch(`${base}/api/${channel}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Cookie: cookie },
    body: encodeWire(args),
  });
  return decodeWire(await response.text());
}

describe('signing through the built web host', () => {
  it('signs with the bundled font and verifies', async () => {
    // A copy: a Buffer would go through JSON as {type: 'Buffer'}, not as bytes.
    const p12 = new Uint8Array(pki.issueP12({ commonName: 'Lê Hoàng Phúc', password: 'thư ký' }));
    const pdf = await makeMinutesPdf();
    const signed = await call('signing:sign-pdf', [
      { pdf, p12, password: 'thư ký', role: 'secretary', reason: 'Ký biên bản', location: 'Tây Ninh' },
    ]);
    expect(signed, JSON.stringify(signed)).toMatchObject({
      ok: true,
      value: { signed: true, signer: { name: 'Lê Hoàng Phúc' } },
    });
    const value = (signed as { value: { bytes: Uint8Array; sha256: string } }).value;
    expect(pdfsig(value.bytes).raw).toContain('Signature is Valid');
    expect(pdftotext(value.bytes)).toContain('Ký bởi: Lê Hoàng Phúc');
    expect(
      await call('signing:verify-pdf', [{ pdf: value.bytes, knownHashes: [value.sha256] }]),
    ).toMatchObject({
      ok: true,
      value: { verdict: 'all-signatures-valid', matchesKnownHash: true },
    });
  }, 60_000);

  it('without the PKCS#11 binding (no node_modules here) it still started and signs with .p12; tokens say why not', async () => {
    const answer = await call('token:register-library', [
      { personId: 'chair-1', path: '/usr/lib/softhsm/libsofthsm2.so' },
    ]);
    expect(answer).toMatchObject({ ok: true, value: { ok: false, reason: 'token-binding-unavailable' } });
    // Nothing remembered for a library that could not be used.
    expect(await call('token:list', ['chair-1'])).toMatchObject({
      ok: true,
      value: { ok: true, libraryPath: null, tokens: [] },
    });
  }, 30_000);
});
