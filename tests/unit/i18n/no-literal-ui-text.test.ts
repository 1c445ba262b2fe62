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

/**
 * The same rule for code (`.ts`, and the code of `.tsx`): a string or template literal with a
 * Vietnamese letter outside renderer/src/i18n is words for a person. English-only literals
 * cannot be told apart from ids and CSS by their letters, so Vietnamese is the tell: every
 * user-facing text has a Vietnamese side, and the catalog keeps it next to its English.
 * Comments are not literals (the syntax tree leaves them out).
 */
const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const vietnameseLetter = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/iu;

/** The host's own catalog (menu, web host, signature box): vi and en side by side, like renderer/src/i18n. */
const hostWords = join(repoRoot, 'electron', 'shared', 'host-words.ts');

function codeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (path === hostWords) return [];
    if (entry.isDirectory()) return path === join(rendererSrc, 'i18n') ? [] : codeFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

export function vietnameseLiterals(fileName: string, source: string): string[] {
  const kind = fileName.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, kind);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    const literal =
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node);
    if (literal && vietnameseLetter.test(node.text)) found.push(node.text);
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

  it('the code checker finds a planted Vietnamese literal in a .ts file, not a comment or an id', () => {
    const planted = [
      '// Thông báo: a comment is not text on screen',
      "const id = 'sheet-submitted';",
      "export const message = 'Đã lưu phiếu.';",
      'const line = `${count} sản phẩm`;',
    ].join('\n');
    expect(vietnameseLiterals('planted.ts', planted)).toEqual(['Đã lưu phiếu.', ' sản phẩm']);
  });

  it('no .ts or .tsx file under renderer/src or electron/ holds Vietnamese text', () => {
    const offenders = [...codeFiles(rendererSrc), ...codeFiles(join(repoRoot, 'electron'))].flatMap((path) =>
      vietnameseLiterals(path, readFileSync(path, 'utf8')).map(
        (text) => `${relative(repoRoot, path).split('\\').join('/')}: ${text}`,
      ),
    );
    expect(offenders).toEqual([]);
  });
});
