/**
 * Writes a backup file holding one round of 141 products × 9 scoring members (plus the
 * secretary), every product closed with its minutes' details filled, for the browser benchmark
 * of the batch signing panel (minutes.bench.spec.ts restores it through Settings). Seeded with
 * bulk writes in fake-indexeddb (the repositories would take minutes of clicks); the audit
 * chain is hashed like the app's, the minutes' details go through their repository.
 *
 * Usage: tsx tests/bench/browser/seed-minutes-round.ts OUT.json [PRODUCTS] [--without-cases]
 */
import 'fake-indexeddb/auto';
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { loadSheetCatalog } from '../../../renderer/src/domain/criteria/registry';
import { casesOf, hasCases } from '../../../renderer/src/domain/criteria/star-marks';
import { criteriaOf } from '../../../renderer/src/domain/scoring/answers';
import { DEFAULT_RULES_PROFILE } from '../../../renderer/src/domain/rules-profile';
import {
  GENESIS_HASH,
  hashAuditEvent,
  openCouncilDb,
  saveMinutesFieldsBatch,
  type AuditRow,
  type ProductRow,
  type RoundMemberRow,
  type SheetRow,
} from '../../../renderer/src/db';
import { createBackup, serializeBackup, type BackupFile } from '../../../renderer/src/db/backup';

const RULE_SET = '26/2026/QĐ-TTg';
const DAY = '2026-12-01';
const at = '2026-12-01T08:00:00.000Z';
export const SEED_ROUND_NAME = 'Đợt đo tốc độ biên bản';
const NAMES = ['Mật ong hoa nhãn', 'Nước mắm cá cơm', 'Bánh tráng phơi sương', 'Muối tôm', 'Trà mãng cầu'];

/**
 * The backup of the seeded round. Every submitted sheet is complete and valid: a criterion with
 * cases (A/B, sheet 26) carries the member's case choice and an option of that case — without
 * it the minutes cannot be made (the council's tally refuses such a sheet).
 */
