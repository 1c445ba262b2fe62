import { createHash } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { parseCertificate, toArrayBuffer } from './certificate-names';
import type { Signer } from './signer';

/**
 * Builds the CMS SignedData of a PAdES baseline B-B signature (ETSI EN 319 142-1 §6.3):
 * detached, signed attributes contentType + messageDigest + ESS signing-certificate-v2, and
 * deliberately NO signing-time attribute (PAdES puts the claimed time in the PDF's /M).
 * The signature value comes from the `Signer`: node's `crypto.sign` for a .p12, the token
 * itself for a PKCS#11 key (the private key never leaves it).
 */

export const OID = {
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingTime: '1.2.840.113549.1.9.5',
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
  sha256: '2.16.840.1.101.3.4.2.1',
  sha256WithRsa: '1.2.840.113549.1.1.11',
  ecdsaWithSha256: '1.2.840.10045.4.3.2',
} as const;

function sha256(bytes: Uint8Array): Buffer {
  return createHash('sha256').update(bytes).digest();
}

/** ESS SigningCertificateV2 (RFC 5035) naming the signer's certificate by SHA-256 hash. */
function signingCertificateV2(certificateDer: Uint8Array, cert: pkijs.Certificate): asn1js.Sequence {
  const issuerSerial = new asn1js.Sequence({
    value: [
      // GeneralNames ::= SEQUENCE OF GeneralName; directoryName is [4] EXPLICIT Name.
      new asn1js.Sequence({
        value: [
          new asn1js.Constructed({
            idBlock: { tagClass: 3, tagNumber: 4 },
            value: [cert.issuer.toSchema()],
          }),
        ],
      }),
      cert.serialNumber,
    ],
  });
  const essCertIdV2 = new asn1js.Sequence({
    // hashAlgorithm is omitted: it DEFAULTs to SHA-256, and DER forbids encoding a default.
    value: [new asn1js.OctetString({ valueHex: toArrayBuffer(sha256(certificateDer)) }), issuerSerial],
  });
  return new asn1js.Sequence({ value: [new asn1js.Sequence({ value: [essCertIdV2] })] });
}

function attribute(type: string, value: asn1js.AsnType): pkijs.Attribute {
  return new pkijs.Attribute({ type, values: [value] });
}

/** DER orders SET OF members by their encodings; verifiers hash the SET as we send it. */
function sortForDer(attributes: pkijs.Attribute[]): pkijs.Attribute[] {
  const encoded = attributes.map((a) => ({ a, der: Buffer.from(a.toSchema().toBER()) }));
  return encoded.sort((x, y) => Buffer.compare(x.der, y.der)).map((x) => x.a);
}

/**
 * A certificate whose ASN.1 form is built once: pkijs re-reads the certificate's signed part
 * (BER) every time a SignedData holding it is encoded, once per signature of a batch.
 */
class EncodedOnceCertificate extends pkijs.Certificate {
  private encoded: asn1js.Sequence | undefined;
  override toSchema(encodeFlag?: boolean): asn1js.Sequence {
    this.encoded ??= super.toSchema(encodeFlag);
    return this.encoded;
  }
}

/** `certificates` is a SET OF too; PAdES asks for a DER-encoded CMS. */
function sortCertificatesForDer(ders: readonly Uint8Array[]): pkijs.Certificate[] {
  return [...ders]
    .sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)))
    .map((der) => EncodedOnceCertificate.fromBER(toArrayBuffer(der)));
}

interface ParsedSigner {
  readonly cert: pkijs.Certificate;
  readonly signingCertificate: asn1js.Sequence;
  readonly certificates: readonly pkijs.Certificate[];
}

/**
 * A signer's certificates parsed once (issue 13): a batch signs 141 documents with one
 * session's signer, whose certificate and chain do not change. Keyed by the signer object, so
 * the cache ends with the session.
 */
const parsedSigners = new WeakMap<Signer, ParsedSigner>();

function parsedSigner(identity: Signer): ParsedSigner {
  const known = parsedSigners.get(identity);
  if (known !== undefined) return known;
  const cert = parseCertificate(identity.certificate);
  const parsed = {
    cert,
    signingCertificate: signingCertificateV2(identity.certificate, cert),
    certificates: sortCertificatesForDer([identity.certificate, ...identity.chain]),
  };
  parsedSigners.set(identity, parsed);
  return parsed;
}

/**
 * @param contentDigest SHA-256 of the PDF's ByteRange content.
 * @returns DER of a ContentInfo wrapping the SignedData.
 */
export function buildCadesSignature(identity: Signer, contentDigest: Uint8Array): Uint8Array {
  const { cert, signingCertificate, certificates } = parsedSigner(identity);
  const signedAttributes = sortForDer([
    attribute(OID.contentType, new asn1js.ObjectIdentifier({ value: OID.data })),
    attribute(OID.messageDigest, new asn1js.OctetString({ valueHex: toArrayBuffer(contentDigest) })),
    attribute(OID.signingCertificateV2, signingCertificate),
  ]);
  // The signature covers the attributes encoded as a SET (tag 0x31), not as the [0] they
  // travel in (RFC 5652 §5.4).
  const toBeSigned = new asn1js.Set({ value: signedAttributes.map((a) => a.toSchema()) }).toBER();
  const signature = identity.signData(new Uint8Array(toBeSigned));

  const isRsa = identity.keyType === 'rsa';
  const signerInfo = new pkijs.SignerInfo({
    version: 1,
    sid: new pkijs.IssuerAndSerialNumber({ issuer: cert.issuer, serialNumber: cert.serialNumber }),
    digestAlgorithm: new pkijs.AlgorithmIdentifier({ algorithmId: OID.sha256 }),
    signedAttrs: new pkijs.SignedAndUnsignedAttributes({ type: 0, attributes: signedAttributes }),
    signatureAlgorithm: isRsa
      ? new pkijs.AlgorithmIdentifier({ algorithmId: OID.sha256WithRsa, algorithmParams: new asn1js.Null() })
      : new pkijs.AlgorithmIdentifier({ algorithmId: OID.ecdsaWithSha256 }),
    signature: new asn1js.OctetString({ valueHex: toArrayBuffer(signature) }),
  });
  const signedData = new pkijs.SignedData({
    version: 1,
    digestAlgorithms: [new pkijs.AlgorithmIdentifier({ algorithmId: OID.sha256 })],
    encapContentInfo: new pkijs.EncapsulatedContentInfo({ eContentType: OID.data }),
    certificates: [...certificates],
    signerInfos: [signerInfo],
  });
  const contentInfo = new pkijs.ContentInfo({
    contentType: OID.signedData,
    content: signedData.toSchema(true),
  });
  return new Uint8Array(contentInfo.toSchema().toBER());
}
