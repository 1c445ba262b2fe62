import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers, noDialogs } from '../../../../electron/ipc/handlers';
import { CONTENT_SECURITY_POLICY } from '../../../../electron/security/csp';
import { createDataFiles } from '../../../../electron/services/data-files';
import { UnsupportedOnHostError } from '../../../../electron/services/errors';
import { openSettingsStore } from '../../../../electron/services/settings-store';
import { startWebHost, type RunningWebHost } from '../../../../electron/web/host';
import { staticCacheControl } from '../../../../electron/services/static-files';
import {
  decodeWire,
  decodeWireBinary,
  encodeWire,
  encodeWireBinary,
  MAX_WIRE_DEPTH,
  WIRE_BINARY_TYPE,
} from '../../../../electron/web/wire';
import { signInCookie } from './helpers/sign-in';

let base: string;
let host: RunningWebHost;
let cookie: string;

beforeAll(async () => {
  base = await mkdtemp(path.join(os.tmpdir(), 'ocop-web-'));
  const staticDir = path.join(base, 'renderer');
  const dataDir = path.join(base, 'data');
  await mkdir(path.join(staticDir, 'assets'), { recursive: true });
  await writeFile(
    path.join(staticDir, 'index.html'),
    '<!doctype html><html><head><title>x</title></head><body></body></html>',
  );
  await writeFile(path.join(staticDir, 'assets', 'app.js'), 'export {}');
  await writeFile(path.join(staticDir, 'assets', 'main-BrELI-IP.js'), 'export {}');
  await writeFile(path.join(staticDir, 'assets', 'app.js.map'), '{"sources":["secret-source.ts"]}');
  await writeFile(path.join(base, 'secret.txt'), 'secret');
  host = await startWebHost({
    port: 0,
    staticDir,
    logError: () => undefined,
    handlers: createHandlers({
      identity: { name: 'OCOP Council', version: '0.1.0', mode: 'web', dataDir, platform: 'linux' },
      settings: await openSettingsStore(dataDir, () => undefined),
      dataFiles: createDataFiles(dataDir),
      openExternal: () => Promise.reject(new UnsupportedOnHostError('openExternal')),
      dialogs: noDialogs,
      logError: () => undefined,
    }),
  });
  cookie = await signInCookie(host.launchUrl);
});
afterAll(async () => {
  await host.close();
  await rm(base, { recursive: true, force: true });
});

