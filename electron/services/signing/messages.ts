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
  | 'page-not-found'
  | TokenErrorCode;

/** Refusals of signing with a USB token (PKCS#11), issue 10. */
export type TokenErrorCode =
  | 'token-binding-unavailable'
  | 'token-library-not-found'
  | 'token-library-invalid'
  | 'token-library-wrong-architecture'
  | 'token-not-found'
  | 'token-no-certificate'
  | 'token-no-key'
  | 'certificate-no-signing-usage'
  | 'token-pin-incorrect'
  | 'token-pin-incorrect-count-low'
  | 'token-pin-incorrect-final-try'
  | 'token-pin-locked'
  | 'token-removed'
  | 'token-session-closed'
  | 'signing-session-closed'
  | 'token-failure';

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
  'token-binding-unavailable': {
    vi: 'Máy này chưa dùng được USB token (thư viện PKCS#11 của ứng dụng không nạp được). Vẫn ký được bằng tệp .p12.',
    en: 'USB tokens cannot be used on this computer (the app’s PKCS#11 binding did not load). Signing with a .p12 file still works.',
  },
  'token-library-not-found': {
    vi: 'Không tìm thấy tệp thư viện token ở đường dẫn đã nhập.',
    en: 'No token library file at the path given.',
  },
  'token-library-invalid': {
    vi: 'Tệp đã chọn không phải thư viện PKCS#11 của token (thường là tệp .dll/.so do nhà cung cấp chữ ký số cài đặt).',
    en: 'The chosen file is not a PKCS#11 token library (usually a .dll/.so installed by the certificate provider).',
  },
  'token-library-wrong-architecture': {
    vi: 'Thư viện token dành cho kiến trúc máy khác (ví dụ 32-bit thay vì 64-bit). Hãy chọn bản 64-bit do nhà cung cấp cài đặt.',
    en: 'The token library is built for another architecture (e.g. 32-bit instead of 64-bit). Choose the 64-bit library the provider installed.',
  },
  'token-not-found': {
    vi: 'Không thấy USB token. Hãy cắm token vào máy rồi thử lại.',
    en: 'No USB token found. Plug the token in and try again.',
  },
  'token-no-certificate': {
    vi: 'Token không chứa chứng thư số nào để ký.',
    en: 'The token holds no certificate to sign with.',
  },
  'token-no-key': {
    vi: 'Token không có khóa bí mật ứng với chứng thư số đã chọn.',
    en: 'The token has no private key for the chosen certificate.',
  },
  'certificate-no-signing-usage': {
    vi: 'Chứng thư số không cho phép dùng để ký (thiếu mục đích “chữ ký số”).',
    en: 'The certificate may not be used for signing (no digital signature key usage).',
  },
  'token-pin-incorrect': {
    vi: 'Mã PIN không đúng.',
    en: 'The PIN is wrong.',
  },
  'token-pin-incorrect-count-low': {
    vi: 'Mã PIN không đúng. Token báo chỉ còn ít lần thử trước khi bị khóa.',
    en: 'The PIN is wrong. The token says only a few tries are left before it locks.',
  },
  'token-pin-incorrect-final-try': {
    vi: 'Mã PIN không đúng. Chỉ còn 1 lần thử: nhập sai lần nữa token sẽ bị khóa.',
    en: 'The PIN is wrong. One try left: another wrong PIN locks the token.',
  },
  'token-pin-locked': {
    vi: 'Mã PIN của token đã bị khóa. Liên hệ nhà cung cấp chữ ký số để mở khóa.',
    en: 'The token’s PIN is locked. Ask the certificate provider to unlock it.',
  },
  'token-removed': {
    vi: 'USB token đã bị rút ra hoặc không còn phản hồi. Tài liệu này chưa được ký.',
    en: 'The USB token was removed or stopped answering. This document was not signed.',
  },
  'token-session-closed': {
    vi: 'Phiên ký bằng token đã đóng (quá thời gian chờ). Hãy nhập lại mã PIN.',
    en: 'The token signing session has closed (timed out). Enter the PIN again.',
  },
  'signing-session-closed': {
    vi: 'Phiên ký đã đóng (quá thời gian chờ). Hãy chọn lại tệp chứng thư số và nhập lại mật khẩu.',
    en: 'The signing session has closed (timed out). Choose the certificate file and enter its password again.',
  },
  'token-failure': {
    vi: 'Token báo lỗi khi ký. Hãy rút token ra, cắm lại và thử lại.',
    en: 'The token reported an error while signing. Unplug it, plug it back in and try again.',
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
  | 'all-signatures-valid'
  | 'changed-after-signing'
  | 'invalid-signature'
  | 'no-signatures'
  | 'not-a-pdf'
  | 'too-complex'
  | 'too-large'
  | 'over-budget';

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
  'too-complex': {
    vi: 'Tệp có quá nhiều chữ ký để kiểm tra (nghi là tệp được tạo để gây lỗi)',
    en: 'The file has too many signatures to check (probably crafted to cause trouble)',
  },
  'too-large': {
    vi: 'Tệp quá lớn để kiểm tra chữ ký (giới hạn 50 MB)',
    en: 'The file is too large to check (limit 50 MB)',
  },
  'over-budget': {
    vi: 'Kiểm tra quá thời gian cho phép và đã dừng: tệp quá phức tạp hoặc được tạo để gây lỗi',
    en: 'The check took too long and was stopped: the file is too complex or crafted to cause trouble',
  },
} as const satisfies Record<DocumentVerdict, BilingualText>;

