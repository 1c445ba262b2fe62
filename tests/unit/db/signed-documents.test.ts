import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  CouncilDbError,
  closeProduct,
  disqualifyProduct,
  knownSignedHashes,
  listAudit,
  minutesRevisions,
  recuseMember,
  reopenSheet,
  saveAnswer,
  sha256Hex,
  signedDocumentByHash,
  startRescoring,
  storeSignedMinutes,
  storeSignedMinutesBatch,
  unsealProduct,
  verifyAuditChain,
  type SignedMinutesInput,
} from '../../../renderer/src/db';
import { canSignMinutes } from '../../../renderer/src/domain/workflow';
import { fillMinutes, scoreAndSubmit, seedRound, type Seeded } from './fixtures';

/** Signed minutes: stored with their hash, revisions kept, and the product locked. */

const HEAD = 'ab'.repeat(32);
const pdf = (text: string) => new TextEncoder().encode(`%PDF-1.7\n${text}\n%%EOF\n`);

async function closedProduct(): Promise<Seeded & { productId: string }> {
  const s = await seedRound({ members: 4, products: 2 });
  const productId = s.products[0]?.id ?? '';
  for (const m of s.members) await scoreAndSubmit(s, productId, m.id, 2);
  await unsealProduct(s.db, productId, 'secretary');
  await closeProduct(s.db, productId, {}, 'secretary');
  await fillMinutes(s.db, productId, 1);
  return { ...s, productId };
}

function signing(
  productId: string,
  role: 'chair' | 'secretary',
  bytes: Uint8Array,
  extra: Partial<SignedMinutesInput> = {},
): SignedMinutesInput {
  return {
    productId,
    role,
    signerName: role === 'chair' ? 'Nguyễn Văn Thắng' : 'Lê Hoàng Phúc',
    signedAt: '2026-11-28T10:00:00.000Z',
    bytes,
    fileName: 'Biên bản - 01 - Sản phẩm 1.pdf',
    auditHeadHash: HEAD,
    ...extra,
  };
}

async function refusal(work: Promise<unknown>): Promise<string> {
  try {
    await work;
  } catch (error) {
    if (error instanceof CouncilDbError) return error.code;
    throw error;
  }
  return 'allowed';
}

async function twoClosedProducts(): Promise<Seeded & { ids: [string, string] }> {
  const s = await seedRound({ members: 4, products: 2 });
  const ids = s.products.map((p) => p.id);
  for (const [index, id] of ids.entries()) {
    for (const m of s.members) await scoreAndSubmit(s, id, m.id, 2);
    await unsealProduct(s.db, id, 'secretary');
    await closeProduct(s.db, id, {}, 'secretary');
    await fillMinutes(s.db, id, index + 1);
  }
  return { ...s, ids: [ids[0] ?? '', ids[1] ?? ''] };
}

describe('storeSignedMinutesBatch (issue 13: the batch panel stores in groups)', () => {
  it('stores a group as one transaction with one audit event per document, chain intact', async () => {
    const s = await twoClosedProducts();
    const before = (await listAudit(s.db, s.round.id)).length;
    const rows = await storeSignedMinutesBatch(
      s.db,
      [signing(s.ids[0], 'chair', pdf('one')), signing(s.ids[1], 'chair', pdf('two'))],
      'secretary',
    );
    expect(rows.map((r) => [r.productId, r.revision, r.sha256])).toEqual([
      [s.ids[0], 1, sha256Hex(pdf('one'))],
      [s.ids[1], 1, sha256Hex(pdf('two'))],
    ]);
    const events = await listAudit(s.db, s.round.id);
    expect(events.slice(before).map((e) => [e.action, e.entityId])).toEqual([
      ['minutes.sign', rows[0]?.id],
      ['minutes.sign', rows[1]?.id],
    ]);
    expect(await verifyAuditChain(s.db, s.round.id)).toMatchObject({ ok: true });
  });

  it('one refused document leaves the whole group unstored (nothing half-done)', async () => {
    const s = await twoClosedProducts();
    await storeSignedMinutes(s.db, signing(s.ids[1], 'chair', pdf('chair')), 'secretary');
    const before = (await listAudit(s.db, s.round.id)).length;
    expect(
      await refusal(
        storeSignedMinutesBatch(
          s.db,
          [signing(s.ids[0], 'chair', pdf('one')), signing(s.ids[1], 'secretary', pdf('not the chair file'))],
          'secretary',
        ),
      ),
    ).toBe('signed-file-mismatch');
    expect(await minutesRevisions(s.db, s.ids[0])).toHaveLength(0);
    expect((await minutesRevisions(s.db, s.ids[1]))[0]?.signers).toHaveLength(1);
    expect(await listAudit(s.db, s.round.id)).toHaveLength(before);
  });

  it('checks each document as if stored after the ones before it: a number signed earlier in the group is taken', async () => {
    const s = await twoClosedProducts();
    // Two minutes holding one number (as from a backup made elsewhere): the screen cannot save that.
    const first = await s.db.minutesFields.get(s.ids[0]);
    const second = await s.db.minutesFields.get(s.ids[1]);
    if (first === undefined || second === undefined) throw new Error('fields not filled');
    await s.db.minutesFields.put({ ...second, number: first.number });
    const before = (await listAudit(s.db, s.round.id)).length;
    expect(
      await refusal(
        storeSignedMinutesBatch(
          s.db,
          [signing(s.ids[0], 'chair', pdf('one')), signing(s.ids[1], 'chair', pdf('two'))],
          'secretary',
        ),
      ),
    ).toBe('minutes-number-taken');
    expect(await minutesRevisions(s.db, s.ids[0])).toHaveLength(0);
    expect(await listAudit(s.db, s.round.id)).toHaveLength(before);
  });
});

