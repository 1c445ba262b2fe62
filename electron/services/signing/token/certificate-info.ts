import { X509Certificate } from 'node:crypto';
import * as asn1js from 'asn1js';
import { certificateNames, parseCertificate } from '../certificate-names';
import type { Signer } from '../signer';

/** Key usages of RFC 5280 §4.2.1.3, in bit order. */
export const KEY_USAGES = [
  'digitalSignature',
  'nonRepudiation',
  'keyEncipherment',
  'dataEncipherment',
  'keyAgreement',
  'keyCertSign',
  'cRLSign',
  'encipherOnly',
  'decipherOnly',
] as const;
export type KeyUsage = (typeof KEY_USAGES)[number];

/** Why a certificate on a token cannot sign the minutes (codes of electron/shared/signing-codes.ts). */
export type CertificateRefusal =
  'certificate-expired' | 'certificate-not-yet-valid' | 'certificate-no-signing-usage' | 'unsupported-key';

export interface TokenCertificate {
  /** CKA_ID in hex: pairs the certificate with its private key on the token. */
  readonly id: string;
  readonly label: string;
  readonly holder: string;
  readonly organization?: string;
  readonly issuer: string;
  /** ISO 8601. */
  readonly notBefore: string;
  readonly notAfter: string;
  /** null: the certificate has no keyUsage extension, i.e. no restriction (RFC 5280). */
  readonly keyUsage: readonly KeyUsage[] | null;
  readonly keyType: Signer['keyType'] | 'other';
  /** null when it can sign now. */
  readonly refusal: CertificateRefusal | null;
}

const OID_KEY_USAGE = '2.5.29.15';

function keyUsageOf(der: Uint8Array): KeyUsage[] | null {
  const extension = parseCertificate(der).extensions?.find((e) => e.extnID === OID_KEY_USAGE);
  if (extension === undefined) return null;
  const parsed = asn1js.fromBER(extension.extnValue.valueBlock.valueHexView);
  if (!(parsed.result instanceof asn1js.BitString)) return [];
  const bits = parsed.result.valueBlock.valueHexView;
  return KEY_USAGES.filter((_, bit) => (((bits[bit >> 3] ?? 0) >> (7 - (bit & 7))) & 1) === 1);
}

export function keyTypeOf(cert: X509Certificate): TokenCertificate['keyType'] {
  const key = cert.publicKey;
  if (key.asymmetricKeyType === 'rsa') return 'rsa';
  if (key.asymmetricKeyType === 'ec' && key.asymmetricKeyDetails?.namedCurve === 'prime256v1')
    return 'ec-p256';
  return 'other';
}

/**
 * What the Settings list and the signing forms show of a token's certificate, and whether it
 * may sign at `now`: valid then, with the digitalSignature or nonRepudiation key usage (or no
 * keyUsage extension at all), with an RSA or P-256 key.
 */
export function describeTokenCertificate(
  der: Uint8Array,
  id: string,
  label: string,
  now: Date,
): TokenCertificate {
  const x509 = new X509Certificate(Buffer.from(der));
  const parsed = parseCertificate(der);
  const subject = certificateNames(parsed);
  const issuer = certificateNames(parsed, 'issuer');
  const notBefore = new Date(x509.validFrom);
  const notAfter = new Date(x509.validTo);
  const keyUsage = keyUsageOf(der);
  const keyType = keyTypeOf(x509);
  const refusal: CertificateRefusal | null =
    now.getTime() < notBefore.getTime()
      ? 'certificate-not-yet-valid'
      : now.getTime() > notAfter.getTime()
        ? 'certificate-expired'
        : keyUsage !== null && !keyUsage.includes('digitalSignature') && !keyUsage.includes('nonRepudiation')
          ? 'certificate-no-signing-usage'
          : keyType === 'other'
            ? 'unsupported-key'
            : null;
  return {
    id,
    label,
    holder: subject.commonName,
    ...(subject.organization === undefined ? {} : { organization: subject.organization }),
    issuer: issuer.displayName,
    notBefore: notBefore.toISOString(),
    notAfter: notAfter.toISOString(),
    keyUsage,
    keyType,
    refusal,
  };
}

/** The certificates among `others` that issued `signer`, issuer first (best effort). */
export function issuerChain(signer: Uint8Array, others: readonly Uint8Array[]): Uint8Array[] {
  const rest = others.map((der) => ({ der, cert: new X509Certificate(Buffer.from(der)) }));
  const chain: Uint8Array[] = [];
  let current = new X509Certificate(Buffer.from(signer));
  for (;;) {
    const index = rest.findIndex((candidate) => current.checkIssued(candidate.cert));
    const found = rest.splice(index, 1)[0];
    if (index < 0 || found === undefined) return chain;
    chain.push(found.der);
    current = found.cert;
  }
}

/** ECDSA on a token returns r‖s; CMS carries the DER Ecdsa-Sig-Value SEQUENCE { r, s }. */
export function ecdsaRawToDer(raw: Uint8Array): Uint8Array {
  const half = raw.length / 2;
  const integer = (bytes: Uint8Array): Buffer => {
    let start = 0;
    while (start < bytes.length - 1 && bytes[start] === 0) start += 1;
    const trimmed = Buffer.from(bytes.subarray(start));
    const body = (trimmed[0] ?? 0) & 0x80 ? Buffer.concat([Buffer.from([0]), trimmed]) : trimmed;
    return Buffer.concat([Buffer.from([0x02, body.length]), body]);
  };
  const content = Buffer.concat([integer(raw.subarray(0, half)), integer(raw.subarray(half))]);
  // P-256: at most 2 × 35 bytes, so the short length form always fits.
  return new Uint8Array(Buffer.concat([Buffer.from([0x30, content.length]), content]));
}
