import { jsonDepthExceeds } from './json-bounds';

/**
 * JSON for browser mode's /api, both ends: the same values Electron's structured clone
 * carries, with Uint8Array written as { "$bytes": "<base64>" }. The web host
 * (electron/web/wire.ts) and the renderer (renderer/src/platform/wire.ts) call these with
 * their own base64 (Node's Buffer, the browser's native codec): the format itself exists once.
 */

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
