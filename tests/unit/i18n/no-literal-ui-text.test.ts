import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * "No literal UI text outside the i18n catalogs": every letter a person reads on screen
 * comes from renderer/src/i18n. This walks every component's syntax tree and lists JSX
 * text and text-bearing attributes that contain letters.
 */
const rendererSrc = fileURLToPath(new URL('../../../renderer/src', import.meta.url));
const textAttributes = new Set(['aria-label', 'title', 'placeholder', 'alt', 'aria-description', 'label']);
const hasLetter = /\p{L}/u;

function componentFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'i18n' ? [] : componentFiles(path);
    return entry.name.endsWith('.tsx') ? [path] : [];
  });
}

export function literalTexts(fileName: string, source: string): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node) && hasLetter.test(node.text)) found.push(node.text.trim());
    if (ts.isJsxAttribute(node) && textAttributes.has(node.name.getText(file))) {
      const init = node.initializer;
      if (init && ts.isStringLiteral(init) && hasLetter.test(init.text)) found.push(init.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

describe('UI text comes from the catalogs', () => {
  it('the checker itself finds literal text (so the real check can fail)', () => {
    expect(literalTexts('x.tsx', '<p>Xin chào</p>')).toEqual(['Xin chào']);
    expect(literalTexts('x.tsx', '<input placeholder="Tên sản phẩm" />')).toEqual(['Tên sản phẩm']);
    expect(literalTexts('x.tsx', '<button aria-label={t("a")}>×</button>')).toEqual([]);
  });

  it('no component under renderer/src has literal text', () => {
    const offenders = componentFiles(rendererSrc).flatMap((path) =>
      literalTexts(path, readFileSync(path, 'utf8')).map((text) => `${relative(rendererSrc, path)}: ${text}`),
    );
    expect(offenders).toEqual([]);
  });
});
