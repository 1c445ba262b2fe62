import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { TokenSigningError } from '../../../../electron/services/signing/errors';
import { signPdf } from '../../../../electron/services/signing/sign-pdf';
import { TokenService } from '../../../../electron/services/signing/token/token-service';
import { verifyPdfSignatures } from '../../../../electron/services/signing/verify';
import { makeMinutesPdf } from './helpers/minutes-pdf';
import { pdfsig, pdftotext } from './helpers/poppler';
import { makeSoftHsm, SOFTHSM_MODULE, softHsmMissing, type SoftHsm } from './helpers/softhsm';
import { translate } from '../../../../renderer/src/i18n/translate';

const missing = softHsmMissing();
const CHAIR = 'Trần Quốc Bảo';
const SECRETARY = 'Nguyễn Thị Hường';
/** A minute ahead: the certificates are issued while the test starts. */
const NOW = new Date(Date.now() + 60_000);

let hsm: SoftHsm;
let minutes: Uint8Array;

function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof TokenSigningError) return error.code;
    throw error;
  }
  throw new Error('expected a refusal');
}

function tokenSerial(service: TokenService, label: string): string {
  const token = service.listTokens(SOFTHSM_MODULE, NOW).find((t) => t.label === label);
  if (token === undefined) throw new Error(`no token ${label}`);
  return token.serial;
}

