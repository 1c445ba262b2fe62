// Finds the Electron executable WITHOUT `require('electron')`: that call downloads the
// binary when it is missing, which hangs or crashes on a machine without internet.
// Mirrors node_modules/electron/index.js: path.txt names the executable inside dist/,
// ELECTRON_OVERRIDE_DIST_PATH replaces dist/. Shared by start-electron.mjs and the
// Playwright _electron test.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = path.resolve(fileURLToPath(new URL('../..', import.meta.url)));

/** Executable inside an unpacked Electron, as electron/install.js writes it to path.txt. */
export function executableInDist(platform) {
  switch (platform) {
    case 'darwin':
    case 'mas':
      return 'Electron.app/Contents/MacOS/Electron';
    case 'win32':
      return 'electron.exe';
    default:
      return 'electron';
  }
}

/**
 * @returns {{ found: true, path: string, packageDir: string }
 *         | { found: false, path: string | null, packageDir: string | null, reason: 'package-missing' | 'binary-missing' }}
 */
export function resolveElectronBinary({
  root = projectRoot,
  env = process.env,
  platform = process.platform,
} = {}) {
  let packageDir;
  try {
    // Resolving package.json reads no code of the package.
    packageDir = path.dirname(
      createRequire(path.join(root, 'package.json')).resolve('electron/package.json'),
    );
  } catch {
    return { found: false, path: null, packageDir: null, reason: 'package-missing' };
  }
  const pathFile = path.join(packageDir, 'path.txt');
  const executable = existsSync(pathFile)
    ? readFileSync(pathFile, 'utf8').trim()
    : executableInDist(platform);
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  const distDir =
    override !== undefined && override !== '' ? path.resolve(override) : path.join(packageDir, 'dist');
  const binary = path.join(distDir, executable);
  return existsSync(binary)
    ? { found: true, path: binary, packageDir }
    : { found: false, path: binary, packageDir, reason: 'binary-missing' };
}
