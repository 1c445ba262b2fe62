import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  PackError,
  changeMemberPackSheet,
  closeProduct,
  exportScoringPack,
  getCurrentSheet,
  importMemberPack,
  importReturnedPack,
  listAudit,
  resolvePackConflict,
  returnedPackOf,
  saveAnswer,
  signReturnedPack,
  unsealProduct,
  verifyAuditChain,
  type CouncilDb,
  type ReturnedPackFile,
} from '../../../renderer/src/db';
import { STORE_NAMES } from '../../../renderer/src/db/tx';
import { describeError } from '../../../renderer/src/app/useReportError';
import { parseJsonText } from '../../../renderer/src/domain/validate/json-text';
import { formatProblem } from '../../../renderer/src/i18n/problems';
import { translate } from '../../../renderer/src/i18n/translate';
import { FAKE_CRITERIA, freshDb, scoreAndSubmit, seedRound, type Seeded } from './fixtures';

const DAY = '2026-12-01';
const enc = (v: unknown): Uint8Array =>
  new TextEncoder().encode(typeof v === 'string' ? v : JSON.stringify(v));

/** Everything stored, as JSON: "changes nothing" is this string unchanged. */
async function snapshot(db: CouncilDb): Promise<string> {
  const all: Record<string, unknown> = {};
  for (const name of STORE_NAMES) all[name] = await db.table(name).toArray();
  return JSON.stringify(all);
}

/** The secretary's round, and a member's own laptop holding that member's pack. */
async function packRoundTrip(): Promise<{ s: Seeded; member: CouncilDb; memberId: string; packId: string }> {
  const s = await seedRound({ members: 4, products: 2 });
  const memberId = s.members[1]?.id ?? '';
  const exported = await exportScoringPack(
    s.db,
    { roundId: s.round.id, memberId, meetingDate: DAY },
    'secretary',
  );
  const member = freshDb();
  await member.open();
  const imported = await importMemberPack(member, exported.bytes, 'system');
  return { s, member, memberId, packId: imported.row.id };
}

async function scoreInPack(
  member: CouncilDb,
  packId: string,
  productId: string,
  option: number,
  submit = true,
) {
  for (const criterionCode of FAKE_CRITERIA) {
    await changeMemberPackSheet(
      member,
      packId,
      productId,
      { kind: 'answer', criterionCode, answer: option },
      'system',
    );
  }
  if (submit) await changeMemberPackSheet(member, packId, productId, { kind: 'submit' }, 'system');
}

async function returned(
  member: CouncilDb,
  packId: string,
): Promise<{ file: ReturnedPackFile; bytes: Uint8Array }> {
  const row = await member.memberPacks.get(packId);
  if (row === undefined) throw new Error('no pack');
  return returnedPackOf(row, '2026-12-01T10:00:00.000Z');
}

async function expectPackError(write: Promise<unknown>, code: string): Promise<void> {
  await expect(write).rejects.toBeInstanceOf(PackError);
  await expect(write).rejects.toMatchObject({ reason: code, code: `pack-${code}` });
}

