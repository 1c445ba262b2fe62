import * as pkijs from 'pkijs';

const OID_COMMON_NAME = '2.5.4.3';
const OID_ORGANIZATION = '2.5.4.10';

export interface CertificateNames {
  readonly commonName: string;
  readonly organization?: string;
  /** "CN, O" — what the signature box and the verification screen show. */
  readonly displayName: string;
}

function attributeText(cert: pkijs.Certificate, which: NameSide, oid: string): string | undefined {
  const found = cert[which].typesAndValues.find((tv) => tv.type === oid);
  if (found === undefined) return undefined;
  // asn1js string types (UTF8String, PrintableString, BMPString) expose the decoded text
  // as valueBlock.value; anything else is not a name we can show.
  const block: unknown = (found.value as { valueBlock?: { value?: unknown } }).valueBlock?.value;
  return typeof block === 'string' && block.trim() !== '' ? block.trim() : undefined;
}

type NameSide = 'subject' | 'issuer';

/** Reads CN and O with pkijs, which decodes UTF8String names (Vietnamese) correctly. */
export function certificateNames(cert: pkijs.Certificate, which: NameSide = 'subject'): CertificateNames {
  const commonName = attributeText(cert, which, OID_COMMON_NAME) ?? '?';
  const organization = attributeText(cert, which, OID_ORGANIZATION);
  const displayName = organization === undefined ? commonName : `${commonName}, ${organization}`;
  return organization === undefined ? { commonName, displayName } : { commonName, organization, displayName };
}

/** A standalone copy: pkijs wants an ArrayBuffer, not a view into a bigger (Node) buffer. */
export function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  return copy.buffer;
}

export function parseCertificate(der: Uint8Array): pkijs.Certificate {
  return pkijs.Certificate.fromBER(toArrayBuffer(der));
}
