/**
 * JSON for browser mode's /api, Uint8Array written as { "$bytes": "<base64>" }. Mirror of
 * electron/web/wire.ts (the renderer cannot import Node code); a unit test checks both agree.
 */

import { base64ToBytes, bytesToBase64 } from '../domain/base64';

export { base64ToBytes, bytesToBase64 };

const BYTES_KEY = '$bytes';

export function encodeWire(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item instanceof Uint8Array ? { [BYTES_KEY]: bytesToBase64(item) } : item,
  );
}

export function decodeWire(text: string): unknown {
  return JSON.parse(text, (_key, item: unknown) => {
    if (typeof item === 'object' && item !== null && !Array.isArray(item)) {
      const keys = Object.keys(item);
      const base64: unknown = Object.values(item)[0];
      if (keys.length === 1 && keys[0] === BYTES_KEY && typeof base64 === 'string')
        return base64ToBytes(base64);
    }
    return item;
  });
}
