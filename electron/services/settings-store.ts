import path from 'node:path';
import { z } from 'zod';
import type { Language } from '../ipc/contract';
import { writeFileAtomic } from './atomic-write';
import { readJsonFile, type JsonFileProblem } from './json-file';

/** Host-side settings: what the main process needs before the renderer has loaded (menu language). */
export interface HostSettings {
  readonly language: Language | null;
}

const settingsSchema = z.object({ language: z.enum(['vi', 'en']).nullable() });

export const SETTINGS_FILE_NAME = 'settings.json';

export interface SettingsStore {
  get(): HostSettings;
  setLanguage(language: Language): Promise<void>;
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
  return {
    get: () => current,
    async setLanguage(language) {
      const next: HostSettings = { ...current, language };
      await writeFileAtomic(filePath, `${JSON.stringify(next, null, 2)}\n`);
      current = next;
    },
  };
}
