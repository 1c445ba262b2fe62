import { MAX_SIGNATURES_PER_CALL, type SignerRole } from '../../platform/types';
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
import type { RenderedDocument, SignatureArea } from '../../documents/render-core';
import type { SignProblem } from './useSignMinutes';
import { rememberSignatureAreas, signatureAreasOf } from './rendered-minutes';

/**
 * "Ký tất cả biên bản" as one pipeline (issue 13): the credential is opened once by the
 * caller (a token's or a .p12's session in the host); each document is rendered once (the
 * second signer's pass signs the stored file in the box noted when it was stored, or renders
 * only to find the boxes) while the host signs the documents already made, several in one
 * call; the signed files are stored in small groups, each one transaction with one audit
 * event per document, while the next documents are signed — so a stop, a refusal or a crash
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
  /** Documents prepared ahead of the ones being signed (default 24: the workers never wait for the host). */
  readonly lookahead?: number;
  /** Asked before each call to the host: true stops the batch (what is signed stays signed). */
  readonly shouldStop: () => boolean;
  readonly onProgress: (done: number, total: number, productId: string) => void;
  /** Documents per stored group (default: a sixth of the batch, at least 8). */
  readonly groupSize?: number;
  /** At most this many documents per call to the host (default 16). */
  readonly signGroupSize?: number;
}

export type BatchSignOutcome =
  | { readonly ok: true; readonly done: number; readonly stopped: boolean }
  | { readonly ok: false; readonly done: number; readonly problem: SignProblem };

interface Prepared {
  readonly productId: string;
  readonly pdf: Uint8Array;
  readonly fileName: string;
  readonly head: string;
  readonly areas: readonly SignatureArea[];
}

type Preparation = Prepared | { readonly problem: SignProblem };

const boxOf = (
  areas: readonly SignatureArea[],
  role: SignerRole,
): { page: number; x: number; y: number; width: number; height: number } | undefined => {
  const area = areas.find((a) => a.role === role);
  return area === undefined ? undefined : { page: area.pageIndex + 1, ...area.rect };
};

