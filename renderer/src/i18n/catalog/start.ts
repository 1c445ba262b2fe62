import { appMessages } from './app';
import { councilMessages } from './council';
import { dbMessages } from './db';
import { registerYearMessages } from './register-year';
import { roundMessages } from './rounds';
import { settingsMessages } from './settings';
import { storageMessages } from './storage';

/**
 * The words the first screen needs, loaded with the start-up script (issue 13: ≤ 200 KB of
 * JavaScript before the first screen): the frame and navigation, toasts and errors (app),
 * the database's refusals (db, storage), and the home screen — rounds, its quorum badges
 * (council) and this month's register panel (register-year). Every other word is in the
 * full catalog (./index.ts), which `ensureAllWords()` loads with `import()` before a lazy
 * screen renders and in the background just after start. A word used before its part is
 * loaded makes `translate` throw `WordNotLoadedError` — never a raw key on screen.
 *
 * Moving a file here makes the first screen heavier: do it only for words the home screen
 * shows before anything is clicked (tests/unit/i18n/start-words.test.ts checks that).
 */
export const startMessages = {
  ...appMessages,
  ...councilMessages,
  ...dbMessages,
  ...registerYearMessages,
  ...roundMessages,
  ...settingsMessages,
  ...storageMessages,
};
