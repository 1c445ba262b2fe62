import { spawnSync } from 'node:child_process';
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  executableInDist,
  projectRoot,
  resolveElectronBinary,
} from '../../../../build/scripts/electron-binary.mjs';

const script = path.join(projectRoot, 'build', 'scripts', 'start-electron.mjs');
let emptyDist: string;

beforeEach(async () => {
  emptyDist = await mkdtemp(path.join(os.tmpdir(), 'ocop-no-electron-'));
});
afterEach(async () => {
  await rm(emptyDist, { recursive: true, force: true });
});

function runStart(env: Record<string, string>) {
  return spawnSync(process.execPath, [script], {
    cwd: projectRoot,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 15_000,
  });
}

describe('npm start without the Electron binary', () => {
  it('explains browser mode in Vietnamese and English and exits 1, without a stack trace', () => {
    const result = runStart({ ELECTRON_OVERRIDE_DIST_PATH: emptyDist, OCOP_NO_ELECTRON_DOWNLOAD: '1' });
    expect(result.status).toBe(1);
    const output = `${result.stdout}${result.stderr}`;
    expect(output).toContain('Không cài được môi trường chạy ứng dụng máy tính (Electron)');
    expect(output).toContain('The desktop runtime (Electron) could not be installed');
    expect(output).toContain('npm run start:web');
    expect(output).toContain('http://127.0.0.1:4780');
    expect(output).toContain('node node_modules/electron/install.js');
    expect(output).toContain(emptyDist);
    expect(output.indexOf('Không cài được')).toBeLessThan(output.indexOf('The desktop runtime'));
    expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/mu);
    expect(output).not.toContain('Downloading');
  });
});

describe.skipIf(process.platform === 'win32')('npm start with an Electron binary', () => {
  it('runs it on the project and passes its exit code through', async () => {
    const fake = path.join(emptyDist, executableInDist(process.platform));
    const record = path.join(emptyDist, 'args.txt');
    await writeFile(fake, `#!/bin/sh\necho "$@" > "${record}"\nexit 3\n`);
    await chmod(fake, 0o755);
    const resolved = resolveElectronBinary({ env: { ELECTRON_OVERRIDE_DIST_PATH: emptyDist } });
    expect(resolved).toMatchObject({ found: true, path: fake });
    if (!existsSync(path.join(projectRoot, 'dist-electron', 'main.cjs'))) {
      // The unit tests run before `npm run build`; the script refuses to start an unbuilt app.
      const build = spawnSync(
        process.execPath,
        [path.join(projectRoot, 'build', 'scripts', 'build-electron.mjs')],
        { encoding: 'utf8' },
      );
      expect(build.status, build.stderr).toBe(0);
    }
    const result = runStart({ ELECTRON_OVERRIDE_DIST_PATH: emptyDist, OCOP_NO_ELECTRON_DOWNLOAD: '1' });
    expect(result.status).toBe(3);
    expect((await readFile(record, 'utf8')).split(' ')[0]?.trim()).toBe(projectRoot);
  });
});
