/**
 * The smallest PDF object model that lets us read a catalog, a page and a signature
 * dictionary, and write changed copies of them into an incremental update.
 */

export class PdfName {
  /** `raw` is the name as written after the slash (#xx escapes kept as-is). */
  constructor(readonly raw: string) {}
}

export class PdfRef {
  constructor(
    readonly num: number,
    readonly gen: number,
  ) {}
}

export class PdfString {
  constructor(readonly bytes: Uint8Array) {}
  /** Latin-1 view, enough for dates (/M) and ASCII fields. */
  get latin1(): string {
    return Buffer.from(this.bytes).toString('latin1');
  }
  /** Decodes a PDF text string: UTF-16BE with BOM, otherwise (approximately) PDFDocEncoding. */
  get text(): string {
    const b = this.bytes;
    if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) {
      const swapped = Buffer.from(b.subarray(2));
      swapped.swap16();
      return swapped.toString('utf16le');
    }
    return this.latin1;
  }
}

/** A stream as found in the file: the dictionary and the still-encoded bytes. */
export interface PdfStream {
  readonly dict: PdfDict;
  readonly data: Uint8Array;
}

export type PdfDict = Map<string, PdfValue>;
export type PdfValue = null | boolean | number | PdfName | PdfRef | PdfString | PdfValue[] | PdfDict;

export function isDict(value: PdfValue | undefined): value is PdfDict {
  return value instanceof Map;
}

/** The value as an array of exactly `length` numbers, or null. */
export function numberArray(value: PdfValue | undefined, length: number): number[] | null {
  if (!Array.isArray(value) || value.length !== length) return null;
  const numbers = value.filter((v): v is number => typeof v === 'number');
  return numbers.length === length ? numbers : null;
}

export function nameOf(value: PdfValue | undefined): string | undefined {
  return value instanceof PdfName ? value.raw : undefined;
}

/** Encodes a JS string as a PDF text string: UTF-16BE with BOM, as a hex string. */
export function textString(text: string): string {
  const le = Buffer.from(text, 'utf16le');
  le.swap16();
  return `<FEFF${le.toString('hex').toUpperCase()}>`;
}

function formatNumber(n: number): string {
  if (!Number.isFinite(n)) throw new RangeError(`not a PDF number: ${n}`);
  if (Number.isInteger(n)) return String(n);
  // Avoid exponent notation, which PDF does not have.
  return n.toFixed(4).replace(/\.?0+$/, '');
}

function literalString(bytes: Uint8Array): string {
  let out = '(';
  for (const byte of bytes) {
    if (byte === 0x28 || byte === 0x29 || byte === 0x5c) out += `\\${String.fromCharCode(byte)}`;
    else if (byte < 0x20 || byte > 0x7e) out += `\\${byte.toString(8).padStart(3, '0')}`;
    else out += String.fromCharCode(byte);
  }
  return `${out})`;
}

/** Serializes a value; the output is pure ASCII so it can be measured in bytes as-is. */
export function serialize(value: PdfValue): string {
  if (value === null) return 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return formatNumber(value);
  if (value instanceof PdfName) return `/${value.raw}`;
  if (value instanceof PdfRef) return `${value.num} ${value.gen} R`;
  if (value instanceof PdfString) return literalString(value.bytes);
  if (Array.isArray(value)) return `[${value.map(serialize).join(' ')}]`;
  const entries = [...value.entries()].map(([key, v]) => `/${key} ${serialize(v)}`);
  return `<<${entries.join(' ')}>>`;
}
