/**
 * One parsed font for every document a renderer makes (issue 13). pdfmake opens each font
 * file afresh for every document: pdfkit parses it with fontkit (its tables decoded again),
 * then measures every word again with a cache that lives only as long as the document. In a
 * batch of 141 minutes that is most of a render worker's time: the same five fonts parsed 141
 * times, the same words laid out 141 times.
 *
 * This keeps, per font file, the fontkit font and pdfkit's word-layout cache of the first
 * document that used it, and gives the next documents a new pdfkit font object (its own
 * subset, widths and PDF id — what a document embeds stays its own) over that shared parse
 * and cache. A word's layout depends only on the font and the text, so the PDF is the same
 * byte for byte (tests/unit/documents/shared-fonts.test.ts renders a document before and
 * after the sharing and compares them).
 *
 * pdfmake gives no hook for this: the document class is reached through the first document's
 * object (`getStream()`), and its `provideFont` is wrapped. Every part touched is checked for
 * its shape first; if a future pdfmake differs, nothing is wrapped and each document parses
 * its fonts as before.
 */

/** The part of pdfkit's EmbeddedFont used here. */
interface EmbeddedFont {
  /** fontkit's font: parsed tables, glyphs, layout engine — read-only once parsed. */
  readonly font: object;
  layoutCache?: Record<string, unknown>;
  readonly constructor: new (document: object, font: object, id: string) => EmbeddedFont;
}

/** The part of pdfmake's PDFDocument (over pdfkit's) used here. */
interface PdfKitDocument {
  fontCache: Record<string, Record<string, EmbeddedFont> | undefined>;
  _fontCount: number;
  _fontFamilies: Record<string, EmbeddedFont>;
  _font: unknown;
  getFontType(bold: boolean, italics: boolean): string;
  getFontFile(family: string, bold: boolean, italics: boolean): unknown;
  provideFont(family: string, bold: boolean, italics: boolean): EmbeddedFont;
}

interface SharedFont {
  readonly font: object;
  readonly make: EmbeddedFont['constructor'];
  layoutCache: Record<string, unknown> | undefined;
  /** Documents that used this cache: it is started afresh now and then, so it stays bounded. */
  documents: number;
}

/** After this many documents a font's word cache starts empty again (memory stays bounded). */
const DOCUMENTS_PER_LAYOUT_CACHE = 500;

const wrapped = new WeakSet<object>();
let documentsSharing = 0;

function isPdfKitDocument(value: unknown): value is PdfKitDocument {
  if (typeof value !== 'object' || value === null) return false;
  const doc = value as Partial<Record<keyof PdfKitDocument, unknown>>;
  return (
    typeof doc.fontCache === 'object' &&
    doc.fontCache !== null &&
    typeof doc._fontCount === 'number' &&
    typeof doc._fontFamilies === 'object' &&
    doc._fontFamilies !== null &&
    typeof doc.getFontType === 'function' &&
    typeof doc.getFontFile === 'function' &&
    typeof doc.provideFont === 'function'
  );
}

/**
 * fontkit keeps each glyph object it made, with the characters it was made for. A glyph first
 * made without characters — a component of an accented letter, copied into an earlier
 * document's subset — would then be laid out with none, and its letter would be missing from
 * the text a PDF reader extracts ("th o" for "theo"). Within one document pdfkit embeds only
 * after every word is laid out, so this never happened; across documents, the characters are
 * given to such a glyph the first time a word uses it.
 */
function keepCharactersOfGlyphs(font: object): void {
  const getGlyph: unknown = Reflect.get(font, 'getGlyph');
  if (typeof getGlyph !== 'function') return;
  Object.defineProperty(font, 'getGlyph', {
    configurable: true,
    writable: true,
    value(this: object, id: number, characters?: number[]): unknown {
      const glyph: unknown = getGlyph.call(this, id, characters);
      if (characters !== undefined && characters.length > 0 && typeof glyph === 'object' && glyph !== null) {
        const known: unknown = Reflect.get(glyph, 'codePoints');
        if (Array.isArray(known) && known.length === 0) Reflect.set(glyph, 'codePoints', characters);
      }
      return glyph;
    },
  });
}