export async function seedMinutesRound(
  productCount: number,
  options: { readonly withoutCases?: boolean } = {},
): Promise<BackupFile> {
  const catalog = await loadSheetCatalog([RULE_SET]);
  const db = await openCouncilDb(`seed-${crypto.randomUUID()}`);
  let n = 0;
  const id = (): string => `00000000-0000-4000-8000-${(++n).toString().padStart(12, '0')}`;
  const roles = ['chair', 'secretary', ...Array.from({ length: 8 }, () => 'member' as const)] as const;
  const fullNames = [
    'Nguyễn Văn Thắng',
    'Lê Hoàng Phúc',
    'Phạm Thị Hương',
    'Trần Quốc Bảo',
    'Võ Thị Lan',
    'Đặng Minh Tuấn',
    'Huỳnh Thị Mai',
    'Bùi Văn Sơn',
    'Ngô Thị Hạnh',
    'Đỗ Văn Hùng',
  ];
  const people = roles.map((_, i) => ({
    id: id(),
    fullName: fullNames[i] ?? `Thành viên ${i + 1}`,
    title: '',
    organisation: 'Sở Nông nghiệp và Môi trường',
    phone: '',
    createdAt: at,
    updatedAt: at,
  }));
  await db.people.bulkAdd(people);
  const roundId = id();
  await db.rounds.add({
    id: roundId,
    name: SEED_ROUND_NAME,
    level: 'province',
    province: 'Tây Ninh',
    venue: 'Hội trường Sở Nông nghiệp và Môi trường',
    meetingDates: [DAY],
    decision: { number: '2456/QĐ-UBND', date: '2026-10-15', signer: 'Chủ tịch UBND tỉnh Tây Ninh' },
    ruleSetId: RULE_SET,
    rules: DEFAULT_RULES_PROFILE,
    secretaryScores: false,
    status: 'scoring',
    archived: 0,
    createdAt: at,
    updatedAt: at,
  });
  const members: RoundMemberRow[] = people.map((p, i) => ({
    id: id(),
    roundId,
    personId: p.id,
    role: roles[i] ?? 'member',
    position: i,
  }));
  await db.roundMembers.bulkAdd(members);
  // Everyone present on the meeting day (attendance is confirmed before scoring opens).
  await db.attendance.bulkAdd(
    members.map((m) => ({ id: id(), roundId, memberId: m.id, meetingDate: DAY, present: true })),
  );
  // Nine scorers: everyone but the secretary (who records; OCOP-RULES §4 item 8).
  const scorers = members.filter((m) => m.role !== 'secretary');
  const products: ProductRow[] = Array.from({ length: productCount }, (_, i) => ({
    id: id(),
    roundId,
    name: `${NAMES[i % NAMES.length] ?? 'Sản phẩm'} ${i + 1}`,
    code: `72-25000-${String(i + 1).padStart(3, '0')}-2026`,
    sheetNo: (i % 26) + 1,
    producer: { name: `Hợp tác xã số ${i + 1}`, address: 'Tây Ninh', phone: '', commune: '' },
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
      sealed: false,
      unsealedAt: [at],
      rescoredAt: [],
      closed: { at },
    })),
  );
  const sheets: SheetRow[] = [];
  const audit: AuditRow[] = [];
  let prevHash = GENESIS_HASH;
  products.forEach((product, p) => {
    const sheet = catalog.sheet(RULE_SET, product.sheetNo);
    if (sheet === undefined) throw new Error(`sheet ${product.sheetNo} missing`);
    scorers.forEach((m, s) => {
      // Each member a little different, each product a different level (2★ to 5★).
      const caseChoice: Record<string, string> = {};
      const answers = Object.fromEntries(
        criteriaOf(sheet).map((e, c) => {
          // Within the member's case (A or B by turns) where the criterion has cases.
          let indexes = e.criterion.options.map((_, k) => k);
          if (hasCases(e.criterion)) {
            const variants = casesOf(e.criterion);
            const variant = variants[(p + s) % variants.length] ?? '';
            caseChoice[e.criterion.code] = variant;
            indexes = indexes.filter((k) => e.criterion.options[k]?.variant === variant);
          }
          const best = indexes.reduce(
            (b, k) =>
              (e.criterion.options[b]?.points ?? 0) >= (e.criterion.options[k]?.points ?? 0) ? b : k,
            indexes[0] ?? 0,
          );
          const next = indexes[(indexes.indexOf(best) + 1) % indexes.length] ?? best;
          const pick = (p + s + c) % 5 === 0 ? next : best;
          return [e.criterion.code, (p * 7) % 10 < 2 ? (indexes[0] ?? 0) : pick];
        }),
      );
      const row: SheetRow = {
        id: id(),
        roundId,
        productId: product.id,
        memberId: m.id,
        pass: 1,
        answers,
        // withoutCases: what the old seed wrote, for the e2e test of how the app refuses it.
        caseChoice: options.withoutCases === true ? {} : caseChoice,
        opinion: '',
        status: 'submitted',
        updatedAt: at,
        submittedAt: at,
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
    });
  });
  await db.sheets.bulkAdd(sheets);
  await db.audit.bulkAdd(audit);
  await saveMinutesFieldsBatch(
    db,
    roundId,
    products.map((p, i) => ({
      productId: p.id,
      fields: {
        number: i + 1,
        symbol: 'BB-HĐOCOP',
        startTime: '08:00',
        endTime: '11:30',
        venue: 'Hội trường Sở Nông nghiệp và Môi trường',
        presiding: 'Nguyễn Văn Thắng',
        recorder: 'Lê Hoàng Phúc',
        conclusion: 'Hội đồng thống nhất kết quả đánh giá, phân hạng sản phẩm như trên.',
        otherOpinions: '',
        recipients: ['Sở Nông nghiệp và Môi trường', 'Lưu: VT, HĐ OCOP'],
      },
    })),
    'secretary',
  );
  const backup = await createBackup(db, { appVersion: 'bench' });
  db.close();
  return backup;
}

// Run as a script (not when a unit test imports it).
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [out, count, flag] = process.argv.slice(2);
  if (out === undefined)
    throw new Error('usage: seed-minutes-round.ts OUT.json [PRODUCTS] [--without-cases]');
  const backup = await seedMinutesRound(Number(count ?? 141), { withoutCases: flag === '--without-cases' });
  writeFileSync(out, serializeBackup(backup));
}
