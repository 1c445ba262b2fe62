import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Language } from '../i18n/define';
import { translate } from '../i18n/translate';
import { fontTableWith } from './fonts';
import { pdfMakeApiOf, renderDocument, type PdfMakeApi, type RenderedDocument } from './render-core';

/**
 * Rendering in the renderer (Electron window or plain browser). This module is light on
 * purpose: pdfmake (~1.3 MB) and the inlined fonts are loaded with `import()` the first time
 * a document is rendered, so neither is in the start-up chunk however this file is imported.
 */

export interface DocumentRenderer {
  render(doc: TDocumentDefinitions): Promise<RenderedDocument>;
}

/** A renderer that can load its engine ahead of the first document (a batch's workers). */
export interface WarmableRenderer extends DocumentRenderer {
  warm(): Promise<void>;
}

/** pdfmake or its fonts could not be loaded (e.g. a chunk missing from a broken install). */
export class PdfEngineLoadError extends Error {
  override readonly name = 'PdfEngineLoadError';
  constructor(
    override readonly cause: unknown,
    language: Language = 'vi',
  ) {
    super(
      translate(language, 'doc.render.loadFailed', {
        message: cause instanceof Error ? cause.message : String(cause),
      }),
    );
  }
}

interface BrowserPdfMake extends PdfMakeApi {
  addVirtualFileSystem(vfs: Record<string, string>): void;
}

function hasVirtualFileSystem(api: PdfMakeApi): api is BrowserPdfMake {
  return 'addVirtualFileSystem' in api && typeof api.addVirtualFileSystem === 'function';
}

let loading: Promise<PdfMakeApi> | undefined;

async function loadPdfMake(language: Language): Promise<PdfMakeApi> {
  try {
    const [module, fonts] = await Promise.all([import('pdfmake/build/pdfmake'), import('./browser-fonts')]);
    const pdfMake = pdfMakeApiOf(module);
    if (!hasVirtualFileSystem(pdfMake))
      throw new Error('pdfmake browser build without a virtual file system');
    pdfMake.addVirtualFileSystem(fonts.fontVirtualFileSystem());
    pdfMake.setFonts(fontTableWith((fileName) => fileName));
    return pdfMake;
  } catch (error) {
    loading = undefined; // let a later attempt try again
    throw new PdfEngineLoadError(error, language);
  }
}

/** The renderer for the app; pdfmake loads on the first `render`. */
export function browserRenderer(language: Language = 'vi'): WarmableRenderer {
  return {
    async render(doc) {
      loading ??= loadPdfMake(language);
      return renderDocument(await loading, doc);
    },
    async warm() {
      loading ??= loadPdfMake(language);
      await loading;
    },
  };
}
