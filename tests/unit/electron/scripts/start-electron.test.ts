import { spawn, spawnSync } from 'node:child_process';
import { chmod, copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
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

function ensureElectronSideBuilt(): void {
  if (existsSync(path.join(projectRoot, 'dist-electron', 'web-host.cjs'))) return;
  // The unit tests run before `npm run build`.
  const build = spawnSync(
    process.execPath,
    [path.join(projectRoot, 'build', 'scripts', 'build-electron.mjs')],
    {
      encoding: 'utf8',
    },
  );
  expect(build.status, build.stderr).toBe(0);
}

/**
 * A copy of the app as `npm start` sees it after `npm run build`, in a folder with no
 * node_modules (so no Electron either): the two start scripts, the built web host and a page.
 */
async function appWithoutElectron(dir: string): Promise<string> {
  ensureElectronSideBuilt();
  await mkdir(path.join(dir, 'build', 'scripts'), { recursive: true });
  await mkdir(path.join(dir, 'dist-electron'), { recursive: true });
  await mkdir(path.join(dir, 'dist', 'renderer'), { recursive: true });
  for (const file of ['start-electron.mjs', 'electron-binary.mjs']) {
    await copyFile(
      path.join(projectRoot, 'build', 'scripts', file),
      path.join(dir, 'build', 'scripts', file),
    );
  }
  await copyFile(
    path.join(projectRoot, 'dist-electron', 'web-host.cjs'),
    path.join(dir, 'dist-electron', 'web-host.cjs'),
  );
  await writeFile(
    path.join(dir, 'dist', 'renderer', 'index.html'),
    '<html><head></head><body>OCOP</body></html>',
  );
  await writeFile(path.join(dir, 'package.json'), '{"version":"0.0.0-test","type":"module"}');
  return path.join(dir, 'build', 'scripts', 'start-electron.mjs');
}

describe('npm start without the Electron binary', () => {
  it('says so in Vietnamese and English and starts browser mode with its one-time link, without a stack trace', async () => {
    const start = await appWithoutElectron(emptyDist);
    const port = 30_000 + Math.floor(Math.random() * 20_000);
    const child = spawn(process.execPath, [start], {
      env: {
        ...process.env,
        OCOP_NO_ELECTRON_DOWNLOAD: '1',
        OCOP_WEB_PORT: String(port),
        OCOP_DATA_DIR: path.join(emptyDist, 'data'),
        OCOP_NO_BROWSER: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    try {
      const launchUrl = await new Promise<string>((resolve, reject) => {
        child.stdout.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          const url = /http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]{64}/u.exec(output)?.[0];
          if (url !== undefined) resolve(url);
        });
        child.once('exit', (code) => reject(new Error(`npm start exited ${code}: ${output}`)));
      });
      expect(output).toContain('Không cài được môi trường chạy ứng dụng máy tính (Electron)');
      expect(output).toContain('OCOP Council mở ở chế độ trình duyệt');
      expect(output).toContain('The desktop runtime (Electron) could not be installed');
      expect(output).toContain('OCOP Council opens in browser mode');
      expect(output).toContain('node node_modules/electron/install.js');
      expect(output.indexOf('Không cài được')).toBeLessThan(output.indexOf('The desktop runtime'));
      expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/mu);
      expect(output).not.toContain('Downloading');
      expect(launchUrl.startsWith(`http://127.0.0.1:${port}/`)).toBe(true);
      // A working app behind the link.
      const signIn = await fetch(launchUrl, { redirect: 'manual' });
      expect(signIn.status).toBe(200);
      const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      const page = await fetch(`http://127.0.0.1:${port}/`, { headers: { Cookie: cookie } });
      expect(await page.text()).toContain('OCOP');
    } finally {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    }
  }, 30_000);
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
