import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// `electron` cannot load here; serveRenderer only needs the session passed to it.
vi.mock('electron', () => ({ protocol: { registerSchemesAsPrivileged: vi.fn() } }));

const { serveRenderer } = await import('../../../electron/app-protocol');
const { CONTENT_SECURITY_POLICY } = await import('../../../electron/security/csp');

type ProtocolHandler = (request: Request) => Promise<Response>;

let base: string;
let handler: ProtocolHandler | undefined;
let scheme: string | undefined;

beforeAll(async () => {
  base = await mkdtemp(path.join(os.tmpdir(), 'ocop-app-protocol-'));
  const rendererDir = path.join(base, 'renderer');
  await mkdir(path.join(rendererDir, 'assets'), { recursive: true });
  await writeFile(path.join(rendererDir, 'index.html'), '<!doctype html><title>OCOP</title>');
  await writeFile(path.join(rendererDir, 'assets', 'index.js'), 'export {}');
  await writeFile(path.join(base, 'secret.txt'), 'secret');
  const session = {
    protocol: {
      handle: (name: string, h: ProtocolHandler) => {
        scheme = name;
        handler = h;
      },
    },
  };
  // The fake has only the member serveRenderer uses.
  serveRenderer(session as unknown as Electron.Session, rendererDir, () => undefined);
});
afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

const get = (url: string, method = 'GET') => {
  if (handler === undefined) throw new Error('no handler registered');
  return handler(new Request(url, { method }));
};

describe('app:// protocol (the desktop app’s renderer origin)', () => {
  it('serves the renderer with its MIME type and the CSP', async () => {
    expect(scheme).toBe('app');
    const page = await get('app://council/');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await page.text()).toContain('<title>OCOP</title>');
    const script = await get('app://council/assets/index.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it.each([
    'app://council/../secret.txt',
    'app://council/%2e%2e/secret.txt',
    'app://council/assets/..%2f..%2fsecret.txt',
    'app://council/..%5csecret.txt',
    'app://other/index.html',
    'app://council/missing.js',
  ])('answers 404 to %s', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('answers only GET and HEAD', async () => {
    expect((await get('app://council/index.html', 'POST')).status).toBe(404);
  });
});
