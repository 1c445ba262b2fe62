import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { errnoCode } from './errors';

/** Types the built renderer contains. Anything else is served as a download, never sniffed. */
const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.pdf': 'application/pdf',
};

/**
 * A file Vite names by its content (`assets/<name>-<8-character hash>.<ext>`): its bytes never
 * change under that name, so the browser may keep it and skip even the revalidation.
 */
const CONTENT_HASHED_ASSET = /^\/assets\/[^/]+-[\w-]{8}\.[a-z0-9]+$/i;

/**
 * How long the browser may keep a static file (the web host's app and the meeting hub's member
 * page). The start-up (issue 13) loads 14 scripts: with `no-cache` and no validator each start
 * fetched and compiled them all again; hashed files kept for a year are read from the browser's
 * cache with V8's compiled code. The HTML page (`isPage`) names the current hashes, so a new
 * build is picked up at once: never cached.
 */
export function staticCacheControl(pathname: string, isPage: boolean): string {
  if (isPage) return 'no-store';
  return CONTENT_HASHED_ASSET.test(pathname) ? 'private, max-age=31536000, immutable' : 'no-cache';
}

export function mimeTypeFor(filePath: string): string {
  return MIME_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Maps the path part of a request URL ("/assets/index-abc.js") to a file under `root`, or
 * null when it could leave `root` or is malformed: encoded `..` (%2e%2e), backslashes,
 * NUL, bad percent-encoding. "/" is index.html.
 */
export function resolveStaticPath(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    // Malformed percent-encoding: no file has that name.
    return null;
  }
  if (!decoded.startsWith('/') || decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/').filter((segment) => segment !== '');
  if (segments.some((segment) => segment === '.' || segment === '..')) return null;
  const relative = segments.length === 0 ? 'index.html' : segments.join('/');
  const resolvedRoot = path.resolve(root);
  const filePath = path.resolve(resolvedRoot, relative);
  if (!filePath.startsWith(resolvedRoot + path.sep)) return null;
  return filePath;
}

export interface StaticFile {
  readonly filePath: string;
  readonly bytes: Uint8Array;
  readonly mimeType: string;
}

/**
 * Reads a renderer file for a request path; null when there is no such file (404).
 * The real path must stay under the real root, so a symlink in dist/ cannot expose the disk.
 */
export async function loadStaticFile(root: string, urlPath: string): Promise<StaticFile | null> {
  const filePath = resolveStaticPath(root, urlPath);
  if (filePath === null) return null;
  try {
    const [realRoot, realFile] = await Promise.all([realpath(root), realpath(filePath)]);
    if (!realFile.startsWith(realRoot + path.sep)) return null;
    const info = await stat(realFile);
    if (!info.isFile()) return null;
    return {
      filePath: realFile,
      bytes: new Uint8Array(await readFile(realFile)),
      mimeType: mimeTypeFor(realFile),
    };
  } catch (error) {
    const code = errnoCode(error);
    if (code === 'ENOENT' || code === 'ENOTDIR') return null;
    throw error;
  }
}
