import { EMPTY_CMS_CHECK, checkCms, type CmsCheck, type CmsCheckWithCertificates } from './cms-verify';
import { sha256Hex } from './hash';
import type { DocumentVerdict, SignatureVerdict } from '../../shared/signing-codes';
import { PdfString, nameOf } from './pdf/objects';
import { changesAfterRevision, type RevisionChange } from './revision-diff';
import { findSignatures, latin1 } from './signature-scan';
import { checkTrust, type TrustResult, type TrustStatus } from './trust';

export interface SignatureReport extends CmsCheck {
  /** 1-based, in file order (= signing order for incremental updates). */
  readonly index: number;
  /** /M of the signature dictionary, as ISO 8601, or null if absent/unreadable. */
  readonly signingTime: string | null;
  readonly subFilter: string | null;
  readonly byteRange: readonly number[] | null;
  /** The signed range runs from byte 0 to the end of a revision (%%EOF). */
  readonly coversRevision: boolean;
  /** The signed range runs to the end of the file. */
  readonly coversWholeDocument: boolean;
  /**
   * What changed between the revision this signature covers and the final file, beyond what a
   * later signature may add. Empty = unchanged. For an invalid or unreadable signature the
   * signed bytes themselves are not what was signed: changed, with no list.
   */
  readonly changes: readonly RevisionChange[];
  readonly changedAfterSigning: boolean;
  /** SubFilter ETSI.CAdES.detached, signing-certificate-v2, no CMS signing-time. */
  readonly padesBaselineB: boolean;
  /** Chain to the trusted certificates at the claimed signing time; separate from integrity. */
  readonly trust: TrustStatus;
  readonly trustDetail: TrustResult;
  readonly verdict: SignatureVerdict;
}

export interface VerificationReport {
  readonly verdict: DocumentVerdict;
  readonly sha256: string;
  /** Byte-for-byte one of the files this app signed (`knownHashes`). */
  readonly matchesKnownHash: boolean;
  readonly signatures: readonly SignatureReport[];
}

/** More signatures than any minutes carries: beyond this the file is refused as too complex. */
export const MAX_SIGNATURES = 32;

