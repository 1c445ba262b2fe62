import type {
  PdfVerification,
  SignerRole,
  SignPdfOutcome,
  SignPdfRequest,
  VerifyPdfRequest,
} from './contract';
import { readSigningIdentity, signPdf, SigningError, type VerificationReport } from '../services/signing';
import type { Signer } from '../services/signing/signer';
import type { PdfVerifier } from '../services/signing/verify-runner';
import { hostText } from '../shared/host-words';

/**
 * The title written in the signature box, as on the minutes' signature blocks: in Vietnamese,
 * the language of the signed document (official papers are Vietnamese whatever the app's).
 */
export const SIGNER_ROLE_TITLES = {
  chair: hostText('vi', 'signature.chair'),
  secretary: hostText('vi', 'signature.secretary'),
} as const satisfies Record<SignerRole, string>;

export interface SigningDeps {
  readonly now: () => Date;
  readonly font: () => Uint8Array;
}

/** What a signing needs besides the signer (both a .p12 request and a token request have it). */
export type SigningJob = Pick<SignPdfRequest, 'pdf' | 'role' | 'reason' | 'location' | 'box'>;

/**
 * Signs with any signer (.p12 identity or token) and answers the contract's outcome. Throws
 * SigningError for refusals; the callers turn them into answers.
 */
export function signWithSigner(
  signer: Signer,
  job: SigningJob,
  signingTime: Date,
  deps: SigningDeps,
): SignPdfOutcome {
  const box = job.box;
  const signed = signPdf({
    pdf: job.pdf,
    identity: signer,
    role: SIGNER_ROLE_TITLES[job.role],
    reason: job.reason,
    location: job.location,
    signingTime,
    font: deps.font(),
    ...(box === undefined
      ? {}
      : { page: box.page, rect: { x: box.x, y: box.y, width: box.width, height: box.height } }),
  });
  return {
    signed: true,
    // A plain Uint8Array: a Buffer would cross the web host's JSON as {type:'Buffer', data:[…]}
    // (its toJSON runs before the wire's replacer sees it).
    bytes:
      signed.bytes instanceof Buffer
        ? new Uint8Array(signed.bytes.buffer, signed.bytes.byteOffset, signed.bytes.byteLength)
        : signed.bytes,
    sha256: signed.sha256,
    signer: {
      name: signer.commonName,
      ...(signer.organization === undefined ? {} : { organization: signer.organization }),
      certificateNotAfter: signer.notAfter.toISOString(),
    },
    signedAt: signingTime.toISOString(),
  };
}

/**
 * Opens the certificate, signs, and lets both the key and the password go out of scope: they
 * are never stored, logged or returned. A refusal the person can fix (wrong password,
 * expired certificate, damaged file…) is an answer with its code; anything else is a bug.
 */
export function signWithCertificate(request: SignPdfRequest, deps: SigningDeps): SignPdfOutcome {
  const signingTime = deps.now();
  try {
    const identity = readSigningIdentity(request.p12, request.password, signingTime);
    return signWithSigner(identity, request, signingTime, deps);
  } catch (error) {
    if (error instanceof SigningError) return { signed: false, reason: error.code };
    throw error;
  }
}

/** The service's report, narrowed to what the contract promises (no byte ranges, no CMS details). */
export function toPdfVerification(report: VerificationReport): PdfVerification {
  return {
    verdict: report.verdict,
    sha256: report.sha256,
    matchesKnownHash: report.matchesKnownHash,
    signatures: report.signatures.map((s) => ({
      index: s.index,
      signerName: s.signerName,
      signerCommonName: s.signerCommonName,
      issuerName: s.issuerName,
      signingTime: s.signingTime,
      coversWholeDocument: s.coversWholeDocument,
      changedAfterSigning: s.changedAfterSigning,
      padesBaselineB: s.padesBaselineB,
      trust: s.trust,
      trustProblem: s.trustDetail.problem,
      chain: s.trustDetail.chain,
      trustCheckedAt: s.trustDetail.checkedAt,
      trustTimeSource: s.trustDetail.timeSource,
      changes: s.changes.map((c) => ({ kind: c.kind, page: c.page, count: c.count })),
      verdict: s.verdict,
    })),
  };
}

/** Verification through `verifier` (a worker thread in both hosts), trusting `anchors`. */
export async function verifyPdf(
  request: VerifyPdfRequest,
  now: Date,
  verifier: PdfVerifier,
  anchors: readonly Uint8Array[] | undefined,
): Promise<PdfVerification> {
  const report = await verifier({
    pdf: request.pdf,
    knownHashes: request.knownHashes,
    trustAnchors: anchors,
    now: now.toISOString(),
  });
  return toPdfVerification(report);
}
