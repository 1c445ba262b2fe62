import { defineMessages } from '../define';

/** The minutes screen: per-product minutes, signing, revisions, and the round's batch. */
export const minutesMessages = defineMessages({
  'minutes.loading': { vi: 'Đang tải dữ liệu đợt đánh giá…', en: 'Loading the round…' },
  'minutes.products': { vi: 'Sản phẩm của đợt', en: 'Products of the round' },
  'minutes.col.product': { vi: 'Sản phẩm', en: 'Product' },
  'minutes.col.result': { vi: 'Kết quả', en: 'Result' },
  'minutes.col.minutes': { vi: 'Biên bản', en: 'Minutes' },
  'minutes.state.open': { vi: 'Chưa chốt kết quả', en: 'Result not closed' },
  'minutes.state.closed': { vi: 'Đã chốt, chưa ký', en: 'Closed, not signed' },
  'minutes.state.signedBy': {
    vi: 'Đã ký (lần {revision}): {signers}',
    en: 'Signed (revision {revision}): {signers}',
  },
  'minutes.open': { vi: 'Mở biên bản: {product}', en: 'Open the minutes: {product}' },
  'minutes.back': { vi: 'Quay lại danh sách sản phẩm', en: 'Back to the products' },
  'minutes.notFound': {
    vi: 'Không tìm thấy sản phẩm này trong đợt.',
    en: 'This product is not in the round.',
  },
  'minutes.product.title': { vi: 'Biên bản: {product}', en: 'Minutes: {product}' },
  'minutes.notClosedHint': {
    vi: 'Kết quả của sản phẩm chưa chốt: biên bản có thể xem trước nhưng chưa ký được. Chốt kết quả ở màn hình Kết quả.',
    en: "The product's result is not closed: the minutes can be previewed but not signed yet. Close it on the Results screen.",
  },
  'minutes.sealedHint': {
    vi: 'Điểm của sản phẩm còn niêm phong: chưa lập được biên bản.',
    en: "The product's scores are still sealed: no minutes yet.",
  },
  'minutes.preview': { vi: 'Xem trước biên bản', en: 'Preview the minutes' },
  'minutes.download': { vi: 'Tải biên bản (chưa ký)', en: 'Download the minutes (unsigned)' },
  'minutes.print': { vi: 'In biên bản', en: 'Print the minutes' },
  'minutes.generating': { vi: 'Đang lập biên bản…', en: 'Making the minutes…' },
  'minutes.previewFrame': {
    vi: 'Bản xem trước biên bản {product}',
    en: 'Preview of the minutes of {product}',
  },
  'minutes.auditHead': {
    vi: 'Mã kiểm tra nhật ký in ở chân trang: {head}',
    en: 'Audit log check code printed in the footer: {head}',
  },
  'minutes.auditBroken': {
    vi: 'Nhật ký thay đổi của đợt bị hỏng (sự kiện số {seq}): không lập biên bản để ký. Hãy khôi phục bản sao lưu.',
    en: "The round's change log is broken (event {seq}): no minutes can be signed. Restore a backup.",
  },
  'minutes.sheetsInvalid': {
    vi: 'Chưa lập được biên bản của đợt: {count} phiếu chấm không tính được điểm. Những phiếu dưới đây cần được chấm lại (chọn trường hợp rồi phương án) trước khi lập biên bản.',
    en: "The round's minutes cannot be made yet: {count} scoring sheets cannot be counted. The sheets below must be scored again (the case, then the option) before the minutes can be made.",
  },
  'minutes.sheetCaseMissing': {
    vi: '{product} — phiếu của {member}: chưa chọn trường hợp ở tiêu chí {criteria}',
    en: '{product} — sheet of {member}: no case chosen for criterion {criteria}',
  },
  'minutes.sheetAnswersInvalid': {
    vi: '{product} — phiếu của {member}: câu trả lời không hợp lệ ở tiêu chí {criteria}',
    en: '{product} — sheet of {member}: invalid answers for criterion {criteria}',
  },
  'minutes.footer': { vi: 'Mã kiểm tra nhật ký: {head}', en: 'Audit log check code: {head}' },
  'minutes.revisions': { vi: 'Các bản đã ký', en: 'Signed revisions' },
  'minutes.revision': { vi: 'Lần {revision}', en: 'Revision {revision}' },
  'minutes.revisionCurrent': { vi: 'bản hiện hành', en: 'current' },
  'minutes.revisionSuperseded': { vi: 'đã được thay thế', en: 'superseded' },
  'minutes.revisionReason': { vi: 'Lý do sửa đổi: {reason}', en: 'Reason for the correction: {reason}' },
  'minutes.signerLine': { vi: '{role}: {name}, lúc {at}', en: '{role}: {name}, at {at}' },
  'minutes.downloadSigned': {
    vi: 'Tải bản đã ký (lần {revision})',
    en: 'Download the signed file (revision {revision})',
  },
  'minutes.role.chair': { vi: 'Chủ tịch Hội đồng', en: 'Council chair' },
  'minutes.role.secretary': { vi: 'Thư ký', en: 'Secretary' },
  'minutes.sign.title': { vi: 'Ký số biên bản', en: 'Sign the minutes' },
  'minutes.sign.hint': {
    vi: 'Chủ tịch và thư ký lần lượt ký trên cùng một tệp. Mật khẩu chỉ dùng cho lần ký này, không được lưu lại.',
    en: 'The chair and the secretary sign the same file in turn. The password is used for this signing only and is never stored.',
  },
  'minutes.sign.role': { vi: 'Ký với vai trò', en: 'Sign as' },
  'minutes.sign.certificate': { vi: 'Tệp chứng thư số (.p12, .pfx)', en: 'Certificate file (.p12, .pfx)' },
  'minutes.sign.certificateHint': {
    vi: 'Tệp do tổ chức cung cấp chữ ký số cấp, có chứa khóa bí mật.',
    en: 'The file your signature provider issued, holding the private key.',
  },
  'minutes.sign.certificateMissing': { vi: 'Hãy chọn tệp chứng thư số.', en: 'Choose the certificate file.' },
  'minutes.sign.password': { vi: 'Mật khẩu của tệp chứng thư số', en: 'Password of the certificate file' },
  'minutes.sign.passwordMissing': { vi: 'Hãy nhập mật khẩu.', en: 'Type the password.' },
  'minutes.sign.correction': {
    vi: 'Lập bản sửa đổi (biên bản lần mới)',
    en: 'Make a correction (a new revision)',
  },
  'minutes.sign.correctionHint': {
    vi: 'Bản đã ký được giữ nguyên cùng mã băm SHA-256; bản sửa đổi được lập lại từ dữ liệu hiện tại và ký lại.',
    en: 'The signed file is kept with its SHA-256; the correction is made again from the current data and signed again.',
  },
  'minutes.sign.reason': { vi: 'Lý do sửa đổi', en: 'Reason for the correction' },
  'minutes.sign.reasonMissing': { vi: 'Hãy ghi lý do sửa đổi.', en: 'Write the reason for the correction.' },
  'minutes.sign.submit': { vi: 'Ký số', en: 'Sign' },
  'minutes.sign.signing': { vi: 'Đang ký…', en: 'Signing…' },
  'minutes.sign.done': {
    vi: 'Đã ký biên bản với vai trò {role}: {name}.',
    en: 'Minutes signed as {role}: {name}.',
  },
  'minutes.sign.allSigned': {
    vi: 'Chủ tịch và thư ký đều đã ký bản hiện hành. Muốn sửa, hãy lập bản sửa đổi.',
    en: 'The chair and the secretary have both signed the current revision. To change it, make a correction.',
  },
  // Written into the signature (/Reason) of a Vietnamese official document: Vietnamese in both.
  'minutes.sign.reasonText': {
    vi: 'Ký biên bản đánh giá, phân hạng sản phẩm OCOP',
    en: 'Ký biên bản đánh giá, phân hạng sản phẩm OCOP',
  },
  'minutes.sign.unavailable': {
    vi: 'Ký số cần ứng dụng máy tính hoặc chế độ web (npm run start:web).',
    en: 'Signing needs the desktop app or browser mode (npm run start:web).',
  },
  'minutes.savedCopyFailed': {
    vi: 'Đã lưu bản ký trong ứng dụng, nhưng chưa ghi được bản sao vào thư mục dữ liệu: {message}',
    en: 'The signed file is stored in the app, but its copy in the data folder could not be written: {message}',
  },
  'minutes.batch.title': { vi: 'Tạo hàng loạt', en: 'Make all at once' },
  'minutes.batch.hint': {
    vi: 'Biên bản của mọi sản phẩm đã có kết quả. Ở ứng dụng máy tính, các tệp được lưu vào thư mục bạn chọn; ở chế độ web, mỗi tệp được tải về riêng.',
    en: 'Minutes of every product with a result. In the desktop app the files go to a folder you choose; in browser mode each file is downloaded.',
  },
  'minutes.batch.sheets': {
    vi: 'Kèm phiếu đánh giá của từng thành viên',
    en: "Include each member's scoring sheet",
  },
  'minutes.batch.summary': { vi: 'Kèm bảng tổng hợp kết quả', en: 'Include the summary of results' },
  'minutes.batch.mode': { vi: 'Cách lưu', en: 'Save as' },
  'minutes.batch.separate': { vi: 'Từng tệp riêng', en: 'Separate files' },
  'minutes.batch.combined': { vi: 'Một tệp gộp để in', en: 'One combined file for printing' },
  'minutes.batch.start': { vi: 'Tạo {count} tài liệu', en: 'Make {count} documents' },
  'minutes.batch.cancel': { vi: 'Dừng', en: 'Stop' },
  'minutes.batch.progress': { vi: 'Tiến độ tạo tài liệu', en: 'Progress' },
  'minutes.batch.progressText': { vi: 'Đã tạo {done}/{total}: {name}', en: 'Made {done}/{total}: {name}' },
  'minutes.batch.saved': {
    vi: 'Đã lưu {count} tệp vào thư mục "{folder}".',
    en: 'Saved {count} files in the folder "{folder}".',
  },
  'minutes.batch.downloaded': { vi: 'Đã tải về {count} tệp.', en: 'Downloaded {count} files.' },
  'minutes.batch.none': { vi: 'Chưa có sản phẩm nào có kết quả.', en: 'No product has a result yet.' },
  'minutes.fromResults': { vi: 'Lập và ký biên bản của sản phẩm', en: "Make and sign the product's minutes" },
  'minutes.batchSign.title': { vi: 'Ký tất cả biên bản', en: 'Sign all the minutes' },
  'minutes.batchSign.hint': {
    vi: 'Ký một lượt mọi biên bản đã chốt kết quả mà vai trò này chưa ký (bản hiện hành). Mật khẩu chỉ dùng cho lượt ký này.',
    en: 'Signs, in one go, every closed minutes this role has not signed yet (current revision). The password is used for this run only.',
  },
  'minutes.batchSign.start': { vi: 'Ký {count} biên bản', en: 'Sign {count} minutes' },
  'minutes.batchSign.none': {
    vi: 'Không còn biên bản nào chờ vai trò này ký.',
    en: 'No minutes are waiting for this role.',
  },
  'minutes.batchSign.progress': { vi: 'Tiến độ ký', en: 'Signing progress' },
  'minutes.batchSign.progressText': {
    vi: 'Đã ký {done}/{total}: {product}',
    en: 'Signed {done}/{total}: {product}',
  },
  'minutes.batchSign.done': {
    vi: 'Đã ký {count} biên bản với vai trò {role}.',
    en: 'Signed {count} minutes as {role}.',
  },
  'minutes.batchSign.stopped': {
    vi: 'Đã dừng sau {done}/{total} biên bản: {reason}',
    en: 'Stopped after {done}/{total} minutes: {reason}',
  },
  'minutes.verifyLink': { vi: 'Kiểm tra chữ ký một tệp PDF', en: 'Verify the signatures of a PDF' },
  'minutes.signedFileName': {
    vi: '{name} - lần {revision} - đã ký',
    en: '{name} - revision {revision} - signed',
  },
  'minutes.unsupportedHost': {
    vi: 'Chức năng này không có ở chế độ đang chạy.',
    en: 'Not available in this mode.',
  },
});
