import { createHash, createPublicKey, verify } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { certificateNames, toArrayBuffer } from './certificate-names';
import { OID } from './cms';

export type CertificateBinding = 'bound' | 'mismatch' | 'absent';

/** ESS signing-certificate (v1, SHA-1 hashes; RFC 2634). */
const SIGNING_CERTIFICATE_V1 = '1.2.840.113549.1.9.16.2.12';

/** What the CMS of one signature says about itself, checked against the signed bytes. */
export interface CmsCheck {
  readonly signerName: string | null;
  readonly signerCommonName: string | null;
  readonly issuerName: string | null;
  readonly certificateNotBefore: string | null;
  readonly certificateNotAfter: string | null;
  /** SHA-256 of the signer certificate (DER), to compare with what a CA published. */
  readonly signerCertificateSha256: string | null;
  /** The signature value verifies with the signer certificate's public key. */
  readonly signatureVerified: boolean;
  /** messageDigest (or, without signed attributes, the signature itself) matches the content. */
  readonly digestMatches: boolean;
  readonly hasSigningCertificateV2: boolean;
  readonly hasCmsSigningTime: boolean;
  /**
   * The certificate in the CMS is the one the signer signed for: its hash equals the one in the
   * signed signing-certificate(-v2) attribute. 'mismatch' = a certificate swapped after signing
   * (e.g. one with the same public key and another name); 'absent' = not bound at all.
   */
  readonly certificateBinding: CertificateBinding;
  /** Why a check failed, in English, for logs and support (not for the verdict text). */
  readonly problem: string | null;
}

const HASHES: Record<string, string> = {
  '1.3.14.3.2.26': 'sha1',
  [OID.sha256]: 'sha256',
  '2.16.840.1.101.3.4.2.2': 'sha384',
  '2.16.840.1.101.3.4.2.3': 'sha512',
};
/** Signature algorithms we can check; value = whether it fixes its own hash (else digestAlgorithm). */
const SIGNATURE_ALGORITHMS: Record<string, string | null> = {
  '1.2.840.113549.1.1.1': null, // rsaEncryption
  '1.2.840.113549.1.1.5': 'sha1',
  [OID.sha256WithRsa]: 'sha256',
  '1.2.840.113549.1.1.12': 'sha384',
  '1.2.840.113549.1.1.13': 'sha512',
  '1.2.840.10045.2.1': null, // id-ecPublicKey, used by some signers as "ECDSA with digestAlgorithm"
  [OID.ecdsaWithSha256]: 'sha256',
  '1.2.840.10045.4.3.3': 'sha384',
  '1.2.840.10045.4.3.4': 'sha512',
};

/** The answer when there is no readable CMS at all. */
export const EMPTY_CMS_CHECK: CmsCheck = {
  signerName: null,
  signerCommonName: null,
  issuerName: null,
  certificateNotBefore: null,
  certificateNotAfter: null,
  signerCertificateSha256: null,
  signatureVerified: false,
  digestMatches: false,
  hasSigningCertificateV2: false,
  hasCmsSigningTime: false,
  certificateBinding: 'absent',
  problem: null,
};

/**
 * Checks the signer certificate against the ESS attribute inside the signed attributes:
 * SigningCertificateV2 ::= SEQUENCE { certs SEQUENCE OF ESSCertIDv2, … }, ESSCertIDv2 ::=
 * SEQUENCE { hashAlgorithm DEFAULT sha256, certHash OCTET STRING, issuerSerial OPTIONAL }; v1
 * has no algorithm (SHA-1). The first ESSCertID names the signer's certificate.
 */
function certificateBinding(
  attributes: readonly pkijs.Attribute[],
  signerDer: Uint8Array,
): CertificateBinding {
  const v2 = attributes.find((a) => a.type === OID.signingCertificateV2);
  const v1 = attributes.find((a) => a.type === SIGNING_CERTIFICATE_V1);
  const attribute = v2 ?? v1;
  if (attribute === undefined) return 'absent';
  const value: unknown = attribute.values[0];
  const certs: unknown = value instanceof asn1js.Sequence ? value.valueBlock.value[0] : undefined;
  const first: unknown = certs instanceof asn1js.Sequence ? certs.valueBlock.value[0] : undefined;
  if (!(first instanceof asn1js.Sequence)) return 'mismatch';
  const parts = first.valueBlock.value;
  let hash = v2 === undefined ? 'sha1' : 'sha256';
  let certHash: unknown = parts[0];
  if (v2 !== undefined && parts[0] instanceof asn1js.Sequence) {
    const oid: unknown = parts[0].valueBlock.value[0];
    const name = oid instanceof asn1js.ObjectIdentifier ? HASHES[oid.valueBlock.toString()] : undefined;
    if (name === undefined) return 'mismatch';
    hash = name;
    certHash = parts[1];
  }
  if (!(certHash instanceof asn1js.OctetString)) return 'mismatch';
  const expected = Buffer.from(certHash.valueBlock.valueHexView);
  return createHash(hash).update(signerDer).digest().equals(expected) ? 'bound' : 'mismatch';
}

function findSignerCertificate(
  signedData: pkijs.SignedData,
  signerInfo: pkijs.SignerInfo,
): pkijs.Certificate | undefined {
  const certificates = (signedData.certificates ?? []).filter(
    (c): c is pkijs.Certificate => c instanceof pkijs.Certificate,
  );
  const sid: unknown = signerInfo.sid;
  if (sid instanceof pkijs.IssuerAndSerialNumber) {
    return certificates.find((c) => c.serialNumber.isEqual(sid.serialNumber) && c.issuer.isEqual(sid.issuer));
  }
  // subjectKeyIdentifier [0] IMPLICIT OCTET STRING: compare with each certificate's SKI.
  if (sid instanceof asn1js.Primitive) {
    const wanted = Buffer.from(sid.valueBlock.valueHexView).toString('hex');
    return certificates.find((c) =>
      (c.extensions ?? []).some(
        (e) =>
          e.extnID === '2.5.29.14' &&
          Buffer.from(e.extnValue.valueBlock.valueHexView).toString('hex').endsWith(wanted),
      ),
    );
  }
  return undefined;
}

