// The few members of fontkit 2 the signature box uses (fontkit ships no types).
declare module 'fontkit' {
  export interface Glyph {
    readonly id: number;
    readonly advanceWidth: number;
    readonly codePoints: readonly number[];
  }
  export interface GlyphPosition {
    readonly xAdvance: number;
    readonly xOffset: number;
    readonly yOffset: number;
  }
  export interface GlyphRun {
    readonly glyphs: readonly Glyph[];
    readonly positions: readonly GlyphPosition[];
  }
  export interface Subset {
    includeGlyph(glyph: number): number;
    encode(): Uint8Array;
  }
  export interface Font {
    readonly unitsPerEm: number;
    readonly postscriptName: string;
    readonly ascent: number;
    readonly descent: number;
    readonly capHeight: number | undefined;
    readonly bbox: {
      readonly minX: number;
      readonly minY: number;
      readonly maxX: number;
      readonly maxY: number;
    };
    layout(text: string): GlyphRun;
    /** The cmap's glyph for a code point (id 0, .notdef, when the font has none). */
    glyphForCodePoint(codePoint: number): Glyph;
    createSubset(): Subset;
  }
  export function create(buffer: Buffer): Font;
}
