import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { loadSheet, loadSheetCatalog } from '../../../renderer/src/domain/criteria/registry';
import { parseRoundFileText } from '../../../renderer/src/domain/round-file/parse';
import { tallyReport, tallyRound } from '../../../renderer/src/domain/round-file/tally';
import type { RoundFile } from '../../../renderer/src/domain/round-file/types';
import { criteriaOf } from '../../../renderer/src/domain/scoring/answers';
import {
  RoundExistsError,
  RoundFileError,
  addMember,
  closeProduct,
  createPerson,
  createProduct,
  createRound,
  disqualifyProduct,
  exportRoundFile,
  exportRoundFileText,
  importRoundFile,
  openCouncilDb,
  recuseMember,
  saveAnswer,
  saveCaseChoice,
  setAttendance,
  startRescoring,
  startScoring,
  submitSheet,
  unsealProduct,
  type CouncilDb,
} from '../../../renderer/src/db';
import { markAllPresent } from './fixtures';

const dbName = () => `rf-${crypto.randomUUID()}`;
const producer = { name: 'HTX Hòa Bình', address: 'Ấp 3', phone: '0276 000', commune: 'Xã Hòa Thành' };

/** Fills a member's sheet choosing each criterion's best (or lowest) option, with its case on sheet 26. */
async function fill(
  db: CouncilDb,
  roundId: string,
  productId: string,
  sheetNo: number,
  memberId: string,
  pick: 'best' | 'lowest',
): Promise<void> {
  const key = { roundId, productId, memberId };
  for (const { criterion } of criteriaOf(await loadSheet('26/2026/QĐ-TTg', sheetNo))) {
    const index = criterion.options.reduce((bi, o, i, all) => {
      const b = all[bi]?.points ?? 0;
      return (pick === 'best' ? o.points > b : o.points < b) ? i : bi;
    }, 0);
    const variant = criterion.options[index]?.variant;
    if (variant !== undefined)
      await saveCaseChoice(db, { ...key, criterionCode: criterion.code, variant }, 'secretary');
    await saveAnswer(db, { ...key, criterionCode: criterion.code, answer: index }, 'secretary');
  }
  await submitSheet(db, key, 'secretary');
}

/** A round of 5 members (one absent), 3 products on sheets 1, 13 and 26: one re-scored, one disqualified. */
async function buildRound(db: CouncilDb): Promise<string> {
  const round = await createRound(
    db,
    {
      name: 'Phiên 1/2026',
      level: 'province',
      province: 'Tây Ninh',
      venue: 'UBND tỉnh',
      meetingDates: ['2026-12-01'],
      planTargets: { shareAtLeast3Stars: 0.8, forwardedFor5Stars: 3 },
    },
    'secretary',
  );
  const members = [];
  for (const [i, role] of (['chair', 'secretary', 'member', 'member', 'member'] as const).entries()) {
    const person = await createPerson(
      db,
      { fullName: `Thành viên ${i + 1}`, organisation: 'Sở NN&MT' },
      'secretary',
    );
    members.push((await addMember(db, round.id, person.id, role, 'secretary')).id);
  }
  const [m0 = '', m1 = '', m2 = '', m3 = '', m4 = ''] = members;
  const products = [];
  for (const [i, sheetNo] of [1, 13, 26].entries()) {
    products.push(
      (
        await createProduct(
          db,
          round.id,
          { name: `SP ${sheetNo}`, code: `72-25459-00${i + 1}-2026`, sheetNo, producer, kind: 'first' },
          'secretary',
        )
      ).id,
    );
  }
  const [p1 = '', p2 = '', p3 = ''] = products;
  await setAttendance(db, round.id, m4, '2026-12-01', false, 'secretary');
  await recuseMember(db, p2, m2, 'Người thân của chủ thể', 'secretary');
  await markAllPresent(db, round.id);
  await startScoring(db, round.id, 'secretary');
  for (const m of [m0, m1, m2, m3]) await fill(db, round.id, p1, 1, m, 'best');
  await unsealProduct(db, p1, 'secretary');
  await closeProduct(db, p1, {}, 'secretary');
  await fill(db, round.id, p2, 13, m0, 'best');
  await fill(db, round.id, p2, 13, m1, 'best');
  await fill(db, round.id, p2, 13, m3, 'lowest');
  await unsealProduct(db, p2, 'secretary');
  await startRescoring(db, p2, 'secretary');
  for (const m of [m0, m1])
    await submitSheet(db, { roundId: round.id, productId: p2, memberId: m }, 'secretary');
  await fill(db, round.id, p2, 13, m3, 'best');
  await unsealProduct(db, p2, 'secretary');
  await closeProduct(db, p2, {}, 'secretary');
  await disqualifyProduct(db, p3, { reason: 'Hồ sơ bị loại: không có giấy chứng nhận ATTP' }, 'secretary');
  await closeProduct(db, p3, {}, 'secretary');
  return round.id;
}

