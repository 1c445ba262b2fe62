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
import { decodeWire, encodeWire } from '../../../../electron/web/wire';

let base: string;
let host: RunningWebHost;

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
});
afterAll(async () => {
  await host.close();
  await rm(base, { recursive: true, force: true });
});

/** Raw HTTP, so the test controls every header (fetch forbids setting Host and Origin). */
function send(
  pathname: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
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
  it('listens on 127.0.0.1 only', () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}`);
  });

  it('writes the per-run token into index.html, uncached, with the CSP', async () => {
    const page = await send('/');
    expect(page.status).toBe(200);
    expect(page.body).toContain(`<meta name="ocop-web-token" content="${host.token}">`);
    expect(page.headers['cache-control']).toBe('no-store');
    expect(page.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(host.token).toMatch(/^[0-9a-f]{64}$/u);
  });

  it('serves assets with their MIME type', async () => {
    const asset = await send('/assets/app.js');
    expect(asset.status).toBe(200);
    expect(asset.headers['content-type']).toBe('text/javascript; charset=utf-8');
  });

  it('answers 403 without the token', async () => {
    expect((await api('app:info', [], {})).status).toBe(403);
  });

  it('answers 403 with a wrong token', async () => {
    expect((await api('app:info', [], { 'X-OCOP-Token': 'f'.repeat(64) })).status).toBe(403);
    expect((await api('app:info', [], { 'X-OCOP-Token': host.token.slice(1) })).status).toBe(403);
  });

  it('answers 403 to a foreign Origin even with the right token', async () => {
    for (const origin of [
      'http://evil.example',
      'http://127.0.0.1:1',
      `https://127.0.0.1:${host.port}`,
      'null',
    ]) {
      expect((await api('app:info', [], { 'X-OCOP-Token': host.token, Origin: origin })).status).toBe(403);
    }
  });

  it('answers 403 to a DNS-rebinding Host header, for pages too', async () => {
    expect((await send('/', { headers: { Host: `evil.example:${host.port}` } })).status).toBe(403);
    expect((await api('app:info', [], { 'X-OCOP-Token': host.token, Host: 'evil.example' })).status).toBe(
      403,
    );
  });

  it('answers 200 with the token and its own Origin (127.0.0.1 or localhost)', async () => {
    for (const origin of [`http://127.0.0.1:${host.port}`, `http://localhost:${host.port}`]) {
      const response = await api('app:info', [], { 'X-OCOP-Token': host.token, Origin: origin });
      expect(response.status).toBe(200);
      expect(decodeWire(response.body)).toMatchObject({
        ok: true,
        value: { name: 'OCOP Council', mode: 'web' },
      });
    }
  });

  it('carries bytes as base64 through the same handlers as Electron', async () => {
    const headers = { 'X-OCOP-Token': host.token, Origin: `http://127.0.0.1:${host.port}` };
    const file = { folder: 'signed', name: 'Biên bản.pdf' };
    const bytes = new Uint8Array([0, 255, 37, 80, 68, 70]);
    expect((await api('data:write', [file, bytes], headers)).status).toBe(200);
    const read = decodeWire((await api('data:read', [file], headers)).body);
    expect(read).toEqual({ ok: true, value: bytes });
  });

  it('answers invalid-payload for hostile bodies', async () => {
    const headers = { 'X-OCOP-Token': host.token };
    const traversal = await api('data:read', [{ folder: 'backups', name: '../../secret.txt' }], headers);
    expect(decodeWire(traversal.body)).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    const notJson = await send('/api/app:info', {
      method: 'POST',
      headers: { ...headers, 'Content-Type': 'application/json' },
      body: '{',
    });
    expect(notJson.status).toBe(400);
  });

  it('refuses other content types, methods and unknown channels', async () => {
    const headers = { 'X-OCOP-Token': host.token };
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
    expect((await send('/', { method: 'POST' })).status).toBe(405);
  });

  it.each([
    '/../secret.txt',
    '/%2e%2e/secret.txt',
    '/assets/%2e%2e/%2e%2e/secret.txt',
    '/..%5csecret.txt',
    '/%00',
  ])('refuses the path traversal %s', async (pathname) => {
    const response = await send(pathname);
    expect(response.status).toBe(404);
    expect(response.body).not.toContain('secret');
  });
});
