/**
 * Canonical JSON: object keys sorted (by UTF-16 code unit), no whitespace, `undefined`
 * properties dropped — so the same data always hashes the same, whichever order a row's
 * fields were written in. Refuses what JSON cannot represent faithfully (NaN, Infinity,
 * functions, cycles), because a hash over a lossy form would not protect the original.
 */
export class CanonicalJsonError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CanonicalJsonError';
  }
}

export function canonicalJson(value: unknown): string {
  return write(value, new Set<object>());
}

function write(value: unknown, seen: Set<object>): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new CanonicalJsonError(`non-finite number ${String(value)}`);
      return JSON.stringify(value);
    case 'object':
      break;
    default:
      throw new CanonicalJsonError(`cannot hash a ${typeof value}`);
  }
  if (seen.has(value)) throw new CanonicalJsonError('cycle');
  seen.add(value);
  let out: string;
  if (Array.isArray(value)) {
    // JSON turns holes and undefined array items into null; do the same, explicitly.
    out = `[${value.map((v: unknown) => (v === undefined ? 'null' : write(v, seen))).join(',')}]`;
  } else {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    out = `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${write(v, seen)}`).join(',')}}`;
  }
  seen.delete(value);
  return out;
}
