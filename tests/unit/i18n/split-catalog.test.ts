import { describe, expect, it, vi } from 'vitest';
import { catalog } from '../../../renderer/src/i18n/catalog';
import { startMessages } from '../../../renderer/src/i18n/catalog/start';

/** A fresh copy of translate.ts: only the start-up part loaded (the Vitest setup loaded all words in the shared one). */
async function freshTranslate() {
  vi.resetModules();
  return import('../../../renderer/src/i18n/translate');
}

describe('the catalog is split: the first screen part at start, the rest with import()', () => {
  it('the start-up part is a strict part of the whole catalog, with the same texts', () => {
    const all: Readonly<Record<string, unknown>> = catalog;
    const keys = Object.keys(startMessages);
    expect(keys.length).toBeGreaterThan(100);
    expect(keys.length).toBeLessThan(Object.keys(catalog).length / 2);
    for (const [key, message] of Object.entries(startMessages)) expect(all[key], key).toEqual(message);
  });

  it('a word of the part not loaded yet throws WordNotLoadedError (never a raw key), then works once loaded', async () => {
    const { translate, ensureAllWords, allWordsLoaded, WordNotLoadedError } = await freshTranslate();
    expect(allWordsLoaded()).toBe(false);
    expect(translate('vi', 'nav.scoring')).toBe('Chấm điểm');
    expect(translate('en', 'nav.verify')).toBe('Verify signatures');
    expect(() => translate('vi', 'scoring.role.chair')).toThrow(WordNotLoadedError);
    try {
      translate('vi', 'scoring.role.chair');
    } catch (error) {
      expect(error).toBeInstanceOf(WordNotLoadedError);
      expect((error as InstanceType<typeof WordNotLoadedError>).key).toBe('scoring.role.chair');
      expect((error as Error).message).toContain('ensureAllWords');
    }
    await Promise.all([ensureAllWords(), ensureAllWords()]);
    expect(allWordsLoaded()).toBe(true);
    expect(translate('vi', 'scoring.role.chair')).toBe('Chủ tịch');
  });

  it('messageOf / isMessageKey refuse to guess before the whole catalog is loaded', async () => {
    const { messageOf, isMessageKey, ensureAllWords, WordNotLoadedError } = await freshTranslate();
    // db refusals are in the start-up part: known at once.
    const dbKey = Object.keys(startMessages).find((key) => key.startsWith('db.'));
    expect(dbKey).toBeDefined();
    expect(messageOf(dbKey ?? '')).toBeDefined();
    expect(() => messageOf('audit.action.no-such-action')).toThrow(WordNotLoadedError);
    expect(() => isMessageKey('audit.action.no-such-action')).toThrow(WordNotLoadedError);
    await ensureAllWords();
    expect(messageOf('audit.action.no-such-action')).toBeUndefined();
    expect(isMessageKey('audit.action.no-such-action')).toBe(false);
    expect(isMessageKey('scoring.role.member')).toBe(true);
  });
});
