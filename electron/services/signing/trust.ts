import { X509Certificate } from 'node:crypto';

/**
 * Whether a signer certificate chains to one of the given trust anchors (e.g. the national
 * root CA), each link checked by issuer name and signature, each certificate valid at the
 * claimed signing time. Without a timestamp (B-B) that time is the signer's own claim, and
 * revocation is not checked: this is the level of assurance the verdict texts state.
 */
export type TrustStatus = 'trusted' | 'untrusted' | 'not-checked';

const MAX_CHAIN = 8;

function parse(der: Uint8Array): X509Certificate | undefined {
  try {
    return new X509Certificate(Buffer.from(der));
  } catch {
    return undefined; // an unreadable certificate simply cannot be part of a chain
  }
}

function validAt(cert: X509Certificate, at: Date): boolean {
  return (
    new Date(cert.validFrom).getTime() <= at.getTime() && at.getTime() <= new Date(cert.validTo).getTime()
  );
}

function issues(issuer: X509Certificate, subject: X509Certificate): boolean {
  try {
    return subject.checkIssued(issuer) && subject.verify(issuer.publicKey);
  } catch {
    return false; // e.g. an algorithm node cannot verify: no link
  }
}

export function checkTrust(
  certificates: readonly Uint8Array[],
  anchors: readonly Uint8Array[] | undefined,
  at: Date,
): TrustStatus {
  if (anchors === undefined || anchors.length === 0) return 'not-checked';
  const [signer, ...others] = certificates.map(parse);
  const roots = anchors.map(parse).filter((c): c is X509Certificate => c !== undefined);
  const intermediates = others.filter((c): c is X509Certificate => c !== undefined);
  let current = signer;
  for (let depth = 0; current !== undefined && depth < MAX_CHAIN; depth += 1) {
    if (!validAt(current, at)) return 'untrusted';
    const subject: X509Certificate = current;
    if (roots.some((root) => root.raw.equals(subject.raw))) return 'trusted';
    const root = roots.find((r) => issues(r, subject));
    if (root !== undefined) return validAt(root, at) ? 'trusted' : 'untrusted';
    current = intermediates.find((c) => c !== subject && issues(c, subject));
  }
  return 'untrusted';
}
