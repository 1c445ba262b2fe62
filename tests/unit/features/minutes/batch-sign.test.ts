import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import {
  addMember,
  closeProduct,
  createPerson,
  createProduct,
  createRound,
  minutesRevisions,
  openCouncilDb,
  saveAnswer,
  setAttendance,
  startScoring,
  submitSheet,
  unsealProduct,
  updateRound,
  type CouncilDb,
} from '../../../../renderer/src/db';
import { loadSheet } from '../../../../renderer/src/domain/criteria/registry';
import { nodeRenderer } from '../../../../renderer/src/documents/node';
import type { RenderedDocument } from '../../../../renderer/src/documents/render-core';
import { signMinutesBatch } from '../../../../renderer/src/features/minutes/batch-sign';
import {
  loadMinutesData,
  type ProductMinutesJob,
} from '../../../../renderer/src/features/minutes/minutes-data';
import { forgetRenderedMinutes } from '../../../../renderer/src/features/minutes/rendered-minutes';
import { createPlatform, setPlatformForTests } from '../../../../renderer/src/platform/platform';
import type { SignPdfOutcome, TokenSignPdfRequest } from '../../../../electron/ipc/contract';
import { bestAnswers } from '../../domain/sheet-answers';
import { fillMinutes } from '../../db/fixtures';

/**
 * Issue 13's batch: one session, each minutes rendered once (the secretary's pass renders
 * nothing), one audit head for the chair's batch, and a stop or a refusal leaves every
 * minutes signed and stored, or untouched. The host is a stand-in that appends a marker
 * (what an incremental signature does to the file); real signing is tested in the host.
 */

const best = bestAnswers(await loadSheet('26/2026/QĐ-TTg', 1)).answers;

async function seed(products: number): Promise<{ db: CouncilDb; roundId: string; ids: string[] }> {
  const db = await openCouncilDb(`batch-sign-${crypto.randomUUID()}`);
  const round = await createRound(
    db,
    { name: 'Đợt 1 năm 2026', level: 'province', province: 'Tây Ninh', meetingDates: ['2026-12-01'] },
    'secretary',
  );
  await updateRound(db, round.id, { venue: 'Hội trường Sở' }, 'secretary');
  const members = [];
  for (const [name, role] of [
    ['Nguyễn Văn Thắng', 'chair'],
    ['Lê Hoàng Phúc', 'secretary'],
    ['Phạm Thị Hương', 'member'],
  ] as const) {
    const person = await createPerson(db, { fullName: name, title: '', organisation: '' }, 'secretary');
    members.push(await addMember(db, round.id, person.id, role, 'secretary'));
  }
  const producer = { name: 'HTX', address: 'Ấp 1', phone: '', commune: '' };
  const ids: string[] = [];
  for (let i = 0; i < products; i += 1)
    ids.push(
      (
        await createProduct(
          db,
          round.id,
          {
            name: `Sản phẩm ${i + 1}`,
            code: `72-25459-00${i + 1}-2026`,
            sheetNo: 1,
            producer,
            kind: 'first',
          },
          'secretary',
        )
      ).id,
    );
  for (const m of members) await setAttendance(db, round.id, m.id, '2026-12-01', 'present', 'secretary');
  await startScoring(db, round.id, 'secretary');
  for (const [index, productId] of ids.entries()) {
    for (const m of members) {
      for (const [criterionCode, answer] of Object.entries(best))
        await saveAnswer(
          db,
          { roundId: round.id, productId, memberId: m.id, criterionCode, answer },
          'secretary',
        );
      await submitSheet(db, { roundId: round.id, productId, memberId: m.id }, 'secretary');
    }
    await unsealProduct(db, productId, 'secretary');
    await closeProduct(db, productId, {}, 'secretary');
    await fillMinutes(db, productId, index + 1);
  }
  return { db, roundId: round.id, ids };
}

interface Host {
  readonly signed: TokenSignPdfRequest[];
  /** Documents per call to the host. */
  readonly calls: number[];
  /** The names of each data-folder request: one request per stored group. */
  readonly copies: string[][];
  refuseAt: number | null;
}

function signOne(host: Host, request: TokenSignPdfRequest): SignPdfOutcome {
  host.signed.push(request);
  if (host.refuseAt === host.signed.length) return { signed: false, reason: 'token-removed' };
  const marker = new TextEncoder().encode(`\n% signed by ${request.role}\n%%EOF\n`);
  const bytes = new Uint8Array(request.pdf.length + marker.length);
  bytes.set(request.pdf);
  bytes.set(marker, request.pdf.length);
  return {
    signed: true,
    bytes,
    sha256: '',
    signer: {
      name: request.role === 'chair' ? 'Nguyễn Văn Thắng' : 'Lê Hoàng Phúc',
      certificateNotAfter: '2030-01-01T00:00:00.000Z',
    },
    signedAt: '2026-12-01T10:00:00.000Z',
  };
}

function standInHost(): Host {
  const host: Host = { signed: [], calls: [], copies: [], refuseAt: null };
  const base = createPlatform({
    council: undefined,
    webHost: false,
    window: undefined,
    fetch: undefined,
    baseUrl: '',
  });
  setPlatformForTests({
    ...base,
    can: { ...base.can, dataFolder: true },
    writeDataFile: (file, bytes) => {
      host.copies.push([file.name]);
      return base.writeDataFile(file, bytes);
    },
    writeDataFiles: (files) => {
      host.copies.push(files.map((f) => `${f.file.folder}/${f.file.name}`));
      return base.writeDataFiles(files);
    },
    signPdfsWithToken: async ({ documents, ...rest }): Promise<SignPdfOutcome[]> => {
      host.calls.push(documents.length);
      // A round trip to the host takes a moment: the documents prepared meanwhile go in the next call.
      await new Promise((resolve) => setTimeout(resolve, 20));
      const outcomes: SignPdfOutcome[] = [];
      for (const { pdf, box } of documents) {
        const outcome = signOne(host, { ...rest, pdf, box });
        outcomes.push(outcome);
        if (!outcome.signed) break;
      }
      return outcomes;
    },
  });
  return host;
}

