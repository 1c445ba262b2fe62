/**
 * JSON for the web host's /api: the same values Electron's structured clone carries, with
 * Uint8Array written as { "$bytes": "<base64>" }. The renderer's copy is
 * renderer/src/platform/wire.ts (the renderer cannot import Node code); a unit test checks
 * that both agree.
 */

const BYTES_KEY = '$bytes';

export function encodeWire(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item instanceof Uint8Array
      ? { [BYTES_KEY]: Buffer.from(item.buffer, item.byteOffset, item.byteLength).toString('base64') }
      : item,
  );
}

/** Throws SyntaxError on malformed JSON (the caller answers 'invalid-payload'). */
export function decodeWire(text: string): unknown {
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
