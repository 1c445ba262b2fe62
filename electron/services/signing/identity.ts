import { X509Certificate, createPrivateKey, sign, type KeyObject } from 'node:crypto';
import forge from 'node-forge';
import { certificateNames, parseCertificate } from './certificate-names';
import type { Signer } from './signer';
import {
  CertificateExpired,
  CertificateNotYetValid,
  CorruptCertificateFile,
  NoPrivateKeyInCertificate,
  UnsupportedKeyType,
  WrongCertificatePassword,
} from './errors';

/**
 * What a .p12 signer brings: the key, the certificate it belongs to and the issuers. Lives in
 * memory for one signing session only; nothing here is ever persisted or logged. Its
 * `signData` signs with the key in memory (a token's signer signs on the token instead).
 */
export interface SigningIdentity extends Signer {
  readonly privateKey: KeyObject;
}

function toBinaryString(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('binary');
}

function derOf(node: forge.asn1.Asn1): Uint8Array {
  return Buffer.from(forge.asn1.toDer(node).getBytes(), 'binary');
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** forge reports a bad password only through its messages ("MAC could not be verified.
 * Invalid password?", "Unable to decrypt …, wrong password?", "Failed to decrypt …"). */
function isPasswordFailure(error: unknown): boolean {
  return /password|decrypt/i.test(describe(error));
}

function openPfx(p12Bytes: Uint8Array, password: string): forge.pkcs12.Pkcs12Pfx {
  let asn1: forge.asn1.Asn1;
  try {
    asn1 = forge.asn1.fromDer(forge.util.createBuffer(toBinaryString(p12Bytes)));
  } catch (cause) {
    throw new CorruptCertificateFile('not DER', { cause });
  }
  try {
    return forge.pkcs12.pkcs12FromAsn1(asn1, false, password);
  } catch (cause) {
    const macPassed = !/MAC could not be verified/i.test(describe(cause));
    if (macPassed && /[^\p{ASCII}]/u.test(password) && /decrypt/i.test(describe(cause))) {
      return openWithUtf8Password(asn1, password);
    }
    if (isPasswordFailure(cause)) throw new WrongCertificatePassword();
    throw new CorruptCertificateFile('not PKCS#12', { cause });
  }
}

/**
 * OpenSSL 3 derives the PBES2 (AES) keys from the password's UTF-8 bytes but the MAC key
 * from its UTF-16 form; forge takes one string for both. The MAC already verified with the
 * real password, so we drop the MAC and decrypt again with the UTF-8 bytes as forge's
 * "binary string". Only reached for passwords with non-ASCII letters (e.g. "mật khẩu").
 */
function openWithUtf8Password(asn1: forge.asn1.Asn1, password: string): forge.pkcs12.Pkcs12Pfx {
  const parts = Array.isArray(asn1.value) ? asn1.value.slice(0, 2) : asn1.value;
  try {
    return forge.pkcs12.pkcs12FromAsn1({ ...asn1, value: parts }, false, forge.util.encodeUtf8(password));
  } catch (cause) {
    if (isPasswordFailure(cause)) throw new WrongCertificatePassword();
    throw new CorruptCertificateFile('not PKCS#12', { cause });
  }
}

function privateKeysOf(pfx: forge.pkcs12.Pkcs12Pfx): KeyObject[] {
  const oids = [forge.pki.oids['pkcs8ShroudedKeyBag'], forge.pki.oids['keyBag']];
  const keys: KeyObject[] = [];
  for (const oid of oids) {
    if (oid === undefined) continue;
    for (const bag of pfx.getBags({ bagType: oid })[oid] ?? []) {
      // forge only models RSA keys; for other types (EC) it keeps the PKCS#8 ASN.1.
      if (bag.key !== undefined && bag.key !== null) {
        const pem = forge.pki.privateKeyToPem(bag.key);
        keys.push(createPrivateKey(pem));
      } else if (bag.asn1 !== undefined) {
        keys.push(createPrivateKey({ key: Buffer.from(derOf(bag.asn1)), format: 'der', type: 'pkcs8' }));
      }
    }
  }
  return keys;
}

function certificatesOf(pfx: forge.pkcs12.Pkcs12Pfx): Uint8Array[] {
  const oid = forge.pki.oids['certBag'];
  if (oid === undefined) return [];
  return (pfx.getBags({ bagType: oid })[oid] ?? []).flatMap((bag) => {
    if (bag.cert !== undefined && bag.cert !== null) {
      // forge keeps no raw bytes for RSA certificates; it re-serializes its cached TBS, which
      // gives back the original DER for conformant certificates (as @signpdf's signer does).
      return [derOf(forge.pki.certificateToAsn1(bag.cert))];
    }
    return bag.asn1 === undefined ? [] : [derOf(bag.asn1)];
  });
}

function keyTypeOf(key: KeyObject): SigningIdentity['keyType'] {
  if (key.asymmetricKeyType === 'rsa') return 'rsa';
  if (key.asymmetricKeyType === 'ec' && key.asymmetricKeyDetails?.namedCurve === 'prime256v1') {
    return 'ec-p256';
  }
  throw new UnsupportedKeyType(`${key.asymmetricKeyType ?? '?'}`);
}

/** Orders the remaining certificates from the signer's issuer upwards (best effort). */
function orderChain(signer: X509Certificate, others: X509Certificate[]): X509Certificate[] {
  const ordered: X509Certificate[] = [];
  const rest = [...others];
  let current = signer;
  for (;;) {
    const index = rest.findIndex((candidate) => current.checkIssued(candidate));
    if (index < 0) break;
    const [issuer] = rest.splice(index, 1);
    if (issuer === undefined) break;
    ordered.push(issuer);
    current = issuer;
  }
  return [...ordered, ...rest];
}

/**
 * Opens a .p12/.pfx. `now` is injected so that validity is checked against the signing
 * clock the caller uses. The password only reaches forge's decryption.
 */
export function readSigningIdentity(
  p12Bytes: Uint8Array,
  password: string,
  now: Date = new Date(),
): SigningIdentity {
  const pfx = openPfx(p12Bytes, password);
  let keys: KeyObject[];
  try {
    keys = privateKeysOf(pfx);
  } catch (cause) {
    throw new CorruptCertificateFile('unreadable private key', { cause });
  }
  const [privateKey] = keys;
  if (privateKey === undefined) throw new NoPrivateKeyInCertificate();
  const keyType = keyTypeOf(privateKey);

  let certificates: X509Certificate[];
  try {
    certificates = certificatesOf(pfx).map((der) => new X509Certificate(Buffer.from(der)));
  } catch (cause) {
    throw new CorruptCertificateFile('unreadable certificate', { cause });
  }
  const signer = certificates.find((cert) => cert.checkPrivateKey(privateKey));
  if (signer === undefined) throw new NoPrivateKeyInCertificate('no certificate matches the key');
  const chain = orderChain(
    signer,
    certificates.filter((cert) => cert !== signer),
  );

  const notBefore = new Date(signer.validFrom);
  const notAfter = new Date(signer.validTo);
  if (now.getTime() < notBefore.getTime()) throw new CertificateNotYetValid(notBefore);
  if (now.getTime() > notAfter.getTime()) throw new CertificateExpired(notAfter);

  const names = certificateNames(parseCertificate(signer.raw));
  return {
    privateKey,
    // An own property (not a method), so `{ ...identity }` copies keep signing.
    signData: (data) => new Uint8Array(sign('sha256', data, privateKey)),
    keyType,
    certificate: new Uint8Array(signer.raw),
    chain: chain.map((cert) => new Uint8Array(cert.raw)),
    ...names,
    notBefore,
    notAfter,
  };
}
