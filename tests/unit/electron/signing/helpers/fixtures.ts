import { readSigningIdentity, type SigningIdentity } from '../../../../../electron/services/signing/identity';
import { signPdf, type SignedPdf } from '../../../../../electron/services/signing/sign-pdf';
import { CHAIR_NAME } from './minutes-pdf';
import type { TestPki } from './test-pki';

/** A minute after the test certificates are made, whole seconds (as /M stores them). */
export const SIGNED_AT = new Date(Math.floor(Date.now() / 1000) * 1000 + 60_000);
export const CHAIR_ORGANIZATION = 'Hội đồng OCOP tỉnh Lâm Đồng';
export const SECRETARY_NAME = 'Trần Văn Đức';

export interface Signers {
  readonly chair: SigningIdentity;
  readonly secretary: SigningIdentity;
}

export function makeSigners(pki: TestPki): Signers {
  const chairP12 = pki.issueP12({
    commonName: CHAIR_NAME,
    organization: CHAIR_ORGANIZATION,
    password: 'chu-tich',
  });
  const secretaryP12 = pki.issueP12({ commonName: SECRETARY_NAME, password: 'thu-ky' });
  return {
    chair: readSigningIdentity(chairP12, 'chu-tich', SIGNED_AT),
    secretary: readSigningIdentity(secretaryP12, 'thu-ky', SIGNED_AT),
  };
}

/** Chair signs on the right of the last page, then the secretary on the left. */
export function signByChairThenSecretary(
  pdf: Uint8Array,
  signers: Signers,
): { chair: SignedPdf; both: SignedPdf } {
  const chair = signPdf({
    pdf,
    identity: signers.chair,
    role: 'Chủ tịch Hội đồng',
    reason: 'Phê duyệt biên bản đánh giá, phân hạng sản phẩm OCOP',
    location: 'Đà Lạt, Lâm Đồng',
    signingTime: SIGNED_AT,
  });
  const both = signPdf({
    pdf: chair.bytes,
    identity: signers.secretary,
    role: 'Thư ký',
    reason: 'Ký biên bản',
    location: 'Đà Lạt, Lâm Đồng',
    signingTime: new Date(SIGNED_AT.getTime() + 5 * 60_000),
    rect: { x: 56, y: 56, width: 200, height: 64 },
  });
  return { chair, both };
}