describe('scoring packs on a USB stick', () => {
  it('exports the day’s products the member scores (recusals left out) with a 256-bit secret kept here', async () => {
    const s = await seedRound({ members: 4, products: 3 });
    const memberId = s.members[2]?.id ?? '';
    const { recuseMember } = await import('../../../renderer/src/db');
    await recuseMember(s.db, s.products[1]?.id ?? '', memberId, 'Người thân', 'secretary');
    const { file, row } = await exportScoringPack(
      s.db,
      { roundId: s.round.id, memberId, meetingDate: DAY },
      'secretary',
    );
    expect(file.products.map((p) => p.id)).toEqual([s.products[0]?.id, s.products[2]?.id]);
    expect(file.products.map((p) => p.sheetNo)).toEqual([1, 3]);
    expect(file.member.id).toBe(memberId);
    expect(file.secret).toMatch(/^[0-9a-f]{64}$/);
    expect(row.secret).toBe(file.secret);
    const events = await listAudit(s.db, s.round.id);
    const exportEvent = events.find((e) => e.action === 'pack.export');
    expect(exportEvent).toMatchObject({ entity: 'scoringPacks', entityId: row.id, before: null });
    expect(JSON.stringify(exportEvent)).not.toContain(file.secret);
  });

  it('round trip: the member scores offline, the returned pack lands through the scoring rules with via pack', async () => {
    const { s, member, memberId, packId } = await packRoundTrip();
    const p1 = s.products[0]?.id ?? '';
    const p2 = s.products[1]?.id ?? '';
    await scoreInPack(member, packId, p1, 3);
    await scoreInPack(member, packId, p2, 2, false);
    await expect(
      changeMemberPackSheet(member, packId, p1, { kind: 'opinion', opinion: 'Bao bì đẹp' }, 'system'),
    ).rejects.toMatchObject({ code: 'sheet-submitted' });
    await expect(
      changeMemberPackSheet(
        member,
        packId,
        p1,
        { kind: 'answer', criterionCode: '1.1', answer: 1 },
        'system',
      ),
    ).rejects.toMatchObject({ code: 'sheet-submitted' });
    const { bytes } = await returned(member, packId);
    const result = await importReturnedPack(s.db, s.round.id, bytes, 'secretary');
    expect([...result.applied].sort()).toEqual([p1, p2].sort());
    const sheet1 = await getCurrentSheet(s.db, p1, memberId);
    expect(sheet1).toMatchObject({ status: 'submitted', answers: { '1.1': 3, '1.2': 3, '1.3': 3 } });
    expect((await getCurrentSheet(s.db, p2, memberId))?.status).toBe('draft');
    const events = await listAudit(s.db, s.round.id);
    const merges = events.filter((e) => e.action === 'sheet.pack-merge');
    expect(merges).toHaveLength(2);
    expect(merges.every((e) => e.via?.kind === 'pack' && e.via.fileSha256 === result.fileSha256)).toBe(true);
    expect(events.at(-1)).toMatchObject({
      action: 'pack.import',
      entity: 'packImports',
      entityId: result.id,
      via: { kind: 'pack', fileSha256: result.fileSha256 },
    });
    expect(await verifyAuditChain(s.db, s.round.id)).toMatchObject({ ok: true });
    // the same file again, and an older file after it, change no sheet
    const before = JSON.stringify(await s.db.sheets.toArray());
    const again = await importReturnedPack(s.db, s.round.id, bytes, 'secretary');
    expect(again.applied).toEqual([]);
    expect([...again.unchanged].sort()).toEqual([p1, p2].sort());
    expect(JSON.stringify(await s.db.sheets.toArray())).toBe(before);
  });

  it('an older returned file read after a newer one never overwrites it', async () => {
    const { s, member, memberId, packId } = await packRoundTrip();
    const p2 = s.products[1]?.id ?? '';
    await scoreInPack(member, packId, p2, 1, false);
    const older = (await returned(member, packId)).bytes;
    await changeMemberPackSheet(
      member,
      packId,
      p2,
      { kind: 'answer', criterionCode: '1.1', answer: 4 },
      'system',
    );
    const newer = (await returned(member, packId)).bytes;
    await importReturnedPack(s.db, s.round.id, newer, 'secretary');
    await importReturnedPack(s.db, s.round.id, older, 'secretary');
    expect((await getCurrentSheet(s.db, p2, memberId))?.answers['1.1']).toBe(4);
  });

  it('a sheet changed on both sides is a conflict: nothing overwritten, the secretary picks with a reason', async () => {
    const { s, member, memberId, packId } = await packRoundTrip();
    const p1 = s.products[0]?.id ?? '';
    const key = { roundId: s.round.id, productId: p1, memberId };
    await saveAnswer(s.db, { ...key, criterionCode: '1.1', answer: 5 }, 'secretary');
    await scoreInPack(member, packId, p1, 2);
    const { bytes } = await returned(member, packId);
    const result = await importReturnedPack(s.db, s.round.id, bytes, 'secretary');
    expect(result.conflicts).toEqual([p1]);
    expect((await getCurrentSheet(s.db, p1, memberId))?.answers).toEqual({ '1.1': 5 });
    const [conflict] = await s.db.packConflicts.toArray();
    expect(conflict).toMatchObject({
      laptop: { answers: { '1.1': 5 } },
      pack: { answers: { '1.1': 2 }, submitted: true },
    });
    await expect(
      resolvePackConflict(s.db, conflict?.id ?? '', 'pack', '  ', 'secretary'),
    ).rejects.toMatchObject({
      code: 'reason-required',
    });
    await resolvePackConflict(
      s.db,
      conflict?.id ?? '',
      'pack',
      'Thành viên xác nhận phiếu trên máy của mình',
      'secretary',
    );
    expect(await getCurrentSheet(s.db, p1, memberId)).toMatchObject({
      status: 'submitted',
      answers: { '1.1': 2, '1.2': 2, '1.3': 2 },
    });
    const events = await listAudit(s.db, s.round.id);
    expect(events.at(-1)).toMatchObject({
      action: 'pack.conflict-resolve',
      entity: 'packConflicts',
      entityId: conflict?.id,
      after: { chosen: 'pack', reason: 'Thành viên xác nhận phiếu trên máy của mình' },
    });
    // importing the same file again does not reopen the decided conflict
    await importReturnedPack(s.db, s.round.id, bytes, 'secretary');
    expect(await s.db.packConflicts.filter((c) => c.resolution === undefined).count()).toBe(0);
  });

  it('keeping the laptop’s sheet leaves it exactly as it was', async () => {
    const { s, member, memberId, packId } = await packRoundTrip();
    const p1 = s.products[0]?.id ?? '';
    await saveAnswer(
      s.db,
      { roundId: s.round.id, productId: p1, memberId, criterionCode: '1.2', answer: 1 },
      'secretary',
    );
    await scoreInPack(member, packId, p1, 2, false);
    await importReturnedPack(s.db, s.round.id, (await returned(member, packId)).bytes, 'secretary');
    const [conflict] = await s.db.packConflicts.toArray();
    const before = await getCurrentSheet(s.db, p1, memberId);
    await resolvePackConflict(s.db, conflict?.id ?? '', 'laptop', 'Phiếu giấy có chữ ký', 'secretary');
    expect(await getCurrentSheet(s.db, p1, memberId)).toEqual(before);
  });
});

