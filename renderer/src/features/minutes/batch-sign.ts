import type { SignerRole } from '../../platform/types';
import { storeSignedMinutesBatch, type CouncilDb, type SignedMinutesInput } from '../../db';
import { missingMinutesFields } from '../../domain/workflow';
import { translate } from '../../i18n/translate';
import { getPlatform } from '../../platform/platform';
import {
  auditHeadOf,
  currentRevision,
  MINUTES_LANGUAGE,
  productMinutesJob,
  renderMinutesJob,
  revisionsOf,
  sheetOf,
  signedFileName,
  type MinutesData,
  type ProductMinutesJob,
} from './minutes-data';
import type { RenderedDocument } from '../../documents/render-core';
import type { SignProblem } from './useSignMinutes';

/**
 * "Ký tất cả biên bản" as one pipeline (issue 13): the credential is opened once by the
 * caller (a token's or a .p12's session in the host); each document is rendered once (the
 * second signer's pass reuses the first pass's layout, or renders only to find the boxes)
 * while the host signs the previous one; the signed files are stored in small groups, each
 * one transaction with one audit event per document — so a stop, a refusal or a crash
 * leaves every document either signed and stored, or untouched.
 *
 * The audit head printed in new minutes is read once, when the batch starts: every minutes
 * of the batch names the log as it stood when they were made (like the round's batch of
 * documents in BatchPanel), and the chain's later events are the signatures themselves.
 */

export interface BatchSignRequest {
  readonly db: CouncilDb;
  readonly data: MinutesData;
  readonly role: SignerRole;
  /** An open signing session: `openCertificateSession` or `openTokenSession`. */
  readonly session: string;
  /** Products in the order to sign. */
  readonly productIds: readonly string[];
  /** Renders one minutes (a worker pool, or the page's thread). */
  readonly render: (job: ProductMinutesJob) => Promise<RenderedDocument>;
  /** Documents prepared ahead of the one being signed (default 3: two render workers busy). */
  readonly lookahead?: number;
  /** Asked before each document: true stops the batch (what is signed stays signed). */
  readonly shouldStop: () => boolean;
  readonly onProgress: (done: number, total: number, productId: string) => void;
  /** Documents per stored group (default: a sixth of the batch, at least 8). */
  readonly groupSize?: number;
}

export type BatchSignOutcome =
  | { readonly ok: true; readonly done: number; readonly stopped: boolean }
  | { readonly ok: false; readonly done: number; readonly problem: SignProblem };

interface Prepared {
  readonly productId: string;
  readonly pdf: Uint8Array;
  readonly fileName: string;
  readonly head: string;
  readonly box: { page: number; x: number; y: number; width: number; height: number } | undefined;
}

type Preparation = Prepared | { readonly problem: SignProblem };

export async function signMinutesBatch(request: BatchSignRequest): Promise<BatchSignOutcome> {
  const { db, data, role, session, productIds } = request;
  // About six groups per batch (at least 8 documents each): the screen's live query re-reads
  // the round's signed files after each group, so fewer groups keep the batch linear.
  const groupSize = request.groupSize ?? Math.max(8, Math.ceil(productIds.length / 6));
  const platform = getPlatform();
  let batchHead: Promise<{ ok: true; head: string } | { ok: false; seq: number }> | undefined;

  const prepare = async (productId: string): Promise<Preparation> => {
    const missing = missingMinutesFields(data.fields.find((f) => f.productId === productId) ?? null);
    if (missing.length > 0) return { problem: { key: 'minutes-incomplete', missing } };
    const current = currentRevision(revisionsOf(data, productId));
    let head: string;
    if (current !== null) {
      head = current.auditHeadHash;
    } else {
      batchHead ??= auditHeadOf(db, data.bundle.round.id);
      const verdict = await batchHead;
      if (!verdict.ok) return { problem: { key: 'minutes.auditBroken', seq: verdict.seq } };
      head = verdict.head;
    }
    const job = productMinutesJob(data, productId, await sheetOf(data, productId), head);
    if (job === null) return { problem: { key: 'minutes.sealedHint' } };
    // Continuing a revision: the stored file is signed again; the layout only gives the box
    // (from this page's earlier rendering of the same input when there is one).
    const made = await renderMinutesJob(job, request.render);
    const area = made.signatureAreas.find((a) => a.role === role);
    return {
      productId,
      pdf: current === null ? made.bytes : current.bytes,
      fileName: job.fileName,
      head,
      box: area === undefined ? undefined : { page: area.pageIndex + 1, ...area.rect },
    };
  };

  const reason = translate(MINUTES_LANGUAGE, 'minutes.sign.reasonText');
  const location = data.bundle.round.province;
  const group: SignedMinutesInput[] = [];
  const copies: Promise<unknown>[] = [];
  let done = 0;
  let stored = 0;

  const flush = async (): Promise<void> => {
    if (group.length === 0) return;
    const rows = await storeSignedMinutesBatch(db, group.splice(0), 'secretary');
    stored += rows.length;
    if (platform.can.dataFolder) {
      // A copy in the data folder is a convenience (the database holds the file): its failure
      // does not stop the batch, as for a single signing.
      // One request per group, not per file (issue 13).
      copies.push(
        platform
          .writeDataFiles(
            rows.map((row) => ({
              file: { folder: 'signed', name: signedFileName(row.fileName, row.revision) },
              bytes: row.bytes,
            })),
          )
          .catch((error: unknown) => error),
      );
    }
  };

  // The next documents are made (in the render workers) while the host signs this one.
  const lookahead = Math.max(1, request.lookahead ?? 3);
  const preparations = new Map<number, Promise<Preparation>>();
  let started = 0;
  const prepareAhead = (from: number): void => {
    for (; started < productIds.length && started <= from + lookahead; started += 1) {
      const productId = productIds[started];
      if (productId === undefined) break;
      const preparation = prepare(productId);
      // A failed preparation is reported when its turn comes, never as an unhandled rejection.
      preparation.catch(() => undefined);
      preparations.set(started, preparation);
    }
  };
  try {
    for (let i = 0; i < productIds.length; i += 1) {
      if (request.shouldStop()) {
        await flush();
        return { ok: true, done: stored, stopped: true };
      }
      prepareAhead(i);
      const preparation = preparations.get(i);
      preparations.delete(i);
      if (preparation === undefined) break;
      const ready = await preparation;
      if ('problem' in ready) {
        await flush();
        return { ok: false, done: stored, problem: ready.problem };
      }
      const signing = platform.signPdfWithToken({
        session,
        pdf: ready.pdf,
        role,
        reason,
        location,
        box: ready.box,
      });
      prepareAhead(i + 1);
      const outcome = await signing;
      if (!outcome.signed) {
        await flush();
        return { ok: false, done: stored, problem: { key: 'signing-refused', reason: outcome.reason } };
      }
      group.push({
        productId: ready.productId,
        role,
        signerName: outcome.signer.name,
        signedAt: outcome.signedAt,
        bytes: outcome.bytes,
        fileName: ready.fileName,
        auditHeadHash: ready.head,
      });
      done += 1;
      if (group.length >= groupSize) await flush();
      request.onProgress(done, productIds.length, ready.productId);
    }
    await flush();
    return { ok: true, done: stored, stopped: false };
  } finally {
    await Promise.all(copies);
  }
}
