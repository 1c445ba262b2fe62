import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  addMember,
  closeProduct,
  createPerson,
  createProduct,
  createRound,
  moveCouncilMember,
  openCouncilDb,
  saveAnswer,
  startScoring,
  storeSignedMinutes,
  submitSheet,
  unsealProduct,
  updateRound,
  type CouncilDb,
} from '../../../../renderer/src/db';
import { loadSheet } from '../../../../renderer/src/domain/criteria/registry';
import type { Answer } from '../../../../renderer/src/domain/model';
import { nodeRenderer } from '../../../../renderer/src/documents/node';
import { productsWithMinutes, roundJobs } from '../../../../renderer/src/features/minutes/batch-jobs';
import {
  auditHeadOf,
  currentRevision,
  loadMinutesData,
  makeProductMinutes,
  revisionsOf,
  signedFileName,
} from '../../../../renderer/src/features/minutes/minutes-data';
import { roundInfoOf } from '../../../../renderer/src/features/minutes/minutes-input';
import { waitingFor } from '../../../../renderer/src/features/minutes/BatchSignPanel';
import { bestAnswers } from '../../domain/sheet-answers';
import { pdftotext } from '../../electron/signing/helpers/poppler';
import { fillMinutes, markAllPresent } from '../../db/fixtures';

/**
 * The minutes screen's data: the documents' input made from the database (names, roles,
 * the engine's results), the audit head in the footer, the batch's jobs in reading order.
 */

const sheet1 = await loadSheet('26/2026/QĐ-TTg', 1);
const best = bestAnswers(sheet1).answers;

async function score(
  db: CouncilDb,
  roundId: string,
  productId: string,
  memberId: string,
  answers: Record<string, Answer>,
): Promise<void> {
  for (const [criterionCode, answer] of Object.entries(answers))
    await saveAnswer(db, { roundId, productId, memberId, criterionCode, answer }, 'secretary');
  await submitSheet(db, { roundId, productId, memberId }, 'secretary');
}

async function seed() {
  const db = await openCouncilDb(`minutes-${crypto.randomUUID()}`);
  const round = await createRound(
    db,
    { name: 'Đợt 1 năm 2026', level: 'province', province: 'Tây Ninh', meetingDates: ['2026-12-01'] },
    'secretary',
  );
  await updateRound(
    db,
    round.id,
    {
      decision: { number: '2456/QĐ-UBND', date: '2026-10-15', signer: 'Chủ tịch UBND tỉnh Tây Ninh' },
      venue: 'Hội trường Sở',
    },
    'secretary',
  );
  const people = [
    ['Nguyễn Văn Thắng', 'chair'],
    ['Lê Hoàng Phúc', 'secretary'],
    ['Phạm Thị Hương', 'member'],
  ] as const;
  const members = [];
  for (const [name, role] of people)
    members.push(
      await addMember(
        db,
        round.id,
        (
          await createPerson(
            db,
            { fullName: name, title: 'Phó Giám đốc', organisation: 'Sở Công Thương' },
            'secretary',
          )
        ).id,
        role,
        'secretary',
      ),
    );
  const producer = {
    name: 'HTX Bưởi Tân Triều',
    address: 'Ấp 1',
    phone: '0276 3822 456',
    commune: 'Xã Thạnh Đức',
  };
  const pomelo = await createProduct(
    db,
    round.id,
    { name: 'Bưởi da xanh', code: '72-25459-001-2026', sheetNo: 1, producer, kind: 'first' },
    'secretary',
  );
  const honey = await createProduct(
    db,
    round.id,
    { name: 'Mật ong hoa nhãn', code: '72-25459-002-2026', sheetNo: 1, producer, kind: 'first' },
    'secretary',
  );
  await markAllPresent(db, round.id);
  await startScoring(db, round.id, 'secretary');
  for (const m of members) await score(db, round.id, pomelo.id, m.id, best);
  await unsealProduct(db, pomelo.id, 'secretary');
  await closeProduct(db, pomelo.id, {}, 'secretary');
  await fillMinutes(db, pomelo.id, 1);
  return { db, round, members, pomelo, honey };
}