function isEmbeddedFont(value: unknown): value is EmbeddedFont {
  if (typeof value !== 'object' || value === null) return false;
  const font = value as { font?: unknown; layoutCache?: unknown; layoutCached?: unknown };
  // An embedded (TrueType) font, not one of the 14 standard PDF fonts: it lays out words.
  return (
    typeof font.layoutCached === 'function' &&
    typeof font.font === 'object' &&
    font.font !== null &&
    (font.layoutCache === undefined || (typeof font.layoutCache === 'object' && font.layoutCache !== null))
  );
}

/**
 * Makes every later document of this pdfmake build share the parsed fonts. `pdfDocument` is
 * a document's pdfkit object (`createPdf(doc).getStream()`). Called for every document; it
 * wraps once per document class.
 */
export function shareParsedFonts(pdfDocument: unknown): void {
  if (!isPdfKitDocument(pdfDocument)) return;
  const proto: unknown = Object.getPrototypeOf(pdfDocument);
  if (typeof proto !== 'object' || proto === null || wrapped.has(proto)) return;
  if (!Object.prototype.hasOwnProperty.call(proto, 'provideFont')) return;
  wrapped.add(proto);
  const original = pdfDocument.provideFont;
  const shared = new Map<string, SharedFont>();
  /** Offers a font this process parsed to every later document. */
  const share = (file: string, font: EmbeddedFont): void => {
    keepCharactersOfGlyphs(font.font);
    shared.set(file, {
      font: font.font,
      make: font.constructor,
      layoutCache: font.layoutCache,
      documents: 1,
    });
  };
  /** Per document: its font object of each file (files used by several styles are embedded once). */
  const ofDocument = new WeakMap<object, Map<string, EmbeddedFont>>();
  const counted = new WeakSet<object>();

  function provideFont(this: PdfKitDocument, family: string, bold: boolean, italics: boolean): EmbeddedFont {
    const type = this.getFontType(bold, italics);
    const known = this.fontCache[family]?.[type];
    const file = this.getFontFile(family, bold, italics);
    // Already given to this document, an unknown family (pdfmake's own error), or a font
    // given as bytes or with options: pdfmake's way.
    if (known !== undefined || typeof file !== 'string') return original.call(this, family, bold, italics);
    const fonts = ofDocument.get(this) ?? new Map<string, EmbeddedFont>();
    ofDocument.set(this, fonts);
    let font = fonts.get(file);
    if (font === undefined) {
      const entry = shared.get(file);
      if (entry === undefined) {
        font = original.call(this, family, bold, italics);
        if (isEmbeddedFont(font)) share(file, font);
        fonts.set(file, font);
        return font;
      }
      font = new entry.make(this, entry.font, `F${++this._fontCount}`);
      if (entry.layoutCache !== undefined && font.layoutCache !== undefined) {
        if (entry.documents >= DOCUMENTS_PER_LAYOUT_CACHE) {
          entry.layoutCache = font.layoutCache;
          entry.documents = 0;
        }
        font.layoutCache = entry.layoutCache;
        entry.documents += 1;
      }
      // As pdfkit's font(): the document embeds every font registered here when it ends.
      this._fontFamilies[file] = font;
      fonts.set(file, font);
      if (!counted.has(this)) {
        counted.add(this);
        documentsSharing += 1;
      }
    }
    this._font = font;
    (this.fontCache[family] ??= {})[type] = font;
    return font;
  }
  Object.defineProperty(proto, 'provideFont', { value: provideFont, writable: true, configurable: true });

  // This document's fonts are the first shared ones.
  for (const [family, types] of Object.entries(pdfDocument.fontCache)) {
    for (const [type, font] of Object.entries(types ?? {})) {
      const bold = type === 'bold' || type === 'bolditalics';
      const italics = type === 'italics' || type === 'bolditalics';
      const file = pdfDocument.getFontFile(family, bold, italics);
      if (typeof file !== 'string' || shared.has(file) || !isEmbeddedFont(font)) continue;
      share(file, font);
    }
  }
}

/** How many documents of this process (or worker) were made with fonts parsed for an earlier one. */
export function documentsWithSharedFonts(): number {
  return documentsSharing;
}
