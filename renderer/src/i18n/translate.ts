import type { MessageKey } from './catalog';
import { startMessages } from './catalog/start';
import { interpolate, type Language, type Message, type Params } from './define';

/**
 * The words loaded so far: the first screen's part at start (catalog/start.ts), the whole
 * catalog once `ensureAllWords()` (or `addAllWords`) ran. The catalog is split so the first
 * screen does not wait for ~50 KB of words it never shows (issue 13).
 */
const loaded = new Map<string, Message>(Object.entries(startMessages));
let allLoaded = false;
let allWords: Promise<void> | undefined;

/**
 * A word was used before its part of the catalog was loaded: a programming error (a lazy path
 * that does not await `ensureAllWords()`), thrown loudly instead of showing a raw key.
 */
export class WordNotLoadedError extends Error {
  readonly key: string;
  constructor(key: string) {
    super(
      `i18n: the word "${key}" is used before its part of the catalog is loaded (await ensureAllWords() first)`,
    );
    this.name = 'WordNotLoadedError';
    this.key = key;
  }
}

/** Adds the whole catalog (given by the caller that imported it, e.g. a worker or the Vitest setup). */
export function addAllWords(catalog: Readonly<Record<string, Message>>): void {
  for (const [key, message] of Object.entries(catalog)) loaded.set(key, message);
  allLoaded = true;
}

/** Loads every word (one `import()`, shared by all callers); resolves at once when already loaded. */
export function ensureAllWords(): Promise<void> {
  if (allLoaded) return Promise.resolve();
  allWords ??= import('./catalog').then(
    (m) => addAllWords(m.catalog),
    (error: unknown) => {
      allWords = undefined; // a failed chunk load may be retried (e.g. the next screen opened)
      throw error;
    },
  );
  return allWords;
}

/** Whether every word is loaded (the start-up part alone answers false). */
export function allWordsLoaded(): boolean {
  return allLoaded;
}

/** Non-React translation, for documents, exports and anything outside components. */
export function translate(language: Language, key: MessageKey, params?: Params): string {
  const message = loaded.get(key);
  if (message === undefined) throw new WordNotLoadedError(key);
  return interpolate(message[language], params);
}

export type Translate = (key: MessageKey, params?: Params) => string;

/**
 * Both languages of a key built at run time (e.g. `db.<code>` from a refusal), or undefined
 * when the catalog has no such key. Before the whole catalog is loaded an unknown key may be
 * in the part not loaded yet: that throws `WordNotLoadedError` rather than answer wrongly.
 */
export function messageOf(key: string): Message | undefined {
  const message = loaded.get(key);
  if (message === undefined && !allLoaded) throw new WordNotLoadedError(key);
  return message;
}

/** Whether the catalog has this key (throws `WordNotLoadedError` before it can know, like `messageOf`). */
export function isMessageKey(key: string): key is MessageKey {
  return messageOf(key) !== undefined;
}
