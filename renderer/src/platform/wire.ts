/**
 * The renderer's end of browser mode's /api wire format (electron/shared/bytes-wire.ts), with
 * the browser's base64 codec.
 */

import {
  decodeWire as decodeShared,
  encodeWire as encodeShared,
  type Base64Codec,
} from '../../../electron/shared/bytes-wire';
import { base64ToBytes, bytesToBase64 } from '../domain/base64';

export { base64ToBytes, bytesToBase64 };

const browserBase64: Base64Codec = { encode: bytesToBase64, decode: base64ToBytes };

export function encodeWire(value: unknown): string {
  return encodeShared(value, browserBase64);
}

export function decodeWire(text: string): unknown {
  return decodeShared(text, browserBase64);
}

/**
 * The binary form (mirror of electron/web/wire.ts `encodeWireBinary`): a PDF travels as its
 * bytes, not as base64 in JSON. [u32 big-endian: n] [n bytes: UTF-8 JSON] [the byte strings];
 * in the JSON each Uint8Array is { "$bin": [offset, length] } into the byte section.
 */
export const WIRE_BINARY_TYPE = 'application/vnd.ocop.wire';
const BIN_KEY = '$bin';

export function encodeWireBinary(value: unknown): Uint8Array<ArrayBuffer> {
  const parts: Uint8Array[] = [];
  let offset = 0;
  const json = JSON.stringify(value, (_key, item: unknown) => {
    if (!(item instanceof Uint8Array)) return item;
    parts.push(item);
    const at = offset;
    offset += item.byteLength;
    return { [BIN_KEY]: [at, item.byteLength] };
  });
  const text = new TextEncoder().encode(json ?? 'null');
  const frame = new Uint8Array(4 + text.byteLength + offset);
  new DataView(frame.buffer).setUint32(0, text.byteLength);
  frame.set(text, 4);
  let at = 4 + text.byteLength;
  for (const part of parts) {
    frame.set(part, at);
    at += part.byteLength;
  }
  return frame;
}

/** The host's own answers: their shape is trusted, a frame that does not hold together throws. */
export function decodeWireBinary(frame: Uint8Array): unknown {
  const view = new DataView(frame.buffer, frame.byteOffset, frame.byteLength);
  const length = view.getUint32(0);
  const start = 4 + length;
  if (start > frame.byteLength) throw new Error('wire frame: JSON part longer than the frame');
  const text = new TextDecoder().decode(frame.subarray(4, start));
  return JSON.parse(text, (_key, item: unknown) => {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) return item;
    const keys = Object.keys(item);
    const range: unknown = Object.values(item)[0];
    if (keys.length !== 1 || keys[0] !== BIN_KEY || !Array.isArray(range)) return item;
    const [at, count] = range as [number, number];
    if (start + at + count > frame.byteLength) throw new Error('wire frame: byte range outside the frame');
    return new Uint8Array(frame.subarray(start + at, start + at + count));
  });
}
