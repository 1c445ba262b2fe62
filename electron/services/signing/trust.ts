import { X509Certificate } from 'node:crypto';
import * as asn1js from 'asn1js';
import { certificateNames, parseCertificate } from './certificate-names';
import type { TrustProblem } from '../../shared/signing-codes';

/**
 * Whether a signer certificate chains to one of the trusted certificates the office imported
 * (its CA's root, or an intermediate it chose to trust), and if not, why.
 *
 * Each link is checked by issuer name and signature; each CA certificate must be a CA (basic
 * constraints) allowed to sign certificates (key usage), the signer's must allow signing
 * (digitalSignature or nonRepudiation); every certificate must be valid at the time checked.
 * That time is the signing time the signature claims (/M, signed with it; this app writes no
 * CMS signing-time), or the time of verification when there is none. Without a timestamp
 * (PAdES B-B) the claim is the signer's own, and revocation is not checked: the level of
 * assurance the texts state. A self-signed signer certificate is never trusted, even if imported.
 */
export type TrustStatus = 'trusted' | 'untrusted' | 'not-checked';

export type { TrustProblem };

export interface TrustResult {
  readonly status: TrustStatus;
  /** Why the chain is not trusted; null when trusted or not checked. */
  readonly problem: TrustProblem | null;
  /** Names from the signer up to the trusted certificate (as far as the chain was built). */
  readonly chain: readonly string[];
  /** ISO 8601: the time the certificates were checked at. */
  readonly checkedAt: string;
  readonly timeSource: 'claimed-signing-time' | 'verification-time';
}

const MAX_CHAIN = 8;
const KEY_USAGE = '2.5.29.15';
const DIGITAL_SIGNATURE = 0x80;
const NON_REPUDIATION = 0x40;
const KEY_CERT_SIGN = 0x04;

interface Cert {
  readonly x509: X509Certificate;
  readonly name: string;
  /** First byte of the key usage bits, or null when the extension is absent (= any use). */
  readonly keyUsage: number | null;
}

function parse(der: Uint8Array): Cert | undefined {
  try {
    const x509 = new X509Certificate(Buffer.from(der));
    const pk = parseCertificate(der);
    const ext = (pk.extensions ?? []).find((e) => e.extnID === KEY_USAGE);
    let keyUsage: number | null = null;
    if (ext !== undefined) {
      const bits = asn1js.fromBER(ext.extnValue.valueBlock.valueHexView).result;
      keyUsage = bits instanceof asn1js.BitString ? (bits.valueBlock.valueHexView[0] ?? 0) : 0;
    }
    return { x509, name: certificateNames(pk).displayName, keyUsage };
  } catch {
    return undefined; // an unreadable certificate simply cannot be part of a chain
  }
}

function validity(cert: X509Certificate, at: Date): TrustProblem | null {
  if (at.getTime() < new Date(cert.validFrom).getTime()) return 'not-yet-valid-at-signing';
  if (at.getTime() > new Date(cert.validTo).getTime()) return 'expired-at-signing';
  return null;
}

/** By name only: OpenSSL's checkIssued also wants keyCertSign, which would turn a wrong key
 * usage or a same-name impostor into "unknown issuer" instead of saying what is wrong. */
const namedBy = (issuer: Cert, subject: Cert): boolean => subject.x509.issuer === issuer.x509.subject;

function signedBy(issuer: Cert, subject: Cert): boolean {
  try {
    return subject.x509.verify(issuer.x509.publicKey);
  } catch {
    return false; // e.g. an algorithm node cannot verify: no link
  }
}

const selfSigned = (cert: Cert): boolean => namedBy(cert, cert) && signedBy(cert, cert);

export interface TrustInput {
  /** The signer's certificate first, then the others the CMS carries. */
  readonly certificates: readonly Uint8Array[];
  /**
   * What the office imported as trusted (roots and intermediates). Undefined (a host without a
   * trust list) → 'not-checked'; an empty list → every chain is untrusted ("unknown issuer").
   */
  readonly anchors: readonly Uint8Array[] | undefined;
  /** The signing time claimed by the signature, if any. */
  readonly claimedTime: Date | null;
  readonly verificationTime: Date;
  /** Whether the certificate is bound by the signed attributes (ESS signing-certificate). */
  readonly certificateBound: boolean;
}

export function checkTrust(input: TrustInput): TrustResult {
  const at = input.claimedTime ?? input.verificationTime;
  const base = {
    checkedAt: at.toISOString(),
    timeSource: input.claimedTime === null ? 'verification-time' : 'claimed-signing-time',
  } as const;
  const [signerDer, ...otherDer] = input.certificates;
  const signer = signerDer === undefined ? undefined : parse(signerDer);
  if (input.anchors === undefined) {
    return {
      ...base,
      status: 'not-checked',
      problem: null,
      chain: signer === undefined ? [] : [signer.name],
    };
  }
  const untrusted = (problem: TrustProblem, chain: readonly string[]): TrustResult => ({
    ...base,
    status: 'untrusted',
    problem,
    chain,
  });
  if (signer === undefined) return untrusted('no-certificate', []);
  const chain = [signer.name];
  if (selfSigned(signer)) return untrusted('self-signed', chain);
  if (!input.certificateBound) return untrusted('certificate-not-bound', chain);
  if (signer.keyUsage !== null && (signer.keyUsage & (DIGITAL_SIGNATURE | NON_REPUDIATION)) === 0) {
    return untrusted('wrong-key-usage', chain);
  }
  const signerTime = validity(signer.x509, at);
  if (signerTime !== null) return untrusted(signerTime, chain);

  const anchors = input.anchors.map(parse).filter((c): c is Cert => c !== undefined);
  const intermediates = otherDer.map(parse).filter((c): c is Cert => c !== undefined);
  let current = signer;
  for (let depth = 0; depth < MAX_CHAIN; depth += 1) {
    const subject = current;
    const anchorNamed = anchors.filter((c) => namedBy(c, subject));
    const carriedNamed = intermediates.filter((c) => c !== subject && namedBy(c, subject));
    if (anchorNamed.length === 0 && carriedNamed.length === 0) return untrusted('unknown-issuer', chain);
    const anchor = anchorNamed.find((c) => signedBy(c, subject));
    const issuer = anchor ?? carriedNamed.find((c) => signedBy(c, subject));
    if (issuer === undefined) return untrusted('broken-chain', chain);
    chain.push(issuer.name);
    if (!issuer.x509.ca || (issuer.keyUsage !== null && (issuer.keyUsage & KEY_CERT_SIGN) === 0)) {
      return untrusted('wrong-key-usage', chain);
    }
    const issuerTime = validity(issuer.x509, at);
    if (issuerTime !== null) return untrusted(issuerTime, chain);
    if (anchor !== undefined) return { ...base, status: 'trusted', problem: null, chain };
    // A root the office did not import ends the chain: its issuer is unknown.
    if (selfSigned(issuer)) return untrusted('unknown-issuer', chain);
    current = issuer;
  }
  return untrusted('broken-chain', chain);
}
