import { deflateSync } from 'node:zlib';
import * as fontkit from 'fontkit';

/**
 * The visible signature box: a bordered rectangle with the role, the signer's name and the
 * date, drawn with a subset of a TrueType font embedded as a Type0/Identity-H font so that
 * every Vietnamese letter renders and copies (ToUnicode) correctly.
 */

export interface AppearanceLine {
  readonly text: string;
  /** Relative size: 1 = body text. */
  readonly scale?: number;
}

/** What the box is made of, as plain data; signature-field.ts turns it into PDF objects. */
export interface AppearanceObjects {
  /** Content stream of the form XObject (drawing operators, uncompressed: it is tiny). */
  readonly formContent: Uint8Array;
  readonly formBBox: readonly [number, number, number, number];
  readonly fontName: string;
  readonly fontFile: Uint8Array; // Flate-compressed subset TTF
  readonly fontFileLength1: number;
  readonly widths: readonly number[]; // by CID (= subset glyph id)
  readonly toUnicode: Uint8Array;
  readonly metrics: {
    readonly bbox: readonly [number, number, number, number];
    readonly ascent: number;
    readonly descent: number;
    readonly capHeight: number;
  };
}

const parsedFonts = new WeakMap<Uint8Array, fontkit.Font>();

function parseFont(bytes: Uint8Array): fontkit.Font {
  let font = parsedFonts.get(bytes);
  if (font === undefined) {
    font = fontkit.create(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    parsedFonts.set(bytes, font);
  }
  return font;
}

const hex4 = (n: number): string => n.toString(16).padStart(4, '0');

function toUnicodeCMap(unicode: ReadonlyMap<number, readonly number[]>): string {
  const entries = [...unicode.entries()].map(([cid, codePoints]) => {
    const utf16 = Buffer.from(String.fromCodePoint(...codePoints), 'utf16le');
    utf16.swap16();
    return `<${hex4(cid)}> <${utf16.toString('hex')}>`;
  });
  const chunks: string[] = [];
  for (let i = 0; i < entries.length; i += 100) {
    const chunk = entries.slice(i, i + 100);
    chunks.push(`${chunk.length} beginbfchar\n${chunk.join('\n')}\nendbfchar`);
  }
  return [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def',
    '/CMapType 2 def',
    '1 begincodespacerange',
    '<0000> <ffff>',
    'endcodespacerange',
    ...chunks,
    'endcmap',
    'CMapName currentdict /CMap defineresource pop',
    'end',
    'end',
  ].join('\n');
}

/**
 * A six-letter subset tag derived from what the subset holds (font glyph ids and the text they
 * stand for), as PDF asks (e.g. "QKZBAF+DejaVuSans"): two boxes with different letters get
 * different tags, so no reader can take one box's subset for the other's.
 */
function subsetTag(
  glyphs: ReadonlyMap<number, { readonly gid: number; readonly codePoints: readonly number[] }>,
): string {
  let h = 2166136261;
  for (const [cid, { gid, codePoints }] of glyphs) {
    for (const v of [cid, gid, ...codePoints]) h = Math.imul(h ^ v, 16777619) >>> 0;
  }
  let tag = '';
  for (let i = 0; i < 6; i += 1) {
    tag += String.fromCharCode(65 + (h % 26));
    h = Math.floor(h / 26) + i * 7;
  }
  return tag;
}

/** One drawn glyph and the characters it stands for (what copy and search give back). */
interface MappedGlyph {
  readonly gid: number;
  readonly advanceWidth: number;
  readonly codePoints: readonly number[];
}

/**
 * The glyphs of a line, each with the exact characters it draws, taken from the font's cmap
 * character by character (NFC, so "ả" is one precomposed letter with its own glyph).
 *
 * Why not fontkit's `layout()`: fontkit caches glyph objects per font, and a glyph first met as
 * a component of a composite (the "o" inside "ờ") is cached with no code points. A later box
 * laid out with that glyph then had no ToUnicode entry for it, and "Trần Quốc Bảo" copied as
 * "Trần Quốc Bả". Mapping from our own text makes every entry exact by construction; a
 * signature box needs no kerning or ligatures.
 */
function glyphsOf(font: fontkit.Font, text: string): MappedGlyph[] {
  const out: MappedGlyph[] = [];
  for (const char of text.normalize('NFC')) {
    const codePoint = char.codePointAt(0) ?? 0;
    const glyph = font.glyphForCodePoint(codePoint);
    if (glyph.id !== 0) {
      out.push({ gid: glyph.id, advanceWidth: glyph.advanceWidth, codePoints: [codePoint] });
      continue;
    }
    // No precomposed glyph: draw the decomposed letters, each mapped to itself.
    const parts = [...char.normalize('NFD')].map((part) => font.glyphForCodePoint(part.codePointAt(0) ?? 0));
    if (parts.length > 1 && parts.every((part) => part.id !== 0)) {
      for (const part of parts) {
        out.push({ gid: part.id, advanceWidth: part.advanceWidth, codePoints: [...part.codePoints] });
      }
    } else {
      // .notdef still carries the character, so copying gives back what was meant.
      out.push({ gid: 0, advanceWidth: glyph.advanceWidth, codePoints: [codePoint] });
    }
  }
  return out;
}

const n = (x: number): string => (Number.isInteger(x) ? String(x) : x.toFixed(2));

/**
 * Lays out the lines inside a width×height box, shrinking the font until the longest
 * line fits, and returns everything the writer needs.
 */
/**
 * Encoded (and compressed) subsets by the glyphs they hold, in CID order: a batch signs 141
 * boxes with the same name and role, whose subsets differ at most by a digit of the time, and
 * encoding a TrueType subset was the costliest part of a signature (issue 13). The same glyphs
 * in the same order give the same subset bytes, so a cached one is the one `encode` would make.
 */
const encodedSubsets = new WeakMap<fontkit.Font, Map<string, EncodedSubset>>();
const MAX_SUBSETS_PER_FONT = 64;

interface EncodedSubset {
  readonly fontFile: Uint8Array;
  readonly fontFileLength1: number;
}

function encodedSubset(
  font: fontkit.Font,
  subset: fontkit.Subset,
  glyphs: readonly { readonly gid: number }[],
): EncodedSubset {
  let known = encodedSubsets.get(font);
  if (known === undefined) {
    known = new Map();
    encodedSubsets.set(font, known);
  }
  const key = glyphs.map((g) => g.gid).join(',');
  const cached = known.get(key);
  if (cached !== undefined) return cached;
  const ttf = subset.encode();
  const made = { fontFile: deflateSync(ttf), fontFileLength1: ttf.length };
  if (known.size >= MAX_SUBSETS_PER_FONT) known.clear();
  known.set(key, made);
  return made;
}

export function buildAppearance(
  fontBytes: Uint8Array,
  lines: readonly AppearanceLine[],
  width: number,
  height: number,
): AppearanceObjects {
  const font = parseFont(fontBytes);
  const unitsToPoints = 1000 / font.unitsPerEm;
  const subset = font.createSubset();
  const widths: number[] = [0]; // CID 0 is .notdef
  const unicode = new Map<number, readonly number[]>();
  const used = new Map<number, { gid: number; codePoints: readonly number[] }>();
  const padding = 4;
  const runs = lines.map((line) => {
    const glyphs = glyphsOf(font, line.text);
    const advance = glyphs.reduce((sum, g) => sum + g.advanceWidth, 0) * unitsToPoints;
    return { glyphs, scale: line.scale ?? 1, advance };
  });
  const totalScale = runs.reduce((sum, r) => sum + r.scale, 0);
  // 1.25 line height; text must fit the height and the widest line must fit the width.
  let size = Math.min(10, (height - 2 * padding) / (1.25 * Math.max(totalScale, 1)));
  for (const r of runs) {
    if (r.advance > 0) size = Math.min(size, ((width - 2 * padding) * 1000) / (r.advance * r.scale));
  }

  const ops: string[] = [
    'q',
    '0.1 0.3 0.6 RG 0.8 w',
    `0.4 0.4 ${n(width - 0.8)} ${n(height - 0.8)} re S`,
    'BT',
    '0 0 0 rg',
  ];
  // Centre the block of lines vertically in the box.
  const blockHeight = size * (totalScale * 1.25);
  let y = height - Math.max(padding, (height - blockHeight) / 2);
  for (const { glyphs, scale } of runs) {
    const fontSize = size * scale;
    y -= fontSize * 1.1;
    const codes = glyphs.map((glyph) => {
      // CID = the glyph's id in this box's own subset (Identity CIDToGIDMap).
      const cid = subset.includeGlyph(glyph.gid);
      widths[cid] = Math.round(glyph.advanceWidth * unitsToPoints);
      if (!unicode.has(cid)) {
        unicode.set(cid, glyph.codePoints);
        used.set(cid, { gid: glyph.gid, codePoints: glyph.codePoints });
      }
      return hex4(cid);
    });
    ops.push(`/F1 ${n(fontSize)} Tf`, `1 0 0 1 ${padding} ${n(y)} Tm`, `<${codes.join('')}> Tj`);
    y -= fontSize * 0.15;
  }
  ops.push('ET', 'Q');

  const { fontFile, fontFileLength1 } = encodedSubset(font, subset, [...used.values()]);
  const scaleBox = (v: number): number => Math.round(v * unitsToPoints);
  return {
    formContent: Buffer.from(ops.join('\n'), 'latin1'),
    formBBox: [0, 0, width, height],
    fontName: `${subsetTag(used)}+${font.postscriptName.replace(/[^A-Za-z0-9-]/g, '')}`,
    fontFile,
    fontFileLength1,
    widths: Array.from(widths, (w) => w ?? 0), // holes: glyphs only used as components
    toUnicode: Buffer.from(toUnicodeCMap(unicode), 'latin1'),
    metrics: {
      bbox: [
        scaleBox(font.bbox.minX),
        scaleBox(font.bbox.minY),
        scaleBox(font.bbox.maxX),
        scaleBox(font.bbox.maxY),
      ],
      ascent: scaleBox(font.ascent),
      descent: scaleBox(font.descent),
      capHeight: scaleBox(font.capHeight ?? font.ascent),
    },
  };
}
