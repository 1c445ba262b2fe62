/**
 * The renderer's end of browser mode's /api wire format (electron/shared/bytes-wire.ts), with
 * the browser's base64 codec; the binary form is the shared one as it stands.
 */

import {
  decodeWire as decodeShared,
  encodeWire as encodeShared,
  type Base64Codec,
} from '../../../electron/shared/bytes-wire';
import { base64ToBytes, bytesToBase64 } from '../domain/base64';

export { base64ToBytes, bytesToBase64 };
export { decodeWireBinary, encodeWireBinary, WIRE_BINARY_TYPE } from '../../../electron/shared/bytes-wire';

const browserBase64: Base64Codec = { encode: bytesToBase64, decode: base64ToBytes };

export function encodeWire(value: unknown): string {
  return encodeShared(value, browserBase64);
}

export function decodeWire(text: string): unknown {
  return decodeShared(text, browserBase64);
}
