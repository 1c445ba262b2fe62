import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { fontPackagePaths, fontTableWith } from './fonts';
import { pdfMakeApiOf, renderDocument, type PdfMakeApi, type RenderedDocument } from './render-core';

/**
 * Rendering in Node (tests, bench, command line): pdfmake's Node build reads the font files
 * from disk. Only those files may be read, and nothing is fetched from the network.
 * This file imports no Node module (the renderer's TypeScript project has no Node types):
 * paths come from `import.meta.url`, which tsx and Vitest set to the source file.
 */

/** The project's node_modules, seen from this file (renderer/src/documents/). */
const NODE_MODULES = new URL('../../../node_modules/', import.meta.url);

/** file: URL → local path, Windows drive letters included. */
export function fileUrlToPath(url: URL): string {
  const path = decodeURIComponent(url.pathname);
  return /^\/[A-Za-z]:\//.test(path) ? path.slice(1) : path;
}

export function nodeFontPath(packagePath: string, nodeModules: URL = NODE_MODULES): string {
  return fileUrlToPath(new URL(packagePath, nodeModules));
}

export interface NodeRenderer {
  render(doc: TDocumentDefinitions): Promise<RenderedDocument>;
}

let loaded: Promise<PdfMakeApi> | undefined;

async function loadPdfMake(nodeModules: URL): Promise<PdfMakeApi> {
  const pdfMake = pdfMakeApiOf(await import('pdfmake'));
  const allowed = new Set(fontPackagePaths().map((p) => nodeFontPath(p, nodeModules)));
  const node = pdfMake as PdfMakeApi & {
    setUrlAccessPolicy(callback: (url: string) => boolean): void;
    setLocalAccessPolicy(callback: (path: string) => boolean): void;
  };
  node.setUrlAccessPolicy(() => false);
  node.setLocalAccessPolicy((path) => allowed.has(path));
  pdfMake.setFonts(fontTableWith((p) => nodeFontPath(p, nodeModules)));
  return pdfMake;
}

/** The Node renderer; pdfmake is loaded once, on first use. */
export function nodeRenderer(nodeModules: URL = NODE_MODULES): NodeRenderer {
  return {
    async render(doc) {
      loaded ??= loadPdfMake(nodeModules);
      return renderDocument(await loaded, doc);
    },
  };
}
