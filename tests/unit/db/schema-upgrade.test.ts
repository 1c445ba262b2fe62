import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  CouncilDb,
  CURRENT_SCHEMA_VERSION,
  GENESIS_HASH,
  SCHEMA_VERSIONS,
  getRoundBundle,
  hashAuditEvent,
  saveAnswer,
  verifyAuditChain,
  type AuditRow,
  type SchemaVersion,
} from '../../../renderer/src/db';
import { fakeEngine } from './fixtures';

/**
 * Schema-upgrade harness: for EVERY shipped version, create that version's database with the
 * raw IndexedDB API (as an older app would have left it), fill it with data of that version's
 * shape, then open it with the current `CouncilDb` and read and write through the
 * repositories. A new version must add its seed to SEEDS (the type makes a missing one fail).
 */

type Rows = Readonly<Record<string, readonly object[]>>;

const R = 'aaaaaaaa-0000-4000-8000-000000000001';
const P = 'aaaaaaaa-0000-4000-8000-000000000002';
const M = 'aaaaaaaa-0000-4000-8000-000000000003';
const X = 'aaaaaaaa-0000-4000-8000-000000000004';
const at = '2026-11-28T09:00:00.000Z';

function v1Seed(): Rows {
  const round = {
    id: R,
    name: 'Vòng cũ',
    level: 'province',
    province: 'Đồng Tháp',
    venue: '',
    meetingDates: ['2026-12-01'],
    ruleSetId: '26/2026/QĐ-TTg',
    rules: {
      spreadLimit: 10,
      minimumPolicy: 'majority',
      quorum: 0.75,
      chairRequired: true,
      displayDecimals: 2,
    },
    status: 'scoring',
    archived: 0,
    createdAt: at,
    updatedAt: at,
  };
  const unhashed = {
    id: 'aaaaaaaa-0000-4000-8000-0000000000e1',
    chain: R,
    seq: 1,
    at,
    actor: 'secretary',
    action: 'round.create',
    entity: 'rounds',
    entityId: R,
    roundId: R,
    before: null,
    after: round,
    prevHash: GENESIS_HASH,
  };
  const event: AuditRow = { ...unhashed, hash: hashAuditEvent(unhashed) };
  return {
    rounds: [round],
    people: [
      {
        id: P,
        fullName: 'Trần Thị Lan',
        title: '',
        organisation: 'Sở NN&MT',
        phone: '',
        createdAt: at,
        updatedAt: at,
      },
    ],
    roundMembers: [{ id: M, roundId: R, personId: P, role: 'chair', position: 0 }],
    products: [
      {
        id: X,
        roundId: R,
        name: 'Xoài cát',
        code: '87-30001-001-2026',
        sheetNo: 1,
        producer: { name: 'HTX', address: '', phone: '', commune: '' },
        kind: 'first',
        disqualification: null,
        position: 0,
        createdAt: at,
        updatedAt: at,
      },
    ],
    productStates: [
      {
        productId: X,
        roundId: R,
        currentPass: 1,
        sealed: true,
        unsealedAt: [],
        rescoredAt: [],
        closed: null,
      },
    ],
    sheets: [
      {
        id: 'aaaaaaaa-0000-4000-8000-0000000000s1',
        roundId: R,
        productId: X,
        memberId: M,
        pass: 1,
        answers: { '1.1': 2 },
        caseChoice: {},
        opinion: '',
        status: 'draft',
        updatedAt: at,
      },
    ],
    audit: [event],
  };
}

/** v2 added `signedDocuments` (signed minutes with their bytes and hashes). */
function v2Seed(): Rows {
  const bytes = new TextEncoder().encode('%PDF-1.7 signed');
  return {
    ...v1Seed(),
    signedDocuments: [
      {
        id: 'aaaaaaaa-0000-4000-8000-0000000000d1',
        roundId: R,
        productId: X,
        kind: 'minutes',
        revision: 1,
        fileName: 'Biên bản.pdf',
        sha256: 'cd'.repeat(32),
        knownHashes: ['cd'.repeat(32)],
        bytes,
        signers: [{ role: 'chair', name: 'Trần Thị Lan', at }],
        auditHeadHash: 'ef'.repeat(32),
        createdAt: at,
        updatedAt: at,
      },
    ],
  };
}

/** v3 adds the minutes' fields (issue 11): the signed product's, with its number in the series. */
function v3Seed(): Rows {
  return {
    ...v2Seed(),
    minutesFields: [
      {
        productId: X,
        roundId: R,
        series: 'province|đồng tháp|2026',
        number: 4,
        symbol: 'BB-HĐOCOP',
        startTime: '08:00',
        endTime: '10:00',
        venue: 'Hội trường',
        presiding: 'Trần Thị Lan',
        recorder: 'Trần Thị Lan',
        conclusion: 'Đề nghị công nhận.',
        otherOpinions: '',
        recipients: ['Chủ thể sản xuất'],
        updatedAt: at,
      },
    ],
  };
}

