import { mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadStaticFile, mimeTypeFor, resolveStaticPath } from '../../../../electron/services/static-files';

let root: string;
let outside: string;
beforeAll(async () => {
  const base = await mkdtemp(path.join(os.tmpdir(), 'ocop-static-'));
  root = path.join(base, 'renderer');
  outside = path.join(base, 'secret.txt');
  await mkdir(path.join(root, 'assets'), { recursive: true });
  await writeFile(path.join(root, 'index.html'), '<html></html>');
  await writeFile(path.join(root, 'assets', 'app.js'), 'console.log(1)');
  await writeFile(outside, 'secret');
  await symlink(outside, path.join(root, 'assets', 'link.txt'));
});
afterAll(async () => {
  await rm(path.dirname(root), { recursive: true, force: true });
});

describe('static files of the renderer', () => {
  it('serves index.html for / and assets with their MIME type', async () => {
    expect((await loadStaticFile(root, '/'))?.mimeType).toBe('text/html; charset=utf-8');
    expect((await loadStaticFile(root, '/assets/app.js'))?.mimeType).toBe('text/javascript; charset=utf-8');
    expect(mimeTypeFor('x.woff2')).toBe('font/woff2');
    expect(mimeTypeFor('x.unknown')).toBe('application/octet-stream');
  });

  it.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/%2E%2E%2Fsecret.txt',
    '/assets/%2e%2e%5c..%5csecret.txt',
    '/..%5csecret.txt',
    '/%00index.html',
    '/%zz',
    'relative.txt',
  ])('refuses the traversal %s', (urlPath) => {
    expect(resolveStaticPath(root, urlPath)).toBeNull();
  });

  it('does not follow a symlink out of the folder', async () => {
    expect(await loadStaticFile(root, '/assets/link.txt')).toBeNull();
  });

  it('answers null (404) for a missing file or a directory', async () => {
    expect(await loadStaticFile(root, '/nope.js')).toBeNull();
    expect(await loadStaticFile(root, '/assets')).toBeNull();
    expect(await loadStaticFile(root, '/index.html/x')).toBeNull();
  });
});
