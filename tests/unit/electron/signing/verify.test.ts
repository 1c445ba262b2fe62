import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { sha256Hex } from '../../../../electron/services/signing/hash';
import { verifyPdfSignatures } from '../../../../electron/services/signing/verify';
import type { SignedPdf } from '../../../../electron/services/signing/sign-pdf';
import { makeSigners, signByChairThenSecretary, SIGNED_AT, type Signers } from './helpers/fixtures';
import { makeMinutesPdf } from './helpers/minutes-pdf';
import { pdfsig } from './helpers/poppler';
import { makeTestPki, type TestPki } from './helpers/test-pki';
import { translate } from '../../../../renderer/src/i18n/translate';

let pki: TestPki;
let minutes: Uint8Array;
let chair: SignedPdf;
let both: SignedPdf;
let signers: Signers;

beforeAll(async () => {
  pki = makeTestPki();
  minutes = await makeMinutesPdf();
  signers = makeSigners(pki);
  ({ chair, both } = signByChairThenSecretary(minutes, signers));
}, 60_000);
afterAll(() => pki.dispose());

/** An attacker's (or a careless editor's) incremental update: one more object. */
function appendRevision(pdf: Uint8Array): Buffer {
  return Buffer.concat([Buffer.from(pdf), Buffer.from('999 0 obj\n(Điểm đã sửa)\nendobj\n%%EOF\n')]);
}

describe('verifyPdfSignatures on signed minutes', () => {
  test('one signature: valid, whole document, PAdES B-B, signer and time', () => {
    const report = verifyPdfSignatures(chair.bytes);
    expect(report.verdict).toBe('all-signatures-valid');
    expect(translate('vi', `verify.doc.${report.verdict}`)).toBe('Chữ ký hợp lệ');
    expect(report.signatures).toHaveLength(1);
    expect(report.signatures[0]).toMatchObject({
      verdict: 'valid',
      signerCommonName: 'Nguyễn Thị Hương',
      issuerName: 'OCOP Test CA, Test only',
      signingTime: SIGNED_AT.toISOString(),
      subFilter: 'ETSI.CAdES.detached',
      signatureVerified: true,
      digestMatches: true,
      coversRevision: true,
      coversWholeDocument: true,
      changedAfterSigning: false,
      padesBaselineB: true,
      hasCmsSigningTime: false,
      problem: null,
    });
  });

  test('chair then secretary: the first is valid and covered by the second', () => {
    const report = verifyPdfSignatures(both.bytes);
    expect(report.verdict).toBe('all-signatures-valid');
    expect(report.signatures.map((s) => [s.verdict, s.coversWholeDocument, s.changedAfterSigning])).toEqual([
      ['valid-later-revision-signed', false, false],
      ['valid', true, false],
    ]);
  });

  test('bytes appended after the last signature: "changed after signing", as pdfsig also sees', () => {
    const changed = appendRevision(both.bytes);
    const report = verifyPdfSignatures(changed);
    expect(report.verdict).toBe('changed-after-signing');
    expect(translate('vi', `verify.doc.${report.verdict}`)).toBe('Tài liệu đã bị thay đổi sau khi ký');
    expect(report.signatures.map((s) => s.verdict)).toEqual([
      'changed-after-signing',
      'changed-after-signing',
    ]);
    expect(report.signatures.every((s) => s.signatureVerified && s.digestMatches)).toBe(true);
    expect(pdfsig(changed).signatures.map((s) => s.totalDocumentSigned)).toEqual([false, false]);
  });

  test('a byte changed between the two signatures: the second is invalid, the first no longer covers the file', () => {
    const tampered = Buffer.from(both.bytes);
    tampered[chair.bytes.length + 20] = (tampered[chair.bytes.length + 20] ?? 0) ^ 0x01;
    const report = verifyPdfSignatures(tampered);
    expect(report.verdict).toBe('invalid-signature');
    expect(report.signatures.map((s) => s.verdict)).toEqual(['changed-after-signing', 'invalid-signature']);
    expect(translate('vi', 'verify.sig.invalid-signature')).toBe('Chữ ký không hợp lệ');
  });

  test('a signature value replaced by zeros is reported, not thrown', () => {
    const text = Buffer.from(chair.bytes).toString('latin1');
    const start = text.indexOf('/Contents <') + '/Contents <'.length;
    const zeroed = Buffer.from(chair.bytes);
    zeroed.fill('0', start, start + 4000);
    const report = verifyPdfSignatures(zeroed);
    expect(report.verdict).toBe('invalid-signature');
    expect(report.signatures[0]?.verdict).toBe('malformed-signature');
  });

  test('the hash says whether this is byte-for-byte a file the app signed', () => {
    expect(
      verifyPdfSignatures(both.bytes, { knownHashes: [chair.sha256, both.sha256.toUpperCase()] }),
    ).toMatchObject({
      sha256: sha256Hex(both.bytes),
      matchesKnownHash: true,
    });
    expect(
      verifyPdfSignatures(appendRevision(both.bytes), { knownHashes: [both.sha256] }).matchesKnownHash,
    ).toBe(false);
  });
});

