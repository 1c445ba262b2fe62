import { describe, expect, it } from 'vitest';
import { nodeRenderer } from '../../../renderer/src/documents/node';

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
    await expect(renderer.render({ content: { image: 'logo' }, images: { logo: 'https://127.0.0.1:9/x.png' }, defaultStyle: { font: 'Tinos' } })).rejects.toThrow(/Access to URL denied/);
  });

  it('refuses to read a local file that is not one of its fonts', async () => {
    await expect(renderer.render({ content: { image: '/etc/hostname' }, defaultStyle: { font: 'Tinos' } })).rejects.toThrow(/Access to local file denied/);
  });
});
