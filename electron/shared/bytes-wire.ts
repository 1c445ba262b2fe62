import { jsonDepthExceeds } from './json-bounds';

/**
 * JSON for browser mode's /api, both ends: the same values Electron's structured clone
 * carries, with Uint8Array written as { "$bytes": "<base64>" }. The web host
 * (electron/web/wire.ts) and the renderer (renderer/src/platform/wire.ts) call these with
 * their own base64 (Node's Buffer, the browser's native codec): the format itself exists once.
 * So does the binary form below, written on Uint8Array alone so both ends run the same code.
 */

// UTF-8 text ⇄ bytes: globals of every runtime this app runs in (browsers, Node, Electron),
// declared here because this folder is checked without the DOM's or Node's globals.
declare const TextEncoder: new () => { encode(text: string): Uint8Array<ArrayBuffer> };
declare const TextDecoder: new () => { decode(bytes: Uint8Array): string };

export interface Base64Codec {
  readonly encode: (bytes: Uint8Array) => string;
  readonly decode: (base64: string) => Uint8Array;
}

export const BYTES_KEY = '$bytes';
/** Far deeper than any argument of the contract; far shallower than a recursive walk can survive. */
export const MAX_WIRE_DEPTH = 64;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/u;

/** Malformed or too deeply nested JSON: the host answers 400 'invalid-payload'. */
export class WireFormatError extends Error {
  override readonly name = 'WireFormatError';
}

export function encodeWire(value: unknown, base64: Base64Codec): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item instanceof Uint8Array ? { [BYTES_KEY]: base64.encode(item) } : item,
  );
}

/** Throws WireFormatError on malformed or too deeply nested JSON (the host answers 'invalid-payload'). */
export function decodeWire(text: string, base64: Base64Codec): unknown {
  if (jsonDepthExceeds(text, MAX_WIRE_DEPTH)) {
    throw new WireFormatError(`nested deeper than ${MAX_WIRE_DEPTH}`);
  }
  try {
    return JSON.parse(text, (_key, item: unknown) => {
      if (typeof item === 'object' && item !== null && !Array.isArray(item)) {
        const keys = Object.keys(item);
        if (keys.length === 1 && keys[0] === BYTES_KEY) {
          const encoded: unknown = Object.values(item)[0];
          // Anything that is not base64 stays as it is: the schema then refuses it as not-bytes.
          if (typeof encoded === 'string' && BASE64.test(encoded)) return base64.decode(encoded);
        }
      }
      return item;
    });
  } catch (error) {
    if (error instanceof SyntaxError) throw new WireFormatError('body is not JSON', { cause: error });
    throw error;
  }
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

/**
 * Throws WireFormatError on a malformed frame (lengths, JSON, depth, a byte range outside the
 * frame): the host answers 400 'invalid-payload'; the page treats it as a failed call.
 */
export function decodeWireBinary(frame: Uint8Array): unknown {
  if (frame.byteLength < 4) throw new WireFormatError('frame shorter than its header');
  const view = new DataView(frame.buffer, frame.byteOffset, frame.byteLength);
  const length = view.getUint32(0);
  if (4 + length > frame.byteLength) throw new WireFormatError('JSON part longer than the frame');
  const start = 4 + length;
  const text = new TextDecoder().decode(frame.subarray(4, start));
  if (jsonDepthExceeds(text, MAX_WIRE_DEPTH))
    throw new WireFormatError(`nested deeper than ${MAX_WIRE_DEPTH}`);
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