describe('trust in the signer certificate (separate from integrity)', () => {
  test('trusted with the test CA as anchor, untrusted with another CA, not checked without anchors', () => {
    const ca = new X509Certificate(readFileSync(pki.caPemPath)).raw;
    const otherPki = makeTestPki();
    try {
      const otherCa = new X509Certificate(readFileSync(otherPki.caPemPath)).raw;
      const trust = (anchors?: Uint8Array[]) =>
        verifyPdfSignatures(
          both.bytes,
          anchors === undefined ? {} : { trustAnchors: anchors },
        ).signatures.map((s) => s.trust);
      expect(trust([ca])).toEqual(['trusted', 'trusted']);
      expect(trust([otherCa])).toEqual(['untrusted', 'untrusted']);
      expect(trust()).toEqual(['not-checked', 'not-checked']);
      expect(verifyPdfSignatures(both.bytes, { trustAnchors: [otherCa] }).verdict).toBe(
        'all-signatures-valid',
      );
    } finally {
      otherPki.dispose();
    }
  });

  test('the signer certificate fingerprint is the SHA-256 of the certificate in the .p12', () => {
    const report = verifyPdfSignatures(chair.bytes);
    expect(report.signatures[0]?.signerCertificateSha256).toBe(sha256Hex(signers.chair.certificate));
  });
});

describe('verifyPdfSignatures on anything else', () => {
  test.each([
    ['an empty file', () => new Uint8Array(0), 'not-a-pdf'],
    ['random bytes', () => Uint8Array.from({ length: 4096 }, (_, i) => (i * 2654435761) >>> 24), 'not-a-pdf'],
    ['an unsigned PDF', () => minutes, 'no-signatures'],
    [
      'a signed PDF cut short',
      () => both.bytes.subarray(0, Math.floor(both.bytes.length * 0.8)),
      'invalid-signature',
    ],
    [
      'a PDF header and a broken /ByteRange',
      () => Buffer.from('%PDF-1.7\n1 0 obj <</ByteRange [0 5 /x'),
      'invalid-signature',
    ],
    [
      'a /ByteRange pointing outside the file',
      () => Buffer.from('%PDF-1.7\n1 0 obj <</ByteRange [0 10 20 99999] /Contents <00>>>'),
      'invalid-signature',
    ],
  ])('%s → %s', (_label, bytes, verdict) => {
    const report = verifyPdfSignatures(bytes());
    expect(report.verdict).toBe(verdict);
    expect(translate('vi', `verify.doc.${report.verdict}`).length).toBeGreaterThan(0);
  });

  test('never throws on damaged copies of a signed file', () => {
    let seed = 42;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    for (let i = 0; i < 150; i += 1) {
      const copy = Buffer.from(both.bytes.subarray(0, random(both.bytes.length) + 1));
      for (let k = 0; k < 3; k += 1) copy[random(copy.length)] = random(256);
      expect(() => verifyPdfSignatures(copy)).not.toThrow();
    }
  });
});
