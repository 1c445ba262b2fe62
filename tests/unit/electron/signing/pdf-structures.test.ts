import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  SignaturePageNotFound,
  SigningError,
  UnsupportedPdfStructure,
} from '../../../../electron/services/signing/errors';
import { openPdf, pageRefs } from '../../../../electron/services/signing/pdf/file';
import { isDict, nameOf } from '../../../../electron/services/signing/pdf/objects';
import { signPdf, type SignPdfOptions } from '../../../../electron/services/signing/sign-pdf';
import { verifyPdfSignatures } from '../../../../electron/services/signing/verify';
import { makeSigners, SIGNED_AT, type Signers } from './helpers/fixtures';
import { HAND_MADE_TEXT, handMadePdf } from './helpers/hand-made-pdf';
import { makeMinutesPdf } from './helpers/minutes-pdf';
import { pdfsig, pdftotext } from './helpers/poppler';
import { makeTestPki, type TestPki } from './helpers/test-pki';

let pki: TestPki;
let signers: Signers;

beforeAll(() => {
  pki = makeTestPki();
  signers = makeSigners(pki);
});
afterAll(() => pki.dispose());

const sign = (pdf: Uint8Array, more: Partial<SignPdfOptions> = {}): Uint8Array =>
  signPdf({
    pdf,
    identity: signers.chair,
    role: 'Chủ tịch Hội đồng',
    reason: 'r',
    location: 'l',
    signingTime: SIGNED_AT,
    ...more,
  }).bytes;

describe.each([
  ['a classic xref table', { xrefStream: false }],
  ['a cross-reference stream', { xrefStream: true }],
  [
    'a cross-reference stream and the catalog in an object stream',
    { xrefStream: true, catalogInObjectStream: true },
  ],
])('a hand-made PDF with %s', (_label, options) => {
  test('poppler reads the input as we wrote it', () => {
    expect(pdftotext(handMadePdf(options))).toContain(HAND_MADE_TEXT);
  });

  test('is signed twice with both signatures valid, keeping its link annotation', () => {
    const once = sign(handMadePdf(options));
    const twice = signPdf({
      pdf: once,
      identity: signers.secretary,
      role: 'Thư ký',
      reason: 'r',
      location: 'l',
      signingTime: SIGNED_AT,
      rect: { x: 56, y: 56, width: 180, height: 60 },
    }).bytes;
    const { signatures, raw } = pdfsig(twice, pki.nssDir());
    expect(
      signatures.map((s) => [s.valid, s.trusted]),
      raw,
    ).toEqual([
      [true, true],
      [true, true],
    ]);
    expect(signatures[1]?.totalDocumentSigned).toBe(true);
    expect(verifyPdfSignatures(twice).verdict).toBe('all-signatures-valid');

    const file = openPdf(twice);
    const [page] = pageRefs(file);
    const pageDict = file.resolve(page);
    const annots = isDict(pageDict) ? file.resolve(pageDict.get('Annots')) : undefined;
    const subtypes = (Array.isArray(annots) ? annots : []).map((a) => {
      const annot = file.resolve(a);
      return isDict(annot) ? nameOf(annot.get('Subtype')) : undefined;
    });
    expect(subtypes).toEqual(['Link', 'Widget', 'Widget']);
    const catalog = file.resolve(file.trailer.get('Root'));
    const acroForm = isDict(catalog) ? file.resolve(catalog.get('AcroForm')) : undefined;
    const fields = isDict(acroForm) ? file.resolve(acroForm.get('Fields')) : undefined;
    expect(Array.isArray(fields) ? fields.length : 0).toBe(2);
    expect(isDict(acroForm) ? acroForm.get('SigFlags') : undefined).toBe(3);
  });
});

describe('signPdf input checks', () => {
  test('the box goes on the requested page', async () => {
    const minutes = await makeMinutesPdf();
    const signed = sign(minutes, { page: 1 });
    const file = openPdf(signed);
    const [first, second] = pageRefs(file).map((ref) => file.resolve(ref));
    expect(isDict(first) && first.has('Annots')).toBe(true);
    expect(isDict(second) && second.has('Annots')).toBe(false);
  });

  test('a page that does not exist is SignaturePageNotFound', async () => {
    const minutes = await makeMinutesPdf();
    expect(() => sign(minutes, { page: 3 })).toThrow(SignaturePageNotFound);
  });

  test.each([
    ['random bytes', Buffer.from('not a pdf at all, just words')],
    ['a truncated PDF', handMadePdf({ xrefStream: false }).subarray(0, 300)],
    [
      'an encrypted PDF',
      Buffer.from(
        Buffer.from(handMadePdf({ xrefStream: false }))
          .toString('latin1')
          .replace('/Root 1 0 R', '/Root 1 0 R /Encrypt 5 0 R'),
        'latin1',
      ),
    ],
  ])('%s is UnsupportedPdfStructure', (_label, pdf) => {
    expect(() => sign(pdf)).toThrow(UnsupportedPdfStructure);
  });

  test('damaged PDFs either sign or fail with a named SigningError, never anything else', async () => {
    const minutes = Buffer.from(await makeMinutesPdf());
    let seed = 7;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    for (let i = 0; i < 60; i += 1) {
      const copy = Buffer.from(minutes);
      for (let k = 0; k < 4; k += 1) copy[random(copy.length)] = random(256);
      const input = i % 2 === 0 ? copy : copy.subarray(random(copy.length));
      try {
        sign(input);
      } catch (error) {
        expect(error).toBeInstanceOf(SigningError);
      }
    }
  });
});