/** The check plus the certificates carried in the CMS (signer first), for the trust check. */
export interface CmsCheckWithCertificates extends CmsCheck {
  readonly certificates: readonly Uint8Array[];
}

/** Checks a detached CMS SignedData against the bytes its ByteRange covers. Never throws. */
export function checkCms(cmsDer: Uint8Array, signedContent: readonly Uint8Array[]): CmsCheckWithCertificates {
  const certificates: Uint8Array[] = [];
  return { ...checkSignedData(cmsDer, signedContent, certificates), certificates };
}

function checkSignedData(
  cmsDer: Uint8Array,
  signedContent: readonly Uint8Array[],
  certificatesOut: Uint8Array[],
): CmsCheck {
  let signedData: pkijs.SignedData;
  try {
    const contentInfo = pkijs.ContentInfo.fromBER(toArrayBuffer(cmsDer));
    if (contentInfo.contentType !== OID.signedData)
      return { ...EMPTY_CMS_CHECK, problem: 'CMS is not SignedData' };
    signedData = new pkijs.SignedData({ schema: contentInfo.content });
  } catch (error) {
    return {
      ...EMPTY_CMS_CHECK,
      problem: `CMS unreadable: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
  const signerInfo = signedData.signerInfos[0];
  if (signerInfo === undefined) return { ...EMPTY_CMS_CHECK, problem: 'no SignerInfo' };
  const attributes = signerInfo.signedAttrs?.attributes ?? [];
  const attr = (oid: string): pkijs.Attribute | undefined => attributes.find((a) => a.type === oid);
  const base = {
    ...EMPTY_CMS_CHECK,
    hasSigningCertificateV2: attr(OID.signingCertificateV2) !== undefined,
    hasCmsSigningTime: attr(OID.signingTime) !== undefined,
  };

  const cert = findSignerCertificate(signedData, signerInfo);
  if (cert === undefined) return { ...base, problem: 'signer certificate not in the CMS' };
  const names = certificateNames(cert);
  const signerDer = new Uint8Array(cert.toSchema().toBER());
  certificatesOut.push(signerDer);
  for (const other of signedData.certificates ?? []) {
    if (other instanceof pkijs.Certificate && other !== cert)
      certificatesOut.push(new Uint8Array(other.toSchema().toBER()));
  }
  const withSigner = {
    ...base,
    signerName: names.displayName,
    signerCommonName: names.commonName,
    issuerName: certificateNames(cert, 'issuer').displayName,
    certificateNotBefore: cert.notBefore.value.toISOString(),
    certificateNotAfter: cert.notAfter.value.toISOString(),
    signerCertificateSha256: createHash('sha256').update(signerDer).digest('hex'),
    certificateBinding: certificateBinding(attributes, signerDer),
  };

  const digestName = HASHES[signerInfo.digestAlgorithm.algorithmId];
  const algorithm = signerInfo.signatureAlgorithm.algorithmId;
  const signatureHash = SIGNATURE_ALGORITHMS[algorithm];
  if (digestName === undefined || signatureHash === undefined) {
    return {
      ...withSigner,
      problem: `unsupported algorithm ${signerInfo.digestAlgorithm.algorithmId}/${algorithm}`,
    };
  }
  const contentHash = createHash(digestName);
  for (const part of signedContent) contentHash.update(part);
  const contentDigest = contentHash.digest();

  try {
    return {
      ...withSigner,
      ...verifySignerInfo(signerInfo, cert, signatureHash ?? digestName, contentDigest, signedContent),
    };
  } catch (error) {
    // A key or signature that node cannot even load is as good as a wrong signature.
    return {
      ...withSigner,
      problem: `verification failed: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}

function verifySignerInfo(
  signerInfo: pkijs.SignerInfo,
  cert: pkijs.Certificate,
  hash: string,
  contentDigest: Buffer,
  signedContent: readonly Uint8Array[],
): Pick<CmsCheck, 'signatureVerified' | 'digestMatches' | 'problem'> {
  const publicKey = createPublicKey({
    key: Buffer.from(cert.subjectPublicKeyInfo.toSchema().toBER()),
    format: 'der',
    type: 'spki',
  });
  const signature = Buffer.from(signerInfo.signature.valueBlock.valueHexView);
  if (signerInfo.signedAttrs === undefined) {
    // Plain PKCS#7: the signature is over the content itself.
    const ok = verify(hash, Buffer.concat(signedContent), publicKey, signature);
    return { signatureVerified: ok, digestMatches: ok, problem: ok ? null : 'signature mismatch' };
  }
  const digestValue = signerInfo.signedAttrs.attributes.find((a) => a.type === OID.messageDigest)?.values[0];
  const claimed =
    digestValue instanceof asn1js.OctetString ? Buffer.from(digestValue.valueBlock.valueHexView) : undefined;
  const digestMatches = claimed !== undefined && claimed.equals(contentDigest);
  // pkijs keeps the received encoding of the attributes with the tag already set to SET.
  const signatureVerified = verify(
    hash,
    Buffer.from(signerInfo.signedAttrs.encodedValue),
    publicKey,
    signature,
  );
  const problem = !digestMatches ? 'digest mismatch' : !signatureVerified ? 'signature mismatch' : null;
  return { signatureVerified, digestMatches, problem };
}