export async function signMinutesBatch(request: BatchSignRequest): Promise<BatchSignOutcome> {
  const { db, data, role, session, productIds } = request;
  // About six groups per batch (at least 8 documents each): the screen's live query re-reads
  // the round's signed files after each group, so fewer groups keep the batch linear.
  const groupSize = request.groupSize ?? Math.max(8, Math.ceil(productIds.length / 6));
  const perCall = Math.max(1, Math.min(MAX_SIGNATURES_PER_CALL, request.signGroupSize ?? 16));
  const platform = getPlatform();
  let batchHead: Promise<{ ok: true; head: string } | { ok: false; seq: number }> | undefined;

  /** `posted` is called once the document is handed to the renderer (or needs none). */
  const prepare = async (productId: string, posted: () => void): Promise<Preparation> => {
    const missing = missingMinutesFields(data.fields.find((f) => f.productId === productId) ?? null);
    if (missing.length > 0) return { problem: { key: 'minutes-incomplete', missing } };
    const current = currentRevision(revisionsOf(data, productId));
    // A file this page stored: signed as it is, in the box noted then (nothing rebuilt).
    const known = current === null ? undefined : signatureAreasOf(current.sha256);
    if (current !== null && known !== undefined)
      return {
        productId,
        pdf: current.bytes,
        fileName: current.fileName,
        head: current.auditHeadHash,
        areas: known,
      };
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
    const rendering = renderMinutesJob(job, request.render);
    posted();
    const made = await rendering;
    return {
      productId,
      pdf: current === null ? made.bytes : current.bytes,
      fileName: job.fileName,
      head,
      areas: made.signatureAreas,
    };
  };

  const reason = translate(MINUTES_LANGUAGE, 'minutes.sign.reasonText');
  const location = data.bundle.round.province;
  const group: { readonly input: SignedMinutesInput; readonly areas: readonly SignatureArea[] }[] = [];
  let done = 0;
  let stored = 0;
  // One group is stored while the host signs the next documents; a group is stored when the
  // previous one is (everything signed meanwhile in one transaction: the screen's live query
  // re-reads the round after each), and a failed store ends the batch.
  let storing: Promise<void> | null = null;
  let storeError: { readonly error: unknown } | null = null;
  let copies: Promise<unknown> = Promise.resolve();

  const store = async (entries: readonly (typeof group)[number][]): Promise<void> => {
    const rows = await storeSignedMinutesBatch(
      db,
      entries.map((e) => e.input),
      'secretary',
    );
    stored += rows.length;
    // The next signer's pass finds each stored file's boxes without rendering it again.
    rows.forEach((row, i) => rememberSignatureAreas(row.sha256, entries[i]?.areas ?? []));
    if (platform.can.dataFolder) {
      // A copy in the data folder is a convenience (the database holds the file): its failure
      // does not stop the batch, as for a single signing, and the batch does not wait for it.
      // One request per group, not per file (issue 13), one group after another.
      const files = rows.map((row) => ({
        file: { folder: 'signed' as const, name: signedFileName(row.fileName, row.revision) },
        bytes: row.bytes,
      }));
      copies = copies.then(() => platform.writeDataFiles(files)).catch((error: unknown) => error);
    }
  };
  /** Starts storing what is signed, unless a store is under way (then it follows that one). */
  const storeSigned = (all: boolean): void => {
    if (storing !== null || storeError !== null) return;
    if (group.length === 0 || (!all && group.length < groupSize)) return;
    const entries = group.splice(0);
    storing = store(entries).then(
      () => {
        storing = null;
        storeSigned(all);
      },
      (error: unknown) => {
        storing = null;
        storeError = { error };
      },
    );
  };
  /** Stores everything signed so far; throws what a store threw. */
  const flush = async (): Promise<void> => {
    storeSigned(true);
    while (storing !== null) {
      await storing;
      storeSigned(true);
    }
    if (storeError !== null) throw storeError.error;
  };

  // The next documents are made (in the render workers) while the host signs these.
  const lookahead = Math.max(1, request.lookahead ?? 24);
  const preparations = new Map<number, Promise<Preparation>>();
  const ready = new Set<number>();
  let started = 0;
  let handedOver: Promise<void> = Promise.resolve();
  const prepareAhead = (from: number): void => {
    for (; started < productIds.length && started <= from + lookahead; started += 1) {
      const productId = productIds[started];
      if (productId === undefined) break;
      const index = started;
      // One after another up to the renderer (each builds its input and key, then hands it over):
      // started all at once, every document's input was built before the first was rendered.
      const previous = handedOver;
      let posted = (): void => undefined;
      handedOver = new Promise<void>((resolve) => (posted = resolve));
      const preparation = previous.then(() => prepare(productId, posted)).finally(posted);
      // A failed preparation is reported when its turn comes, never as an unhandled rejection.
      preparation.then(
        () => ready.add(index),
        () => ready.add(index),
      );
      preparations.set(index, preparation);
    }
  };
  const take = (index: number): Promise<Preparation> | undefined => {
    const preparation = preparations.get(index);
    preparations.delete(index);
    ready.delete(index);
    return preparation;
  };
  try {
    let calls = 0;
    for (let i = 0; i < productIds.length;) {
      if (request.shouldStop() || storeError !== null) {
        await flush();
        return { ok: true, done: stored, stopped: true };
      }
      prepareAhead(i);
      const first = take(i);
      if (first === undefined) break;
      // The first call signs one document (the signer is seen to work at once); later calls take
      // every document already made, up to `perCall`.
      const documents: Prepared[] = [];
      let problem: SignProblem | null = null;
      for (let next: Preparation | undefined = await first; ;) {
        if ('problem' in next) {
          problem = next.problem;
          break;
        }
        documents.push(next);
        const index = i + documents.length;
        if (calls === 0 || documents.length >= perCall || !ready.has(index)) break;
        const following = take(index);
        if (following === undefined) break;
        next = await following;
      }
      i += documents.length;
      prepareAhead(i);
      calls += 1;
      if (documents.length > 0) {
        const outcomes = await platform.signPdfsWithToken({
          session,
          role,
          reason,
          location,
          documents: documents.map((d) => ({ pdf: d.pdf, box: boxOf(d.areas, role) })),
        });
        for (const [k, outcome] of outcomes.entries()) {
          const prepared = documents[k];
          if (prepared === undefined) break;
          if (!outcome.signed) {
            await flush();
            return { ok: false, done: stored, problem: { key: 'signing-refused', reason: outcome.reason } };
          }
          group.push({
            input: {
              productId: prepared.productId,
              role,
              signerName: outcome.signer.name,
              signedAt: outcome.signedAt,
              bytes: outcome.bytes,
              fileName: prepared.fileName,
              auditHeadHash: prepared.head,
            },
            areas: prepared.areas,
          });
          done += 1;
          storeSigned(false);
          request.onProgress(done, productIds.length, prepared.productId);
        }
      }
      if (problem !== null) {
        await flush();
        return { ok: false, done: stored, problem };
      }
    }
    await flush();
    return { ok: true, done: stored, stopped: false };
  } finally {
    // Nothing left behind: every group handed over is stored (or has failed) before the batch ends.
    while (storing !== null) await storing;
  }
}
