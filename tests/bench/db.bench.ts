/**
 * The database under a province's full year: 5 rounds × 141 products × 9 members (6,345
 * sheets, every criterion answered) in fake-indexeddb, plus an audit trail. Measures what a
 * secretary feels: opening a product's scoring data, opening a whole round, and saving one
 * click (one transaction with its hash-chained audit event). Issue 4: "stay interactive".
 *
 * The work functions are ASYNC (IndexedDB is): the runner awaits a returned promise inside
 * the timing; `awaited` below warns if a runner ever stops doing so.
 */
import 'fake-indexeddb/auto';
import { loadSheetCatalog } from '../../renderer/src/domain/criteria/registry';
import { criteriaOf } from '../../renderer/src/domain/scoring/answers';
import { DEFAULT_RULES_PROFILE } from '../../renderer/src/domain/rules-profile';
import {
  GENESIS_HASH,
  getProductBundle,
  getRoundBundle,
  hashAuditEvent,
  listRounds,
  openCouncilDb,
  progressMatrixOf,
  saveAnswer,
  type AuditRow,
  type CouncilDb,
  type ProductRow,
  type SheetRow,
} from '../../renderer/src/db';
import type { Benchmark } from './bench';

const ROUNDS = 5;
const PRODUCTS = 141;
const MEMBERS = 9;
const RULE_SET = '26/2026/QĐ-TTg';
const at = '2026-11-28T08:00:00.000Z';

interface Seeded {
  readonly db: CouncilDb;
  readonly roundId: string;
  readonly product: ProductRow;
  readonly memberId: string;
  readonly criterion: string;
}

let seeded: Promise<Seeded> | undefined;

/** Seeds once through bulk writes (the repositories would take minutes for 220,000 clicks). */
async function seed(): Promise<Seeded> {
  const catalog = await loadSheetCatalog([RULE_SET]);
  const db = await openCouncilDb(`bench-${crypto.randomUUID()}`);
  let n = 0;
  const id = (): string => `00000000-0000-4000-8000-${(++n).toString().padStart(12, '0')}`;
  const people = Array.from({ length: MEMBERS }, (_, i) => ({
    id: id(),
    fullName: `Thành viên ${i + 1}`,
    title: '',
    organisation: '',
    phone: '',
    createdAt: at,
    updatedAt: at,
  }));
  await db.people.bulkAdd(people);
  let first: Seeded | undefined;
  for (let r = 0; r < ROUNDS; r += 1) {
    const roundId = id();
    await db.rounds.add({
      id: roundId,
      name: `Vòng ${r + 1}`,
      level: 'province',
      province: 'Tây Ninh',
      venue: '',
      meetingDates: ['2026-12-01'],
      ruleSetId: RULE_SET,
      rules: DEFAULT_RULES_PROFILE,
      status: 'scoring',
      archived: 0,
      createdAt: at,
      updatedAt: at,
    });
    const members = people.map((p, i) => ({
      id: id(),
      roundId,
      personId: p.id,
      role: i === 0 ? ('chair' as const) : ('member' as const),
      position: i,
    }));
    await db.roundMembers.bulkAdd(members);
    // Scoring opens once the day's attendance is confirmed (OCOP-RULES §4 item 7).
    await db.attendance.bulkAdd(
      members.map((m) => ({ id: id(), roundId, memberId: m.id, meetingDate: '2026-12-01', present: true })),
    );
    const products: ProductRow[] = Array.from({ length: PRODUCTS }, (_, i) => ({
      id: id(),
      roundId,
      name: `Sản phẩm ${i + 1}`,
      code: `72-25000-${String(i + 1).padStart(3, '0')}-2026`,
      sheetNo: (i % 26) + 1,
      producer: { name: '', address: '', phone: '', commune: '' },
      kind: 'first',
      disqualification: null,
      position: i,
      createdAt: at,
      updatedAt: at,
    }));
    await db.products.bulkAdd(products);
    await db.productStates.bulkAdd(
      products.map((p) => ({
        productId: p.id,
        roundId,
        currentPass: 1,
        sealed: true,
        unsealedAt: [],
        rescoredAt: [],
        closed: null,
      })),
    );
    const sheets: SheetRow[] = [];
    const audit: AuditRow[] = [];
    let prevHash = GENESIS_HASH;
    for (const product of products) {
      const sheet = catalog.sheet(RULE_SET, product.sheetNo);
      if (sheet === undefined) throw new Error(`sheet ${product.sheetNo} missing`);
      const answers = Object.fromEntries(criteriaOf(sheet).map((e) => [e.criterion.code, 0]));
      for (const m of members) {
        const row: SheetRow = {
          id: id(),
          roundId,
          productId: product.id,
          memberId: m.id,
          pass: 1,
          answers,
          caseChoice: {},
          opinion: '',
          status: 'draft',
          updatedAt: at,
        };
        sheets.push(row);
        // One audit event per sheet keeps the chain realistic in depth without minutes of seeding.
        const unhashed = {
          id: id(),
          chain: roundId,
          seq: audit.length + 1,
          at,
          actor: 'secretary',
          action: 'sheet.answer',
          entity: 'sheets',
          entityId: row.id,
          roundId,
          before: null,
          after: { pass: 1 },
          prevHash,
        };
        const event: AuditRow = { ...unhashed, hash: hashAuditEvent(unhashed) };
        prevHash = event.hash;
        audit.push(event);
      }
    }
    await db.sheets.bulkAdd(sheets);
    await db.audit.bulkAdd(audit);
    const product = products[0];
    const sheet = product === undefined ? undefined : catalog.sheet(RULE_SET, product.sheetNo);
    const criterion = sheet === undefined ? undefined : criteriaOf(sheet)[0]?.criterion.code;
    if (first === undefined && product !== undefined && criterion !== undefined && members[1] !== undefined) {
      first = { db, roundId, product, memberId: members[1].id, criterion };
    }
  }
  if (first === undefined) throw new Error('nothing seeded');
  return first;
}

