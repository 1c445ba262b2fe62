import { isDict, numberArray, type PdfDict } from './pdf/objects';
import { PdfLexer } from './pdf/parser';

/** One `/ByteRange` found in the file, with the dictionary around it when it parses. */
export interface FoundSignature {
  /** Offset of the `/ByteRange` key. */
  readonly at: number;
  readonly byteRange: readonly number[] | null;
  readonly dict: PdfDict | null;
}

/** A ByteRange array is four numbers: nothing longer is read after the key. */
const BYTE_RANGE_WINDOW = 200;
/** "1234567 65535 obj": the object number and generation fit in this many bytes before "obj". */
const HEADER_LOOKBEHIND = 48;

const latin1 = (bytes: Uint8Array, start: number, end: number): string =>
  Buffer.from(bytes.subarray(start, end)).toString('latin1');

/**
 * Start offsets of every "N G obj" header, in file order. One forward pass: each "obj"
 * keyword is checked against a bounded look-behind, so the work is linear in the file size
 * (the scan this replaces walked backwards over every header for every /ByteRange, which a
 * crafted file of 240 kB turned into 40 s on the main process).
 */
function objectHeaders(buffer: Buffer): number[] {
  const headers: number[] = [];
  for (let at = buffer.indexOf('obj'); at >= 0; at = buffer.indexOf('obj', at + 3)) {
    const before = buffer.toString('latin1', Math.max(0, at - HEADER_LOOKBEHIND), at);
    const m = /(?<![0-9])\d{1,10}[\0\t\n\f\r ]{1,8}\d{1,5}[\0\t\n\f\r ]{1,8}$/.exec(before);
    if (m !== null) headers.push(at - before.length + m.index);
  }
  return headers;
}

/** Index of the last header at or before `at` (binary search), or -1. */
function headerBefore(headers: readonly number[], at: number): number {
  let lo = 0;
  let hi = headers.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((headers[mid] ?? Infinity) <= at) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

function readByteRange(bytes: Uint8Array, at: number, limit: number): number[] | null {
  const start = at + '/ByteRange'.length;
  const window = bytes.subarray(start, Math.min(limit, start + BYTE_RANGE_WINDOW));
  try {
    const lexer = new PdfLexer(window, 0);
    lexer.skipWhitespace();
    if (window[lexer.pos] !== 0x5b) return null; // not an array: nothing to read
    const numbers = numberArray(lexer.readValue(), 4);
    return numbers !== null && numbers.every((v) => Number.isSafeInteger(v) && v >= 0) ? numbers : null;
  } catch {
    return null; // reported as a malformed signature
  }
}

/**
 * Every /ByteRange in the file. Scanning the bytes (not the xref) also finds signatures a
 * later revision tried to hide by dropping their field. Each object is parsed at most once,
 * and only within its own bytes (up to the next object header), so no input makes this
 * quadratic.
 */
export function findSignatures(bytes: Uint8Array): FoundSignature[] {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headers = objectHeaders(buffer);
  const dicts = new Map<number, PdfDict | null>();
  const dictOf = (index: number): PdfDict | null => {
    const known = dicts.get(index);
    if (known !== undefined) return known;
    const start = headers[index] ?? 0;
    const end = headers[index + 1] ?? bytes.length;
    let dict: PdfDict | null;
    try {
      const lexer = new PdfLexer(bytes.subarray(start, end), 0);
      lexer.readToken();
      lexer.readToken();
      lexer.expectToken('obj');
      const value = lexer.readValue();
      dict = isDict(value) && value.has('ByteRange') ? value : null;
    } catch {
      dict = null; // damaged object: the byte range alone still gets checked
    }
    dicts.set(index, dict);
    return dict;
  };
  const found: FoundSignature[] = [];
  for (let at = buffer.indexOf('/ByteRange'); at >= 0; at = buffer.indexOf('/ByteRange', at + 1)) {
    const index = headerBefore(headers, at);
    const end = headers[index + 1] ?? bytes.length;
    found.push({
      at,
      byteRange: readByteRange(bytes, at, end),
      dict: index < 0 ? null : dictOf(index),
    });
  }
  return found;
}

export { latin1 };