/** Raw HTTP, so the test controls every header (fetch forbids setting Host and Origin). */
function send(
  pathname: string,
  options: { method?: string; headers?: Record<string, string>; body?: string | Uint8Array } = {},
): Promise<{
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  bytes: Buffer;
}> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port: host.port,
        path: pathname,
        method: options.method ?? 'GET',
        headers: options.headers ?? {},
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
            bytes: Buffer.concat(chunks),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const api = (channel: string, args: unknown[], headers: Record<string, string>) =>
  send(`/api/${channel}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: encodeWire(args),
  });

describe('web host', () => {
  const signedIn = () => ({ Cookie: cookie });

  it('listens on 127.0.0.1 only and prints a one-time address carrying a 64-hex token', () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}`);
    expect(host.launchUrl).toMatch(
      new RegExp(`^http://127\\.0\\.0\\.1:${host.port}/\\?token=[0-9a-f]{64}$`, 'u'),
    );
  });

  it('exchanges the one-time address once for an HttpOnly, SameSite=Strict cookie, then moves to the app without the token', async () => {
    const other = await startWebHost({
      port: 0,
      staticDir: path.join(base, 'renderer'),
      logError: () => undefined,
      handlers: createHandlers({
        identity: { name: 'x', version: '0', mode: 'web', dataDir: base, platform: 'linux' },
        settings: await openSettingsStore(path.join(base, 'other'), () => undefined),
        dataFiles: createDataFiles(path.join(base, 'other')),
        openExternal: () => Promise.reject(new UnsupportedOnHostError('openExternal')),
        dialogs: noDialogs,
        logError: () => undefined,
      }),
    });
    try {
      const launch = new URL(other.launchUrl);
      const first = await fetch(launch, { redirect: 'manual' });
      expect(first.status).toBe(200);
      const setCookie = first.headers.get('set-cookie') ?? '';
      expect(setCookie).toMatch(new RegExp(`^${other.cookieName}=[0-9a-f]{64}; `, 'u'));
      expect(setCookie).toContain('HttpOnly');
      expect(setCookie).toContain('SameSite=Strict');
      const page = await first.text();
      expect(page).toContain('<meta http-equiv="refresh" content="0;url=/">');
      expect(page).not.toContain(launch.searchParams.get('token'));
      // The cookie is a second secret, not the token.
      expect(setCookie).not.toContain(launch.searchParams.get('token'));

      // Spent: the same address again (another browser, no cookie) gets the sign-in page.
      const again = await fetch(launch, { redirect: 'manual' });
      expect(again.status).toBe(403);
      expect(again.headers.get('set-cookie')).toBeNull();
      // …but the browser that spent it is sent on to the app.
      const cookiePair = setCookie.split(';')[0] ?? '';
      const sameBrowser = await fetch(launch, { redirect: 'manual', headers: { Cookie: cookiePair } });
      expect(sameBrowser.status).toBe(303);
      expect(sameBrowser.headers.get('location')).toBe('/');
    } finally {
      await other.close();
    }
  });

  it('answers any page without the cookie with a bilingual "how to open" page and no secret', async () => {
    const token = new URL(host.launchUrl).searchParams.get('token') ?? '';
    for (const pathname of ['/', '/index.html', '/assets/app.js', '/?token=' + 'f'.repeat(64), '/?token=']) {
      const page = await send(pathname);
      expect(page.status, pathname).toBe(403);
      expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(page.body).toContain('npm run start:web');
      expect(page.body).toContain('Hãy mở ứng dụng bằng liên kết dùng một lần');
      expect(page.body).toContain('Open the app with the one-time link');
      expect(page.body).not.toContain(token);
      expect(page.body).not.toContain(cookie.split('=')[1]);
      expect(page.body).not.toContain('export {}');
    }
    // A cookie from another session (or a guessed one) is no cookie.
    const guessed = await send('/', { headers: { Cookie: `${host.cookieName}=${'0'.repeat(64)}` } });
    expect(guessed.status).toBe(403);
  });

  it('serves index.html to the signed-in browser, uncached, with the CSP and a marker but no secret', async () => {
    const page = await send('/', { headers: signedIn() });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<meta name="ocop-host" content="web">');
    expect(page.body).not.toContain(cookie.split('=')[1]);
    expect(page.body).not.toContain(new URL(host.launchUrl).searchParams.get('token'));
    expect(page.headers['cache-control']).toBe('no-store');
    expect(page.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers['x-content-type-options']).toBe('nosniff');
  });

  it('serves assets with their MIME type, but never source maps', async () => {
    const asset = await send('/assets/app.js', { headers: signedIn() });
    expect(asset.status).toBe(200);
    expect(asset.headers['content-type']).toBe('text/javascript; charset=utf-8');
    for (const map of ['/assets/app.js.map', '/assets/app.js.MAP']) {
      const response = await send(map, { headers: signedIn() });
      expect(response.status, map).toBe(404);
      expect(response.body).not.toContain('secret-source');
    }
  });

  it('lets the browser keep content-hashed assets for a year, and revalidate any other file', async () => {
    const hashed = await send('/assets/main-BrELI-IP.js', { headers: signedIn() });
    expect(hashed.status).toBe(200);
    expect(hashed.headers['cache-control']).toBe('private, max-age=31536000, immutable');
    const unhashed = await send('/assets/app.js', { headers: signedIn() });
    expect(unhashed.headers['cache-control']).toBe('no-cache');
    expect(staticCacheControl('/assets/styles-CkKyP33n.css', false)).toBe(
      'private, max-age=31536000, immutable',
    );
    expect(staticCacheControl('/assets/dist-4rXZsOw-.js', false)).toBe(
      'private, max-age=31536000, immutable',
    );
    expect(staticCacheControl('/favicon.png', false)).toBe('no-cache');
    expect(staticCacheControl('/main-BrELI-IP.js', false)).toBe('no-cache');
    expect(staticCacheControl('/assets/sub/main-BrELI-IP.js', false)).toBe('no-cache');
    // The page names the current hashes: a new build must be seen at the next start.
    expect(staticCacheControl('/index.html', true)).toBe('no-store');
  });

  it('answers 403 without the cookie, with a wrong one, and to the old token header', async () => {
    expect((await api('app:info', [], {})).status).toBe(403);
    expect((await api('app:info', [], { Cookie: `${host.cookieName}=${'f'.repeat(64)}` })).status).toBe(403);
    expect(
      (await api('app:info', [], { Cookie: `ocop_session_1=${cookie.split('=')[1] ?? ''}` })).status,
    ).toBe(403);
    const token = new URL(host.launchUrl).searchParams.get('token') ?? '';
    expect((await api('app:info', [], { 'X-OCOP-Token': token })).status).toBe(403);
  });

  it('answers 403 to a foreign Origin even with the cookie', async () => {
    for (const origin of [
      'http://evil.example',
      'http://127.0.0.1:1',
      `https://127.0.0.1:${host.port}`,
      'null',
    ]) {
      expect((await api('app:info', [], { ...signedIn(), Origin: origin })).status).toBe(403);
    }
  });

  it('answers 403 to a DNS-rebinding Host header, for pages too', async () => {
    expect((await send('/', { headers: { ...signedIn(), Host: `evil.example:${host.port}` } })).status).toBe(
      403,
    );
    expect((await api('app:info', [], { ...signedIn(), Host: 'evil.example' })).status).toBe(403);
  });

  it('answers 200 with the cookie and its own Origin (127.0.0.1 or localhost)', async () => {
    for (const origin of [`http://127.0.0.1:${host.port}`, `http://localhost:${host.port}`]) {
      const response = await api('app:info', [], { ...signedIn(), Origin: origin });
      expect(response.status).toBe(200);
      expect(decodeWire(response.body)).toMatchObject({
        ok: true,
        value: { name: 'OCOP Council', mode: 'web' },
      });
    }
  });

  it('carries bytes as base64 through the same handlers as Electron', async () => {
    const headers = { ...signedIn(), Origin: `http://127.0.0.1:${host.port}` };
    const file = { folder: 'signed', name: 'Biên bản.pdf' };
    const bytes = new Uint8Array([0, 255, 37, 80, 68, 70]);
    expect((await api('data:write', [file, bytes], headers)).status).toBe(200);
    const read = decodeWire((await api('data:read', [file], headers)).body);
    expect(read).toEqual({ ok: true, value: bytes });
  });

  it('carries bytes as bytes in the binary wire, answered in the same form', async () => {
    const headers = { ...signedIn(), 'Content-Type': WIRE_BINARY_TYPE };
    const file = { folder: 'signed', name: 'Biên bản nhị phân.pdf' };
    const bytes = new Uint8Array(70_000).map((_, i) => (i * 13) % 256);
    const body = encodeWireBinary([file, bytes]);
    // No base64: the frame is the JSON header plus the bytes themselves.
    expect(body.byteLength).toBeLessThan(bytes.byteLength + 200);
    const written = await send('/api/data:write', { method: 'POST', headers, body });
    expect(written.status).toBe(200);
    expect(written.headers['content-type']).toBe(WIRE_BINARY_TYPE);
    const read = await send('/api/data:read', { method: 'POST', headers, body: encodeWireBinary([file]) });
    expect(read.headers['content-type']).toBe(WIRE_BINARY_TYPE);
    expect(decodeWireBinary(read.bytes)).toEqual({ ok: true, value: bytes });
  });

  it('answers 400 invalid-payload to binary frames that do not hold together', async () => {
    const headers = { ...signedIn(), 'Content-Type': WIRE_BINARY_TYPE };
    const json = (text: string): Buffer => {
      const head = Buffer.alloc(4);
      head.writeUInt32BE(Buffer.byteLength(text), 0);
      return Buffer.concat([head, Buffer.from(text)]);
    };
    const longer = Buffer.alloc(4);
    longer.writeUInt32BE(1_000, 0);
    for (const body of [
      Buffer.from([0, 0]), // shorter than its header
      longer, // JSON part longer than the frame
      json('[{"folder":"signed","name":"x"},{"$bin":[0,10]}]'), // bytes outside the frame
      json('[{"folder":"signed","name":"x"},{"$bin":[-1,1]}]'),
      json('['.repeat(MAX_WIRE_DEPTH + 1) + ']'.repeat(MAX_WIRE_DEPTH + 1)),
      json('{'),
    ]) {
      const response = await send('/api/data:write', { method: 'POST', headers, body });
      expect(response.status).toBe(400);
      expect(decodeWire(response.body)).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    }
  });

  it('answers invalid-payload for hostile bodies', async () => {
    const headers = signedIn();
    const traversal = await api('data:read', [{ folder: 'backups', name: '../../secret.txt' }], headers);
    expect(decodeWire(traversal.body)).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    const notJson = await send('/api/app:info', {
      method: 'POST',
      headers: { ...headers, 'Content-Type': 'application/json' },
      body: '{',
    });
    expect(notJson.status).toBe(400);
  });

  it('answers 400, not 500, to JSON nested tens of thousands deep', async () => {
    for (const body of [
      '['.repeat(50_000) + ']'.repeat(50_000),
      `[{"folder":"backups","name":${'{"a":'.repeat(30_000)}1${'}'.repeat(30_000)}}]`,
      '['.repeat(MAX_WIRE_DEPTH + 1) + ']'.repeat(MAX_WIRE_DEPTH + 1),
    ]) {
      const response = await send('/api/data:read', {
        method: 'POST',
        headers: { ...signedIn(), 'Content-Type': 'application/json' },
        body,
      });
      expect(response.status).toBe(400);
      expect(decodeWire(response.body)).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    }
    // Brackets inside strings are text, not nesting.
    const inString = await api('data:read', [{ folder: 'backups', name: '['.repeat(100) }], signedIn());
    expect(inString.status).toBe(200);
  });

  it('refuses other content types, methods and unknown channels', async () => {
    const headers = signedIn();
    expect(
      (
        await send('/api/app:info', {
          method: 'POST',
          headers: { ...headers, 'Content-Type': 'text/plain' },
          body: '[]',
        })
      ).status,
    ).toBe(415);
    expect((await send('/api/app:info', { headers })).status).toBe(405);
    expect((await api('app:nope', [], headers)).status).toBe(404);
    expect((await send('/', { method: 'POST', headers })).status).toBe(405);
  });

  it.each([
    '/../secret.txt',
    '/%2e%2e/secret.txt',
    '/assets/%2e%2e/%2e%2e/secret.txt',
    '/..%5csecret.txt',
    '/%00',
  ])('refuses the path traversal %s', async (pathname) => {
    const response = await send(pathname, { headers: { Cookie: cookie } });
    expect(response.status).toBe(404);
    expect(response.body).not.toContain('secret');
  });

  it('refuses a launch token that is not 64 hex digits', async () => {
    await expect(
      startWebHost({
        port: 0,
        staticDir: base,
        launchToken: 'short',
        logError: () => undefined,
        handlers: createHandlers({
          identity: { name: 'x', version: '0', mode: 'web', dataDir: base, platform: 'linux' },
          settings: await openSettingsStore(path.join(base, 'other2'), () => undefined),
          dataFiles: createDataFiles(path.join(base, 'other2')),
          openExternal: () => Promise.reject(new UnsupportedOnHostError('openExternal')),
          dialogs: noDialogs,
          logError: () => undefined,
        }),
      }),
    ).rejects.toThrow('64 hex');
  });
});