/** The seeded database, built once per process (exported: the backup benchmark reuses it). */
export const seeding = (): Promise<Seeded> => (seeded ??= seed());

let warned = false;

/**
 * Wraps async work so a runner that does not await it is noticed: a second call while the
 * first is still running means the printed times exclude the database, and we say so
 * rather than let a table show 0.01 ms for an IndexedDB transaction.
 */
function awaited(work: () => Promise<unknown>): () => Promise<unknown> {
  let inFlight = 0;
  return () => {
    if (inFlight > 0 && !warned) {
      warned = true;
      console.warn(
        'db.bench: the runner does not await async work — the db rows below measure only the synchronous start, NOT the database (make measure() do `await work()`).',
      );
    }
    inFlight += 1;
    return work().finally(() => {
      inFlight -= 1;
    });
  };
}

export const benchmarks: Benchmark[] = [
  {
    name: `open a product's scoring data (getProductBundle; db of ${ROUNDS}×${PRODUCTS}×${MEMBERS})`,
    prepare: async () => {
      const s = await seeding();
      return awaited(() => getProductBundle(s.db, s.product.id));
    },
    targetMs: 50,
  },
  {
    name: 'save one answer (saveAnswer: one transaction + chained audit event)',
    prepare: async () => {
      const s = await seeding();
      let flip = 0;
      return awaited(() =>
        saveAnswer(
          s.db,
          {
            roundId: s.roundId,
            productId: s.product.id,
            memberId: s.memberId,
            criterionCode: s.criterion,
            answer: (flip ^= 1),
          },
          'secretary',
        ),
      );
    },
    targetMs: 50,
  },
  {
    name: `open a whole round (getRoundBundle: ${PRODUCTS} products × ${MEMBERS} sheets)`,
    prepare: async () => {
      const s = await seeding();
      return awaited(() => getRoundBundle(s.db, s.roundId));
    },
    iterations: 10,
  },
  {
    name: 'progress board of a round (progressMatrixOf)',
    prepare: async () => {
      const s = await seeding();
      return awaited(() => progressMatrixOf(s.db, s.roundId));
    },
    iterations: 10,
  },
  {
    name: `rounds list with progress (listRounds: ${ROUNDS} rounds)`,
    prepare: async () => {
      const s = await seeding();
      return awaited(() => listRounds(s.db));
    },
    iterations: 10,
  },
];
