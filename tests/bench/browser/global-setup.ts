import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../..', import.meta.url));

/** Where the seeded backup and its ids are kept between runs (rebuilt when the seed or schema changes). */
export function seedPaths(): { readonly backup: string; readonly info: string } {
  const key = createHash('sha256')
    .update(readFileSync(join(root, 'tests/bench/browser/make-seed.ts')))
    .update(readFileSync(join(root, 'renderer/src/db/schema/versions.ts')))
    .digest('hex')
    .slice(0, 16);
  const folder = join(root, 'node_modules/.cache/ocop-bench');
  return { backup: join(folder, `seed-${key}.json`), info: join(folder, `seed-${key}.info.json`) };
}

/** Builds the 5 × 141 × 9 backup once (make-seed.ts, ~5 s of CPU), reused by later runs. */
export default function globalSetup(): void {
  const paths = seedPaths();
  if (existsSync(paths.backup) && existsSync(paths.info)) return;
  mkdirSync(join(root, 'node_modules/.cache/ocop-bench'), { recursive: true });
  const started = performance.now();
  const out = execFileSync(
    process.execPath,
    [
      join(root, 'node_modules/tsx/dist/cli.mjs'),
      join(root, 'tests/bench/browser/make-seed.ts'),
      paths.backup,
    ],
    { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const line = out.trim().split('\n').at(-1) ?? '';
  writeFileSync(paths.info, line);
  console.log(`bench seed: ${line.slice(0, 120)}… in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
