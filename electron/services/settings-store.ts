import path from 'node:path';
import { z } from 'zod';
import type { Language } from '../ipc/contract';
import { writeFileAtomic } from './atomic-write';
import { oneAtATime } from './one-at-a-time';
import { readJsonFile, type JsonFileProblem } from './json-file';

/** Host-side settings: what the main process needs before the renderer has loaded (menu language). */
export interface HostSettings {
  readonly language: Language | null;
  /**
   * The PKCS#11 token library each signer registered (person id → absolute path), issue 10.
   * A path only: no PIN, no certificate, nothing secret.
   */
  readonly tokenLibraries?: Readonly<Record<string, string>> | undefined;
}

const settingsSchema = z.object({
  language: z.enum(['vi', 'en']).nullable(),
  tokenLibraries: z.record(z.string().max(200), z.string().max(4096)).optional(),
});

export const SETTINGS_FILE_NAME = 'settings.json';

export interface SettingsStore {
  get(): HostSettings;
  setLanguage(language: Language): Promise<void>;
  /** Remembers (or, with null, forgets) a signer's token library. */
  setTokenLibrary(personId: string, libraryPath: string | null): Promise<void>;
}

/** Loads `<userData>/settings.json`; a missing or damaged file means defaults (language unset → Vietnamese menu). */
export async function openSettingsStore(
  userDataDir: string,
  onProblem: (problem: JsonFileProblem | { kind: 'invalid'; cause: unknown }) => void,
): Promise<SettingsStore> {
  const filePath = path.join(userDataDir, SETTINGS_FILE_NAME);
  const raw = await readJsonFile(filePath, onProblem);
  let current: HostSettings = { language: null };
  if (raw !== undefined) {
    const parsed = settingsSchema.safeParse(raw);
    if (parsed.success) current = parsed.data;
    else onProblem({ kind: 'invalid', cause: parsed.error });
  }
  // Each change reads `current` in its turn: two changes at once never lose one of them.
  const inTurn = oneAtATime();
  const save = (change: (from: HostSettings) => HostSettings): Promise<void> =>
    inTurn(async () => {
      const next = change(current);
      await writeFileAtomic(filePath, `${JSON.stringify(next, null, 2)}\n`);
      current = next;
    });
  return {
    get: () => current,
    setLanguage: (language) => save((from) => ({ ...from, language })),
    setTokenLibrary: (personId, libraryPath) =>
      save((from) => {
        const libraries = { ...from.tokenLibraries };
        if (libraryPath === null) delete libraries[personId];
        else libraries[personId] = libraryPath;
        return { ...from, tokenLibraries: libraries };
      }),
  };
}