describe('storeSignedMinutes', () => {
  it('refuses minutes of a product whose result is not closed', async () => {
    const s = await seedRound();
    expect(
      await refusal(
        storeSignedMinutes(s.db, signing(s.products[0]?.id ?? '', 'chair', pdf('a')), 'secretary'),
      ),
    ).toBe('product-not-closed');
    expect(await s.db.signedDocuments.count()).toBe(0);
  });

  it('chair then secretary on the same file: one revision, both hashes known, SHA-256 computed from the bytes', async () => {
    const s = await closedProduct();
    const chairFile = pdf('chair');
    const first = await storeSignedMinutes(s.db, signing(s.productId, 'chair', chairFile), 'secretary');
    expect(first).toMatchObject({
      revision: 1,
      kind: 'minutes',
      sha256: sha256Hex(chairFile),
      auditHeadHash: HEAD,
    });
    const bothFile = new Uint8Array([...chairFile, ...new TextEncoder().encode('secretary\n%%EOF\n')]);
    const both = await storeSignedMinutes(s.db, signing(s.productId, 'secretary', bothFile), 'secretary');
    expect(both.id).toBe(first.id);
    expect(both.signers.map((x) => x.role)).toEqual(['chair', 'secretary']);
    expect(both.knownHashes).toEqual([sha256Hex(chairFile), sha256Hex(bothFile)]);
    expect(await knownSignedHashes(s.db)).toEqual(
      expect.arrayContaining([sha256Hex(chairFile), sha256Hex(bothFile)]),
    );
    expect((await signedDocumentByHash(s.db, sha256Hex(chairFile)))?.id).toBe(first.id);
    // the audit event names the hash but does not carry the file
    const events = await listAudit(s.db, s.round.id);
    const last = events.at(-1);
    expect(last?.action).toBe('minutes.sign');
    expect(JSON.stringify(last?.after)).toContain(sha256Hex(bothFile));
    expect(JSON.stringify(last?.after)).not.toContain('"bytes"');
    expect(await verifyAuditChain(s.db, s.round.id)).toMatchObject({ ok: true });
  });

  it('refuses a second signature on another file, a role signing twice, and leaves nothing behind', async () => {
    const s = await closedProduct();
    await storeSignedMinutes(s.db, signing(s.productId, 'chair', pdf('chair')), 'secretary');
    expect(
      await refusal(
        storeSignedMinutes(s.db, signing(s.productId, 'secretary', pdf('other file')), 'secretary'),
      ),
    ).toBe('signed-file-mismatch');
    expect(
      await refusal(
        storeSignedMinutes(
          s.db,
          signing(s.productId, 'chair', new Uint8Array([...pdf('chair'), 1])),
          'secretary',
        ),
      ),
    ).toBe('minutes-already-signed');
    expect(
      await refusal(
        storeSignedMinutes(s.db, signing(s.productId, 'chair', pdf('x'), { signerName: '  ' }), 'secretary'),
      ),
    ).toBe('invalid-input');
    const rows = await minutesRevisions(s.db, s.productId);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.signers).toHaveLength(1);
  });

  it('a correction is a new revision with its reason; the earlier signed file is kept with its hash', async () => {
    const s = await closedProduct();
    expect(
      await refusal(
        storeSignedMinutes(
          s.db,
          signing(s.productId, 'chair', pdf('v2'), { correctionReason: 'Sửa tên chủ thể' }),
          'secretary',
        ),
      ),
    ).toBe('no-signed-minutes');
    const v1 = await storeSignedMinutes(s.db, signing(s.productId, 'chair', pdf('v1')), 'secretary');
    expect(
      await refusal(
        storeSignedMinutes(
          s.db,
          signing(s.productId, 'chair', pdf('v2'), { correctionReason: ' ' }),
          'secretary',
        ),
      ),
    ).toBe('reason-required');
    const v2 = await storeSignedMinutes(
      s.db,
      signing(s.productId, 'chair', pdf('v2'), { correctionReason: 'Sửa tên chủ thể' }),
      'secretary',
    );
    expect(v2).toMatchObject({ revision: 2, revisionReason: 'Sửa tên chủ thể' });
    const rows = await minutesRevisions(s.db, s.productId);
    expect(rows.map((r) => [r.revision, r.supersededBy ?? null, r.sha256])).toEqual([
      [1, v2.id, v1.sha256],
      [2, null, sha256Hex(pdf('v2'))],
    ]);
    expect(rows[0]?.bytes).toEqual(pdf('v1'));
    expect((await listAudit(s.db, s.round.id)).at(-1)?.action).toBe('minutes.revise');
  });
});