/** "D:20261128170000+07'00'" → ISO 8601 (UTC). */
export function parsePdfDate(text: string): string | null {
  const m = /^D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?([Zz+-])?(\d{2})?'?(\d{2})?'?/.exec(text);
  if (m === null) return null;
  const [, y, mo = '01', d = '01', h = '00', mi = '00', s = '00', sign, oh = '00', om = '00'] = m;
  const offset = sign === '+' || sign === '-' ? `${sign}${oh}:${om}` : 'Z';
  const date = new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}${offset}`);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

const isHexDigit = (x: number | undefined): boolean =>
  x !== undefined && ((x >= 0x30 && x <= 0x39) || (x >= 0x41 && x <= 0x46) || (x >= 0x61 && x <= 0x66));

/**
 * The signed ranges and the CMS in between, if the byte range is sound. `hexEnds` remembers,
 * per "<", where its run of hex digits ends: many byte ranges pointing at one long string cost
 * one scan, not one each.
 */
function signedParts(
  bytes: Uint8Array,
  range: readonly number[] | null,
  at: number,
  hexEnds: Map<number, number>,
) {
  if (!isSound(bytes, range, at, hexEnds) || range === null) return null;
  const [, b = 0, c = 0, d = 0] = range;
  let hex = latin1(bytes, b + 1, c - 1);
  if (hex.length % 2 === 1) hex += '0';
  return {
    content: [bytes.subarray(0, b), bytes.subarray(c, c + d)],
    cms: Buffer.from(hex, 'hex'),
    end: c + d,
  };
}

function isSound(
  bytes: Uint8Array,
  range: readonly number[] | null,
  at: number,
  hexEnds: Map<number, number>,
): boolean {
  if (range === null) return false;
  const [a = -1, b = 0, c = 0, d = 0] = range;
  if (a !== 0 || b <= 0 || c <= b || c + d > bytes.length) return false;
  // The signature dictionary itself must be among the signed bytes, before the gap.
  if (at >= b) return false;
  // The one unsigned gap must be exactly the /Contents hex string, or it could hide content…
  if (bytes[b] !== 0x3c || bytes[c - 1] !== 0x3e) return false;
  // …and that string must be the value of /Contents (not some other string the range points at).
  if (!/\/Contents\s*$/.test(latin1(bytes, Math.max(0, b - 32), b))) return false;
  let hexEnd = hexEnds.get(b);
  if (hexEnd === undefined) {
    hexEnd = b + 1;
    while (isHexDigit(bytes[hexEnd])) hexEnd += 1;
    hexEnds.set(b, hexEnd);
  }
  return hexEnd === c - 1;
}

function endsAtRevision(bytes: Uint8Array, end: number): boolean {
  return /%%EOF[\r\n]*$/.test(latin1(bytes, Math.max(0, end - 8), end));
}

/**
 * Reads every signature of a PDF and says, in codes, whether each is valid, who signed under
 * which trusted root, and what changed after it was made. Never throws on bad input.
 */
export interface VerifyOptions {
  /** SHA-256 (hex) of the files this app signed. */
  readonly knownHashes?: readonly string[];
  /** DER certificates the office trusts (roots, intermediates); undefined → 'not-checked'. */
  readonly trustAnchors?: readonly Uint8Array[];
  /** The time of verification, used for a signature that claims no signing time. */
  readonly now?: Date;
}

export function verifyPdfSignatures(pdf: Uint8Array, opts: VerifyOptions = {}): VerificationReport {
  const sha256 = sha256Hex(pdf);
  const matchesKnownHash = (opts.knownHashes ?? []).some((h) => h.toLowerCase() === sha256);
  if (latin1(pdf, 0, 1024).indexOf('%PDF-') < 0) {
    return { verdict: 'not-a-pdf', sha256, matchesKnownHash, signatures: [] };
  }
  const found = findSignatures(pdf);
  const hexEnds = new Map<number, number>();
  const sound = found.filter((sig) => isSound(pdf, sig.byteRange, sig.at, hexEnds));
  if (sound.length > MAX_SIGNATURES) {
    return { verdict: 'too-complex', sha256, matchesKnownHash, signatures: [] };
  }
  // Each revision is compared with the final file once, however many signatures end there.
  const diffs = new Map<number, readonly RevisionChange[]>();
  const changesAfter = (end: number): readonly RevisionChange[] => {
    const known = diffs.get(end);
    if (known !== undefined) return known;
    const computed = changesAfterRevision(pdf, end);
    diffs.set(end, computed);
    return computed;
  };
  const now = opts.now ?? new Date();
  const signatures = found.slice(0, MAX_SIGNATURES * 4).map((sig, i): SignatureReport => {
    const parts = signedParts(pdf, sig.byteRange, sig.at, hexEnds);
    const cms: CmsCheckWithCertificates | null = parts === null ? null : checkCms(parts.cms, parts.content);
    const { certificates = [], ...base }: Partial<CmsCheckWithCertificates> & CmsCheck =
      cms ?? EMPTY_CMS_CHECK;
    const readable = parts !== null && cms !== null && cms.signerName !== null;
    const valid =
      readable && base.signatureVerified && base.digestMatches && base.certificateBinding !== 'mismatch';
    const end = parts?.end ?? 0;
    const coversRevision = parts !== null && endsAtRevision(pdf, end);
    // A line break after the last %%EOF is not a change.
    const coversWholeDocument = parts !== null && /^[\r\n\t \0]*$/.test(latin1(pdf, end, pdf.length));
    let changes: readonly RevisionChange[] = [];
    if (valid) changes = coversRevision ? changesAfter(end) : [{ kind: 'partial-coverage' }];
    let verdict: SignatureVerdict;
    if (!readable) verdict = 'malformed-signature';
    else if (!valid) verdict = 'invalid-signature';
    else if (changes.length > 0) verdict = 'changed-after-signing';
    else verdict = coversWholeDocument ? 'valid' : 'valid-later-revision-signed';
    const m = sig.dict?.get('M');
    const subFilter = nameOf(sig.dict?.get('SubFilter')) ?? null;
    const signingTime = m instanceof PdfString ? parsePdfDate(m.latin1) : null;
    const trustDetail = checkTrust({
      certificates,
      anchors: opts.trustAnchors,
      claimedTime: signingTime === null ? null : new Date(signingTime),
      verificationTime: now,
      certificateBound: base.certificateBinding === 'bound',
    });
    let problem = base.problem;
    if (parts === null) problem = 'byte range missing or unsound';
    else if (readable && base.certificateBinding === 'mismatch') {
      problem = 'the certificate is not the one named in the signed attributes (signing-certificate-v2)';
    }
    return {
      ...base,
      problem,
      index: i + 1,
      signingTime,
      subFilter,
      byteRange: sig.byteRange,
      coversRevision,
      coversWholeDocument,
      changes,
      // Invalid or unreadable: what was signed is not what is here, so never "unchanged".
      changedAfterSigning: !valid || changes.length > 0,
      padesBaselineB:
        subFilter === 'ETSI.CAdES.detached' &&
        base.certificateBinding === 'bound' &&
        base.hasSigningCertificateV2 &&
        !base.hasCmsSigningTime,
      // An invalid signature vouches for no one: its certificate is not shown as trusted.
      trust: valid ? trustDetail.status : trustDetail.status === 'not-checked' ? 'not-checked' : 'untrusted',
      trustDetail,
      verdict,
    };
  });
  return { verdict: documentVerdict(signatures), sha256, matchesKnownHash, signatures };
}

function documentVerdict(signatures: readonly SignatureReport[]): DocumentVerdict {
  if (signatures.length === 0) return 'no-signatures';
  const verdicts = new Set(signatures.map((s) => s.verdict));
  if (verdicts.has('invalid-signature') || verdicts.has('malformed-signature')) return 'invalid-signature';
  if (verdicts.has('changed-after-signing')) return 'changed-after-signing';
  return 'all-signatures-valid';
}
