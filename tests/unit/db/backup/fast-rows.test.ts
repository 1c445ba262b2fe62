import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backupTablesSchema, createBackup } from '../../../../renderer/src/db/backup';
import {
  knownGoodAuditRow,
  knownGoodSheetRow,
  parseBackupTables,
} from '../../../../renderer/src/db/backup/fast-rows';
import { scoreAndSubmit, seedRound } from '../fixtures';

/** Mostly a good value, sometimes one of the wrong ones (every kind the schema refuses). */
const mostly = <T>(good: fc.Arbitrary<T>, ...bad: unknown[]): fc.Arbitrary<unknown> =>
  fc.oneof({ weight: 12, arbitrary: good }, { weight: 1, arbitrary: fc.constantFrom(...bad) });

const wrongTypes = [undefined, null, 0, -1, 1.5, true, '', [], {}, Number.NaN];
const id = mostly(fc.uuid(), ...wrongTypes, 'x'.repeat(201), 'x'.repeat(200));
const instant = mostly(
  fc
    .date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
    .map((d) => d.toISOString()),
  ...wrongTypes,
  '2026-02-31T08:00:00Z',
  '2026-12-01',
  '2026-12-01T08:00:00',
  '2026-12-01T08:00:00+07:00',
  '2026-12-01T25:00:00Z',
);
const hex64 = mostly(
  fc.stringMatching(/^[0-9a-f]{64}$/),
  ...wrongTypes,
  'A'.repeat(64),
  'a'.repeat(63),
  'a'.repeat(65),
);
const text = (max: number, min = 0) =>
  mostly(fc.string({ minLength: min, maxLength: 20 }), ...wrongTypes, 'é'.repeat(max + 1), 'x'.repeat(max));
const answer = mostly(
  fc.oneof(fc.constant('none' as const), fc.nat({ max: 5 })),
  -1,
  1.5,
  'None',
  null,
  2 ** 53,
  '1',
);
const record = (value: fc.Arbitrary<unknown>) =>
  mostly(
    fc
      .dictionary(fc.oneof(fc.constantFrom('1.1', '2.3', 'A', '6.1.1'), fc.string({ maxLength: 3 })), value, {
        maxKeys: 4,
      })
      .map((d) => ({ ...d })),
    ...wrongTypes,
    { ['k'.repeat(51)]: 0 },
    Object.create({ inherited: 1 }) as unknown,
  );
const whole = (min: number, max: number) =>
  mostly(
    fc.integer({ min, max: Math.min(max, min + 1000) }),
    ...wrongTypes,
    min - 1,
    max + 1,
    min + 0.5,
    2 ** 53,
  );

/** A row of `fields`, sometimes with a field left out, or a field that is not in the schema. */
function rowOf(fields: Record<string, fc.Arbitrary<unknown>>, optional: readonly string[]) {
  return fc
    .tuple(
      fc.record(fields),
      fc.subarray([...optional]),
      mostly(fc.constant(null), 'id', 'extra', '__proto__'),
    )
    .map(([row, absent, change]) => {
      const out: Record<string, unknown> = { ...row };
      for (const key of absent) delete out[key];
      if (change === 'id') delete out['id'];
      else if (change === 'extra') out['extra'] = 1;
      else if (change === '__proto__')
        Object.defineProperty(out, '__proto__', { value: {}, enumerable: true });
      return out;
    });
}

const sheetRow = rowOf(
  {
    id,
    roundId: id,
    productId: id,
    memberId: id,
    pass: whole(1, 1000),
    answers: record(answer),
    caseChoice: record(text(200)),
    opinion: text(100_000),
    status: mostly(fc.constantFrom('draft', 'submitted'), 'open', ''),
    updatedAt: instant,
    submittedAt: instant,
  },
  ['submittedAt'],
);

