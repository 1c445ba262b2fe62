// fontkit ships no types; electron/services/signing/fontkit.d.ts declares what signing uses.
// The font tests also ask a font whether its character map has a code point.
declare module 'fontkit' {
  export interface Font {
    hasGlyphForCodePoint(codePoint: number): boolean;
  }
}
