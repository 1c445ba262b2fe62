import { ChangedSinceSafetyCopyError } from '../errors';
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
 *
 * `expected`: the rows the store must hold NOW (those of the safety copy); anything else, and
 * `ChangedSinceSafetyCopyError` is thrown before this store is written (the caller's transaction
 * then undoes the stores written before it).
 */
export async function replaceRows<T extends object>(
  table: Table<T, string>,
  rows: readonly T[],
  expected?: readonly T[],
): Promise<void> {
  const keyPath = table.schema.primKey.keyPath;
  if (typeof keyPath !== 'string') throw new Error(`replaceRows: '${table.name}' has no single-field key`);
  const current = await table.toArray();
  if (expected !== undefined && !sameRows(current, expected, keyPath))
    throw new ChangedSinceSafetyCopyError(table.name);
  const wanted = new Map<string, T>();
  for (const row of rows) {
    const key = keyOf(row, keyPath);
    if (key !== undefined) wanted.set(key, row);
  }
  const kept = new Set<string>();
  const stale: string[] = [];
  for (const row of current) {
    const key = keyOf(row, keyPath);
    const want = key === undefined ? undefined : wanted.get(key);
    if (key !== undefined && want !== undefined && sameStoredValue(row, want)) kept.add(key);
    else stale.push(key ?? '');
  }
  if (wanted.size !== rows.length || stale.includes('')) {
    // Keys missing or given twice: the plain path, which refuses such rows as it always did.
    await table.clear();
    await table.bulkAdd([...rows]);
    return;
  }
  if (stale.length > 0) await table.bulkDelete(stale);
  const added = kept.size === 0 ? [...rows] : rows.filter((row) => !kept.has(keyOf(row, keyPath) ?? ''));
  if (added.length > 0) await table.bulkAdd(added);
}

/** The same rows, whatever their order: same keys, each with the same data. */
function sameRows<T extends object>(current: readonly T[], expected: readonly T[], keyPath: string): boolean {
  if (current.length !== expected.length) return false;
  const byKey = new Map<string, T>();
  for (const row of expected) {
    const key = keyOf(row, keyPath);
    if (key === undefined) return false;
    byKey.set(key, row);
  }
  if (byKey.size !== expected.length) return false;
  for (const row of current) {
    const key = keyOf(row, keyPath);
    const other = key === undefined ? undefined : byKey.get(key);
    if (other === undefined || !sameStoredValue(row, other)) return false;
  }
  return true;
}

/** The row's primary key (every store here is keyed by one string field). */
function keyOf(row: object, keyPath: string): string | undefined {
  const key = (row as Readonly<Record<string, unknown>>)[keyPath];
  return typeof key === 'string' ? key : undefined;
}
