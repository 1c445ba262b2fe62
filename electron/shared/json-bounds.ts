/**
 * Bounded JSON text, shared by every reader of JSON from outside: the renderer's file readers
 * (renderer/src/domain/validate/json-text.ts, the scoring packs), the web host's /api
 * (electron/shared/bytes-wire.ts) and the meeting hub's member API. Pure: no Node, Electron or
 * DOM, so both processes import this one copy.
 *
 * Nesting is measured on the text before parsing because the checks that follow a parse walk
 * the value recursively (schemas, revivers, canonical hashing): a text nested tens of
 * thousands deep would otherwise end in a stack overflow instead of a clear refusal.
 */

/** Keys that name an object's prototype machinery: no file or message of this app has them. */
export const FORBIDDEN_KEYS: readonly string[] = ['__proto__', 'constructor', 'prototype'];

const BYTE_ORDER_MARK = '\uFEFF';

/** A UTF-8 byte-order mark (Notepad on Windows writes one) is skipped by every reader alike. */
export function stripByteOrderMark(text: string): string {
  return text.startsWith(BYTE_ORDER_MARK) ? text.slice(1) : text;
}

/**
 * Whether arrays/objects nest deeper than `limit`, counted on the text without parsing
 * (strings and their escapes skipped), stopping as soon as the limit is passed.
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