const via = mostly(
  fc.oneof(
    fc.constant({ kind: 'laptop' }),
    fc.record({ kind: fc.constant('hub'), deviceId: text(200), deviceLabel: text(200) }),
    fc.record({ kind: fc.constant('pack'), fileSha256: hex64 }),
  ),
  ...wrongTypes,
  { kind: 'laptop', extra: 1 },
  { kind: 'phone' },
  { kind: 'pack' },
);

const auditRow = rowOf(
  {
    id,
    chain: id,
    seq: whole(1, Number.MAX_SAFE_INTEGER),
    at: instant,
    actor: text(200, 1),
    action: text(200, 1),
    entity: text(200),
    entityId: text(200),
    roundId: fc.oneof(fc.constant(null), id),
    before: fc.jsonValue({ maxDepth: 2 }),
    after: fc.oneof(fc.constant(undefined), fc.jsonValue({ maxDepth: 2 })),
    prevHash: hex64,
    hash: hex64,
    via,
  },
  ['via', 'before', 'after'],
);

const sheetSchema = backupTablesSchema.shape.sheets.element;
const auditSchema = backupTablesSchema.shape.audit.element;

describe('the fast check of sheet and audit rows never accepts what the zod schema refuses', () => {
  it.each([
    ['sheets', sheetRow, knownGoodSheetRow, sheetSchema],
    ['audit', auditRow, knownGoodAuditRow, auditSchema],
  ] as const)(
    '%s: certainly valid ⇒ zod accepts it and returns the same row',
    (_, arbitrary, fast, schema) => {
      let vouched = 0;
      let refused = 0;
      fc.assert(
        fc.property(arbitrary, (row) => {
          const zod = schema.safeParse(row);
          if (fast(row)) {
            vouched += 1;
            expect(zod.success).toBe(true);
            expect(zod.data).toStrictEqual(row);
          } else if (!zod.success) refused += 1;
        }),
        { numRuns: 4000 },
      );
      // Both sides of the check were met: valid rows the fast path vouches for, invalid ones it leaves to zod.
      expect(vouched).toBeGreaterThan(200);
      expect(refused).toBeGreaterThan(200);
    },
  );

  it('parseBackupTables answers exactly as backupTablesSchema.safeParse, valid or not, with the same problems', async () => {
    const s = await seedRound({ members: 2, products: 2 });
    for (const m of s.members) await scoreAndSubmit(s, s.products[0]?.id ?? '', m.id, 1);
    const real = JSON.parse(JSON.stringify((await createBackup(s.db, { appVersion: 't' })).tables)) as Record<
      string,
      unknown[]
    >;
    // The app's own rows take the fast path.
    expect(real['sheets']?.length).toBeGreaterThan(0);
    expect(real['sheets']?.every(knownGoodSheetRow)).toBe(true);
    expect(real['audit']?.every(knownGoodAuditRow)).toBe(true);
    fc.assert(
      fc.property(
        fc.array(sheetRow, { maxLength: 4 }),
        fc.array(auditRow, { maxLength: 4 }),
        fc.constantFrom('as-is', 'bad-round', 'no-people', 'extra-table', 'sheets-not-array'),
        (sheets, audit, other) => {
          const tables: Record<string, unknown> = {
            ...real,
            sheets: [...(real['sheets'] ?? []), ...sheets],
            audit: [...(real['audit'] ?? []), ...audit],
          };
          if (other === 'bad-round') tables['rounds'] = [{ ...(real['rounds']?.[0] as object), status: 'x' }];
          if (other === 'no-people') delete tables['people'];
          if (other === 'extra-table') tables['extra'] = [];
          if (other === 'sheets-not-array') tables['sheets'] = {};
          const slow = backupTablesSchema.safeParse(tables, { reportInput: true });
          const fast = parseBackupTables(tables);
          expect(fast.success).toBe(slow.success);
          if (slow.success) expect(fast.data).toStrictEqual(slow.data);
          else expect(fast.error?.issues).toStrictEqual(slow.error.issues);
        },
      ),
      { numRuns: 300 },
    );
  });
});