describe('round file bridge', () => {
  it('export → import into an empty database gives the same file and the same results table', async () => {
    const source = await openCouncilDb(dbName());
    const roundId = await buildRound(source);
    const exported = await exportRoundFile(source, roundId);
    const catalog = await loadSheetCatalog();
    expect(exported.scores.filter((s) => s.pass === 2)).toHaveLength(3);
    expect(exported.members.find((m) => !m.present)).toBeDefined();

    const target = await openCouncilDb(dbName());
    const { roundId: imported } = await importRoundFile(
      target,
      await exportRoundFileText(source, roundId),
      { asCopy: false },
      'secretary',
    );
    expect(imported).toBe(roundId);
    const again = await exportRoundFile(target, roundId);
    // The audit trail is each database's own (the import starts the round's chain here).
    const { audit: exportedAudit, ...exportedRest } = exported;
    const { audit: againAudit, ...againRest } = again;
    expect(againRest).toEqual(exportedRest);
    expect(exportedAudit?.length).toBeGreaterThan(10);
    expect(againAudit?.map((e) => e.action)).toEqual(['round.import']);
    const report = tallyReport(tallyRound(again, catalog));
    expect(report).toEqual(tallyReport(tallyRound(exported, catalog)));
    expect(report.products.map((p) => p.outcome)).toEqual([
      'forward-5-star',
      'forward-5-star',
      'disqualified',
    ]);
  });

  it('products with no code yet (the form allows it) travel: the app re-imports them and `ocop tally` reads them', async () => {
    const db = await openCouncilDb(dbName());
    const round = await createRound(
      db,
      { name: 'Chưa có mã', level: 'province', province: 'Tây Ninh', meetingDates: ['2026-12-01'] },
      'secretary',
    );
    for (const name of ['Mật ong', 'Bánh tráng'])
      await createProduct(db, round.id, { name, code: '', sheetNo: 1, producer, kind: 'first' }, 'secretary');
    const text = await exportRoundFileText(db, round.id);
    const parsed = parseRoundFileText(text, await loadSheetCatalog());
    expect(parsed.ok ? [] : parsed.problems).toEqual([]);
    const target = await openCouncilDb(dbName());
    const { roundId } = await importRoundFile(target, text, { asCopy: false }, 'secretary');
    expect((await exportRoundFile(target, roundId)).products.map((p) => p.code)).toEqual(['', '']);
  });

  it('never overwrites an existing round: RoundExistsError, or a consistent copy under fresh ids', async () => {
    const db = await openCouncilDb(dbName());
    const roundId = await buildRound(db);
    const file = await exportRoundFile(db, roundId);
    const sheetsBefore = await db.sheets.count();
    await expect(importRoundFile(db, file, { asCopy: false }, 'secretary')).rejects.toBeInstanceOf(
      RoundExistsError,
    );
    expect(await db.sheets.count()).toBe(sheetsBefore);
    const copy = await importRoundFile(db, file, { asCopy: true }, 'secretary');
    expect(copy.roundId).not.toBe(roundId);
    const copied = await exportRoundFile(db, copy.roundId);
    const catalog = await loadSheetCatalog();
    const outcomes = (f: RoundFile) =>
      tallyReport(tallyRound(f, catalog)).products.map(({ id: _id, ...rest }) => rest);
    expect(outcomes(copied)).toEqual(outcomes(file));
    const ids = new Set([file.round.id, ...file.members.map((m) => m.id), ...file.products.map((p) => p.id)]);
    expect(
      [copied.round.id, ...copied.members.map((m) => m.id), ...copied.products.map((p) => p.id)].some((id) =>
        ids.has(id),
      ),
    ).toBe(false);
    // people are kept across rounds: the copy seats the same people
    expect(copied.members.map((m) => m.personId)).toEqual(file.members.map((m) => m.personId));
  });

  it('refuses a file whose member or product ids belong to another round here, naming them', async () => {
    const db = await openCouncilDb(dbName());
    const roundId = await buildRound(db);
    const file = await exportRoundFile(db, roundId);
    const clash = { ...file, round: { ...file.round, id: crypto.randomUUID() } };
    const roundsBefore = await db.rounds.count();
    await expect(importRoundFile(db, clash, { asCopy: false }, 'secretary')).rejects.toMatchObject({
      code: 'invalid-round-file',
      fileProblems: expect.arrayContaining([
        expect.objectContaining({ path: 'members[0].id', code: 'duplicate-id' }),
      ]),
    });
    expect(await db.rounds.count()).toBe(roundsBefore);
  });

  it.each([
    ['not JSON', '{"format": "ocop-council/round", '],
    ['not a round file', { format: 'something-else', version: 1 }],
    ['unknown sheet', 'unknown-sheet'],
  ] as const)('refuses %s with RoundFileError and writes nothing', async (_name, input) => {
    const db = await openCouncilDb(dbName());
    const roundId = await buildRound(db);
    const good = await exportRoundFile(db, roundId);
    const data: unknown =
      input === 'unknown-sheet'
        ? {
            ...good,
            round: { ...good.round, id: crypto.randomUUID() },
            products: good.products.map((p) => ({ ...p, sheet: 99 })),
          }
        : input;
    const before = {
      rounds: await db.rounds.count(),
      audit: await db.audit.count(),
      people: await db.people.count(),
    };
    const write = importRoundFile(db, data, { asCopy: true }, 'secretary');
    await expect(write).rejects.toBeInstanceOf(RoundFileError);
    await expect(write).rejects.toMatchObject({ code: 'invalid-round-file' });
    expect({
      rounds: await db.rounds.count(),
      audit: await db.audit.count(),
      people: await db.people.count(),
    }).toEqual(before);
  });
});
