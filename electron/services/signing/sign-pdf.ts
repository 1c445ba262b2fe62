import { createHash } from 'node:crypto';
import { buildCadesSignature } from './cms';
import {
  CertificateExpired,
  CertificateNotYetValid,
  SignaturePageNotFound,
  SignatureSpaceExceeded,
  SigningError,
  UnsupportedPdfStructure,
} from './errors';
import { loadDejaVuSans } from './font-file';
import { sha256Hex } from './hash';
import type { Signer } from './signer';
import { openPdf, pageRefs, type PdfFile } from './pdf/file';
import { ObjectNumbers, writeIncrementalUpdate } from './pdf/incremental';
import { PdfRef, PdfString, isDict, numberArray, serialize, textString, type PdfValue } from './pdf/objects';
import { PdfSyntaxError } from './pdf/parser';
import { hostText } from '../../shared/host-words';
import { signatureFieldObjects, type SignatureRect } from './signature-field';

export type { SignatureRect } from './signature-field';

export interface SignPdfOptions {
  readonly pdf: Uint8Array;
  /** A .p12 identity or a token's signer: same CMS, same box. */
  readonly identity: Signer;
  /** e.g. "Chủ tịch Hội đồng", "Thư ký" — shown in the box. */
  readonly role: string;
  readonly reason: string;
  readonly location: string;
  /** Claimed time of signing, written to /M and shown in the box (Vietnam time, UTC+7). */
  readonly signingTime: Date;
  /** 1-based page number, or the last page (default). */
  readonly page?: number | 'last';
  /** Default: 200×64 pt at the bottom right of the page. */
  readonly rect?: SignatureRect;
  /** TrueType font for the box; default DejaVu Sans. */
  readonly font?: Uint8Array;
}

export interface SignedPdf {
  readonly bytes: Uint8Array;
  readonly sha256: string;
  readonly fieldName: string;
}

const VIETNAM_OFFSET_MS = 7 * 3600 * 1000; // Vietnam has no daylight saving time
const BYTE_RANGE_PLACEHOLDER = '[0 ********** ********** **********]';

function vietnamClock(time: Date): { date: string; time: string; pdf: string } {
  const t = new Date(time.getTime() + VIETNAM_OFFSET_MS);
  const p = (n: number, w = 2): string => String(n).padStart(w, '0');
  const [y, mo, d, h, mi, s] = [
    t.getUTCFullYear(),
    t.getUTCMonth() + 1,
    t.getUTCDate(),
    t.getUTCHours(),
    t.getUTCMinutes(),
    t.getUTCSeconds(),
  ];
  return {
    date: `${p(d)}/${p(mo)}/${p(y, 4)}`,
    time: `${p(h)}:${p(mi)}:${p(s)}`,
    pdf: `D:${p(y, 4)}${p(mo)}${p(d)}${p(h)}${p(mi)}${p(s)}+07'00'`,
  };
}

function mediaBox(file: PdfFile, pageRef: PdfRef): number[] {
  // MediaBox may be inherited from an ancestor in the page tree.
  let node = file.resolve(pageRef);
  for (let depth = 0; isDict(node) && depth < 32; depth += 1) {
    const box = numberArray(file.resolve(node.get('MediaBox')), 4);
    if (box !== null) return box;
    node = file.resolve(node.get('Parent'));
  }
  return [0, 0, 595.28, 841.89]; // A4
}

function choosePage(file: PdfFile, page: number | 'last'): PdfRef {
  const pages = pageRefs(file);
  const index = page === 'last' ? pages.length - 1 : page - 1;
  const ref = pages[index];
  if (ref === undefined) throw new SignaturePageNotFound(page === 'last' ? 0 : page, pages.length);
  return ref;
}

/**
 * Parsing problems anywhere in the file (xref, page tree, a damaged object stream) become
 * one named error the UI can explain; our own named errors pass through unchanged.
 */
function readingPdf<T>(step: () => T): T {
  try {
    return step();
  } catch (cause) {
    if (cause instanceof SigningError) throw cause;
    const zlib =
      typeof cause === 'object' && cause !== null && 'code' in cause && String(cause.code).startsWith('Z_');
    if (cause instanceof PdfSyntaxError || zlib) {
      throw new UnsupportedPdfStructure(cause instanceof Error ? cause.message : 'unreadable', { cause });
    }
    throw cause;
  }
}

function openForSigning(pdf: Uint8Array): PdfFile {
  const file = readingPdf(() => openPdf(pdf));
  if (file.trailer.has('Encrypt')) throw new UnsupportedPdfStructure('encrypted PDF');
  return file;
}

