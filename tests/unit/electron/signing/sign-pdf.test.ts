import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readSigningIdentity } from '../../../../electron/services/signing/identity';
import { signPdf, type SignedPdf } from '../../../../electron/services/signing/sign-pdf';
import { verifyPdfSignatures } from '../../../../electron/services/signing/verify';
import {
  makeSigners,
  signByChairThenSecretary,
  CHAIR_ORGANIZATION,
  SECRETARY_NAME,
  SIGNED_AT,
  type Signers,
} from './helpers/fixtures';
import { CHAIR_NAME, MINUTES_TITLE, STARS, makeMinutesPdf } from './helpers/minutes-pdf';
import {
  extractCms,
  opensslCmsPrint,
  opensslCmsReencoded,
  opensslCmsVerify,
  pdfsig,
  pdftotext,
  renderPage,
} from './helpers/poppler';
import { makeTestPki, type TestPki } from './helpers/test-pki';

let pki: TestPki;
let signers: Signers;
let minutes: Uint8Array;
let chair: SignedPdf;
let both: SignedPdf;

beforeAll(async () => {
  pki = makeTestPki();
  signers = makeSigners(pki);
  minutes = await makeMinutesPdf();
  ({ chair, both } = signByChairThenSecretary(minutes, signers));
});
afterAll(() => pki.dispose());

describe('signPdf, as pdfsig (poppler + NSS trusting the test CA) sees it', () => {
  test('one signature: valid, covers the whole document, trusted, ETSI.CAdES.detached', () => {
    const { signatures, raw } = pdfsig(chair.bytes, pki.nssDir());
    expect(signatures, raw).toHaveLength(1);
    expect(signatures[0]).toMatchObject({
      commonName: CHAIR_NAME,
      valid: true,
      totalDocumentSigned: true,
      trusted: true,
      signatureType: 'ETSI.CAdES.detached',
    });
  });

  test('chair then secretary: both valid, the second covers the whole document', () => {
    const { signatures, raw } = pdfsig(both.bytes, pki.nssDir());
    expect(
      signatures.map((s) => [s.commonName, s.valid, s.totalDocumentSigned, s.trusted]),
      raw,
    ).toEqual([
      [CHAIR_NAME, true, false, true],
      [SECRETARY_NAME, true, true, true],
    ]);
    // The incremental update keeps the chair's revision byte-for-byte.
    expect(Buffer.from(both.bytes.subarray(0, chair.bytes.length)).equals(Buffer.from(chair.bytes))).toBe(
      true,
    );
  });

  test('one flipped byte inside the signed range breaks the signature for pdfsig and for us', () => {
    const tampered = Buffer.from(chair.bytes);
    const contentsStart = verifyPdfSignatures(chair.bytes).signatures[0]?.byteRange?.[1] ?? 0;
    const at = Math.floor(contentsStart / 2); // well inside the first signed range
    tampered[at] = (tampered[at] ?? 0) ^ 0x01;
    const { signatures, raw } = pdfsig(tampered, pki.nssDir());
    expect(signatures[0]?.valid, raw).toBe(false);
    expect(signatures[0]?.validation).not.toBe('');
    const report = verifyPdfSignatures(tampered);
    expect(report.verdict).toBe('invalid-signature');
    expect(report.signatures[0]?.digestMatches).toBe(false);
  });

  test('an ECDSA P-256 certificate signs too', () => {
    const p12 = pki.issueP12({ commonName: 'Phạm Minh Châu', password: 'ec', ec: true });
    const identity = readSigningIdentity(p12, 'ec', SIGNED_AT);
    const signed = signPdf({
      pdf: minutes,
      identity,
      role: 'Thư ký',
      reason: 'Ký',
      location: 'Huế',
      signingTime: SIGNED_AT,
    });
    const { signatures, raw } = pdfsig(signed.bytes, pki.nssDir());
    expect(signatures[0], raw).toMatchObject({ valid: true, totalDocumentSigned: true, trusted: true });
  });
});

