/**
 * The web host's end of the /api wire format (electron/shared/bytes-wire.ts), with Node's
 * Buffer as the base64 codec; the binary form is the shared one as it stands.
 */

import {
  decodeWire as decodeShared,
  encodeWire as encodeShared,
  type Base64Codec,
} from '../shared/bytes-wire';

export {
  decodeWireBinary,
  encodeWireBinary,
  MAX_WIRE_DEPTH,
  WIRE_BINARY_TYPE,
  WireFormatError,
} from '../shared/bytes-wire';

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