afterEach(() => {
  setPlatformForTests(undefined);
  forgetRenderedMinutes();
});

const renderer = nodeRenderer();

function counting(): { renders: number; render: (job: ProductMinutesJob) => Promise<RenderedDocument> } {
  const counter = {
    renders: 0,
    render: (job: ProductMinutesJob) => {
      counter.renders += 1;
      return renderer.render(job.build());
    },
  };
  return counter;
}

describe('signMinutesBatch', () => {
  it('chair then secretary: every minutes rendered once, one head for the batch, both signatures stored', async () => {
    const { db, roundId, ids } = await seed(3);
    const host = standInHost();
    const chairRender = counting();
    const chair = await signMinutesBatch({
      db,
      data: await loadMinutesData(db, roundId),
      role: 'chair',
      session: 's1',
      productIds: ids,
      render: chairRender.render,
      shouldStop: () => false,
      onProgress: () => undefined,
      groupSize: 2,
    });
    expect(chair).toEqual({ ok: true, done: 3, stopped: false });
    expect(chairRender.renders).toBe(3);
    // The data-folder copies: one request per stored group of two, not one per file.
    expect(host.copies.map((names) => names.length)).toEqual([2, 1]);
    expect(host.copies.flat().every((name) => /^signed\/Biên bản - .* - đã ký\.pdf$/u.test(name))).toBe(true);
    const heads = new Set(
      await Promise.all(ids.map(async (id) => (await minutesRevisions(db, id))[0]?.auditHeadHash)),
    );
    expect(heads.size).toBe(1);

    const secretaryRender = counting();
    const secretary = await signMinutesBatch({
      db,
      data: await loadMinutesData(db, roundId),
      role: 'secretary',
      session: 's2',
      productIds: ids,
      render: secretaryRender.render,
      shouldStop: () => false,
      onProgress: () => undefined,
    });
    expect(secretary).toEqual({ ok: true, done: 3, stopped: false });
    expect(secretaryRender.renders).toBe(0);
    // One document first, then every stored file in one call: nothing to make, nothing to wait for.
    expect(host.calls.slice(-2)).toEqual([1, 2]);
    expect(host.signed.map((r) => [r.session, r.role])).toEqual([
      ...ids.map(() => ['s1', 'chair']),
      ...ids.map(() => ['s2', 'secretary']),
    ]);
    for (const id of ids) {
      const rows = await minutesRevisions(db, id);
      expect(rows).toHaveLength(1);
      expect(rows[0]?.signers.map((s) => s.role)).toEqual(['chair', 'secretary']);
      // The secretary signed on top of the very file the chair signed, in the secretary's box.
      expect(new TextDecoder().decode(rows[0]?.bytes)).toMatch(
        /signed by chair\n%%EOF\n\n% signed by secretary/u,
      );
    }
    expect(host.signed.every((r) => r.box !== undefined)).toBe(true);
  }, 240_000);

  it('stopped or refused mid-batch: what was signed is stored, the rest untouched', async () => {
    const { db, roundId, ids } = await seed(3);
    const host = standInHost();
    let progress = 0;
    const stopped = await signMinutesBatch({
      db,
      data: await loadMinutesData(db, roundId),
      role: 'chair',
      session: 's1',
      productIds: ids,
      render: counting().render,
      shouldStop: () => progress >= 1,
      onProgress: (done) => (progress = done),
    });
    expect(stopped).toEqual({ ok: true, done: 1, stopped: true });
    expect(await Promise.all(ids.map(async (id) => (await minutesRevisions(db, id)).length))).toEqual([
      1, 0, 0,
    ]);

    host.refuseAt = host.signed.length + 2; // the host refuses the third product's signature
    const refused = await signMinutesBatch({
      db,
      data: await loadMinutesData(db, roundId),
      role: 'chair',
      session: 's1',
      productIds: ids.slice(1),
      render: counting().render,
      shouldStop: () => false,
      onProgress: () => undefined,
    });
    expect(refused).toEqual({
      ok: false,
      done: 1,
      problem: { key: 'signing-refused', reason: 'token-removed' },
    });
    expect(await Promise.all(ids.map(async (id) => (await minutesRevisions(db, id)).length))).toEqual([
      1, 1, 0,
    ]);

    // The secretary's pass, refused at the second document (in the same call as the third):
    // the first is stored with both signatures, the second keeps the chair's alone.
    host.refuseAt = host.signed.length + 2;
    const secretary = await signMinutesBatch({
      db,
      data: await loadMinutesData(db, roundId),
      role: 'secretary',
      session: 's2',
      productIds: ids.slice(0, 2),
      render: counting().render,
      shouldStop: () => false,
      onProgress: () => undefined,
    });
    expect(secretary).toEqual({
      ok: false,
      done: 1,
      problem: { key: 'signing-refused', reason: 'token-removed' },
    });
    const signers = async (id: string | undefined): Promise<string[]> =>
      (await minutesRevisions(db, id ?? ''))[0]?.signers.map((s) => s.role) ?? [];
    expect(await signers(ids[0])).toEqual(['chair', 'secretary']);
    expect(await signers(ids[1])).toEqual(['chair']);
  }, 120_000); // renders and signs real PDFs: 15 s at load 18
});
