import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { readSigningIdentity } from '../../../../electron/services/signing/identity';
import { signPdf } from '../../../../electron/services/signing/sign-pdf';
import { officialPdf } from '../../../../renderer/src/domain/documents/official';
import { recognitionDecision } from '../../../../renderer/src/domain/documents/recognition-papers';
import { nodeRenderer } from '../../../../renderer/src/documents/node';
import { docWords } from '../../../../renderer/src/documents/words';
import { SIGNED_AT } from './helpers/fixtures';
import { pdfsig, pdftotext } from './helpers/poppler';
import { makeTestPki, type TestPki } from './helpers/test-pki';

/**
 * The draft recognition decision is signable like the minutes: the layout reports the
 * signer's box, and the signing service (the same one the minutes go through) signs it there.
 */
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

let pki: TestPki;
beforeAll(() => {
  pki = makeTestPki();
});
afterAll(() => pki.dispose());

it('signs the draft decision in the box its layout reports; pdfsig reads a valid signature over the whole file', async () => {
  const { t } = docWords('vi');
  const doc = recognitionDecision(
    {
      place: 'Tây Ninh',
      province: 'tỉnh Tây Ninh',
      roundName: 'Đợt 2 năm 2026',
      ruleSet: { id: '26/2026/QĐ-TTg', date: '2026-05-22' },
      meetingDates: ['2026-11-28'],
      products: [
        {
          order: 1,
          code: '72-25459-001-2026',
          name: 'Mật ong hoa nhãn',
          producerName: 'Hợp tác xã Ong mật Tân Biên',
          address: 'Ấp 3, xã Tân Biên',
          sheetNo: 1,
          stars: 4,
          outcome: 'recognise',
          average: '78,50',
          minutes: { date: '2026-11-28', signed: true },
        },
      ],
    },
    t,
  );
  const rendered = await nodeRenderer().render(officialPdf(doc, t));
  const area = rendered.signatureAreas.find((a) => a.role === 'chair');
  expect(area).toBeDefined();
  if (area === undefined) return;
  // On the decision's own page (before the annex), right of the recipients.
  expect(area.pageIndex).toBe(0);
  expect(area.rect.x).toBeGreaterThan(250);
  const identity = readSigningIdentity(
    pki.issueP12({ commonName: 'Nguyễn Văn Chủ Tịch', password: 'ubnd' }),
    'ubnd',
    SIGNED_AT,
  );
  const signed = signPdf({
    pdf: rendered.bytes,
    identity,
    role: 'Chủ tịch UBND tỉnh',
    reason: 'Ký quyết định công nhận sản phẩm OCOP',
    location: 'Tây Ninh',
    signingTime: SIGNED_AT,
    page: area.pageIndex + 1,
    rect: area.rect,
  });
  const verdict = pdfsig(signed.bytes);
  expect(verdict.signatures).toHaveLength(1);
  expect(verdict.signatures[0]?.valid).toBe(true);
  expect(verdict.signatures[0]?.totalDocumentSigned).toBe(true);
  expect(pdftotext(signed.bytes)).toContain('Mật ong hoa nhãn');
});
