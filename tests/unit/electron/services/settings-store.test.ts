import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSettingsStore } from '../../../../electron/services/settings-store';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'ocop-settings-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('settings store', () => {
  it('starts with no language (Vietnamese menu) and remembers the choice for the next start', async () => {
    const first = await openSettingsStore(dir, () => undefined);
    expect(first.get().language).toBeNull();
    await first.setLanguage('en');
    const next = await openSettingsStore(dir, () => undefined);
    expect(next.get().language).toBe('en');
  });

  it('keeps both of two changes made at the same moment', async () => {
    const store = await openSettingsStore(dir, () => undefined);
    await Promise.all([
      store.setLanguage('en'),
      store.setTokenLibrary('chair', '/usr/lib/softhsm/libsofthsm2.so'),
      store.setTokenLibrary('secretary', '/usr/lib/x86_64-linux-gnu/opensc-pkcs11.so'),
    ]);
    for (const seen of [store.get(), (await openSettingsStore(dir, () => undefined)).get()])
      expect(seen).toEqual({
        language: 'en',
        tokenLibraries: {
          chair: '/usr/lib/softhsm/libsofthsm2.so',
          secretary: '/usr/lib/x86_64-linux-gnu/opensc-pkcs11.so',
        },
      });
  });

  it.each([['{not json'], ['{"language":"fr"}'], ['[]'], ['"vi"']])(
    'falls back to defaults on %s and reports it',
    async (text) => {
      await writeFile(path.join(dir, 'settings.json'), text);
      const problems: string[] = [];
      const store = await openSettingsStore(dir, (problem) => problems.push(problem.kind));
      expect(store.get().language).toBeNull();
      expect(problems).toHaveLength(1);
    },
  );
});
