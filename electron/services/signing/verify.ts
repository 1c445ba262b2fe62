import { EMPTY_CMS_CHECK, checkCms, type CmsCheck, type CmsCheckWithCertificates } from './cms-verify';
import { sha256Hex } from './hash';
import type { DocumentVerdict, SignatureVerdict } from './messages';
import { PdfString, isDict, nameOf, numberArray, type PdfDict } from './pdf/objects';
import { PdfLexer } from './pdf/parser';
import { checkTrust, type TrustStatus } from './trust';

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
  /** Bytes after this signature's revision that no later valid signature covers. */
  readonly changedAfterSigning: boolean;
  /** SubFilter ETSI.CAdES.detached, signing-certificate-v2, no CMS signing-time. */
  readonly padesBaselineB: boolean;
  /** Chain to `trustAnchors` at the claimed signing time; separate from the integrity verdict. */
  readonly trust: TrustStatus;
  readonly verdict: SignatureVerdict;
}

export interface VerificationReport {
  readonly verdict: DocumentVerdict;
  readonly sha256: string;
  /** Byte-for-byte one of the files this app signed (`knownHashes`). */
  readonly matchesKnownHash: boolean;
  readonly signatures: readonly SignatureReport[];
}

interface FoundSignature {
  readonly byteRange: readonly number[] | null;
  readonly dict: PdfDict | null;
}

const latin1 = (bytes: Uint8Array, start: number, end: number): string =>
  Buffer.from(bytes.subarray(start, end)).toString('latin1');