/**
 * Adds a visible PAdES B-B signature as an incremental update. Earlier signatures stay
 * valid because the original bytes are kept verbatim. Synchronous and fast (no I/O).
 */
export function signPdf(options: SignPdfOptions): SignedPdf {
  const { identity, signingTime } = options;
  // An identity may be kept for a whole session; the certificate must cover the claimed time.
  if (signingTime.getTime() < identity.notBefore.getTime())
    throw new CertificateNotYetValid(identity.notBefore);
  if (signingTime.getTime() > identity.notAfter.getTime()) throw new CertificateExpired(identity.notAfter);
  const file = openForSigning(options.pdf);
  const size = file.trailer.get('Size');
  if (typeof size !== 'number') throw new UnsupportedPdfStructure('trailer without /Size');
  const numbers = new ObjectNumbers(size);
  const signatureRef = numbers.allocate();
  const clock = vietnamClock(signingTime);
  const lines = [
    { text: options.role, scale: 1.1 },
    // The box is part of the signed document, which is in Vietnamese (an official paper).
    { text: hostText('vi', 'signature.signedBy', { name: identity.commonName }) },
    ...(identity.organization === undefined ? [] : [{ text: identity.organization, scale: 0.85 }]),
    { text: hostText('vi', 'signature.signedAt', { date: clock.date, time: clock.time }), scale: 0.9 },
  ];
  const font = options.font ?? loadDejaVuSans();
  const field = readingPdf(() => {
    const pageRef = choosePage(file, options.page ?? 'last');
    const [, , right = 595.28] = mediaBox(file, pageRef);
    const rect = options.rect ?? { x: right - 56 - 200, y: 56, width: 200, height: 64 };
    // A caller bug, not a user mistake: a box this small cannot hold three lines of text.
    if (!(rect.width >= 60 && rect.height >= 24))
      throw new RangeError(`signature box too small: ${rect.width}×${rect.height}`);
    return signatureFieldObjects({ file, numbers, pageRef, rect, lines, signatureRef, font });
  });

  // Room for the CMS: the certificates dominate its size; 4 kB covers the rest.
  const reserved = 4096 + identity.certificate.length + identity.chain.reduce((s, c) => s + c.length, 0);
  const entry = (key: string, value: string): string => `/${key} ${value}`;
  const signatureText = `<<${[
    entry('Type', '/Sig'),
    entry('Filter', '/Adobe.PPKLite'),
    entry('SubFilter', '/ETSI.CAdES.detached'),
    entry('ByteRange', BYTE_RANGE_PLACEHOLDER),
    entry('Contents', `<${'0'.repeat(reserved * 2)}>`),
    entry('M', serialize(new PdfString(Buffer.from(clock.pdf, 'latin1')) satisfies PdfValue)),
    entry('Name', textString(identity.commonName)),
    entry('Reason', textString(options.reason)),
    entry('Location', textString(options.location)),
    entry('Prop_Build', '<</App <</Name /OCOPCouncil>>>>'),
  ].join(' ')}>>`;

  const update = writeIncrementalUpdate(
    options.pdf,
    file.trailer,
    file.startXref,
    [{ ref: signatureRef, body: { kind: 'raw', text: signatureText } }, ...field.objects],
    numbers.size,
  );
  const bytes = Buffer.from(update.bytes);
  const body = update.bodyOffset(signatureRef);
  const byteRangeAt = body + signatureText.indexOf(BYTE_RANGE_PLACEHOLDER);
  const contentsStart = body + signatureText.indexOf('/Contents <') + '/Contents '.length;
  const contentsEnd = contentsStart + reserved * 2 + 2;
  const byteRange = [0, contentsStart, contentsEnd, bytes.length - contentsEnd];
  bytes.write(`[${byteRange.join(' ')}]`.padEnd(BYTE_RANGE_PLACEHOLDER.length, ' '), byteRangeAt, 'latin1');

  const digest = createHash('sha256')
    .update(bytes.subarray(0, contentsStart))
    .update(bytes.subarray(contentsEnd))
    .digest();
  const cms = buildCadesSignature(identity, digest);
  if (cms.length > reserved) throw new SignatureSpaceExceeded(cms.length, reserved);
  bytes.write(Buffer.from(cms).toString('hex'), contentsStart + 1, 'latin1');

  return { bytes, sha256: sha256Hex(bytes), fieldName: field.fieldName };
}
