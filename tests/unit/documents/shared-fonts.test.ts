import { describe, expect, it, vi } from 'vitest';
import { minutesDocument } from '../../../renderer/src/domain/documents/minutes';
import { nodeRenderer } from '../../../renderer/src/documents/node';
import { documentsWithSharedFonts } from '../../../renderer/src/documents/shared-fonts';
import { docWords } from '../../../renderer/src/documents/words';
import { twoMinutesInputs } from '../../fixtures/documents/round';
import { pdfFonts, pdfText, savePdf, squeeze } from './pdf-tools';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

/**
 * Issue 13: documents after the first reuse its parsed fonts and word layouts. The PDF must
 * not change: each document still embeds its own subsets of the glyphs it prints.
 */
describe('parsed fonts shared between documents', () => {
  it('a minutes made with the fonts of earlier documents is byte for byte the one made alone', async () => {
    const { honey, tea } = await twoMinutesInputs();
    const renderer = nodeRenderer();
    // The first document of this file's process parses its own fonts (nothing is shared yet).
    const alone = await renderer.render(minutesDocument(honey, docWords('vi')));
    expect(documentsWithSharedFonts()).toBe(0);
    const other = await renderer.render(minutesDocument(tea, docWords('vi')));
    const again = await renderer.render(minutesDocument(honey, docWords('vi')));
    expect(documentsWithSharedFonts()).toBe(2);
    expect(Buffer.from(again.bytes).equals(Buffer.from(alone.bytes))).toBe(true);
    expect(again.signatureAreas).toEqual(alone.signatureAreas);

    // The other product's document prints its own letters from its own embedded subsets.
    const path = savePdf(other.bytes, 'shared-fonts-tea.pdf');
    expect(squeeze(pdfText(path))).toContain('Trà shan tuyết Ỷ Tý');
    const fonts = pdfFonts(path);
    expect(fonts.length).toBeGreaterThan(0);
    // Subsets carry a six-letter tag before their name ("ABCDEF+Tinos-Regular").
    expect(fonts.every((f) => f.embedded && /^[A-Z]{6}\+/u.test(f.name))).toBe(true);
  });
});
