/**
 * User-facing texts of the signing service, Vietnamese first, English second. The service
 * returns codes; the UI (and the IPC layer) pick the text here, so one catalog serves both.
 */

export interface BilingualText {
  readonly vi: string;
  readonly en: string;
}

export type SigningErrorCode =
  | 'wrong-certificate-password'
  | 'corrupt-certificate-file'
  | 'no-private-key'
  | 'certificate-expired'
  | 'certificate-not-yet-valid'
  | 'unsupported-key'
  | 'unsupported-pdf'
  | 'page-not-found';

export const signingErrorMessages = {
  'wrong-certificate-password': {
    vi: 'Mật khẩu chứng thư số không đúng.',
    en: 'The certificate password is wrong.',
  },
  'corrupt-certificate-file': {
    vi: 'Tệp chứng thư số (.p12/.pfx) bị hỏng hoặc không đúng định dạng.',
    en: 'The certificate file (.p12/.pfx) is damaged or not a certificate file.',
  },
  'no-private-key': {
    vi: 'Tệp chứng thư số không chứa khóa bí mật để ký.',
    en: 'The certificate file holds no private key to sign with.',
  },
  'certificate-expired': {
    vi: 'Chứng thư số đã hết hạn.',
    en: 'The certificate has expired.',
  },
  'certificate-not-yet-valid': {
    vi: 'Chứng thư số chưa đến ngày có hiệu lực.',
    en: 'The certificate is not valid yet.',
  },
  'unsupported-key': {
    vi: 'Loại khóa của chứng thư số chưa được hỗ trợ (cần RSA hoặc ECDSA P-256).',
    en: 'The certificate key type is not supported (RSA or ECDSA P-256 needed).',
  },
  'unsupported-pdf': {
    vi: 'Không đọc được cấu trúc tệp PDF để ký.',
    en: 'The PDF structure could not be read for signing.',
  },
  'page-not-found': {
    vi: 'Không tìm thấy trang đặt ô chữ ký.',
    en: 'The page for the signature box does not exist.',
  },
} as const satisfies Record<SigningErrorCode, BilingualText>;

/** Verdict of one signature. */
export type SignatureVerdict =
  | 'valid'
  | 'valid-later-revision-signed'
  | 'changed-after-signing'
  | 'invalid-signature'
  | 'malformed-signature';

/** Verdict of the whole file. */
export type DocumentVerdict =
  'all-signatures-valid' | 'changed-after-signing' | 'invalid-signature' | 'no-signatures' | 'not-a-pdf';

export const signatureVerdictMessages = {
  valid: { vi: 'Chữ ký hợp lệ', en: 'Signature is valid' },
  'valid-later-revision-signed': {
    vi: 'Chữ ký hợp lệ; tài liệu được ký tiếp sau đó',
    en: 'Signature is valid; the document was signed again afterwards',
  },
  'changed-after-signing': {
    vi: 'Tài liệu đã bị thay đổi sau khi ký',
    en: 'The document was changed after signing',
  },
  'invalid-signature': { vi: 'Chữ ký không hợp lệ', en: 'Signature is not valid' },
  'malformed-signature': {
    vi: 'Chữ ký bị hỏng, không đọc được',
    en: 'The signature is damaged and cannot be read',
  },
} as const satisfies Record<SignatureVerdict, BilingualText>;

export const documentVerdictMessages = {
  'all-signatures-valid': { vi: 'Chữ ký hợp lệ', en: 'All signatures are valid' },
  'changed-after-signing': {
    vi: 'Tài liệu đã bị thay đổi sau khi ký',
    en: 'The document was changed after signing',
  },
  'invalid-signature': { vi: 'Chữ ký không hợp lệ', en: 'A signature is not valid' },
  'no-signatures': { vi: 'Không có chữ ký', en: 'No signatures' },
  'not-a-pdf': { vi: 'Tệp không phải là PDF hợp lệ', en: 'The file is not a valid PDF' },
} as const satisfies Record<DocumentVerdict, BilingualText>;

export const trustMessages = {
  trusted: {
    vi: 'Chứng thư số do tổ chức được tin cậy cấp',
    en: 'The certificate was issued by a trusted authority',
  },
  untrusted: {
    vi: 'Không xác minh được nguồn gốc chứng thư số',
    en: 'The certificate could not be traced to a trusted authority',
  },
  'not-checked': {
    vi: 'Chưa kiểm tra nguồn gốc chứng thư số',
    en: 'The certificate issuer was not checked',
  },
} as const satisfies Record<'trusted' | 'untrusted' | 'not-checked', BilingualText>;

export const hashMatchMessages = {
  match: {
    vi: 'Trùng khớp từng byte với biên bản do ứng dụng này ký',
    en: 'Byte-for-byte the minutes this app signed',
  },
  'no-match': {
    vi: 'Không trùng với biên bản nào do ứng dụng này ký',
    en: 'Not a file this app signed',
  },
} as const satisfies Record<'match' | 'no-match', BilingualText>;
