import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

/**
 * Two pools (issue 14, the test gate's time). Worker threads start faster than forked
 * processes (tests/unit/domain: 47–52 s → 32–34 s at load average 19–22 on 2 cores), but the
 * Node host's tests need a process of their own: SoftHSM2 and the PKCS#11 library read the
 * environment a test sets (in a thread they found no token), and the bundle test spawns the
 * build. So tests/unit/electron keeps `forks`; everything else runs in `threads`. Each file
 * is still isolated (the default).
 */
const hostTests = 'tests/unit/electron/**/*.test.{ts,tsx}';

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    environment: 'node',
    setupFiles: ['tests/unit/setup-words.ts'],
    testTimeout: 20_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          exclude: [hostTests],
          pool: 'threads',
        },
      },
      {
        extends: true,
        test: { name: 'host', include: [hostTests], pool: 'forks' },
      },
    ],
  },
});