/** "D:20261128170000+07'00'" → ISO 8601 (UTC). */
export function parsePdfDate(text: string): string | null {
  const m = /^D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?([Zz+-])?(\d{2})?'?(\d{2})?'?/.exec(text);
  if (m === null) return null;
  const [, y, mo = '01', d = '01', h = '00', mi = '00', s = '00', sign, oh = '00', om = '00'] = m;
  const offset = sign === '+' || sign === '-' ? `${sign}${oh}:${om}` : 'Z';
  const date = new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}${offset}`);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** The dictionary around a /ByteRange: parse the indirect object that starts before it. */
function enclosingObject(bytes: Uint8Array, at: number): PdfDict | null {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let obj = buffer.lastIndexOf(' obj', at); obj > 0; obj = buffer.lastIndexOf(' obj', obj - 1)) {
    const header = /(\d+)\s+(\d+)$/.exec(latin1(bytes, Math.max(0, obj - 24), obj));
    if (header === null) continue;
    try {
      const value = new PdfLexer(bytes, obj + 4).readValue();
      return isDict(value) && value.has('ByteRange') ? value : null;
    } catch {
      return null; // damaged object: the byte range alone still gets checked
    }
  }
  return null;
}

/** Every /ByteRange in the file; scanning (not the xref) also finds signatures that a later
 * revision tried to hide by dropping their field. */
function findSignatures(bytes: Uint8Array): FoundSignature[] {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const found: FoundSignature[] = [];
  for (let at = buffer.indexOf('/ByteRange'); at >= 0; at = buffer.indexOf('/ByteRange', at + 1)) {
    let byteRange: number[] | null;
    try {
      const lexer = new PdfLexer(bytes, at + '/ByteRange'.length);
      const numbers = numberArray(lexer.readValue(), 4);
      byteRange = numbers !== null && numbers.every((v) => Number.isInteger(v) && v >= 0) ? numbers : null;
    } catch {
      byteRange = null; // reported as a malformed signature below
    }
    found.push({ byteRange, dict: enclosingObject(bytes, at) });
  }
  return found;
}

/** The signed ranges and the CMS in between, if the byte range is sound. */
function signedParts(bytes: Uint8Array, range: readonly number[] | null) {
  if (range === null) return null;
  const [a = -1, b = 0, c = 0, d = 0] = range;
  if (a !== 0 || b <= 0 || c <= b || c + d > bytes.length) return null;
  // The one unsigned gap must be exactly the /Contents hex string, or it could hide content.
  const gap = latin1(bytes, b, c);
  if (!/^<[0-9a-fA-F]*>$/.test(gap)) return null;
  let hex = gap.slice(1, -1);
  if (hex.length % 2 === 1) hex += '0';
  return {
    content: [bytes.subarray(0, b), bytes.subarray(c, c + d)],
    cms: Buffer.from(hex, 'hex'),
    end: c + d,
  };
}

function endsAtRevision(bytes: Uint8Array, end: number): boolean {
  return /%%EOF[\r\n]*$/.test(latin1(bytes, Math.max(0, end - 8), end));
}

/**
 * Reads every signature of a PDF and says, in codes, whether each is valid, covers the
 * document, and whether the file changed after signing. Never throws on bad input.
 */
export interface VerifyOptions {
  /** SHA-256 (hex) of the files this app signed. */
  readonly knownHashes?: readonly string[];
  /** DER certificates of the CAs to trust (e.g. the national root); none → 'not-checked'. */
  readonly trustAnchors?: readonly Uint8Array[];
  /** Clock for the trust check of a signature without /M. */
  readonly now?: Date;
}

export function verifyPdfSignatures(pdf: Uint8Array, opts: VerifyOptions = {}): VerificationReport {
  const sha256 = sha256Hex(pdf);
  const matchesKnownHash = (opts.knownHashes ?? []).some((h) => h.toLowerCase() === sha256);
  if (latin1(pdf, 0, 1024).indexOf('%PDF-') < 0) {
    return { verdict: 'not-a-pdf', sha256, matchesKnownHash, signatures: [] };
  }
  const checked = findSignatures(pdf).map((sig) => {
    const parts = signedParts(pdf, sig.byteRange);
    const cms: CmsCheckWithCertificates | null = parts === null ? null : checkCms(parts.cms, parts.content);
    return { sig, parts, cms, valid: cms !== null && cms.signatureVerified && cms.digestMatches };
  });
  const validEnds = checked.flatMap((c) => (c.valid && c.parts !== null ? [c.parts.end] : []));
  const signatures = checked.map(({ sig, parts, cms, valid }, i): SignatureReport => {
    const end = parts?.end ?? 0;
    const coversRevision = parts !== null && endsAtRevision(pdf, end);
    const coversWholeDocument = parts !== null && end === pdf.length;
    const coveredLater = validEnds.some((e) => e >= end && e === pdf.length);
    const changedAfterSigning = !coversWholeDocument && !coveredLater;
    const m = sig.dict?.get('M');
    const subFilter = nameOf(sig.dict?.get('SubFilter')) ?? null;
    let verdict: SignatureVerdict;
    if (parts === null || cms === null || cms.signerName === null) verdict = 'malformed-signature';
    else if (!valid) verdict = 'invalid-signature';
    else if (!coversRevision || changedAfterSigning) verdict = 'changed-after-signing';
    else verdict = coversWholeDocument ? 'valid' : 'valid-later-revision-signed';
    const { certificates = [], ...base }: Partial<CmsCheckWithCertificates> & CmsCheck =
      cms ?? EMPTY_CMS_CHECK;
    const signingTime = m instanceof PdfString ? parsePdfDate(m.latin1) : null;
    const at = signingTime === null ? (opts.now ?? new Date()) : new Date(signingTime);
    const trust = checkTrust(certificates, opts.trustAnchors, at);
    return {
      ...base,
      problem: parts === null ? 'byte range missing or unsound' : base.problem,
      index: i + 1,
      signingTime,
      subFilter,
      byteRange: sig.byteRange,
      coversRevision,
      coversWholeDocument,
      changedAfterSigning,
      padesBaselineB:
        subFilter === 'ETSI.CAdES.detached' && base.hasSigningCertificateV2 && !base.hasCmsSigningTime,
      trust,
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
