/**
 * Builds the browser benchmarks' data once: a province's year, 5 rounds × 141 products × 9
 * members (6,345 sheets, every criterion answered from a seeded generator, an audit event per
 * sheet), written as a real backup file (createBackup + serializeBackup over fake-indexeddb, then
 * checked with readBackup) — the same file the Settings restore benchmark restores.
 *
 * The last round is the current one and is being scored: its products 1–136 are unsealed with
 * every sheet submitted (the results screen shows 136 council results), products 137–141 are
 * sealed with blank drafts (the scoring-form benchmarks type into them). Every member is marked
 * present on the meeting day (scoring opens only once attendance is confirmed).
 *
 * Run with tsx (the browser config's global setup does): `tsx make-seed.ts OUT.json`; prints a
 * JSON line with the ids the benchmarks need.
 */
import 'fake-indexeddb/auto';
import { writeFileSync } from 'node:fs';
import {
  GENESIS_HASH,
  hashAuditEvent,
  openCouncilDb,
  type AttendanceRow,
  type AuditRow,
  type ProductRow,
  type ProductStateRow,
  type SheetRow,
} from '../../../renderer/src/db';
import { createBackup, readBackup, serializeBackup } from '../../../renderer/src/db/backup';
import { loadSheetCatalog } from '../../../renderer/src/domain/criteria/registry';
import { casesOf, hasCases } from '../../../renderer/src/domain/criteria/star-marks';
import type { Answer } from '../../../renderer/src/domain/model';
import { DEFAULT_RULES_PROFILE } from '../../../renderer/src/domain/rules-profile';
import { criteriaOf } from '../../../renderer/src/domain/scoring/answers';
import type { SeedInfo } from './seed-info';

const ROUNDS = 5;
const PRODUCTS = 141;
const MEMBERS = 9;
const DRAFT_PRODUCTS = 5;
const RULE_SET = '26/2026/QĐ-TTg';
const MEETING_DAY = '2026-12-01';
const at = '2026-12-01T08:00:00.000Z';

/** mulberry32: the same data on every run. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function main(out: string): Promise<void> {
  const catalog = await loadSheetCatalog([RULE_SET]);
  const db = await openCouncilDb(`bench-seed-${crypto.randomUUID()}`);
  const random = seeded(20261203);
  let n = 0;
  const id = (): string => `00000000-0000-4000-8000-${(++n).toString().padStart(12, '0')}`;
  const people = Array.from({ length: MEMBERS }, (_, i) => ({
    id: id(),
    fullName: `Thành viên Số ${i + 1}`,
    title: '',
    organisation: 'Sở Nông nghiệp và Môi trường',
    phone: '',
    createdAt: at,
    updatedAt: at,
  }));
  await db.people.bulkAdd(people);
  let info: SeedInfo | undefined;
  for (let r = 0; r < ROUNDS; r += 1) {
    const roundId = id();
    const current = r === ROUNDS - 1;
    await db.rounds.add({
      id: roundId,
      name: `Đợt ${r + 1} năm 2026`,
      level: 'province',
      province: 'Tây Ninh',
      venue: 'Hội trường Sở',
      meetingDates: [MEETING_DAY],
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
    await db.attendance.bulkAdd(
      members.map((m): AttendanceRow => ({
        id: id(),
        roundId,
        memberId: m.id,
        meetingDate: MEETING_DAY,
        present: true,
      })),
    );
    const products: ProductRow[] = Array.from({ length: PRODUCTS }, (_, i) => ({
      id: id(),
      roundId,
      name: `Sản phẩm thử ${i + 1} — Mật ong hoa nhãn Tây Ninh`,
      code: `72-25000-${String(i + 1).padStart(3, '0')}-2026`,
      sheetNo: (i % 26) + 1,
      producer: { name: `Hợp tác xã số ${i + 1}`, address: '', phone: '', commune: '' },
      kind: 'first',
      disqualification: null,
      meetingDate: MEETING_DAY,
      position: i,
      createdAt: at,
      updatedAt: at,
    }));
    await db.products.bulkAdd(products);
    const isDraft = (i: number): boolean => current && i >= PRODUCTS - DRAFT_PRODUCTS;
    await db.productStates.bulkAdd(
      products.map((p, i): ProductStateRow => ({
        productId: p.id,
        roundId,
        currentPass: 1,
        sealed: isDraft(i),
        unsealedAt: isDraft(i) ? [] : [at],
        rescoredAt: [],
        closed: null,
      })),
    );
    const sheets: SheetRow[] = [];
    const audit: AuditRow[] = [];
    let prevHash = GENESIS_HASH;
    products.forEach((product, i) => {
      const sheet = catalog.sheet(RULE_SET, product.sheetNo);
      if (sheet === undefined) throw new Error(`sheet ${product.sheetNo} missing`);
      const quality = 0.3 + random() * 0.7;
      for (const m of members) {
        const answers: Record<string, Answer> = {};
        const caseChoice: Record<string, string> = {};
        if (!isDraft(i)) {
          for (const { criterion } of criteriaOf(sheet)) {
            let indexes = criterion.options.map((_, k) => k);
            if (hasCases(criterion)) {
              const variants = casesOf(criterion);
              const variant = variants[Math.floor(random() * variants.length)] ?? variants[0] ?? '';
              caseChoice[criterion.code] = variant;
              indexes = indexes.filter((k) => criterion.options[k]?.variant === variant);
            }
            const target = Math.min(
              indexes.length - 1,
              Math.floor((quality + (random() - 0.5) * 0.4) * indexes.length),
            );
            answers[criterion.code] = indexes[Math.max(0, target)] ?? 0;
          }
        }
        const row: SheetRow = {
          id: id(),
          roundId,
          productId: product.id,
          memberId: m.id,
          pass: 1,
          answers,
          caseChoice,
          opinion: '',
          status: isDraft(i) ? 'draft' : 'submitted',
          updatedAt: at,
          ...(!isDraft(i) && { submittedAt: at }),
        };
        sheets.push(row);
        const unhashed = {
          id: id(),
          chain: roundId,
          seq: audit.length + 1,
          at,
          actor: 'secretary',
          action: 'sheet.submit',
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
    });
    await db.sheets.bulkAdd(sheets);
    await db.audit.bulkAdd(audit);
    if (current) {
      const draft = products[PRODUCTS - DRAFT_PRODUCTS];
      const results = products[0];
      if (draft === undefined || results === undefined) throw new Error('nothing seeded');
      info = {
        roundId,
        draftProductIds: products.slice(PRODUCTS - DRAFT_PRODUCTS).map((p) => p.id),
        memberIds: members.map((m) => m.id),
        resultsProductId: results.id,
        rounds: ROUNDS,
        products: PRODUCTS,
        members: MEMBERS,
      };
    }
  }
  if (info === undefined) throw new Error('no current round');
  const backup = await createBackup(db, { appVersion: 'bench' });
  const bytes = serializeBackup(backup);
  const check = readBackup(bytes);
  if (!check.ok)
    throw new Error(`the seeded backup does not read back: ${JSON.stringify(check).slice(0, 500)}`);
  writeFileSync(out, bytes);
  db.close();
  console.log(JSON.stringify({ ...info, bytes: bytes.byteLength, sheets: backup.tables.sheets.length }));
}

const out = process.argv[2];
if (out === undefined) throw new Error('usage: tsx make-seed.ts OUT.json');
await main(out);
