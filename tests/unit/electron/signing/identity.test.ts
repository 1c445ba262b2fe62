import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  CertificateExpired,
  CertificateNotYetValid,
  CorruptCertificateFile,
  NoPrivateKeyInCertificate,
  SigningError,
  WrongCertificatePassword,
} from '../../../../electron/services/signing/errors';
import { readSigningIdentity } from '../../../../electron/services/signing/identity';
import { signPdf, type SignedPdf } from '../../../../electron/services/signing/sign-pdf';
import { makeMinutesPdf } from './helpers/minutes-pdf';
import { makeTestPki, type TestPki } from './helpers/test-pki';
import { translate } from '../../../../renderer/src/i18n/translate';

let pki: TestPki;
let chairP12: Uint8Array;
let chairPemPath: string;
const PASSWORD = 'Mật khẩu của tôi 2026'; // Vietnamese letters: OpenSSL and forge disagree on them

beforeAll(() => {
  pki = makeTestPki();
  chairP12 = pki.issueP12({
    commonName: 'Nguyễn Thị Hương',
    organization: 'Sở Nông nghiệp',
    password: PASSWORD,
  });
  chairPemPath = pki.lastCertificatePemPath();
});
afterAll(() => pki.dispose());

function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

describe('readSigningIdentity', () => {
  test('reads the key, the certificate, the CA chain and the Vietnamese names', () => {
    const identity = readSigningIdentity(chairP12, PASSWORD);
    expect(identity).toMatchObject({
      commonName: 'Nguyễn Thị Hương',
      organization: 'Sở Nông nghiệp',
      displayName: 'Nguyễn Thị Hương, Sở Nông nghiệp',
      keyType: 'rsa',
    });
    const ca = new X509Certificate(readFileSync(pki.caPemPath));
    expect(identity.chain.map((der) => Buffer.from(der).equals(ca.raw))).toEqual([true]);
    expect(new X509Certificate(Buffer.from(identity.certificate)).checkIssued(ca)).toBe(true);
    // Byte-for-byte the certificate the CA issued (forge re-serializes it; this proves it round-trips).
    expect(
      Buffer.from(identity.certificate).equals(new X509Certificate(readFileSync(chairPemPath)).raw),
    ).toBe(true);
  });

  test('reads a legacy (RC2/3DES, SHA-1 MAC) .p12, also with a Vietnamese password', () => {
    const p12 = pki.issueP12({ commonName: 'Vũ Hải Yến', password: PASSWORD, legacy: true });
    expect(readSigningIdentity(p12, PASSWORD).commonName).toBe('Vũ Hải Yến');
    expect(() => readSigningIdentity(p12, 'sai')).toThrow(WrongCertificatePassword);
  });

  test('reads an ECDSA P-256 .p12', () => {
    const p12 = pki.issueP12({ commonName: 'Đỗ Thu Trang', password: 'ec' });
    expect(readSigningIdentity(p12, 'ec').keyType).toBe('rsa');
    const ec = pki.issueP12({ commonName: 'Đỗ Thu Trang', password: 'ec', ec: true });
    expect(readSigningIdentity(ec, 'ec').keyType).toBe('ec-p256');
  });

  test('a wrong password is WrongCertificatePassword, in Vietnamese and English, without the password', () => {
    for (const wrong of ['', 'mat khau cua toi 2026', `${PASSWORD} `]) {
      const error = thrown(() => readSigningIdentity(chairP12, wrong));
      expect(error).toBeInstanceOf(WrongCertificatePassword);
      const e = error as WrongCertificatePassword;
      // The host sends the code; the page's catalog has its words.
      expect(translate('vi', `signing.error.${e.code}`)).toBe('Mật khẩu chứng thư số không đúng.');
      expect(translate('en', `signing.error.${e.code}`)).toBe('The certificate password is wrong.');
      expect(e.message).not.toContain(PASSWORD);
      expect(JSON.stringify({ ...e, stack: e.stack })).not.toContain(PASSWORD);
    }
  });

  test.each([
    ['random bytes', () => Uint8Array.from({ length: 2048 }, (_, i) => (i * 7919) % 256)],
    ['an empty file', () => new Uint8Array(0)],
    ['a PDF instead of a .p12', () => Buffer.from('%PDF-1.7\n%%EOF\n')],
    ['a .p12 cut in half', () => chairP12.subarray(0, Math.floor(chairP12.length / 2))],
  ])('%s is CorruptCertificateFile', (_label, bytes) => {
    const error = thrown(() => readSigningIdentity(bytes(), PASSWORD));
    expect(error).toBeInstanceOf(CorruptCertificateFile);
    expect(translate('vi', `signing.error.${(error as SigningError).code}`)).toContain('bị hỏng');
  });

  test('a .p12 with only certificates is NoPrivateKeyInCertificate', () => {
    const p12 = pki.issueP12({ commonName: 'Chỉ có chứng thư', password: 'k', withoutKey: true });
    expect(thrown(() => readSigningIdentity(p12, 'k'))).toBeInstanceOf(NoPrivateKeyInCertificate);
  });

  test('validity is checked against the injected clock', () => {
    const { notBefore, notAfter } = readSigningIdentity(chairP12, PASSWORD);
    const dayMs = 86_400_000;
    expect(
      thrown(() => readSigningIdentity(chairP12, PASSWORD, new Date(notAfter.getTime() + dayMs))),
    ).toBeInstanceOf(CertificateExpired);
    expect(
      thrown(() => readSigningIdentity(chairP12, PASSWORD, new Date(notBefore.getTime() - dayMs))),
    ).toBeInstanceOf(CertificateNotYetValid);
  });

  test('signPdf refuses a signing time outside the certificate validity', async () => {
    const identity = readSigningIdentity(chairP12, PASSWORD);
    const pdf = await makeMinutesPdf();
    const at = (time: Date) => () =>
      signPdf({ pdf, identity, role: 'Thư ký', reason: 'r', location: 'l', signingTime: time });
    expect(at(new Date(identity.notAfter.getTime() + 1000))).toThrow(CertificateExpired);
    expect(at(new Date(identity.notBefore.getTime() - 1000))).toThrow(CertificateNotYetValid);
  });

  test('with a wrong password no signed bytes come out', async () => {
    const pdf = await makeMinutesPdf();
    let output: SignedPdf | undefined;
    const error = thrown(() => {
      output = signPdf({
        pdf,
        identity: readSigningIdentity(chairP12, 'sai'),
        role: 'Thư ký',
        reason: 'r',
        location: 'l',
        signingTime: new Date(),
      });
    });
    expect(error).toBeInstanceOf(WrongCertificatePassword);
    expect(output).toBeUndefined();
  });
});
