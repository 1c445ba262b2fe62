import {
  FORBIDDEN_KEYS,
  jsonDepthExceeds,
  stripByteOrderMark,
} from '../../../../electron/shared/json-bounds';
import { fieldPath, indexPath, problem, type Problem } from '../problems';

/**
 * The one door for JSON text that comes from outside (round files, criteria sheets, backups,
 * the command line): every reader calls `parseJsonText` instead of `JSON.parse`, so they all
 * agree on what they accept.
 *  - The bounds themselves (byte-order mark, nesting, forbidden keys) are electron/shared's
 *    json-bounds, the same the hosts apply to what they receive.
 *  - A UTF-8 byte-order mark (Notepad on Windows writes one) is skipped, in the app and the CLI.
 *  - Nesting deeper than MAX_JSON_DEPTH is refused before parsing: the checks that follow walk
 *    the value recursively (schemas, canonical hashing of audit events), and a file nested tens
 *    of thousands deep would otherwise end in a stack overflow instead of a clear problem.
 *  - Keys that name an object's prototype machinery (`__proto__`, `constructor`, `prototype`)
 *    are reported: no file of this app has them, and readers that copy objects or strip unknown
 *    keys would otherwise drop or, worse, act on them silently.
 */

/** The deepest file of the app (a round file's audit event payload) is ~12 levels deep. */
export const MAX_JSON_DEPTH = 100;
export { FORBIDDEN_KEYS, jsonDepthExceeds, stripByteOrderMark };

export type JsonText =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/** Paths of forbidden keys, found with an explicit stack (the value is at most MAX_JSON_DEPTH deep). */
export function forbiddenKeyProblems(value: unknown, limit = 20): Problem[] {
  const problems: Problem[] = [];
  const stack: { readonly value: unknown; readonly path: string }[] = [{ value, path: '' }];
  while (stack.length > 0 && problems.length < limit) {
    const item = stack.pop();
    if (item === undefined) break;
    if (Array.isArray(item.value)) {
      item.value.forEach((child: unknown, i) => stack.push({ value: child, path: indexPath(item.path, i) }));
    } else if (typeof item.value === 'object' && item.value !== null) {
      for (const [key, child] of Object.entries(item.value)) {
        const path = fieldPath(item.path, key);
        if (FORBIDDEN_KEYS.includes(key)) problems.push(problem(path, 'forbidden-key', { field: key }));
        else stack.push({ value: child, path });
      }
    }
  }
  return problems;
}

export function parseJsonText(text: string): JsonText {
  const body = stripByteOrderMark(text);
  if (jsonDepthExceeds(body, MAX_JSON_DEPTH)) {
    return { ok: false, problems: [problem('', 'json-too-deep', { max: MAX_JSON_DEPTH })] };
  }
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    return {
      ok: false,
      problems: [
        problem('', 'json-syntax', { detail: error instanceof Error ? error.message : String(error) }),
      ],
    };
  }
  const forbidden = forbiddenKeyProblems(value);
  return forbidden.length > 0 ? { ok: false, problems: forbidden } : { ok: true, value };
}

const MB = 1024 * 1024;

export type JsonBytesText =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/**
 * The first half of `parseJsonBytes` for a reader that needs the text itself (the backup cuts
 * its hashed bytes by it): larger than `maxBytes` is `file-too-large` (sizes in MB, as every
 * reader says them), bytes that are not UTF-8 are `not-utf8`. A byte-order mark is left in the
 * text and skipped by `parseJsonText`, as for a text file.
 */
export function decodeJsonBytes(bytes: Uint8Array, maxBytes: number): JsonBytesText {
  if (bytes.byteLength > maxBytes) {
    return {
      ok: false,
      problems: [
        problem('', 'file-too-large', { size: Math.ceil(bytes.byteLength / MB), max: maxBytes / MB }),
      ],
    };
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    return { ok: false, problems: [problem('', 'not-utf8', {})] };
  }
}

/**
 * The same door for a file read as bytes (the scoring packs, the backups): the bytes through
 * `decodeJsonBytes` (size, UTF-8), the text then through `parseJsonText` (byte-order mark,
 * nesting, syntax, forbidden keys), so every file gives the same problem for the same fault.
 */
export function parseJsonBytes(bytes: Uint8Array, maxBytes: number): JsonText {
  const decoded = decodeJsonBytes(bytes, maxBytes);
  return decoded.ok ? parseJsonText(decoded.text) : decoded;
}