/** v6 added `registerEntries` (the register of products across rounds, with recognitions). */
function v6Seed(): Rows {
  return {
    ...v5Seed(),
    registerEntries: [
      {
        id: 'aaaaaaaa-0000-4000-8000-0000000000f1',
        code: '87-30001-001-2026',
        name: 'Mật ong',
        producer: { name: 'HTX Đồng Tâm', address: '', phone: '', commune: 'Xã Hòa Bình' },
        sheetNo: 4,
        productIds: [X],
        recognitions: [
          {
            id: 'aaaaaaaa-0000-4000-8000-0000000000f2',
            stars: 3,
            decisionNumber: '12/QĐ-UBND',
            decisionDate: '2026-12-02',
            certificateNo: '0001/2026/GCN-OCOP',
          },
        ],
        createdAt: at,
        updatedAt: at,
      },
    ],
  };
}

/** v9 added `yearPlans` (the office's plan per year and level). */
function v9Seed(): Rows {
  return {
    ...v8Seed(),
    yearPlans: [
      {
        id: 'aaaaaaaa-0000-4000-8000-0000000000f7',
        year: 2026,
        level: 'province',
        targets: { productsPlanned: 141, shareAtLeast3Stars: 0.8, forwardedFor5Stars: 3 },
        groupTargets: [{ group: 'food', products: 60 }],
        createdAt: at,
        updatedAt: at,
      },
    ],
  };
}

/** v5 added `hubOps` (the meeting hub's ledger of member ops). */
function v5Seed(): Rows {
  return {
    ...v3Seed(),
    hubOps: [
      {
        id: 'op-from-a-phone',
        roundId: R,
        productId: X,
        memberId: M,
        pass: 1,
        field: 'answer:1.1',
        clock: 7,
        deviceId: 'dev-1',
        outcome: 'applied',
        at,
      },
    ],
  };
}

/** v7 added scoring packs (secretary side), their imports and conflicts, and the member workspace. */
function v7Seed(): Rows {
  return {
    ...v6Seed(),
    attendance: [
      {
        id: 'aaaaaaaa-0000-4000-8000-0000000000a1',
        roundId: R,
        memberId: M,
        meetingDate: '2026-12-01',
        present: false,
        excused: true,
      },
    ],
    scoringPacks: [
      {
        id: 'aaaaaaaa-0000-4000-8000-0000000000p1',
        roundId: R,
        memberId: M,
        meetingDate: '2026-12-01',
        secret: '11'.repeat(32),
        fileSha256: '22'.repeat(32),
        createdAt: at,
        baselines: [{ productId: X, pass: 1, digest: '33'.repeat(32), seenRevision: 0 }],
      },
    ],
    packImports: [],
    packConflicts: [],
    memberPacks: [],
  };
}

/** v8 indexed `hubOps` by [memberId+clock] (the member's clock floor in one lookup): same rows as v7. */
function v8Seed(): Rows {
  return v7Seed();
}

const SEEDS: Readonly<Record<number, () => Rows>> & { readonly 1: () => Rows } = {
  1: v1Seed,
  2: v2Seed,
  3: v3Seed,
  5: v5Seed,
  6: v6Seed,
  7: v7Seed,
  8: v8Seed,
  9: v9Seed,
};

/** Creates the object stores of a Dexie store spec with the raw API (Dexie stores version × 10). */
async function createRawDatabase(name: string, version: SchemaVersion, rows: Rows): Promise<void> {
  const open = indexedDB.open(name, version.version * 10);
  open.onupgradeneeded = () => {
    for (const [store, spec] of Object.entries(version.stores)) {
      if (spec === null) continue;
      const [primary = '', ...indexes] = spec.split(',').map((s) => s.trim());
      const keyPath = (p: string): string | string[] => (p.startsWith('[') ? p.slice(1, -1).split('+') : p);
      const os = open.result.createObjectStore(store, {
        keyPath: keyPath(primary.replace(/^\+\+|^&/, '')),
        autoIncrement: primary.startsWith('++'),
      });
      for (const index of indexes) {
        const bare = index.replace(/^[&*]/, '');
        os.createIndex(bare, keyPath(bare), {
          unique: index.startsWith('&'),
          multiEntry: index.startsWith('*'),
        });
      }
    }
  };
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error ?? new Error('open failed'));
  });
  const tx = db.transaction(Object.keys(rows), 'readwrite');
  for (const [store, list] of Object.entries(rows)) for (const row of list) tx.objectStore(store).add(row);
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('seed failed'));
  });
  db.close();
}

