import type { Table } from 'dexie';

/**
 * Whether two stored values are the same data: plain objects with the same own keys (a key
 * holding `undefined` differs from an absent one), arrays of the same length, primitives by
 * `Object.is` (so 0 and -0 differ). Anything else — a Date, bytes, a class instance — counts as
 * different, so it is written again: never equal by mistake, at worst rewritten.
 */
export function sameStoredValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i += 1) {
      if (!(i in a) || !(i in b) || !sameStoredValue(a[i], b[i])) return false;
    }
    return true;
  }
  if (Array.isArray(b) || !isPlainObject(a) || !isPlainObject(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const key of keys) {
    if (!Object.hasOwn(b, key) || !sameStoredValue(a[key], b[key])) return false;
  }
  return true;
}

function isPlainObject(value: object): value is Record<string, unknown> {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * Makes a store hold exactly `rows` (inside the caller's 'rw' transaction) writing only what
 * differs (issue 13: a restore of 5 rounds × 141 × 9 re-added ~14,000 rows that were mostly
 * there already, ~2 s of IndexedDB writes). The result is the same as `clear()` + `bulkAdd(rows)`:
 * every row not in `rows`, or stored with different data, is deleted FIRST (so a changed row
 * cannot meet its old self, or a row that moved, in a unique index), then the rows that are not
 * stored identically are added — the same adds that would fail (a duplicate key) still fail.
 * Rows whose key appears twice in `rows` take the plain path, which refuses them.
 */
export async function replaceRows<T extends object>(
  table: Table<T, string>,
  rows: readonly T[],
): Promise<void> {
  const keyPath = table.schema.primKey.keyPath;
  const wanted = new Map<string, T>();
  if (typeof keyPath === 'string')
    for (const row of rows) {
      const key = keyOf(row, keyPath);
      if (key !== undefined) wanted.set(key, row);
    }
  if (typeof keyPath !== 'string' || wanted.size !== rows.length) {
    await table.clear();
    await table.bulkAdd([...rows]);
    return;
  }
  const kept = new Set<string>();
  const stale: string[] = [];
  for (const row of await table.toArray()) {
    const key = keyOf(row, keyPath);
    if (key === undefined) {
      // Not a row of this store's key type: the plain path, as before.
      await table.clear();
      await table.bulkAdd([...rows]);
      return;
    }
    const want = wanted.get(key);
    if (want !== undefined && sameStoredValue(row, want)) kept.add(key);
    else stale.push(key);
  }
  if (stale.length > 0) await table.bulkDelete(stale);
  const added = kept.size === 0 ? [...rows] : rows.filter((row) => !kept.has(keyOf(row, keyPath) ?? ''));
  if (added.length > 0) await table.bulkAdd(added);
}

/** The row's primary key (every store here is keyed by one string field). */
function keyOf(row: object, keyPath: string): string | undefined {
  const key = (row as Readonly<Record<string, unknown>>)[keyPath];
  return typeof key === 'string' ? key : undefined;
}
