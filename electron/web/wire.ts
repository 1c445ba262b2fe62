/**
 * The web host's end of the /api wire format (electron/shared/bytes-wire.ts), with Node's
 * Buffer as the base64 codec.
 */

import {
  decodeWire as decodeShared,
  encodeWire as encodeShared,
  type Base64Codec,
} from '../shared/bytes-wire';

import { MAX_WIRE_DEPTH, WireFormatError } from '../shared/bytes-wire';
import { jsonDepthExceeds } from '../shared/json-bounds';

export { MAX_WIRE_DEPTH, WireFormatError };

const nodeBase64: Base64Codec = {
  encode: (bytes) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64'),
  decode: (base64) => new Uint8Array(Buffer.from(base64, 'base64')),
};

export function encodeWire(value: unknown): string {
  return encodeShared(value, nodeBase64);
}

/** Throws WireFormatError on malformed or too deeply nested JSON (the caller answers 'invalid-payload'). */
export function decodeWire(text: string): unknown {
  return decodeShared(text, nodeBase64);
}

/**
 * The binary form of the same values (issue 13): a signed PDF travels as its bytes, not as
 * base64 inside JSON, which cost the page and the host a third more bytes plus an encode and
 * a decode per call (282 signatures and 282 data-folder copies per round of minutes).
 *
 *   [u32 big-endian: n] [n bytes: UTF-8 JSON] [the byte strings, one after another]
 *
 * In the JSON each Uint8Array is { "$bin": [offset, length] } into the byte section. The
 * content type is not a "simple" one, so a cross-origin page still cannot send it without a
 * CORS preflight (which the host never answers), like application/json.
 */
export const WIRE_BINARY_TYPE = 'application/vnd.ocop.wire';
const BIN_KEY = '$bin';

export function encodeWireBinary(value: unknown): Buffer {
  const parts: Uint8Array[] = [];
  let offset = 0;
  const json = JSON.stringify(value, (_key, item: unknown) => {
    if (!(item instanceof Uint8Array)) return item;
    parts.push(item);
    const at = offset;
    offset += item.byteLength;
    return { [BIN_KEY]: [at, item.byteLength] };
  });
  const text = Buffer.from(json ?? 'null', 'utf8');
  const head = Buffer.alloc(4);
  head.writeUInt32BE(text.byteLength, 0);
  return Buffer.concat([head, text, ...parts]);
}

/** Throws WireFormatError on a malformed frame (lengths, JSON, depth, a byte range outside the frame). */
export function decodeWireBinary(frame: Uint8Array): unknown {
  if (frame.byteLength < 4) throw new WireFormatError('frame shorter than its header');
  const view = new DataView(frame.buffer, frame.byteOffset, frame.byteLength);
  const length = view.getUint32(0);
  if (4 + length > frame.byteLength) throw new WireFormatError('JSON part longer than the frame');
  const text = Buffer.from(frame.buffer, frame.byteOffset + 4, length).toString('utf8');
  if (jsonDepthExceeds(text, MAX_WIRE_DEPTH))
    throw new WireFormatError(`nested deeper than ${MAX_WIRE_DEPTH}`);
  const start = 4 + length;
  const size = frame.byteLength - start;
  try {
    return JSON.parse(text, (_key, item: unknown) => {
      if (typeof item !== 'object' || item === null || Array.isArray(item)) return item;
      const keys = Object.keys(item);
      if (keys.length !== 1 || keys[0] !== BIN_KEY) return item;
      const range: unknown = Object.values(item)[0];
      if (
        !Array.isArray(range) ||
        range.length !== 2 ||
        !range.every((n): n is number => Number.isSafeInteger(n) && n >= 0)
      )
        throw new WireFormatError('malformed byte range');
      const [at, count] = range as [number, number];
      if (at + count > size) throw new WireFormatError('byte range outside the frame');
      // A plain Uint8Array of its own (as the JSON form gives), never a view into the body.
      return new Uint8Array(frame.subarray(start + at, start + at + count));
    });
  } catch (error) {
    if (error instanceof SyntaxError) throw new WireFormatError('JSON part is not JSON', { cause: error });
    throw error;
  }
}
