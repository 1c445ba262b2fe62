import symbols from './fonts/DejaVuSans-Symbols.ttf?inline';
import tinosBold from './fonts/Tinos-Bold.ttf?inline';
import tinosBoldItalic from './fonts/Tinos-BoldItalic.ttf?inline';
import tinosItalic from './fonts/Tinos-Italic.ttf?inline';
import tinosRegular from './fonts/Tinos-Regular.ttf?inline';
import { fontFileNames } from './fonts';

/**
 * The font files inlined into this module as base64 by Vite (`?inline`): Electron loads the
 * app from its own scheme and the browser build may run offline, so fonts must not be
 * fetched. This module is only ever reached through `import()` from browser.ts, so its
 * ~0.5 MB of base64 stays out of the start-up chunk.
 */
const DATA_URLS: Readonly<Record<string, string>> = {
  'Tinos-Regular.ttf': tinosRegular,
  'Tinos-Bold.ttf': tinosBold,
  'Tinos-Italic.ttf': tinosItalic,
  'Tinos-BoldItalic.ttf': tinosBoldItalic,
  'DejaVuSans-Symbols.ttf': symbols,
};

/** pdfmake's virtual file system: file name → base64 bytes. */
export function fontVirtualFileSystem(): Record<string, string> {
  const vfs: Record<string, string> = {};
  for (const name of fontFileNames()) {
    const url = DATA_URLS[name];
    const comma = url?.indexOf(';base64,') ?? -1;
    if (url === undefined || comma < 0) throw new Error(`Font ${name} was not inlined as base64`);
    vfs[name] = url.slice(comma + ';base64,'.length);
  }
  return vfs;
}
