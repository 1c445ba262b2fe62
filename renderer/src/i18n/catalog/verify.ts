import { defineMessages } from '../define';

/**
 * The verification screen, and the words of the signing service's codes (verdicts, trust
 * problems, changes after signing, refusals): the host sends only the codes, declared in
 * electron/shared/signing-codes.ts.
 */
export const verifyMessages = defineMessages({
  'verify.title': { vi: 'Kiểm tra chữ ký số của tệp PDF', en: 'Verify the digital signatures of a PDF' },
  'verify.intro': {
    vi: 'Chọn hoặc kéo thả bất kỳ tệp PDF nào (ví dụ biên bản nhận qua thư điện tử). Ứng dụng đọc từng chữ ký: ai ký, lúc nào, có hợp lệ không, có bao trùm toàn bộ tài liệu không, tài liệu có bị sửa sau khi ký không, và có trùng từng byte với biên bản do ứng dụng này ký không.',
    en: 'Choose or drop any PDF (e.g. minutes received by e-mail). Each signature is read: who signed, when, whether it is valid, whether it covers the whole document, whether the file was changed after signing, and whether it is byte-for-byte minutes this app signed.',
  },
  'verify.file': { vi: 'Tệp PDF cần kiểm tra', en: 'PDF to verify' },
  'verify.fileHint': { vi: 'Hoặc kéo thả tệp vào ô này.', en: 'Or drop the file on this box.' },
  'verify.dropZone': { vi: 'Thả tệp PDF vào đây', en: 'Drop a PDF here' },
  'verify.checking': { vi: 'Đang kiểm tra…', en: 'Checking…' },
  'verify.result': { vi: 'Kết quả kiểm tra: {name}', en: 'Result for {name}' },
  'verify.sha256': { vi: 'Mã băm SHA-256 của tệp', en: 'SHA-256 of the file' },
  'verify.signatureHeading': { vi: 'Chữ ký {index}', en: 'Signature {index}' },
  'verify.signer': { vi: 'Người ký', en: 'Signer' },
  'verify.issuer': { vi: 'Tổ chức cấp chứng thư', en: 'Issued by' },
  'verify.time': { vi: 'Thời điểm ký (người ký khai)', en: "Signing time (the signer's claim)" },
  'verify.timeUnknown': { vi: 'Không ghi thời điểm', en: 'No time given' },
  'verify.unknownSigner': { vi: 'Không đọc được tên người ký', en: 'Signer name unreadable' },
  'verify.coverage': { vi: 'Phạm vi ký', en: 'Coverage' },
  'verify.coversWhole': { vi: 'Bao trùm toàn bộ tài liệu', en: 'Covers the whole document' },
  'verify.coversPart': {
    vi: 'Chỉ bao trùm một phần tài liệu (phần sau được thêm vào sau khi ký)',
    en: 'Covers part of the document (more was added after signing)',
  },
  'verify.changed': { vi: 'Thay đổi sau khi ký', en: 'Changed after signing' },
  'verify.changedYes': {
    vi: 'Có — tài liệu đã bị thay đổi sau khi ký',
    en: 'Yes — the document was changed after signing',
  },
  'verify.changedNo': { vi: 'Không', en: 'No' },
  'verify.pades': { vi: 'Chuẩn chữ ký', en: 'Signature standard' },
  'verify.padesYes': { vi: 'PAdES cơ bản (B-B)', en: 'PAdES baseline (B-B)' },
  'verify.padesNo': { vi: 'Không theo PAdES cơ bản', en: 'Not PAdES baseline' },
  'verify.trust': { vi: 'Nguồn gốc chứng thư', en: 'Certificate origin' },
  'verify.appFile': { vi: 'Đối chiếu với biên bản đã ký', en: 'Compared with signed minutes' },
  'verify.appRecord': {
    vi: 'Biên bản lần {revision}, ký bởi {signers}; mã kiểm tra nhật ký khi lập biên bản: {head}',
    en: 'Minutes revision {revision}, signed by {signers}; audit log check code when made: {head}',
  },
  'verify.readFailed': { vi: 'Không đọc được tệp: {message}', en: 'The file could not be read: {message}' },
  'verify.needsHost': {
    vi: 'Kiểm tra chữ ký cần ứng dụng máy tính hoặc chế độ web (npm run start:web).',
    en: 'Verifying signatures needs the desktop app or browser mode (npm run start:web).',
  },
  'verify.doc.all-signatures-valid': { vi: 'Chữ ký hợp lệ', en: 'All signatures are valid' },
  'verify.doc.changed-after-signing': {
    vi: 'Tài liệu đã bị thay đổi sau khi ký',
    en: 'The document was changed after signing',
  },
  'verify.doc.invalid-signature': { vi: 'Chữ ký không hợp lệ', en: 'A signature is not valid' },
  'verify.doc.no-signatures': { vi: 'Không có chữ ký', en: 'No signatures' },
  'verify.doc.not-a-pdf': { vi: 'Tệp không phải là PDF hợp lệ', en: 'The file is not a valid PDF' },
  'verify.doc.too-complex': {
    vi: 'Tệp có quá nhiều chữ ký để kiểm tra (nghi là tệp được tạo để gây lỗi)',
    en: 'The file has too many signatures to check (probably crafted to cause trouble)',
  },
  'verify.doc.too-large': {
    vi: 'Tệp quá lớn để kiểm tra chữ ký (giới hạn 50 MB)',
    en: 'The file is too large to check (limit 50 MB)',
  },
  'verify.doc.over-budget': {
    vi: 'Kiểm tra quá thời gian cho phép và đã dừng: tệp quá phức tạp hoặc được tạo để gây lỗi',
    en: 'The check took too long and was stopped: the file is too complex or crafted to cause trouble',
  },
  'verify.trustProblem.no-certificate': {
    vi: 'chữ ký không kèm chứng thư số của người ký',
    en: "the signature carries no signer's certificate",
  },
  'verify.trustProblem.self-signed': {
    vi: 'chứng thư số tự ký, không do tổ chức cung cấp dịch vụ chứng thực nào cấp',
    en: 'a self-signed certificate, issued by no certification authority',
  },
  'verify.trustProblem.unknown-issuer': {
    vi: 'không rõ tổ chức cấp: chứng thư gốc chưa được nhập vào danh sách tin cậy',
    en: 'unknown issuer: its root certificate is not among the trusted ones',
  },
  'verify.trustProblem.expired-at-signing': {
    vi: 'chứng thư số đã hết hạn vào thời điểm ký',
    en: 'the certificate had expired at the signing time',
  },
  'verify.trustProblem.not-yet-valid-at-signing': {
    vi: 'chứng thư số chưa có hiệu lực vào thời điểm ký',
    en: 'the certificate was not yet valid at the signing time',
  },
  'verify.trustProblem.wrong-key-usage': {
    vi: 'chứng thư số không được phép dùng vào mục đích này (key usage)',
    en: 'the certificate is not allowed for this use (key usage)',
  },
  'verify.trustProblem.broken-chain': {
    vi: 'chuỗi chứng thư bị đứt: chữ ký của tổ chức cấp không khớp',
    en: "broken chain: the issuer's signature does not match",
  },
  'verify.trustProblem.certificate-not-bound': {
    vi: 'chữ ký không gắn với chứng thư số (thiếu thuộc tính signing-certificate)',
    en: 'the signature is not bound to its certificate (no signing-certificate attribute)',
  },
  'verify.change.unreadable': {
    vi: 'phần thêm vào sau khi ký không đọc được cấu trúc PDF',
    en: 'what was added after signing is not readable PDF structure',
  },
  'verify.change.appended-data': {
    vi: 'có dữ liệu được nối thêm vào cuối tệp sau khi ký',
    en: 'data was appended to the end of the file after signing',
  },
  'verify.change.partial-coverage': {
    vi: 'chữ ký không bao trọn một phiên bản của tài liệu',
    en: 'the signature does not cover a whole revision of the document',
  },
  'verify.change.pages-added': { vi: 'thêm {count} trang', en: '{count} page(s) added' },
  'verify.change.pages-removed': { vi: 'bớt {count} trang', en: '{count} page(s) removed' },
  'verify.change.page-tree': {
    vi: 'thứ tự hoặc danh sách trang bị thay đổi',
    en: 'the order or list of pages changed',
  },
  'verify.change.page-content': {
    vi: 'nội dung trang {page} bị thay đổi',
    en: 'the content of page {page} changed',
  },
  'verify.change.page-resources': {
    vi: 'phông chữ, hình ảnh hoặc tài nguyên của trang {page} bị thay đổi',
    en: 'fonts, images or other resources of page {page} changed',
  },
  'verify.change.page-annotations': {
    vi: 'chú thích (annotation) trên trang {page} bị thêm, sửa hoặc xóa',
    en: 'annotations on page {page} were added, changed or removed',
  },
  'verify.change.page-object': {
    vi: 'thuộc tính của trang {page} bị thay đổi',
    en: 'the properties of page {page} changed',
  },
  'verify.change.catalog': {
    vi: 'cấu trúc gốc của tài liệu (catalog) bị thay đổi',
    en: "the document's root structure (catalog) changed",
  },
  'verify.change.form': {
    vi: 'biểu mẫu hoặc giá trị trường bị thay đổi',
    en: 'the form or its field values changed',
  },
  'verify.change.document-info': {
    vi: 'thông tin tài liệu (tiêu đề, tác giả…) bị thay đổi',
    en: 'the document information (title, author…) changed',
  },
  'verify.change.signature-replaced': {
    vi: 'một chữ ký có trước bị thay thế hoặc xóa',
    en: 'an earlier signature was replaced or removed',
  },
  'verify.change.other-objects': {
    vi: '{count} đối tượng khác trong tệp bị thay đổi',
    en: '{count} other object(s) of the file changed',
  },
  'trust.title': { vi: 'Chứng thư gốc tin cậy', en: 'Trusted root certificates' },
  'trust.hint': {
    vi: 'Chữ ký số chỉ được coi là tin cậy khi chứng thư của người ký thuộc chuỗi của một chứng thư gốc trong danh sách này. Hãy lấy chứng thư gốc từ tổ chức cung cấp dịch vụ chứng thực (CA) hoặc bộ phận công nghệ thông tin của cơ quan, và đối chiếu dấu vân tay SHA-256 với giá trị họ công bố trước khi nhập.',
    en: "A signature is trusted only when the signer's certificate chains to a root in this list. Get root certificates from the certification authority (CA) or your office's IT department, and compare the SHA-256 fingerprint with the one they publish before importing.",
  },
  'trust.import': {
    vi: 'Nhập chứng thư gốc hoặc trung gian (.cer, .crt, .pem, .p7b)…',
    en: 'Import root or intermediate certificates (.cer, .crt, .pem, .p7b)…',
  },
  'trust.fileFilter': { vi: 'Chứng thư số', en: 'Certificates' },
  'trust.empty': {
    vi: 'Chưa có chứng thư gốc nào: mọi chữ ký sẽ hiện "không tin cậy".',
    en: 'No root certificate yet: every signature will show "not trusted".',
  },
  'trust.unsupported': {
    vi: 'Danh sách chứng thư gốc cần ứng dụng máy tính hoặc chế độ trình duyệt có máy chủ cục bộ.',
    en: 'Trusted roots need the desktop app or browser mode with its local host.',
  },
  'trust.caption': { vi: 'Các chứng thư đang được tin cậy', en: 'Certificates trusted now' },
  'trust.subject': { vi: 'Chủ thể', en: 'Subject' },
  'trust.issuer': { vi: 'Tổ chức cấp', en: 'Issuer' },
  'trust.validity': { vi: 'Hiệu lực', en: 'Validity' },
  'trust.validityRange': { vi: 'từ {from} đến {to}', en: 'from {from} to {to}' },
  'trust.fingerprint': { vi: 'Dấu vân tay SHA-256', en: 'SHA-256 fingerprint' },
  'trust.actions': { vi: 'Thao tác', en: 'Actions' },
  'trust.kind.root': { vi: 'Chứng thư gốc (tự ký)', en: 'Root (self-signed)' },
  'trust.kind.intermediate': { vi: 'Chứng thư trung gian', en: 'Intermediate' },
  'trust.remove': { vi: 'Xóa', en: 'Remove' },
  'trust.removeLabel': { vi: 'Xóa chứng thư {subject}', en: 'Remove certificate {subject}' },
  'trust.removeConfirm': {
    vi: 'Xóa "{subject}" khỏi danh sách tin cậy? Các chữ ký thuộc chuỗi này sẽ hiện "không tin cậy".',
    en: 'Remove "{subject}" from the trusted list? Signatures under it will show "not trusted".',
  },
  'trust.removed': {
    vi: 'Đã xóa "{subject}" khỏi danh sách tin cậy.',
    en: 'Removed "{subject}" from the trusted list.',
  },
  'trust.import.added': {
    vi: 'Đã thêm {count} chứng thư từ {name}.',
    en: 'Added {count} certificate(s) from {name}.',
  },
  'trust.import.already': { vi: '{count} chứng thư đã có sẵn.', en: '{count} already trusted.' },
  'trust.import.skipped': {
    vi: 'Bỏ qua {count} chứng thư không phải của tổ chức cấp (CA).',
    en: 'Skipped {count} certificate(s) that are not CA certificates.',
  },
  'trust.import.unreadable': {
    vi: 'Không đọc được chứng thư nào trong tệp {name} (cần .cer, .crt, .pem hoặc .p7b).',
    en: 'No certificate could be read from {name} (.cer, .crt, .pem or .p7b expected).',
  },
  'trust.import.not-a-ca': {
    vi: 'Tệp {name} chỉ chứa chứng thư của cá nhân, không phải chứng thư của tổ chức cấp (CA): không thể dùng làm chứng thư gốc.',
    en: '{name} holds only personal certificates, not CA certificates: they cannot be trusted roots.',
  },
  'verify.signatureList': { vi: 'Các chữ ký trong tệp', en: 'Signatures in the file' },
  'verify.chain': { vi: 'Chuỗi chứng thư', en: 'Certificate chain' },
  'verify.chainTrustedRoot': { vi: '{name} (chứng thư gốc tin cậy)', en: '{name} (trusted root)' },
  'verify.untrustedBecause': { vi: 'Không tin cậy: {reason}', en: 'Not trusted: {reason}' },
  'verify.trustTime.claimed-signing-time': {
    vi: 'Hiệu lực chứng thư được xét tại thời điểm ký người ký khai: {at}',
    en: "Certificate validity checked at the signer's claimed signing time: {at}",
  },
  'verify.trustTime.verification-time': {
    vi: 'Chữ ký không ghi thời điểm ký: hiệu lực chứng thư được xét tại lúc kiểm tra ({at})',
    en: 'The signature claims no signing time: certificate validity checked now ({at})',
  },
  'verify.integrity': { vi: 'Toàn vẹn', en: 'Integrity' },
  'verify.integrity.ok': {
    vi: 'Chữ ký khớp với nội dung đã ký',
    en: 'The signature matches the signed content',
  },
  'verify.integrity.bad': {
    vi: 'Chữ ký không khớp với nội dung: tài liệu hoặc chứng thư đã bị thay đổi',
    en: 'The signature does not match: the document or certificate was altered',
  },
  'verify.changesAfter': { vi: 'Thay đổi sau khi ký', en: 'Changes after signing' },
  'verify.changesNone': {
    vi: 'Không có (chỉ có chữ ký sau được thêm vào)',
    en: 'None (only later signatures were added)',
  },
  'verify.changesNoneLast': { vi: 'Không có', en: 'None' },
  'verify.changesUnknown': {
    vi: 'Không xác định được: chữ ký không hợp lệ nên nội dung đã ký không còn nguyên vẹn',
    en: 'Cannot tell: the signature is not valid, so the signed content is not intact',
  },
  'verify.sig.valid': { vi: 'Chữ ký hợp lệ', en: 'Signature is valid' },
  'verify.sig.valid-later-revision-signed': {
    vi: 'Chữ ký hợp lệ; tài liệu được ký tiếp sau đó',
    en: 'Signature is valid; the document was signed again afterwards',
  },
  'verify.sig.changed-after-signing': {
    vi: 'Tài liệu đã bị thay đổi sau khi ký',
    en: 'The document was changed after signing',
  },
  'verify.sig.invalid-signature': { vi: 'Chữ ký không hợp lệ', en: 'Signature is not valid' },
  'verify.sig.malformed-signature': {
    vi: 'Chữ ký bị hỏng, không đọc được',
    en: 'The signature is damaged and cannot be read',
  },
  'verify.trust.trusted': {
    vi: 'Tin cậy: chứng thư số thuộc chuỗi của một chứng thư gốc tin cậy',
    en: 'Trusted: the certificate chains to a trusted root',
  },
  'verify.trust.untrusted': { vi: 'Không tin cậy', en: 'Not trusted' },
  'verify.trust.not-checked': {
    vi: 'Chưa kiểm tra nguồn gốc chứng thư số',
    en: 'The certificate origin was not checked',
  },
  'verify.hash.match': {
    vi: 'Trùng khớp từng byte với biên bản do ứng dụng này ký',
    en: 'Byte-for-byte the minutes this app signed',
  },
  'verify.hash.no-match': {
    vi: 'Không trùng với biên bản nào do ứng dụng này ký',
    en: 'Not a file this app signed',
  },
  'signing.error.wrong-certificate-password': {
    vi: 'Mật khẩu chứng thư số không đúng.',
    en: 'The certificate password is wrong.',
  },
  'signing.error.corrupt-certificate-file': {
    vi: 'Tệp chứng thư số (.p12/.pfx) bị hỏng hoặc không đúng định dạng.',
    en: 'The certificate file (.p12/.pfx) is damaged or not a certificate file.',
  },
  'signing.error.no-private-key': {
    vi: 'Tệp chứng thư số không chứa khóa bí mật để ký.',
    en: 'The certificate file holds no private key to sign with.',
  },
  'signing.error.certificate-expired': { vi: 'Chứng thư số đã hết hạn.', en: 'The certificate has expired.' },
  'signing.error.certificate-not-yet-valid': {
    vi: 'Chứng thư số chưa đến ngày có hiệu lực.',
    en: 'The certificate is not valid yet.',
  },
  'signing.error.unsupported-key': {
    vi: 'Loại khóa của chứng thư số chưa được hỗ trợ (cần RSA hoặc ECDSA P-256).',
    en: 'The certificate key type is not supported (RSA or ECDSA P-256 needed).',
  },
  'signing.error.unsupported-pdf': {
    vi: 'Không đọc được cấu trúc tệp PDF để ký.',
    en: 'The PDF structure could not be read for signing.',
  },
  'signing.error.page-not-found': {
    vi: 'Không tìm thấy trang đặt ô chữ ký.',
    en: 'The page for the signature box does not exist.',
  },
});