export const trustMessages = {
  trusted: {
    vi: 'Tin cậy: chứng thư số thuộc chuỗi của một chứng thư gốc tin cậy',
    en: 'Trusted: the certificate chains to a trusted root',
  },
  untrusted: { vi: 'Không tin cậy', en: 'Not trusted' },
  'not-checked': {
    vi: 'Chưa kiểm tra nguồn gốc chứng thư số',
    en: 'The certificate origin was not checked',
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

/** Why a signer certificate is not trusted (trust.ts checks; the contract carries the code). */
export type TrustProblem =
  | 'no-certificate'
  | 'self-signed'
  | 'unknown-issuer'
  | 'expired-at-signing'
  | 'not-yet-valid-at-signing'
  | 'wrong-key-usage'
  | 'broken-chain'
  | 'certificate-not-bound';

/** What kind of change after a signature revision-diff.ts found. */
export type RevisionChangeKind =
  | 'unreadable'
  | 'appended-data'
  | 'partial-coverage'
  | 'pages-added'
  | 'pages-removed'
  | 'page-tree'
  | 'page-content'
  | 'page-resources'
  | 'page-annotations'
  | 'page-object'
  | 'catalog'
  | 'form'
  | 'document-info'
  | 'signature-replaced'
  | 'other-objects';

/** Why a signer certificate is not trusted (trust.ts); "không tin cậy" comes first on screen. */
export const trustProblemMessages = {
  'no-certificate': {
    vi: 'chữ ký không kèm chứng thư số của người ký',
    en: "the signature carries no signer's certificate",
  },
  'self-signed': {
    vi: 'chứng thư số tự ký, không do tổ chức cung cấp dịch vụ chứng thực nào cấp',
    en: 'a self-signed certificate, issued by no certification authority',
  },
  'unknown-issuer': {
    vi: 'không rõ tổ chức cấp: chứng thư gốc chưa được nhập vào danh sách tin cậy',
    en: 'unknown issuer: its root certificate is not among the trusted ones',
  },
  'expired-at-signing': {
    vi: 'chứng thư số đã hết hạn vào thời điểm ký',
    en: 'the certificate had expired at the signing time',
  },
  'not-yet-valid-at-signing': {
    vi: 'chứng thư số chưa có hiệu lực vào thời điểm ký',
    en: 'the certificate was not yet valid at the signing time',
  },
  'wrong-key-usage': {
    vi: 'chứng thư số không được phép dùng vào mục đích này (key usage)',
    en: 'the certificate is not allowed for this use (key usage)',
  },
  'broken-chain': {
    vi: 'chuỗi chứng thư bị đứt: chữ ký của tổ chức cấp không khớp',
    en: "broken chain: the issuer's signature does not match",
  },
  'certificate-not-bound': {
    vi: 'chữ ký không gắn với chứng thư số (thiếu thuộc tính signing-certificate)',
    en: 'the signature is not bound to its certificate (no signing-certificate attribute)',
  },
} as const satisfies Record<TrustProblem, BilingualText>;

/** What changed after a signature (revision-diff.ts); {page} and {count} are filled in. */
export const revisionChangeMessages = {
  unreadable: {
    vi: 'phần thêm vào sau khi ký không đọc được cấu trúc PDF',
    en: 'what was added after signing is not readable PDF structure',
  },
  'appended-data': {
    vi: 'có dữ liệu được nối thêm vào cuối tệp sau khi ký',
    en: 'data was appended to the end of the file after signing',
  },
  'partial-coverage': {
    vi: 'chữ ký không bao trọn một phiên bản của tài liệu',
    en: 'the signature does not cover a whole revision of the document',
  },
  'pages-added': { vi: 'thêm {count} trang', en: '{count} page(s) added' },
  'pages-removed': { vi: 'bớt {count} trang', en: '{count} page(s) removed' },
  'page-tree': { vi: 'thứ tự hoặc danh sách trang bị thay đổi', en: 'the order or list of pages changed' },
  'page-content': { vi: 'nội dung trang {page} bị thay đổi', en: 'the content of page {page} changed' },
  'page-resources': {
    vi: 'phông chữ, hình ảnh hoặc tài nguyên của trang {page} bị thay đổi',
    en: 'fonts, images or other resources of page {page} changed',
  },
  'page-annotations': {
    vi: 'chú thích (annotation) trên trang {page} bị thêm, sửa hoặc xóa',
    en: 'annotations on page {page} were added, changed or removed',
  },
  'page-object': {
    vi: 'thuộc tính của trang {page} bị thay đổi',
    en: 'the properties of page {page} changed',
  },
  catalog: {
    vi: 'cấu trúc gốc của tài liệu (catalog) bị thay đổi',
    en: "the document's root structure (catalog) changed",
  },
  form: { vi: 'biểu mẫu hoặc giá trị trường bị thay đổi', en: 'the form or its field values changed' },
  'document-info': {
    vi: 'thông tin tài liệu (tiêu đề, tác giả…) bị thay đổi',
    en: 'the document information (title, author…) changed',
  },
  'signature-replaced': {
    vi: 'một chữ ký có trước bị thay thế hoặc xóa',
    en: 'an earlier signature was replaced or removed',
  },
  'other-objects': {
    vi: '{count} đối tượng khác trong tệp bị thay đổi',
    en: '{count} other object(s) of the file changed',
  },
} as const satisfies Record<RevisionChangeKind, BilingualText>;
