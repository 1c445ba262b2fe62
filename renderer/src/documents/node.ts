import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { fontFileNames, fontTableWith } from './fonts';
import { pdfMakeApiOf, renderDocument, type PdfMakeApi, type RenderedDocument } from './render-core';

/**
 * Rendering in Node (tests, bench, command line): pdfmake's Node build reads the font files
 * from disk. Only those files may be read, and nothing is fetched from the network.
 * This file imports no Node module (the renderer's TypeScript project has no Node types):
 * paths come from `import.meta.url`, which tsx and Vitest set to the source file.
 */

/** The folder of the document fonts, next to this file. */
const FONT_DIR = new URL('./fonts/', import.meta.url);

/** file: URL → local path, Windows drive letters included. */
export function fileUrlToPath(url: URL): string {
  const path = decodeURIComponent(url.pathname);
  return /^\/[A-Za-z]:\//.test(path) ? path.slice(1) : path;
}

export function nodeFontPath(fileName: string, fontDir: URL = FONT_DIR): string {
  return fileUrlToPath(new URL(fileName, fontDir));
}

export interface NodeRenderer {
  render(doc: TDocumentDefinitions): Promise<RenderedDocument>;
}

interface NodePdfMake extends PdfMakeApi {
  setUrlAccessPolicy(callback: (url: string) => boolean): void;
  setLocalAccessPolicy(callback: (path: string) => boolean): void;
}

function isNodeBuild(api: PdfMakeApi): api is NodePdfMake {
  return (
    'setLocalAccessPolicy' in api &&
    typeof api.setLocalAccessPolicy === 'function' &&
    'setUrlAccessPolicy' in api
  );
}

let loaded: Promise<PdfMakeApi> | undefined;

async function loadPdfMake(): Promise<PdfMakeApi> {
  const pdfMake = pdfMakeApiOf(await import('pdfmake'));
  if (!isNodeBuild(pdfMake))
    throw new Error('pdfmake resolved to a build without access policies (not the Node build)');
  // Documents never fetch anything, and read no file but the fonts.
  const allowed = new Set(fontFileNames().map((f) => nodeFontPath(f)));
  pdfMake.setUrlAccessPolicy(() => false);
  pdfMake.setLocalAccessPolicy((path) => allowed.has(path));
  pdfMake.setFonts(fontTableWith((f) => nodeFontPath(f)));
  return pdfMake;
}

/** The Node renderer; pdfmake is loaded once, on first use (its fonts are process-wide). */
export function nodeRenderer(): NodeRenderer {
  return {
    async render(doc) {
      loaded ??= loadPdfMake();
      return renderDocument(await loaded, doc);
    },
  };
}