describe.each(SCHEMA_VERSIONS.map((v) => [v.version, v] as const))(
  'schema v%i seeded raw, opened by the current version',
  (version, schema) => {
    it(`upgrades to v${CURRENT_SCHEMA_VERSION} and the repositories read and write it`, async () => {
      const seed = SEEDS[version];
      expect(seed, `add a seed for schema v${version} to SEEDS`).toBeDefined();
      if (seed === undefined) return;
      const name = `upgrade-v${version}-${crypto.randomUUID()}`;
      // Dexie declares only what changed in a version: the stores at vN are those of v1..vN merged.
      const stores = SCHEMA_VERSIONS.filter((v) => v.version <= version).reduce<
        Record<string, string | null>
      >((all, v) => ({ ...all, ...v.stores }), {});
      await createRawDatabase(name, { ...schema, stores }, seed());
      const db = new CouncilDb(name, { engine: fakeEngine });
      await db.open();
      expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
      const bundle = await getRoundBundle(db, R);
      expect(bundle.round.name).toBe('Vòng cũ');
      expect(bundle.members.map((m) => [m.role, m.person.fullName])).toEqual([['chair', 'Trần Thị Lan']]);
      expect(bundle.products.map((p) => p.code)).toEqual(['87-30001-001-2026']);
      expect(bundle.sheets[0]?.answers).toEqual({ '1.1': 2 });
      expect(await verifyAuditChain(db, R)).toMatchObject({ ok: true, count: 1 });
      // v7: attendance is confirmed, not assumed — a round being scored before v7 keeps its
      // meaning (unmarked = present) through explicit marks; a v7 mark (excused) stays as it is
      expect(bundle.attendance.map((a) => [a.meetingDate, a.present, a.excused ?? false])).toEqual(
        version < 7 ? [['2026-12-01', true, false]] : [['2026-12-01', false, true]],
      );
      // v7's packs: the seeded one, found through the index the packs screen lists by
      expect(await db.scoringPacks.where('[roundId+memberId]').equals([R, M]).count()).toBe(
        version >= 7 ? 1 : 0,
      );
      // v2's signed documents: none from v1, the seeded one from v2, found by hash through its index
      expect(await db.signedDocuments.where('knownHashes').equals('cd'.repeat(32)).count()).toBe(
        version >= 2 ? 1 : 0,
      );
      // v3's minutes fields: found by their series and number (the uniqueness check's index)
      expect(
        await db.minutesFields.where('[series+number]').equals(['province|đồng tháp|2026', 4]).count(),
      ).toBe(version >= 3 ? 1 : 0);
      // v6's register: the seeded entry, found through its multi-entry index on round products
      expect(await db.registerEntries.where('productIds').equals(X).count()).toBe(version >= 6 ? 1 : 0);
      // v9's plans: the seeded plan, found by its year and level (the unique index the repository reads)
      expect(await db.yearPlans.where('[year+level]').equals([2026, 'province']).count()).toBe(
        version >= 9 ? 1 : 0,
      );
      // v5's ledger: the seeded op is found through the index the hub's "newer wins" check reads
      expect(await db.hubOps.where('[productId+memberId+field]').equals([X, M, 'answer:1.1']).count()).toBe(
        version >= 5 ? 1 : 0,
      );
      // v8's index on the ledger: built on upgrade from the rows already there (v5's op at clock 7)
      expect((await db.hubOps.where('[memberId+clock]').between([M, 0], [M, Infinity]).last())?.clock).toBe(
        version >= 5 ? 7 : undefined,
      );
      if (version >= 2) {
        // signed minutes lock the product: the seeded draft can no longer change
        await expect(
          saveAnswer(
            db,
            { roundId: R, productId: X, memberId: M, criterionCode: '1.2', answer: 1 },
            'secretary',
          ),
        ).rejects.toMatchObject({ code: 'product-signed' });
        db.close();
        return;
      }
      // the indexes the repositories use exist: one more answer on the seeded sheet, chained on
      await saveAnswer(
        db,
        { roundId: R, productId: X, memberId: M, criterionCode: '1.2', answer: 1 },
        'secretary',
      );
      expect((await db.sheets.toArray()).map((s) => s.answers)).toEqual([{ '1.1': 2, '1.2': 1 }]);
      expect(await verifyAuditChain(db, R)).toMatchObject({ ok: true, count: 2 });
      db.close();
    });
  },
);

it('declares versions in increasing order, each with a date, only later ones with an upgrader', () => {
  // increasing, not 1..N: versions are pre-assigned to parallel branches and may land out of order
  const numbers = SCHEMA_VERSIONS.map((v) => v.version);
  expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
  expect(new Set(numbers).size).toBe(numbers.length);
  expect(CURRENT_SCHEMA_VERSION).toBe(numbers.at(-1));
  expect(numbers[0]).toBe(1);
  for (const v of SCHEMA_VERSIONS) expect(v.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(SCHEMA_VERSIONS[0]?.upgrade).toBeUndefined();
});
