import { sha256HexOf } from '../../domain/sha256';
import type { RenderedDocument, SignatureArea } from '../../documents/render-core';

/**
 * The minutes this page has rendered, by what they were made from (the document's input and
 * the audit head in its footer): what is previewed is what is signed, byte for byte, and the
 * second signer's pass needs no new rendering to find where the boxes go (issue 13). A
 * document is only ever rendered from its input, so the same key is the same layout; the
 * bytes differ between two renderings only by pdfmake's creation date.
 *
 * Bounded (oldest forgotten first): a round of 141 minutes is ~6 MB; the cache holds at most
 * 300 documents. Lost when the page closes — then the documents are simply rendered again.
 */
const LIMIT = 300;
const rendered = new Map<string, RenderedDocument>();

/** The cache key: SHA-256 of the input (as JSON) and head (native WebCrypto, off the page's JS work). */
export function minutesKey(inputJson: string, head: string): Promise<string> {
  return sha256HexOf(new TextEncoder().encode(`${head}\n${inputJson}`));
}

export function cachedMinutes(key: string): RenderedDocument | undefined {
  return rendered.get(key);
}

/** Sets `key` as the newest entry of `map`, forgetting the oldest beyond LIMIT. */
function remember<V>(map: Map<string, V>, key: string, value: V): void {
  map.delete(key);
  map.set(key, value);
  for (const oldest of map.keys()) {
    if (map.size <= LIMIT) break;
    map.delete(oldest);
  }
}

export function rememberMinutes(key: string, doc: RenderedDocument): void {
  remember(rendered, key, doc);
}

/**
 * Where the signature boxes of a stored signed file are, by the file's SHA-256 (the row's
 * `sha256`): the areas of the rendering it was made from, noted when the page stores it. The
 * second signer's pass signs the stored bytes in its box with no input to rebuild, hash or
 * render (issue 13). A file this page did not store is not here: its boxes are found by
 * rendering its input, as before. Same bound as the documents.
 */
const areasByFile = new Map<string, readonly SignatureArea[]>();

export function rememberSignatureAreas(sha256: string, areas: readonly SignatureArea[]): void {
  remember(areasByFile, sha256, areas);
}

export function signatureAreasOf(sha256: string): readonly SignatureArea[] | undefined {
  return areasByFile.get(sha256);
}

/** Tests: start from nothing. */
export function forgetRenderedMinutes(): void {
  rendered.clear();
  areasByFile.clear();
}
