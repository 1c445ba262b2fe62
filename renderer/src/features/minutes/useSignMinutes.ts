import { useCallback, useState } from 'react';
import type { SignerRole, SigningRefusalCode } from '../../platform/types';
import { useDb } from '../../app/DbProvider';
import { storeSignedMinutes, type SignedDocumentRow } from '../../db';
import { browserRenderer } from '../../documents/browser';
import { translate } from '../../i18n/translate';
import { getPlatform } from '../../platform/platform';
import { missingMinutesFields, type MinutesFieldKey } from '../../domain/workflow';
import {
  auditHeadOf,
  currentRevision,
  makeProductMinutes,
  MINUTES_LANGUAGE,
  revisionsOf,
  signedFileName,
  type MinutesData,
} from './minutes-data';
import { rememberSignatureAreas } from './rendered-minutes';

/** A .p12 file with its password, or a USB token session the host keeps logged in (issue 10). */
export type SigningCredential =
  | {
      readonly kind: 'p12';
      readonly certificate: File;
      /** Lives only in this call: passed to the host once, never stored. */
      readonly password: string;
    }
  | { readonly kind: 'token'; readonly session: string };

export interface SignRequest {
  readonly productId: string;
  readonly role: SignerRole;
  readonly credential: SigningCredential;
  /** Set to start a correction (a new revision). */
  readonly correctionReason?: string | undefined;
}

/** Why a signing did not happen, as a message key the form shows (with its parameters). */
export type SignProblem =
  | { readonly key: 'signing-refused'; readonly reason: SigningRefusalCode }
  | { readonly key: 'minutes.auditBroken'; readonly seq: number }
  | { readonly key: 'minutes.sealedHint' }
  | { readonly key: 'minutes-incomplete'; readonly missing: readonly MinutesFieldKey[] };

export type SignResult =
  | {
      readonly ok: true;
      readonly row: SignedDocumentRow;
      readonly signer: string;
      readonly copyError: unknown;
    }
  | { readonly ok: false; readonly problem: SignProblem };

/**
 * Signing one product's minutes: continue the current revision (the second signer signs the
 * stored file, on top of the first signature), or make the minutes afresh for revision 1 or
 * a correction, with the audit chain's current head in the footer. The host signs; the
 * repository stores (and refuses what the workflow does not allow). A copy goes to the data
 * folder 'signed' when the host has one.
 */
export function useSignMinutes(data: MinutesData | undefined): {
  readonly busy: boolean;
  readonly sign: (request: SignRequest) => Promise<SignResult>;
} {
  const db = useDb();
  const [busy, setBusy] = useState(false);
  const sign = useCallback(
    async (request: SignRequest): Promise<SignResult> => {
      if (data === undefined) throw new Error('minutes data not loaded');
      setBusy(true);
      try {
        // A signed PDF cannot be filled in afterwards: refused before anything is signed
        // (the repository refuses it again when storing).
        const missing = missingMinutesFields(
          data.fields.find((f) => f.productId === request.productId) ?? null,
        );
        if (missing.length > 0) return { ok: false, problem: { key: 'minutes-incomplete', missing } };
        const render = browserRenderer(MINUTES_LANGUAGE).render;
        const current = currentRevision(revisionsOf(data, request.productId));
        const continuing = current !== null && request.correctionReason === undefined;
        let head: string;
        if (continuing) {
          head = current.auditHeadHash;
        } else {
          const verdict = await auditHeadOf(db, data.bundle.round.id);
          if (!verdict.ok) return { ok: false, problem: { key: 'minutes.auditBroken', seq: verdict.seq } };
          head = verdict.head;
        }
        // Made again even when continuing: the layout (same input, same head) gives the boxes' places.
        const made = await makeProductMinutes(data, request.productId, head, render);
        if (made === null) return { ok: false, problem: { key: 'minutes.sealedHint' } };
        const area = made.signatureAreas.find((a) => a.role === request.role);
        const job = {
          pdf: continuing ? current.bytes : made.bytes,
          role: request.role,
          reason: translate(MINUTES_LANGUAGE, 'minutes.sign.reasonText'),
          location: data.bundle.round.province,
          box: area === undefined ? undefined : { page: area.pageIndex + 1, ...area.rect },
        };
        const credential = request.credential;
        const outcome =
          credential.kind === 'token'
            ? await getPlatform().signPdfWithToken({ ...job, session: credential.session })
            : await getPlatform().signPdf({
                ...job,
                p12: new Uint8Array(await credential.certificate.arrayBuffer()),
                password: credential.password,
              });
        if (!outcome.signed)
          return { ok: false, problem: { key: 'signing-refused', reason: outcome.reason } };
        const row = await storeSignedMinutes(
          db,
          {
            productId: request.productId,
            role: request.role,
            signerName: outcome.signer.name,
            signedAt: outcome.signedAt,
            bytes: outcome.bytes,
            fileName: made.fileName,
            auditHeadHash: head,
            ...(request.correctionReason === undefined ? {} : { correctionReason: request.correctionReason }),
          },
          'secretary',
        );
        // A batch of the other role signs this stored file in its box without rendering it again.
        rememberSignatureAreas(row.sha256, made.signatureAreas);
        let copyError: unknown = null;
        const platform = getPlatform();
        if (platform.can.dataFolder) {
          try {
            await platform.writeDataFile(
              { folder: 'signed', name: signedFileName(row.fileName, row.revision) },
              outcome.bytes,
            );
          } catch (error) {
            copyError = error;
          }
        }
        return { ok: true, row, signer: outcome.signer.name, copyError };
      } finally {
        setBusy(false);
      }
    },
    [data, db],
  );
  return { busy, sign };
}