describe('signed minutes lock the product', () => {
  it('refuses re-scoring, unsealing, closing, sheet changes once signed (product-signed)', async () => {
    const s = await closedProduct();
    await storeSignedMinutes(s.db, signing(s.productId, 'chair', pdf('chair')), 'secretary');
    const member = s.members[1]?.id ?? '';
    const key = { roundId: s.round.id, productId: s.productId, memberId: member };
    expect(await refusal(startRescoring(s.db, s.productId, 'secretary'))).toBe('product-signed');
    expect(await refusal(unsealProduct(s.db, s.productId, 'secretary'))).toBe('product-signed');
    expect(await refusal(closeProduct(s.db, s.productId, { chairReason: 'x' }, 'secretary'))).toBe(
      'product-signed',
    );
    expect(await refusal(saveAnswer(s.db, { ...key, criterionCode: '1.1', answer: 1 }, 'secretary'))).toBe(
      'product-signed',
    );
    expect(await refusal(reopenSheet(s.db, key, 'secretary'))).toBe('product-signed');
    // the product repositories refuse it as closed (signing needs a closed product)
    expect(await refusal(disqualifyProduct(s.db, s.productId, { reason: 'x' }, 'secretary'))).toBe(
      'product-closed',
    );
    expect(await refusal(recuseMember(s.db, s.productId, member, 'x', 'secretary'))).toBe('product-closed');
  });

  it('leaves the other products of the round open', async () => {
    const s = await closedProduct();
    await storeSignedMinutes(s.db, signing(s.productId, 'chair', pdf('chair')), 'secretary');
    const other = s.products[1]?.id ?? '';
    await saveAnswer(
      s.db,
      {
        roundId: s.round.id,
        productId: other,
        memberId: s.members[0]?.id ?? '',
        criterionCode: '1.1',
        answer: 1,
      },
      'secretary',
    );
  });
});

describe('canSignMinutes (workflow rule)', () => {
  it.each([
    [{ productClosed: false, current: null, role: 'chair' }, 'product-not-closed'],
    [{ productClosed: true, current: null, role: 'chair' }, 'allowed'],
    [{ productClosed: true, current: null, role: 'secretary' }, 'allowed'],
    [
      { productClosed: true, current: { signedBy: ['chair'] }, role: 'secretary', extendsStoredFile: true },
      'allowed',
    ],
    [
      { productClosed: true, current: { signedBy: ['chair'] }, role: 'secretary', extendsStoredFile: false },
      'signed-file-mismatch',
    ],
    [
      { productClosed: true, current: { signedBy: ['chair'] }, role: 'chair', extendsStoredFile: true },
      'minutes-already-signed',
    ],
    [
      {
        productClosed: true,
        current: { signedBy: ['chair', 'secretary'] },
        role: 'chair',
        correctionReason: 'Sai số điện thoại',
      },
      'allowed',
    ],
    [
      { productClosed: true, current: { signedBy: ['chair'] }, role: 'chair', correctionReason: '' },
      'reason-required',
    ],
    [{ productClosed: true, current: null, role: 'chair', correctionReason: 'x' }, 'no-signed-minutes'],
  ] as const)('%j → %s', (input, expected) => {
    const check = canSignMinutes(input);
    expect(check.ok ? 'allowed' : check.code).toBe(expected);
  });
});