describe('bad returned packs: a clear refusal each, and nothing changes', () => {
  it('tampered, foreign, other round, other member, replayed after close', async () => {
    const { s, member, packId } = await packRoundTrip();
    const p1 = s.products[0]?.id ?? '';
    await scoreInPack(member, packId, p1, 3);
    const { file } = await returned(member, packId);
    const other = await seedRound({ members: 4, db: s.db });
    const snap = await snapshot(s.db);

    const tampered = {
      ...file,
      sheets: file.sheets.map((x) => ({ ...x, answers: { ...x.answers, '1.1': 0 } })),
    };
    await expectPackError(importReturnedPack(s.db, s.round.id, enc(tampered), 'secretary'), 'tampered');
    await expectPackError(
      importReturnedPack(
        s.db,
        s.round.id,
        enc({ ...file, packId: 'not-a-pack-of-this-laptop' }),
        'secretary',
      ),
      'unknown-pack',
    );
    await expectPackError(importReturnedPack(s.db, other.round.id, enc(file), 'secretary'), 'other-round');
    // the member re-signs with the pack's secret but claims to be someone else
    const { mac: _mac, ...unsigned } = file;
    const row = await member.memberPacks.get(packId);
    const forged = signReturnedPack(
      { ...unsigned, memberId: s.members[2]?.id ?? '' },
      row?.pack.secret ?? '',
    );
    await expectPackError(importReturnedPack(s.db, s.round.id, enc(forged), 'secretary'), 'other-member');
    expect(await snapshot(s.db)).toBe(snap);

    // replayed after close: the product was closed since; nothing in the file can count
    for (const m of s.members) if (m.id !== file.memberId) await scoreAndSubmit(s, p1, m.id, 3);
    await importReturnedPack(s.db, s.round.id, enc(file), 'secretary'); // counted once, before the close
    await unsealProduct(s.db, p1, 'secretary');
    await closeProduct(s.db, p1, {}, 'secretary');
    await changeMemberPackSheet(member, packId, p1, { kind: 'reopen' }, 'system');
    const late = (await returned(member, packId)).bytes;
    const closedSnap = await snapshot(s.db);
    await expectPackError(importReturnedPack(s.db, s.round.id, late, 'secretary'), 'closed');
    expect(await snapshot(s.db)).toBe(closedSnap);
  });

  it.each([
    ['truncated', (t: string) => t.slice(0, Math.floor(t.length / 2)), 'unreadable', 'json-syntax'],
    ['deep nesting', () => `${'['.repeat(50_000)}${']'.repeat(50_000)}`, 'unreadable', 'json-too-deep'],
    [
      '__proto__',
      (t: string) => t.replace('"answers":{', '"answers":{"__proto__":{"polluted":1},'),
      'unreadable',
      'forbidden-key',
    ],
    [
      'constructor key',
      (t: string) => t.replace('"clock":{', '"clock":{"constructor":"2026-12-01T00:00:00Z",'),
      'unreadable',
      'forbidden-key',
    ],
    ['huge number', (t: string) => t.replace(/"revision":\d+/, '"revision":1e308'), 'not-a-pack', undefined],
    [
      'huge answer',
      (t: string) => t.replace(/"1\.1":\d+/, '"1.1":123456789012345678901234567890'),
      'not-a-pack',
      undefined,
    ],
    ['unknown field', (t: string) => t.replace('"sheets":', '"extra":1,"sheets":'), 'not-a-pack', undefined],
    ['an outgoing pack instead', () => 'OUTGOING', 'wrong-kind', undefined],
    ['not UTF-8', () => '\uFFFD', 'unreadable', 'not-utf8'],
    ['empty', () => '', 'unreadable', 'json-syntax'],
  ] as const)('%s → %s, database unchanged', async (_name, mutate, code, problemCode) => {
    const { s, member, packId } = await packRoundTrip();
    await scoreInPack(member, packId, s.products[0]?.id ?? '', 3);
    const text = JSON.stringify((await returned(member, packId)).file);
    let bytes: Uint8Array;
    if (mutate('') === 'OUTGOING') {
      const outgoing = await exportScoringPack(
        s.db,
        { roundId: s.round.id, memberId: s.members[0]?.id ?? '', meetingDate: DAY },
        'secretary',
      );
      bytes = outgoing.bytes;
    } else if (_name === 'not UTF-8') bytes = new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]);
    else bytes = enc(mutate(text));
    const snap = await snapshot(s.db);
    await expectPackError(importReturnedPack(s.db, s.round.id, bytes, 'secretary'), code);
    if (problemCode !== undefined) {
      const refusal = await importReturnedPack(s.db, s.round.id, bytes, 'secretary').catch((e: unknown) => e);
      expect(refusal).toBeInstanceOf(PackError);
      expect((refusal as PackError).fileProblems.map((p) => p.code)).toContain(problemCode);
    }
    expect(await snapshot(s.db)).toBe(snap);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('a JSON fault is the same problem, in the same words, as in a round file, in both languages', async () => {
    const { s, member, packId } = await packRoundTrip();
    const text = JSON.stringify((await returned(member, packId)).file);
    for (const hostile of [
      `${'{"a":'.repeat(200)}1${'}'.repeat(200)}`,
      text.replace('"answers":{', '"answers":{"__proto__":{"polluted":1},'),
      text.slice(0, 40),
    ]) {
      const shared = parseJsonText(hostile);
      expect(shared.ok).toBe(false);
      if (shared.ok) continue;
      const refusal = await importReturnedPack(s.db, s.round.id, enc(hostile), 'secretary').catch(
        (e: unknown) => e,
      );
      expect(refusal).toBeInstanceOf(PackError);
      expect((refusal as PackError).fileProblems).toEqual(shared.problems);
      for (const language of ['vi', 'en'] as const) {
        expect(describeError(refusal, language, (m) => m)).toBe(
          [
            translate(language, 'db.pack-unreadable'),
            ...shared.problems.map((p) => formatProblem(p, language)),
          ].join('\n'),
        );
      }
    }
  });

  it('a returned pack saved with a UTF-8 byte-order mark is read like the same pack without one', async () => {
    const { s, member, packId } = await packRoundTrip();
    await scoreInPack(member, packId, s.products[0]?.id ?? '', 3);
    const bytes = (await returned(member, packId)).bytes;
    const withMark = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);
    const row = await importReturnedPack(s.db, s.round.id, withMark, 'secretary');
    expect(row.applied).toEqual([s.products[0]?.id]);
    expect((await importReturnedPack(s.db, s.round.id, bytes, 'secretary')).applied).toEqual([]);
  });

  it('a huge file is refused before it is read', async () => {
    const s = await seedRound({ members: 4 });
    const snap = await snapshot(s.db);
    await expectPackError(
      importReturnedPack(s.db, s.round.id, new Uint8Array(9 * 1024 * 1024), 'secretary'),
      'unreadable',
    );
    await expect(
      importReturnedPack(s.db, s.round.id, new Uint8Array(9 * 1024 * 1024), 'secretary'),
    ).rejects.toMatchObject({
      fileProblems: [{ path: '', code: 'file-too-large', params: { size: 9, max: 8 } }],
    });
    expect(await snapshot(s.db)).toBe(snap);
  });

  it('the member side refuses a returned pack or a damaged pack with a clear code', async () => {
    const member = freshDb();
    await member.open();
    await expectPackError(
      importMemberPack(member, enc('{"format":"ocop-council/scoring-pack"'), 'system'),
      'unreadable',
    );
    await expectPackError(
      importMemberPack(member, enc({ format: 'ocop-council/scoring-pack' }), 'system'),
      'not-a-pack',
    );
    expect(await member.memberPacks.count()).toBe(0);
  });
});
