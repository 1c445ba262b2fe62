import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../../../build/scripts/electron-binary.mjs';

/**
 * The installers ship no node_modules (build/electron-builder.yml): every bundle must need
 * nothing but Electron and Node's own modules at run time. The preload, sandboxed, may
 * require only `electron`.
 */
const bundles = ['main.cjs', 'preload.cjs', 'web-host.cjs', 'verify-worker.cjs'];
const builtins = new Set([...builtinModules, ...builtinModules.map((name) => `node:${name}`)]);

function requiredModules(file: string): string[] {
  const code = readFileSync(path.join(projectRoot, 'dist-electron', file), 'utf8');
  return [...new Set([...code.matchAll(/\brequire\("([^"]+)"\)/gu)].map((match) => match[1] ?? ''))];
}

beforeAll(() => {
  const build = spawnSync(
    process.execPath,
    [path.join(projectRoot, 'build', 'scripts', 'build-electron.mjs')],
    { encoding: 'utf8' },
  );
  expect(build.status, build.stderr).toBe(0);
});

describe('dist-electron bundles', () => {
  it.each(bundles)('%s requires only electron and Node built-ins', (file) => {
    const foreign = requiredModules(file).filter((name) => name !== 'electron' && !builtins.has(name));
    expect(foreign).toEqual([]);
  });

  it('the sandboxed preload requires only electron', () => {
    expect(requiredModules('preload.cjs')).toEqual(['electron']);
  });

  it('the web host never requires electron', () => {
    expect(requiredModules('web-host.cjs')).not.toContain('electron');
  });
});
