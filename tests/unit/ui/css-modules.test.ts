import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * "One feature's class can never restyle another's": styles live in CSS Modules next to the
 * component, and only the one global sheet (renderer/src/ui/styles.css) names global classes.
 * These checks read the sources, so a new plain .css file, a module that declares a global
 * class of its own, a class name used as a literal that no global rule defines, or a
 * `styles.x` that its module lacks all fail here.
 */
const rendererSrc = fileURLToPath(new URL('../../../renderer/src', import.meta.url));
const globalSheet = join(rendererSrc, 'ui', 'styles.css');

function filesUnder(dir: string, keep: (name: string) => boolean): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(path, keep);
    return keep(entry.name) ? [path] : [];
  });
}

/** Class names a style sheet mentions in its selectors (not in values such as 0.5rem). */
export function classesIn(css: string): Set<string> {
  const selectors = css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\{[^{}]*\}/g, '{}');
  return new Set([...selectors.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].map((m) => m[1] ?? ''));
}

/** Classes a module sheet puts in the global scope with :global(.x). */
export function globalsDeclaredIn(css: string): string[] {
  return [...css.matchAll(/:global\(\s*\.([\w-]+)/g)].map((m) => m[1] ?? '');
}

/** Literal class tokens of className="…" and of string literals inside className={…}. */
export function literalClassTokens(source: string): string[] {
  const tokens: string[] = [];
  for (const m of source.matchAll(/className="([^"]*)"/g)) tokens.push(...(m[1] ?? '').split(/\s+/));
  for (const m of source.matchAll(/className=\{([^{}]*(?:\{[^{}]*\}[^{}]*)*)\}/g)) {
    for (const s of (m[1] ?? '').replace(/`[^`]*`/g, '').matchAll(/'([^']*)'/g))
      tokens.push(...(s[1] ?? '').split(/\s+/));
  }
  return tokens.filter((t) => t !== '');
}

const camel = (name: string): string => name.replace(/-([a-zA-Z0-9])/g, (_, c: string) => c.toUpperCase());

describe('styles are scoped per component', () => {
  const globals = classesIn(readFileSync(globalSheet, 'utf8'));

  it('the readers find what they should (so the checks below can fail)', () => {
    expect([...classesIn('.a .b-c, td.num { margin: 0.5rem; } /* .no */')]).toEqual(['a', 'b-c', 'num']);
    expect(globalsDeclaredIn('.x :global(.hint) {}')).toEqual(['hint']);
    expect(
      literalClassTokens(`<p className="hint warn-text" /><p className={ok ? 'a' : styles.b} />`),
    ).toEqual(['hint', 'warn-text', 'a']);
  });

  it('the global sheet is the only plain .css file', () => {
    const plain = filesUnder(rendererSrc, (n) => n.endsWith('.css') && !n.endsWith('.module.css'));
    expect(plain.map((p) => relative(rendererSrc, p))).toEqual(['ui/styles.css']);
  });

  it('modules reach into the global scope only for classes of the global sheet', () => {
    const offenders = filesUnder(rendererSrc, (n) => n.endsWith('.module.css')).flatMap((path) =>
      globalsDeclaredIn(readFileSync(path, 'utf8'))
        .filter((c) => !globals.has(c))
        .map((c) => `${relative(rendererSrc, path)}: :global(.${c})`),
    );
    expect(offenders).toEqual([]);
  });

  it('every literal class name in a component is one the global sheet defines', () => {
    const offenders = filesUnder(rendererSrc, (n) => n.endsWith('.tsx')).flatMap((path) =>
      literalClassTokens(readFileSync(path, 'utf8'))
        .filter((c) => !globals.has(c))
        .map((c) => `${relative(rendererSrc, path)}: "${c}"`),
    );
    expect(offenders).toEqual([]);
  });

  it('every styles.x a component reads exists in the module it imports', () => {
    const offenders = filesUnder(rendererSrc, (n) => n.endsWith('.tsx')).flatMap((path) => {
      const source = readFileSync(path, 'utf8');
      const imported = /import (\w+) from '([^']+\.module\.css)';/.exec(source);
      if (imported === null) return [];
      const [, name = '', spec = ''] = imported;
      const local = classesIn(readFileSync(resolve(dirname(path), spec), 'utf8'));
      const known = new Set([...local, ...[...local].map(camel)]);
      const used = [...source.matchAll(new RegExp(`\\b${name}\\.(\\w+)|\\b${name}\\['([\\w-]+)'\\]`, 'g'))];
      return used
        .map((m) => m[1] ?? m[2] ?? '')
        .filter((key) => !known.has(key))
        .map((key) => `${relative(rendererSrc, path)}: ${name}.${key}`);
    });
    expect(offenders).toEqual([]);
  });
});
