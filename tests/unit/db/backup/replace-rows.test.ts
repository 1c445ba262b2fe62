import 'fake-indexeddb/auto';
import Dexie, { type Table } from 'dexie';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { replaceRows, sameStoredValue } from '../../../../renderer/src/db/backup/replace-rows';

interface Row {
  id: string;
  u: string;
  [field: string]: unknown;
}

let counter = 0;
async function storeWith(rows: readonly Row[]): Promise<Dexie & { rows: Table<Row, string> }> {
  counter += 1;
  const db = new Dexie(`replace-rows-${counter}-${Math.random().toString(36).slice(2)}`) as Dexie & {
    rows: Table<Row, string>;
  };
  // A unique index like the real stores' (&[productId+memberId+pass], &[chain+seq]…).
  db.version(1).stores({ rows: 'id, &u' });
  await db.rows.bulkAdd([...rows]);
  return db;
}

/** Restores `target` over `initial` one way or the other; what is stored after, or that it failed. */
async function outcome(
  initial: readonly Row[],
  target: readonly Row[],
  restore: (table: Table<Row, string>, rows: readonly Row[]) => Promise<void>,
): Promise<{ readonly failed: boolean; readonly stored: Row[] }> {
  const db = await storeWith(initial);
  let failed = false;
  try {
    await db.transaction('rw', db.rows, () => restore(db.rows, target));
  } catch {
    failed = true;
  }
  const stored = (await db.rows.toArray()).sort((a, b) => a.id.localeCompare(b.id));
  db.close();
  await Dexie.delete(db.name);
  return { failed, stored };
}

const plain = async (table: Table<Row, string>, rows: readonly Row[]): Promise<void> => {
  await table.clear();
  await table.bulkAdd([...rows]);
};

const value = fc.letrec((tie) => ({
  leaf: fc.oneof(
    fc.constantFrom(0, -0, 1, 'a', '', true, false, null, undefined),
    fc.integer({ min: -3, max: 3 }),
  ),
  node: fc.oneof(
    { depthSize: 'small' },
    tie('leaf'),
    fc.array(tie('node'), { maxLength: 3 }),
    fc.dictionary(fc.constantFrom('a', 'b', 'c'), tie('node'), { maxKeys: 3 }).map((d) => ({ ...d })),
  ),
})).node;

const row = fc
  .record(
    {
      id: fc.constantFrom('r1', 'r2', 'r3', 'r4', 'r5'),
      u: fc.constantFrom('x', 'y', 'z', 'w', 'v'),
      v: value,
      w: value,
    },
    { requiredKeys: ['id', 'u'] },
  )
  .map((r): Row => ({ ...r }));

/** A store's rows: keys and unique index unique, as IndexedDB keeps them. */
const stored = fc.uniqueArray(row, { selector: (r) => r.id, maxLength: 5 }).map((rows) => {
  const seen = new Set<string>();
  return rows.filter((r) => !seen.has(r.u) && seen.add(r.u));
});

describe('replaceRows: only what differs is written, the result is clear + bulkAdd', () => {
  it('same stored rows, same failures as clear + bulkAdd (rows kept, changed, moved in a unique index, duplicated)', async () => {
    await fc.assert(
      fc.asyncProperty(
        stored.chain((initial) =>
          fc.tuple(
            fc.constant(initial),
            fc
              .tuple(fc.subarray(initial), fc.array(row, { maxLength: 4 }))
              .chain(([kept, other]) =>
                fc.shuffledSubarray([...kept, ...other], { minLength: kept.length + other.length }),
              ),
          ),
        ),
        async ([initial, target]) => {
          const expected = await outcome(initial, target, plain);
          const actual = await outcome(initial, target, replaceRows);
          expect(actual).toStrictEqual(expected);
          if (expected.failed) {
            expect(actual.stored).toStrictEqual([...initial].sort((a, b) => a.id.localeCompare(b.id)));
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('writes nothing when the rows are stored already, and rewrites a row that differs', async () => {
    const rows: Row[] = [
      { id: 'a', u: '1', v: { n: 1, list: [1, 2] } },
      { id: 'b', u: '2', v: null },
    ];
    const db = await storeWith(rows);
    const changes: string[] = [];
    db.rows.hook('creating', (key) => void changes.push(`add ${String(key)}`));
    db.rows.hook('deleting', (key) => void changes.push(`delete ${String(key)}`));
    await db.transaction('rw', db.rows, () => replaceRows(db.rows, structuredClone(rows)));
    expect(changes).toEqual([]);
    await db.transaction('rw', db.rows, () =>
      replaceRows(db.rows, [{ id: 'a', u: '1', v: { n: 1, list: [1, 3] } }, rows[1] as Row]),
    );
    expect(changes).toEqual(['delete a', 'add a']);
    db.close();
  });
});

describe('sameStoredValue', () => {
  const withHole: unknown[] = [];
  withHole[1] = 1;
  it.each<[string, unknown, unknown, boolean]>([
    ['equal nested data', { a: [1, { b: 'x' }], c: null }, { c: null, a: [1, { b: 'x' }] }, true],
    ['a key holding undefined differs from an absent key', { a: undefined }, {}, false],
    ['0 and -0 differ (IndexedDB keeps -0)', { a: 0 }, { a: -0 }, false],
    ['an array is not an object with index keys', [1], { 0: 1 }, false],
    ['a hole is not undefined', withHole, [undefined, 1], false],
    ['arrays of another length', [1, 2], [1], false],
    ['a Date is never taken as equal', new Date(0), new Date(0), false],
    ['bytes are never taken as equal', new Uint8Array([1]), new Uint8Array([1]), false],
    ['NaN is itself', { a: Number.NaN }, { a: Number.NaN }, true],
    ['a string is not a number', { a: '1' }, { a: 1 }, false],
  ])('%s', (_, a, b, same) => {
    expect(sameStoredValue(a, b)).toBe(same);
    expect(sameStoredValue(b, a)).toBe(same);
  });
});
