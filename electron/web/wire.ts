/**
 * JSON for the web host's /api: the same values Electron's structured clone carries, with
 * Uint8Array written as { "$bytes": "<base64>" }. The renderer's copy is
 * renderer/src/platform/wire.ts (the renderer cannot import Node code); a unit test checks
 * that both agree.
 */

const BYTES_KEY = '$bytes';
/** Far deeper than any argument of the contract; far shallower than a recursive walk can survive. */
export const MAX_WIRE_DEPTH = 64;

/** Malformed or too deeply nested JSON: the host answers 400 'invalid-payload'. */
export class WireFormatError extends Error {
  override readonly name = 'WireFormatError';
}

/**
 * Deepest nesting of arrays/objects in JSON text, counted without parsing (strings skipped),
 * stopping as soon as `limit` is passed: the reviver below and the schemas after it recurse,
 * so a body of 100,000 '[' would otherwise end in a stack overflow (a 500) instead of a 400.
 */
export function jsonDepthExceeds(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i += 1; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      depth += 1;
      if (depth > limit) return true;
    } else if (c === 0x5d || c === 0x7d) depth -= 1;
  }
  return false;
}

export function encodeWire(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item instanceof Uint8Array
      ? { [BYTES_KEY]: Buffer.from(item.buffer, item.byteOffset, item.byteLength).toString('base64') }
      : item,
  );
}

/** Throws WireFormatError on malformed or too deeply nested JSON (the caller answers 'invalid-payload'). */
export function decodeWire(text: string): unknown {
  if (jsonDepthExceeds(text, MAX_WIRE_DEPTH)) {
    throw new WireFormatError(`nested deeper than ${MAX_WIRE_DEPTH}`);
  }
  try {
    return parseWire(text);
  } catch (error) {
    if (error instanceof SyntaxError) throw new WireFormatError('body is not JSON', { cause: error });
    throw error;
  }
}

function parseWire(text: string): unknown {
  return JSON.parse(text, (_key, item: unknown) => {
    if (typeof item === 'object' && item !== null && !Array.isArray(item)) {
      const keys = Object.keys(item);
      if (keys.length === 1 && keys[0] === BYTES_KEY) {
        const base64: unknown = Object.values(item)[0];
        // Leave anything that is not base64 alone: the schema then rejects it as not-bytes.
        if (typeof base64 === 'string' && /^[A-Za-z0-9+/]*={0,2}$/u.test(base64)) {
          return new Uint8Array(Buffer.from(base64, 'base64'));
        }
      }
    }
    return item;
  });
}
