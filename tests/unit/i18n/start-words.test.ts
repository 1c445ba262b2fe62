import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { catalog } from '../../../renderer/src/i18n/catalog';
import { startMessages } from '../../../renderer/src/i18n/catalog/start';

const src = fileURLToPath(new URL('../../../renderer/src/', import.meta.url));

// Static imports only: `import type` is erased and `import()` loads later (a lazy screen awaits the words).
const STATIC = /^\s*(?:import|export)\s+(?!type\b)(?:[\w$*{}\s,]*?\bfrom\s*)?['"](\.{1,2}\/[^'"]+)['"]/gm;

function resolveModule(from: string, spec: string): string | null {
  const base = resolve(dirname(from), spec);
  for (const candidate of [
    base,
    `${base}.ts`,
    `${base}.tsx`,
    join(base, 'index.ts'),
    join(base, 'index.tsx'),
  ])
    if (/\.tsx?$/.test(candidate) && existsSync(candidate)) return candidate;
  return null; // CSS, JSON: no words
}

/** Every module the start-up script loads, from renderer/src/main.tsx. */
function startupModules(): string[] {
  const queue = [join(src, 'main.tsx')];
  const seen = new Set<string>();
  while (queue.length > 0) {
    const file = queue.pop();
    if (file === undefined || seen.has(file)) continue;
    seen.add(file);
    for (const m of readFileSync(file, 'utf8').matchAll(STATIC)) {
      const next = resolveModule(file, m[1] ?? '');
      if (next !== null) queue.push(next);
    }
  }
  return [...seen];
}

/**
 * Start-up modules that name words of the later part only in code that runs after
 * `await ensureAllWords()` or on a person's action long after start, and why it is safe.
 */
const LATER: Readonly<Record<string, string>> = {
  // File names of exports: called from export actions that await ensureAllWords() first.
  'documents/file-names.ts': 'export actions await ensureAllWords()',
  // Automatic backups start after Promise.all([import(useDailyBackup), ensureAllWords()]).
  'shell/AppFrame.tsx': 'automatic backups await ensureAllWords()',
  // 'sheet.submit' / 'sheet.reopen' there are audit action codes written to the log, not words shown.
  'db/repos/scoring.ts': 'audit action codes',
};

describe('the first screen needs only the start-up part of the catalog', () => {
  it('every word named in a start-up module is in catalog/start.ts (or used after ensureAllWords)', () => {
    const start = new Set(Object.keys(startMessages));
    const keys = new Set(Object.keys(catalog));
    const modules = startupModules();
    expect(modules.length).toBeGreaterThan(20);
    expect(modules.some((file) => file.endsWith('features/rounds/RoundsScreen.tsx'))).toBe(true);
    // The whole catalog must never be imported statically by start-up code.
    expect(modules.map((file) => relative(src, file))).not.toContain('i18n/catalog/index.ts');
    const missing: string[] = [];
    for (const file of modules) {
      const name = relative(src, file);
      if (name.startsWith('i18n/catalog/') || LATER[name] !== undefined) continue;
      for (const m of readFileSync(file, 'utf8').matchAll(/'([a-zA-Z][\w-]*(?:\.[\w-]+)+)'/g)) {
        const word = m[1] ?? '';
        if (keys.has(word) && !start.has(word)) missing.push(`${name}: ${word}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