describe('minutes data', () => {
  it('maps the round: issuing body and authority from level and province, chair and secretary by role', async () => {
    const { db, round } = await seed();
    const data = await loadMinutesData(db, round.id);
    const info = roundInfoOf(data.bundle);
    expect(info.issuingBody).toEqual({
      parent: 'Ủy ban nhân dân tỉnh Tây Ninh',
      name: 'Hội đồng đánh giá, phân hạng sản phẩm OCOP tỉnh Tây Ninh',
    });
    expect(info.recognisingAuthority).toBe('Ủy ban nhân dân tỉnh Tây Ninh');
    expect(info.signers).toEqual({ chair: 'Nguyễn Văn Thắng', secretary: 'Lê Hoàng Phúc' });
    expect(info.decision?.number).toBe('2456/QĐ-UBND');
  });

  it("makes a product's minutes with the names, the engine's stars and the audit head in every footer", async () => {
    const { db, round, pomelo, honey } = await seed();
    const data = await loadMinutesData(db, round.id);
    expect(productsWithMinutes(data)).toEqual([pomelo.id]); // the honey is still sealed
    const head = await auditHeadOf(db, round.id);
    if (!head.ok) throw new Error('chain broken');
    const made = await makeProductMinutes(data, pomelo.id, head.head, nodeRenderer().render);
    if (made === null) throw new Error('no minutes');
    expect(made.fileName).toBe('Biên bản - 01 - Bưởi da xanh.pdf');
    expect(made.signatureAreas.map((a) => a.role).sort()).toEqual(['chair', 'secretary']);
    const text = pdftotext(made.bytes).normalize('NFC');
    expect(text).toContain('Nguyễn Văn Thắng');
    expect(text).toContain('Lê Hoàng Phúc');
    expect(text).toContain('HTX Bưởi Tân Triều');
    // Best answers at province level: ≥ 90, forwarded to the Ministry (a province awards no 5★).
    expect(data.results.products[0]?.result.outcome).toBe('forward-5-star');
    expect(text).toContain('tiềm năng 5 sao');
    // The fields filled in before signing are what is printed.
    expect(text).toContain('Số: 01/BB-HĐOCOP');
    expect(text).toContain('08 giờ 00');
    expect(text).toContain('Chủ thể sản xuất');
    expect(text.match(new RegExp(`Mã kiểm tra nhật ký: ${head.head}`, 'g'))).toHaveLength(made.pageCount);
    expect(await makeProductMinutes(data, honey.id, head.head, nodeRenderer().render)).toBeNull();
  }, 60_000);

  it("batch jobs: minutes, then sheets of each counted member in the council's order, then the summary", async () => {
    const { db, round } = await seed();
    const data = await loadMinutesData(db, round.id);
    const jobs = roundJobs(data, new Map([[1, sheet1]]), 'ab'.repeat(32), { sheets: true, summary: true });
    // Added chair, secretary, member: the council lists the secretary last by default.
    expect(jobs.map((j) => j.fileName)).toEqual([
      'Biên bản - 01 - Bưởi da xanh.pdf',
      'Phiếu đánh giá - 01 - Bưởi da xanh - Nguyễn Văn Thắng.pdf',
      'Phiếu đánh giá - 01 - Bưởi da xanh - Phạm Thị Hương.pdf',
      'Phiếu đánh giá - 01 - Bưởi da xanh - Lê Hoàng Phúc.pdf',
      'Bảng tổng hợp kết quả - Đợt 1 năm 2026.pdf',
    ]);
    expect(
      roundJobs(data, new Map([[1, sheet1]]), 'ab'.repeat(32), { sheets: false, summary: false }),
    ).toHaveLength(1);
  });

  it("the minutes' member table and the sheets follow the order the secretary set", async () => {
    const { db, round, members, pomelo } = await seed();
    const at = (name: string, text: string) => text.indexOf(name);
    const minutesText = async () => {
      const data = await loadMinutesData(db, round.id);
      const head = await auditHeadOf(db, round.id);
      if (!head.ok) throw new Error('chain broken');
      const made = await makeProductMinutes(data, pomelo.id, head.head, nodeRenderer().render);
      if (made === null) throw new Error('no minutes');
      // The member table (section II), not the signature block at the end.
      const text = pdftotext(made.bytes).normalize('NFC');
      return { data, text: text.slice(0, text.lastIndexOf('THƯ KÝ')) };
    };
    const before = await minutesText();
    expect(at('Phạm Thị Hương', before.text)).toBeLessThan(at('Lê Hoàng Phúc', before.text));
    // The secretary (last) moves up one place: above Hương, everywhere.
    const secretary = members[1];
    if (secretary === undefined) throw new Error('seeded');
    await moveCouncilMember(db, round.id, secretary.id, 'up', 'secretary');
    const after = await minutesText();
    expect(at('Lê Hoàng Phúc', after.text)).toBeGreaterThan(-1);
    expect(at('Lê Hoàng Phúc', after.text)).toBeLessThan(at('Phạm Thị Hương', after.text));
    const jobs = roundJobs(after.data, new Map([[1, sheet1]]), 'ab'.repeat(32), {
      sheets: true,
      summary: false,
    });
    expect(jobs.map((j) => j.fileName).slice(1)).toEqual([
      'Phiếu đánh giá - 01 - Bưởi da xanh - Nguyễn Văn Thắng.pdf',
      'Phiếu đánh giá - 01 - Bưởi da xanh - Lê Hoàng Phúc.pdf',
      'Phiếu đánh giá - 01 - Bưởi da xanh - Phạm Thị Hương.pdf',
    ]);
  }, 60_000);

  it('revisions: the current one is the last not superseded; signed file names say the revision', async () => {
    const { db, round, pomelo } = await seed();
    const bytes = new TextEncoder().encode('%PDF-1.7 signed');
    await storeSignedMinutes(
      db,
      {
        productId: pomelo.id,
        role: 'chair',
        signerName: 'Nguyễn Văn Thắng',
        signedAt: '2026-12-01T10:00:00Z',
        bytes,
        fileName: 'Biên bản - 01 - Bưởi da xanh.pdf',
        auditHeadHash: 'ab'.repeat(32),
      },
      'secretary',
    );
    const revised = await storeSignedMinutes(
      db,
      {
        productId: pomelo.id,
        role: 'chair',
        signerName: 'Nguyễn Văn Thắng',
        signedAt: '2026-12-01T11:00:00Z',
        bytes: new TextEncoder().encode('%PDF-1.7 v2'),
        fileName: 'Biên bản - 01 - Bưởi da xanh.pdf',
        auditHeadHash: 'cd'.repeat(32),
        correctionReason: 'Sửa số điện thoại chủ thể',
      },
      'secretary',
    );
    const data = await loadMinutesData(db, round.id);
    const revisions = revisionsOf(data, pomelo.id);
    expect(revisions.map((r) => r.revision)).toEqual([1, 2]);
    expect(currentRevision(revisions)?.id).toBe(revised.id);
    expect(signedFileName(revised.fileName, revised.revision)).toBe(
      'Biên bản - 01 - Bưởi da xanh - lần 2 - đã ký.pdf',
    );
  });

  it('batch signing waits only on closed products this role has not signed in the current revision', async () => {
    const { db, round, pomelo } = await seed();
    expect(waitingFor(await loadMinutesData(db, round.id), 'chair')).toEqual([pomelo.id]); // the honey is not closed
    await storeSignedMinutes(
      db,
      {
        productId: pomelo.id,
        role: 'chair',
        signerName: 'Nguyễn Văn Thắng',
        signedAt: '2026-12-01T10:00:00Z',
        bytes: new TextEncoder().encode('%PDF-1.7 x'),
        fileName: 'x.pdf',
        auditHeadHash: 'ab'.repeat(32),
      },
      'secretary',
    );
    const data = await loadMinutesData(db, round.id);
    expect(waitingFor(data, 'chair')).toEqual([]);
    expect(waitingFor(data, 'secretary')).toEqual([pomelo.id]);
  });
});