describe('the CMS is PAdES baseline B-B', () => {
  test('openssl cms shows signing-certificate-v2, messageDigest, contentType and no signing-time', () => {
    for (const n of [0, 1]) {
      const printed = opensslCmsPrint(extractCms(both.bytes, n));
      expect(printed).toContain('id-smime-aa-signingCertificateV2');
      expect(printed).toContain('messageDigest');
      expect(printed).toContain('contentType');
      expect(printed).not.toMatch(/signingTime/i);
      expect(printed).toContain('sha256WithRSAEncryption');
      // PAdES wants DER: openssl re-encoding (sorted SETs, definite lengths) changes nothing.
      expect(opensslCmsReencoded(extractCms(both.bytes, n)).equals(extractCms(both.bytes, n))).toBe(true);
    }
  });

  test('openssl cms -verify accepts each CMS over its ByteRange content, chained to the test CA', () => {
    const report = verifyPdfSignatures(both.bytes);
    report.signatures.forEach((signature, n) => {
      const [, b = 0, c = 0, d = 0] = signature.byteRange ?? [];
      const content = Buffer.concat([both.bytes.subarray(0, b), both.bytes.subarray(c, c + d)]);
      expect(opensslCmsVerify(extractCms(both.bytes, n), content, pki.caPemPath)).toContain(
        'Verification successful',
      );
      const tampered = Buffer.from(content);
      tampered[100] = (tampered[100] ?? 0) ^ 1;
      expect(opensslCmsVerify(extractCms(both.bytes, n), tampered, pki.caPemPath)).not.toContain(
        'Verification successful',
      );
    });
  });

  test('the signature dictionary says ETSI.CAdES.detached and carries /M in Vietnam time', () => {
    const text = Buffer.from(chair.bytes).toString('latin1');
    expect(text).toMatch(/\/SubFilter \/ETSI\.CAdES\.detached/);
    expect(text).not.toContain('adbe.pkcs7');
    // Vietnam local time = UTC + 7 h, written with its offset.
    const local = new Date(SIGNED_AT.getTime() + 7 * 3600_000)
      .toISOString()
      .replace(/\.\d{3}Z$/, '')
      .replace(/[-:T]/g, '');
    expect(text).toContain(`/M (D:${local}+07'00')`);
    expect(verifyPdfSignatures(chair.bytes).signatures[0]?.signingTime).toBe(SIGNED_AT.toISOString());
  });
});

describe('the signed PDF still reads as the minutes, with a visible signature box', () => {
  test('pdftotext finds the Vietnamese text and the stars', () => {
    const text = pdftotext(both.bytes);
    for (const expected of [MINUTES_TITLE, CHAIR_NAME, STARS, 'CHỦ TỊCH HỘI ĐỒNG', 'THƯ KÝ']) {
      expect(text).toContain(expected);
    }
  });

  test('each signature field is a widget with a non-empty /Rect and an appearance stream', () => {
    const text = Buffer.from(both.bytes).toString('latin1');
    const widgets = [...text.matchAll(/<<\/Type \/Annot \/Subtype \/Widget \/FT \/Sig [^\n]*/g)].map(
      (m) => m[0],
    );
    expect(widgets).toHaveLength(2);
    for (const widget of widgets) {
      const rect = /\/Rect \[([\d. -]+)\]/.exec(widget)?.[1]?.split(' ').map(Number) ?? [];
      expect(rect).toHaveLength(4);
      const [x1 = 0, y1 = 0, x2 = 0, y2 = 0] = rect;
      expect(x2 - x1).toBeGreaterThan(100);
      expect(y2 - y1).toBeGreaterThan(30);
      expect(widget).toMatch(/\/AP <<\/N \d+ 0 R>>/);
    }
    // The box's font is embedded (a subset), so the names render on any machine.
    expect(text).toMatch(/\/FontFile2 \d+ 0 R/);
  });

  test('the signature page renders (look at it: the box must read well)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ocop-render-'));
    try {
      const png = join(dir, 'page2.png');
      renderPage(both.bytes, 2, png);
      expect(readFileSync(png).subarray(1, 4).toString()).toBe('PNG');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('the signer and role are taken from the certificate and the call', () => {
    const report = verifyPdfSignatures(both.bytes);
    expect(report.signatures.map((s) => s.signerName)).toEqual([
      `${CHAIR_NAME}, ${CHAIR_ORGANIZATION}`,
      SECRETARY_NAME,
    ]);
    expect(chair.fieldName).toBe('Signature1');
    expect(both.fieldName).toBe('Signature2');
  });

  test('signing takes about a tenth of a second', () => {
    const started = performance.now();
    for (let i = 0; i < 5; i += 1) {
      signPdf({
        pdf: minutes,
        identity: signers.chair,
        role: 'Chủ tịch Hội đồng',
        reason: 'r',
        location: 'l',
        signingTime: SIGNED_AT,
      });
    }
    expect((performance.now() - started) / 5).toBeLessThan(250);
  });
});
