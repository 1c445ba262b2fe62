import {
  documentVerdictMessages,
  hashMatchMessages,
  signatureVerdictMessages,
  signingErrorMessages,
  trustMessages,
} from '../../../../electron/services/signing/messages';
import { defineMessages } from '../define';

/**
 * The verification screen, and the signing service's own verdict texts (one catalog for the
 * host and the page: the texts are taken from electron/services/signing/messages.ts, which
 * is plain data with no Node import).
 */
export const verifyMessages = defineMessages({
  'nav.verify': { vi: 'Kiểm tra chữ ký', en: 'Verify signatures' },
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
  'verify.doc.all-signatures-valid': documentVerdictMessages['all-signatures-valid'],
  'verify.doc.changed-after-signing': documentVerdictMessages['changed-after-signing'],
  'verify.doc.invalid-signature': documentVerdictMessages['invalid-signature'],
  'verify.doc.no-signatures': documentVerdictMessages['no-signatures'],
  'verify.doc.not-a-pdf': documentVerdictMessages['not-a-pdf'],
  'verify.sig.valid': signatureVerdictMessages.valid,
  'verify.sig.valid-later-revision-signed': signatureVerdictMessages['valid-later-revision-signed'],
  'verify.sig.changed-after-signing': signatureVerdictMessages['changed-after-signing'],
  'verify.sig.invalid-signature': signatureVerdictMessages['invalid-signature'],
  'verify.sig.malformed-signature': signatureVerdictMessages['malformed-signature'],
  'verify.trust.trusted': trustMessages.trusted,
  'verify.trust.untrusted': trustMessages.untrusted,
  'verify.trust.not-checked': trustMessages['not-checked'],
  'verify.hash.match': hashMatchMessages.match,
  'verify.hash.no-match': hashMatchMessages['no-match'],
  'signing.error.wrong-certificate-password': signingErrorMessages['wrong-certificate-password'],
  'signing.error.corrupt-certificate-file': signingErrorMessages['corrupt-certificate-file'],
  'signing.error.no-private-key': signingErrorMessages['no-private-key'],
  'signing.error.certificate-expired': signingErrorMessages['certificate-expired'],
  'signing.error.certificate-not-yet-valid': signingErrorMessages['certificate-not-yet-valid'],
  'signing.error.unsupported-key': signingErrorMessages['unsupported-key'],
  'signing.error.unsupported-pdf': signingErrorMessages['unsupported-pdf'],
  'signing.error.page-not-found': signingErrorMessages['page-not-found'],
});
