import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { STARTUP_BUDGET_KB, startupKb, startupScripts } from '../../../build/scripts/startup-budget.mjs';

/** A tiny build: index.html → main.js, which imports shared.js statically and lazy.js with import(). */
function fakeBuild(sharedBytes: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'ocop-budget-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><script type="module" crossorigin src="./assets/main.js"></script><link rel="modulepreload" crossorigin href="./assets/pre.js">',
  );
  writeFileSync(
    join(dir, 'assets/main.js'),
    'import{a as b}from"./shared.js";import"./side.js";const l=()=>import("./lazy.js");console.log(b,l);',
  );
  writeFileSync(join(dir, 'assets/pre.js'), 'export const p=1;');
  writeFileSync(join(dir, 'assets/side.js'), 'console.log(1);');
  // Random bytes do not compress: the gzipped size is about the size written.
  writeFileSync(
    join(dir, 'assets/shared.js'),
    `export const a="${randomBytes(sharedBytes).toString('base64')}";`,
  );
  writeFileSync(join(dir, 'assets/lazy.js'), `export const z="${randomBytes(400_000).toString('base64')}";`);
  return join(dir, 'index.html');
}

describe('start-up budget (issue 13: ≤ 200 KB of gzipped JavaScript before the first screen)', () => {
  it('counts the entry, its preloads and static imports, never what loads with import()', () => {
    const files = startupScripts(fakeBuild(1000)).map((s) => s.file.split('/').at(-1));
    expect(files.sort()).toEqual(['main.js', 'pre.js', 'shared.js', 'side.js']);
  });

  it('a start-up chunk over the budget is over the budget (the build check can fail)', () => {
    expect(startupKb(fakeBuild(10_000))).toBeLessThan(STARTUP_BUDGET_KB);
    expect(startupKb(fakeBuild(STARTUP_BUDGET_KB * 1024))).toBeGreaterThan(STARTUP_BUDGET_KB);
  });
});