describe.skipIf(missing !== null)(
  `signing with a USB token (SoftHSM2)${missing === null ? '' : `: skipped, ${missing}`}`,
  () => {
    let service: TokenService;

    beforeAll(async () => {
      hsm = makeSoftHsm();
      hsm.addToken('CHU TICH', '1234');
      hsm.addKey('CHU TICH', '1234', {
        id: '01',
        kind: 'rsa',
        commonName: CHAIR,
        organization: 'Hội đồng OCOP tỉnh Lâm Đồng',
      });
      hsm.addKey('CHU TICH', '1234', { id: '03', kind: 'rsa', commonName: 'Hết Hạn', days: -1 });
      hsm.addKey('CHU TICH', '1234', {
        id: '04',
        kind: 'rsa',
        commonName: 'Chỉ Mã Hoá',
        keyUsage: 'keyEncipherment',
      });
      hsm.addToken('THU KY', '5678');
      hsm.addKey('THU KY', '5678', { id: '02', kind: 'ec', commonName: SECRETARY });
      hsm.addToken('TRONG', '1111');
      hsm.addToken('MAT KHOA', '2222');
      hsm.addKey('MAT KHOA', '2222', {
        id: '05',
        kind: 'rsa',
        commonName: 'Mất Khoá',
        certificateOnly: true,
      });
      minutes = await makeMinutesPdf();
      service = new TokenService();
    }, 120_000);
    afterAll(() => {
      service.dispose();
      hsm.dispose();
    });

    test('lists the tokens with label, maker, serial and each certificate with the reason it cannot sign', () => {
      const tokens = service.listTokens(SOFTHSM_MODULE, NOW);
      expect(tokens.map((t) => t.label).sort()).toEqual(['CHU TICH', 'MAT KHOA', 'THU KY', 'TRONG']);
      const chair = tokens.find((t) => t.label === 'CHU TICH');
      expect(chair).toMatchObject({ manufacturer: 'SoftHSM project', pinState: 'ok' });
      expect(chair?.serial).toMatch(/^[0-9a-f]{16}$/);
      const byId = new Map(chair?.certificates.map((c) => [c.id, c]));
      expect(byId.get('01')).toMatchObject({
        holder: CHAIR,
        organization: 'Hội đồng OCOP tỉnh Lâm Đồng',
        issuer: 'OCOP Token Test CA, Test only',
        keyUsage: ['digitalSignature', 'nonRepudiation'],
        keyType: 'rsa',
        refusal: null,
      });
      expect(byId.get('03')?.refusal).toBe('certificate-expired');
      expect(byId.get('04')).toMatchObject({
        keyUsage: ['keyEncipherment'],
        refusal: 'certificate-no-signing-usage',
      });
      expect(tokens.find((t) => t.label === 'THU KY')?.certificates[0]).toMatchObject({
        holder: SECRETARY,
        keyType: 'ec-p256',
        refusal: null,
      });
    });

    test('chair with RSA-2048, secretary with P-256, both on their tokens: pdfsig says both valid', () => {
      const chair = service.openSession(
        {
          libraryPath: SOFTHSM_MODULE,
          tokenSerial: tokenSerial(service, 'CHU TICH'),
          certificateId: '01',
          pin: '1234',
        },
        NOW,
      );
      const once = signPdf({
        pdf: minutes,
        identity: chair.signer,
        role: 'Chủ tịch Hội đồng',
        reason: 'Phê duyệt biên bản',
        location: 'Đà Lạt',
        signingTime: NOW,
      });
      service.closeSession(chair.sessionId);
      expect(refusal(() => service.signerOf(chair.sessionId))).toBe('token-session-closed');
      const secretary = service.openSession(
        {
          libraryPath: SOFTHSM_MODULE,
          tokenSerial: tokenSerial(service, 'THU KY'),
          certificateId: '02',
          pin: '5678',
        },
        NOW,
      );
      const twice = signPdf({
        pdf: once.bytes,
        identity: secretary.signer,
        role: 'Thư ký',
        reason: 'Ký biên bản',
        location: 'Đà Lạt',
        signingTime: NOW,
        rect: { x: 56, y: 56, width: 200, height: 64 },
      });
      service.closeSession(secretary.sessionId);
      const { signatures, raw } = pdfsig(twice.bytes);
      expect(
        signatures.map((s) => [s.commonName, s.valid, s.totalDocumentSigned, s.signatureType]),
        raw,
      ).toEqual([
        [CHAIR, true, false, 'ETSI.CAdES.detached'],
        [SECRETARY, true, true, 'ETSI.CAdES.detached'],
      ]);
      expect(/^\s*- Total document signed$/m.test(raw)).toBe(true);
      expect(verifyPdfSignatures(twice.bytes).verdict).toBe('all-signatures-valid');
      const text = pdftotext(twice.bytes);
      expect(text).toContain(`Ký bởi: ${CHAIR}`);
      expect(text).toContain(`Ký bởi: ${SECRETARY}`);
    });

    test('wrong PIN: refused with what the token says about tries left; the right PIN still works', () => {
      const tokenSerialOfChair = tokenSerial(service, 'CHU TICH');
      const open = (pin: string) => () =>
        service.openSession(
          { libraryPath: SOFTHSM_MODULE, tokenSerial: tokenSerialOfChair, certificateId: '01', pin },
          NOW,
        );
      // SoftHSM2 raises CKF_USER_PIN_COUNT_LOW after a wrong PIN.
      expect(refusal(open('9999'))).toBe('token-pin-incorrect-count-low');
      const error = (() => {
        try {
          open('9999')();
        } catch (e) {
          return e;
        }
        return null;
      })();
      expect(error).toBeInstanceOf(TokenSigningError);
      expect(translate('vi', `signing.error.${(error as TokenSigningError).code}`)).toContain(
        'Mã PIN không đúng',
      );
      expect((error as TokenSigningError).message).not.toContain('9999');
      const session = service.openSession(
        { libraryPath: SOFTHSM_MODULE, tokenSerial: tokenSerialOfChair, certificateId: '01', pin: '1234' },
        NOW,
      );
      service.closeSession(session.sessionId);
      expect(service.listTokens(SOFTHSM_MODULE, NOW).find((t) => t.label === 'CHU TICH')?.pinState).toBe(
        'ok',
      );
    });

    test('a token with no certificate, and a certificate whose key is not on the token', () => {
      const open = (label: string, id: string, pin: string) => () =>
        service.openSession(
          { libraryPath: SOFTHSM_MODULE, tokenSerial: tokenSerial(service, label), certificateId: id, pin },
          NOW,
        );
      expect(refusal(open('TRONG', '01', '1111'))).toBe('token-no-certificate');
      expect(refusal(open('MAT KHOA', '05', '2222'))).toBe('token-no-key');
      expect(refusal(open('CHU TICH', '03', '1234'))).toBe('certificate-expired');
      expect(refusal(open('CHU TICH', '04', '1234'))).toBe('certificate-no-signing-usage');
    });

    test('libraries that are not PKCS#11 modules, of another architecture, or missing', () => {
      const list = (path: string) => () => service.listTokens(path, NOW);
      const nativeAddon = createRequire(import.meta.url).resolve('pkcs11js/build/Release/pkcs11.node');
      expect(refusal(list(nativeAddon))).toBe('token-library-invalid'); // a shared library, but no C_GetFunctionList
      const text = join(hsm.dir, 'notes.so');
      writeFileSync(text, 'không phải thư viện');
      expect(refusal(list(text))).toBe('token-library-invalid');
      const arm32 = join(hsm.dir, 'arm32.so');
      const header = Buffer.alloc(64);
      header.write('\x7fELF', 0, 'latin1');
      header[4] = 1; // ELFCLASS32
      header[5] = 1; // little endian
      header.writeUInt16LE(0x28, 18); // EM_ARM
      writeFileSync(arm32, header);
      expect(refusal(list(arm32))).toBe('token-library-wrong-architecture');
      expect(refusal(list(join(hsm.dir, 'absent.so')))).toBe('token-library-not-found');
    });

    test('a machine where the binding cannot load: token features refuse in words, nothing else breaks', () => {
      const broken = new TokenService({
        loadBinding: () => {
          throw new Error("Cannot find module 'pkcs11js'");
        },
      });
      expect(refusal(() => broken.listTokens(SOFTHSM_MODULE, NOW))).toBe('token-binding-unavailable');
      expect(refusal(() => broken.listTokens(SOFTHSM_MODULE, NOW))).toBe('token-binding-unavailable');
    });

    // Last: it deletes the token store.
    test('token pulled out in the middle of a batch: the first document stays signed, the second is refused', () => {
      const session = service.openSession(
        {
          libraryPath: SOFTHSM_MODULE,
          tokenSerial: tokenSerial(service, 'CHU TICH'),
          certificateId: '01',
          pin: '1234',
        },
        NOW,
      );
      const sign = (pdf: Uint8Array) =>
        signPdf({
          pdf,
          identity: session.signer,
          role: 'Chủ tịch Hội đồng',
          reason: 'r',
          location: 'l',
          signingTime: NOW,
        });
      const first = sign(minutes);
      hsm.removeTokens();
      const second = minutes.slice();
      expect(refusal(() => sign(second))).toBe('token-removed');
      expect(Buffer.from(second).equals(Buffer.from(minutes))).toBe(true);
      expect(pdfsig(first.bytes).signatures.map((s) => s.valid)).toEqual([true]);
      expect(refusal(() => service.signerOf(session.sessionId))).toBe('token-session-closed');
    });
  },
);
