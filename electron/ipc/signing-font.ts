import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadDejaVuSans } from '../services/signing';

/** Where build-electron.mjs copies the font, next to the bundles (node_modules is not shipped). */
export const BUNDLED_FONT = path.join('fonts', 'DejaVuSans.ttf');

let cached: Uint8Array | undefined;

/**
 * The font of the visible signature box. The packaged app has no node_modules, so the
 * bundles (main.cjs, web-host.cjs) read the copy beside them; source runs (tests, tsx) fall
 * back to the `dejavu-fonts-ttf` package.
 */
export function loadSigningFont(
  bundleDir: string | undefined = typeof __dirname === 'string' ? __dirname : undefined,
): Uint8Array {
  if (cached !== undefined) return cached;
  const beside = bundleDir === undefined ? undefined : path.join(bundleDir, BUNDLED_FONT);
  cached =
    beside !== undefined && existsSync(beside) ? new Uint8Array(readFileSync(beside)) : loadDejaVuSans();
  return cached;
}
