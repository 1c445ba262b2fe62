import type {
  PdfVerification,
  SignerRole,
  SignPdfOutcome,
  SignPdfRequest,
  VerifyPdfRequest,
} from './contract';
import {
  readSigningIdentity,
  signPdf,
  SigningError,
  verifyPdfSignatures,
  type VerificationReport,
} from '../services/signing';

/** The title written in the signature box, as on the minutes' signature blocks. */
export const SIGNER_ROLE_TITLES = {
  chair: 'Chủ tịch Hội đồng',
  secretary: 'Thư ký',
} as const satisfies Record<SignerRole, string>;

export interface SigningDeps {
  readonly now: () => Date;
  readonly font: () => Uint8Array;
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
    const box = request.box;
    const signed = signPdf({
      pdf: request.pdf,
      identity,
      role: SIGNER_ROLE_TITLES[request.role],
      reason: request.reason,
      location: request.location,
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
        name: identity.commonName,
        ...(identity.organization === undefined ? {} : { organization: identity.organization }),
        certificateNotAfter: identity.notAfter.toISOString(),
      },
      signedAt: signingTime.toISOString(),
    };
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
      verdict: s.verdict,
    })),
  };
}

export function verifyPdf(request: VerifyPdfRequest, now: Date): PdfVerification {
  return toPdfVerification(verifyPdfSignatures(request.pdf, { knownHashes: request.knownHashes, now }));
}
