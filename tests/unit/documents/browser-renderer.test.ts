import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it, vi } from 'vitest';
import { minutesDocument } from '../../../renderer/src/domain/documents/minutes';
import { browserRenderer } from '../../../renderer/src/documents/browser';
import { minutesInputFor, product, qualities } from '../../fixtures/documents/round';
import { pdfFonts, pdfText, savePdf } from './pdf-tools';
import { docWords } from '../../../renderer/src/documents/words';

// Each test renders real PDFs; on 2 cores shared with other suites that can take seconds.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

/** The module specifiers a source file imports statically (type-only imports excluded). */
function staticRuntimeImports(path: string): string[] {
  const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  return file.statements.flatMap((s) =>
    ts.isImportDeclaration(s) && !s.importClause?.isTypeOnly && ts.isStringLiteral(s.moduleSpecifier)
      ? [s.moduleSpecifier.text]
      : [],
  );
}

describe('the renderer the app uses (pdfmake browser build, fonts inlined)', () => {
  it('renders the minutes with every font embedded and the stars drawn', async () => {
    const input = await minutesInputFor({
      product: product(1, 'Mật ong hoa nhãn'),
      sheetNo: 1,
      passes: [qualities(0.95)],
      // 4★: a province forwards a product at ≥ 90 without stars, so one below 5 shows them.
      forced: [{ criterion: '1.5', index: 2, members: ['m1', 'm2', 'm3', 'm4', 'm5'] }],
    });
    const doc = await browserRenderer().render(minutesDocument(input, docWords('vi')));
    const path = savePdf(doc.bytes);
    expect(pdfText(path)).toContain('★★★★ (4 sao - bốn sao)');
    expect(pdfText(path)).toContain('Độc lập - Tự do - Hạnh phúc');
    const fonts = pdfFonts(path);
    expect(fonts.length).toBeGreaterThanOrEqual(4);
    expect(fonts.every((f) => f.embedded)).toBe(true);
    expect(doc.signatureAreas.map((a) => a.role)).toEqual(['chair', 'secretary']);
  });

  it('keeps pdfmake and the fonts out of the start-up chunk: both load only through import()', () => {
    const entry = new URL('../../../renderer/src/documents/browser.ts', import.meta.url).pathname;
    const imports = staticRuntimeImports(entry);
    expect(imports.some((m) => m.startsWith('pdfmake'))).toBe(false);
    expect(imports).not.toContain('./browser-fonts');
    const source = readFileSync(entry, 'utf8');
    expect(source).toContain("import('pdfmake/build/pdfmake')");
    expect(source).toContain("import('./browser-fonts')");
    // Nor may anything browser.ts imports statically pull them in.
    for (const dependency of ['render-core.ts', 'fonts.ts']) {
      const deps = staticRuntimeImports(
        new URL(`../../../renderer/src/documents/${dependency}`, import.meta.url).pathname,
      );
      expect(
        deps.some((m) => m.startsWith('pdfmake') || m.includes('browser-fonts') || m.endsWith('.ttf?inline')),
        dependency,
      ).toBe(false);
    }
  });
});
