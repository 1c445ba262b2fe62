import { describe, expect, it, vi } from 'vitest';
import { minutesDocument } from '../../../renderer/src/domain/documents/minutes';
import { nodeRenderer } from '../../../renderer/src/documents/node';
import { minutesInputFor, product, qualities } from '../../fixtures/documents/round';
import { docWords } from '../../../renderer/src/documents/words';

// Each test renders real PDFs; on 2 cores shared with other suites that can take seconds.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

/**
 * Documents are built from users' data (product names, opinions); the renderer must never
 * be made to fetch a URL or read a local file other than its fonts.
 */
describe('the Node renderer', () => {
  const renderer = nodeRenderer();

  it('renders a plain document', async () => {
    const doc = await renderer.render({ content: 'Xin chào', defaultStyle: { font: 'Tinos' } });
    expect(new TextDecoder().decode(doc.bytes.slice(0, 5))).toBe('%PDF-');
  });

  it('refuses to fetch a URL', async () => {
    await expect(
      renderer.render({
        content: { image: 'logo' },
        images: { logo: 'https://127.0.0.1:9/x.png' },
        defaultStyle: { font: 'Tinos' },
      }),
    ).rejects.toThrow(/Access to URL denied/);
  });

  it('refuses to read a local file that is not one of its fonts', async () => {
    await expect(
      renderer.render({ content: { image: '/etc/hostname' }, defaultStyle: { font: 'Tinos' } }),
    ).rejects.toThrow(/Access to local file denied/);
  });
});

describe('reproducible minutes', () => {
  it('the same input renders to the same bytes (dated by the document, not the clock)', async () => {
    const input = await minutesInputFor({
      product: product(1, 'Mật ong hoa nhãn'),
      sheetNo: 1,
      passes: [qualities(0.8)],
    });
    const renderer = nodeRenderer();
    const first = await renderer.render(minutesDocument(input, docWords('vi')));
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const second = await renderer.render(minutesDocument(input, docWords('vi')));
    expect(Buffer.from(second.bytes).equals(Buffer.from(first.bytes))).toBe(true);
  });
});
