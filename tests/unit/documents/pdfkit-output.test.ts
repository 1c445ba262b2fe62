import { describe, expect, it, vi } from 'vitest';
import { minutesDocument } from '../../../renderer/src/domain/documents/minutes';
import { browserRenderer } from '../../../renderer/src/documents/browser';
import { nodeRenderer } from '../../../renderer/src/documents/node';
import { documentsWithBatchedOutput, latin1Bytes } from '../../../renderer/src/documents/pdfkit-output';
import { docWords } from '../../../renderer/src/documents/words';
import { twoMinutesInputs } from '../../fixtures/documents/round';
import { pdfText, savePdf, squeeze } from './pdf-tools';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

/**
 * Issue 13: from a renderer's second document on, pdfkit's lines are made into bytes once per
 * object and once per file instead of once per line. The file must not change by one byte.
 */
describe("pdfkit's output in few pieces", () => {
  it("encodes text as Node's 'binary': one byte per unit, its low byte", () => {
    for (const text of [
      'BT /F1 12 Tf <0012> Tj ET\n',
      '(Caf\u00e9 \u00ff\u0080)',
      '\u0141\u20ac\u{1f600}',
      '',
    ]) {
      expect(Buffer.from(latin1Bytes(text)).equals(Buffer.from(text, 'binary')), text).toBe(true);
    }
  });

  for (const [name, renderer] of [
    ['Node build', nodeRenderer()],
    ['browser build (the app)', browserRenderer()],
  ] as const) {
    it(`${name}: a minutes written in few pieces is byte for byte pdfkit's own`, async () => {
      const { honey, tea } = await twoMinutesInputs();
      const before = documentsWithBatchedOutput();
      // The first document of this build is written by pdfkit's own code.
      const own = await renderer.render(minutesDocument(honey, docWords('vi')));
      expect(documentsWithBatchedOutput()).toBe(before);
      const other = await renderer.render(minutesDocument(tea, docWords('vi')));
      const again = await renderer.render(minutesDocument(honey, docWords('vi')));
      expect(documentsWithBatchedOutput()).toBe(before + 2);
      expect(Buffer.from(again.bytes).equals(Buffer.from(own.bytes))).toBe(true);
      expect(again.signatureAreas).toEqual(own.signatureAreas);
      // Another document written in few pieces reads as itself.
      const text = squeeze(pdfText(savePdf(other.bytes, `pdfkit-output-${name.split(' ')[0] ?? ''}.pdf`)));
      expect(text).toContain('Trà shan tuyết Ỷ Tý');
      expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
    });
  }
});
