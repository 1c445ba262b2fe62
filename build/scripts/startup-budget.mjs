// The JavaScript a person's first screen waits for (issue 13): the entry script of
// dist/renderer/index.html, everything it preloads, and every chunk those import STATICALLY
// (`import … from "./x.js"`), gzipped. Chunks loaded with `import()` — other screens, sheets,
// PDF, Excel — are not counted: they load when first needed. `npm run build` fails when the sum
// is over the budget, so a change that pulls a screen or a library back into start-up is seen.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/**
 * Gzipped kilobytes the first screen may load: issue 13's target, 200 KB. The i18n catalog is
 * split (renderer/src/i18n/catalog/start.ts): only the first screen's words load at start, the
 * rest with `import()` — 164 KB when set. The guard fails any change that pulls a screen, a
 * sheet, a library or the whole catalog back into start-up.
 */
export const STARTUP_BUDGET_KB = 200;

const STATIC_IMPORT = /\bimport\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g;
const ENTRY = /<script[^>]*type="module"[^>]*src="([^"]+\.js)"/g;
const PRELOAD = /<link[^>]*rel="modulepreload"[^>]*href="([^"]+\.js)"/g;

/**
 * The start-up scripts of one page of a build, each with its gzipped size in bytes.
 * @param {string} htmlFile
 * @returns {{ file: string, gzipBytes: number }[]}
 */
export function startupScripts(htmlFile) {
  const html = readFileSync(htmlFile, 'utf8');
  const base = dirname(htmlFile);
  const queue = [...html.matchAll(ENTRY), ...html.matchAll(PRELOAD)].map((m) => resolve(base, m[1] ?? ''));
  const seen = new Set();
  const out = [];
  while (queue.length > 0) {
    const file = queue.shift();
    if (file === undefined || seen.has(file)) continue;
    seen.add(file);
    const bytes = readFileSync(file);
    out.push({ file, gzipBytes: gzipSync(bytes, { level: 9 }).byteLength });
    for (const m of bytes.toString('utf8').matchAll(STATIC_IMPORT))
      queue.push(resolve(dirname(file), m[1] ?? ''));
  }
  return out;
}

/** @param {string} htmlFile */
export function startupKb(htmlFile) {
  return startupScripts(htmlFile).reduce((sum, s) => sum + s.gzipBytes, 0) / 1024;
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const html = join(fileURLToPath(new URL('../..', import.meta.url)), 'dist/renderer/index.html');
  if (!existsSync(html)) {
    console.error('startup-budget: dist/renderer/index.html not found (run the renderer build first)');
    process.exit(1);
  }
  const scripts = startupScripts(html);
  const kb = scripts.reduce((sum, s) => sum + s.gzipBytes, 0) / 1024;
  const list = scripts
    .map((s) => `${s.file.split('/').at(-1)} ${(s.gzipBytes / 1024).toFixed(1)}`)
    .join(', ');
  if (kb > STARTUP_BUDGET_KB) {
    console.error(
      `startup-budget: the first screen loads ${kb.toFixed(1)} KB of gzipped JavaScript, over the ${STARTUP_BUDGET_KB} KB budget (issue 13): ${list}`,
    );
    process.exit(1);
  }
  console.log(`startup-budget: ${kb.toFixed(1)} KB gzipped of ${STARTUP_BUDGET_KB} KB (${list})`);
}
