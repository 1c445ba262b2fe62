import { X509Certificate, createHash } from 'node:crypto';
import * as pkijs from 'pkijs';
import { certificateNames, parseCertificate, toArrayBuffer } from './certificate-names';

/**
 * Reads the certificate files an office gets from its CA or IT department: .cer/.crt/.der
 * (DER), .pem/.crt (PEM, one or many), .p7b/.p7c (a PKCS#7 "certs-only" bundle, DER or PEM).
 */

/** A certificate file is a few kB; a bundle of a national hierarchy well under a megabyte. */
export const MAX_CERTIFICATE_FILE_BYTES = 1024 * 1024;
const MAX_CERTIFICATES_PER_FILE = 200;
const SIGNED_DATA = '1.2.840.113549.1.7.2';

export class CertificateFileUnreadable extends Error {
  override readonly name = 'CertificateFileUnreadable';
}

/** What the list of trusted certificates shows for each. */
export interface CertificateSummary {
  /** SHA-256 of the DER, lower-case hex: what an office compares with the CA's published one. */
  readonly fingerprint: string;
  readonly subject: string;
  readonly issuer: string;
  /** ISO 8601. */
  readonly notBefore: string;
  readonly notAfter: string;
  /** A CA certificate (basic constraints CA:TRUE): only those can be trusted roots. */
  readonly isCa: boolean;
  readonly selfSigned: boolean;
}

export function summarizeCertificate(der: Uint8Array): CertificateSummary {
  const x509 = new X509Certificate(Buffer.from(der));
  const pk = parseCertificate(der);
  return {
    fingerprint: createHash('sha256').update(der).digest('hex'),
    subject: certificateNames(pk).displayName,
    issuer: certificateNames(pk, 'issuer').displayName,
    notBefore: new Date(x509.validFrom).toISOString(),
    notAfter: new Date(x509.validTo).toISOString(),
    isCa: x509.ca,
    selfSigned: x509.subject === x509.issuer && x509.verify(x509.publicKey),
  };
}

function certificatesOfPkcs7(der: Uint8Array): Uint8Array[] {
  const info = pkijs.ContentInfo.fromBER(toArrayBuffer(der));
  if (info.contentType !== SIGNED_DATA) throw new CertificateFileUnreadable('PKCS#7 is not SignedData');
  const signed = new pkijs.SignedData({ schema: info.content });
  return (signed.certificates ?? [])
    .filter((c): c is pkijs.Certificate => c instanceof pkijs.Certificate)
    .map((c) => new Uint8Array(c.toSchema().toBER()));
}

function fromDer(der: Uint8Array): Uint8Array[] {
  try {
    new X509Certificate(Buffer.from(der));
    return [der];
  } catch {
    // not a single certificate: perhaps a PKCS#7 bundle
  }
  try {
    return certificatesOfPkcs7(der);
  } catch (cause) {
    throw new CertificateFileUnreadable('neither a certificate nor a PKCS#7 bundle', { cause });
  }
}

/** Every certificate in the file, as DER, in file order (duplicates removed). Throws if none. */
export function readCertificateFile(bytes: Uint8Array): Uint8Array[] {
  if (bytes.byteLength > MAX_CERTIFICATE_FILE_BYTES) throw new CertificateFileUnreadable('file too large');
  const text = Buffer.from(bytes).toString('latin1');
  let found: Uint8Array[] = [];
  if (text.includes('-----BEGIN ')) {
    const blocks = text.matchAll(/-----BEGIN ([A-Z0-9 ]+)-----([A-Za-z0-9+/=\s]*?)-----END \1-----/g);
    for (const [, label, body = ''] of blocks) {
      const der = new Uint8Array(Buffer.from(body.replace(/\s+/g, ''), 'base64'));
      if (label === 'CERTIFICATE' || label === 'X509 CERTIFICATE' || label === 'TRUSTED CERTIFICATE') {
        found.push(...fromDer(der));
      } else if (label === 'PKCS7' || label === 'CMS') found.push(...certificatesOfPkcs7(der));
      if (found.length > MAX_CERTIFICATES_PER_FILE)
        throw new CertificateFileUnreadable('too many certificates');
    }
  } else found = fromDer(bytes);
  const seen = new Set<string>();
  const unique = found.filter((der) => {
    const key = createHash('sha256').update(der).digest('hex');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  if (unique.length === 0) throw new CertificateFileUnreadable('no certificate in the file');
  if (unique.length > MAX_CERTIFICATES_PER_FILE) throw new CertificateFileUnreadable('too many certificates');
  return unique;
}
