import { defineMessages } from '../define';

/**
 * The words of every refusal of the database layer (renderer/src/db/errors.ts `DbErrorCode`)
 * and of the meeting hub's op refusals (db/repos/hub-ops.ts `HubOpRefusalCode`), keyed
 * `db.<code>`. The db layer throws codes only; screens say them with `t(`db.${code}`)`, so a
 * code without words is a type error where it is shown.
 */
export const dbMessages = defineMessages({
  'db.round-not-preparing': {
    vi: 'Không thể đổi bộ tiêu chí hoặc quy tắc chấm sau khi đợt đánh giá đã bắt đầu chấm điểm.',
    en: 'The rule-set and rules profile cannot change once scoring has started.',
  },
  'db.round-not-scoring': {
    vi: 'Chỉ thực hiện được khi đợt đánh giá đang chấm điểm.',
    en: 'Only possible while the round is being scored.',
  },
  'db.round-closed': {
    vi: 'Đợt đánh giá đã kết thúc, không thể thay đổi.',
    en: 'The round is closed and cannot change.',
  },
  'db.round-archived': {
    vi: 'Đợt đánh giá đã lưu trữ; bỏ lưu trữ trước khi sửa.',
    en: 'The round is archived; unarchive it before editing.',
  },
  'db.bad-status-transition': {
    vi: 'Trạng thái đợt chỉ đi theo thứ tự: chuẩn bị → chấm điểm → kết thúc.',
    en: 'A round only moves preparing → scoring → closed.',
  },
  'db.no-products': { vi: 'Chưa có sản phẩm nào để chấm.', en: 'There are no products to score.' },
  'db.no-members': { vi: 'Hội đồng chưa có thành viên.', en: 'The council has no members.' },
  'db.no-chair': { vi: 'Hội đồng chưa có Chủ tịch.', en: 'The council has no chair.' },
  'db.second-chair': { vi: 'Hội đồng chỉ có một Chủ tịch.', en: 'A council has only one chair.' },
  'db.member-recused': {
    vi: 'Thành viên đã được miễn đánh giá sản phẩm này.',
    en: 'This member is recused from this product.',
  },
  'db.member-absent': { vi: 'Thành viên vắng mặt không chấm điểm.', en: 'An absent member cannot score.' },
  'db.member-has-sheets': {
    vi: 'Thành viên đã có phiếu chấm; không thể xóa hoặc miễn đánh giá.',
    en: 'This member already has score sheets and cannot be removed or recused.',
  },
  'db.product-has-sheets': {
    vi: 'Sản phẩm đã có phiếu chấm; không thể xóa.',
    en: 'This product already has score sheets and cannot be removed.',
  },
  'db.product-disqualified': {
    vi: 'Sản phẩm đã bị loại; không chấm tiếp.',
    en: 'The product is disqualified; it is not scored.',
  },
  'db.product-not-disqualified': { vi: 'Sản phẩm không bị loại.', en: 'The product is not disqualified.' },
  'db.product-closed': {
    vi: 'Kết quả sản phẩm đã chốt, không thể thay đổi.',
    en: "The product's result is closed and cannot change.",
  },
  'db.product-unsealed': {
    vi: 'Điểm đã được công bố; không thể sửa phiếu của lượt chấm này.',
    en: 'Scores are unsealed; sheets of this pass can no longer change.',
  },
  'db.product-sealed': {
    vi: 'Điểm sản phẩm chưa được công bố (chưa mở niêm phong).',
    en: "The product's scores are still sealed.",
  },
  'db.sheet-submitted': {
    vi: 'Phiếu đã nộp; mở lại phiếu trước khi sửa.',
    en: 'The sheet is submitted; reopen it before changing it.',
  },
  'db.sheet-not-submitted': { vi: 'Phiếu chưa nộp.', en: 'The sheet has not been submitted.' },
  'db.sheet-incomplete': {
    vi: 'Phiếu chưa chấm đủ các tiêu chí.',
    en: 'Not every criterion of the sheet is answered.',
  },
  'db.not-all-submitted': {
    vi: 'Chưa đủ phiếu của mọi thành viên có mặt và không được miễn đánh giá.',
    en: 'Not every present, non-recused member has submitted.',
  },
  'db.spread-exceeded': {
    vi: 'Chênh lệch điểm vượt giới hạn: cần chấm lại, hoặc Chủ tịch chốt kèm lý do bằng văn bản.',
    en: 'The spread exceeds the limit: re-score, or the chair closes it with a written reason.',
  },
  'db.reason-required': { vi: 'Cần ghi lý do.', en: 'A written reason is required.' },
  'db.below-quorum': {
    vi: 'Không đủ số thành viên có mặt theo quy định (không đủ túc số); không thể chốt kết quả.',
    en: 'Below quorum: results cannot be closed.',
  },
  'db.products-open': {
    vi: 'Còn sản phẩm chưa chốt kết quả.',
    en: 'Some products are not closed yet.',
  },
  'db.stale-pass': {
    vi: 'Chỉ sửa được lượt chấm hiện tại.',
    en: 'Only the current scoring pass can be edited.',
  },
  'db.product-signed': {
    vi: 'Biên bản của sản phẩm đã được ký: kết quả đã khóa. Muốn sửa, hãy lập bản sửa đổi của biên bản và ghi rõ lý do.',
    en: "The product's minutes are signed: its result is locked. To correct it, make a new revision of the minutes with a reason.",
  },
  'db.product-not-closed': {
    vi: 'Chỉ ký biên bản khi kết quả sản phẩm đã chốt.',
    en: "Minutes can be signed only once the product's result is closed.",
  },
  'db.minutes-already-signed': {
    vi: 'Người ký với vai trò này đã ký bản biên bản hiện tại.',
    en: 'This role has already signed the current minutes.',
  },
  'db.signed-file-mismatch': {
    vi: 'Chữ ký thứ hai phải được thêm vào đúng tệp biên bản đã ký trước đó.',
    en: 'The second signature must be added to the very file signed first.',
  },
  'db.no-signed-minutes': {
    vi: 'Chưa có biên bản đã ký để lập bản sửa đổi.',
    en: 'There are no signed minutes to correct yet.',
  },
  'db.minutes-incomplete': {
    vi: 'Biên bản còn thiếu thông tin bắt buộc; điền đủ trước khi ký.',
    en: 'The minutes still lack required fields; fill them in before signing.',
  },
  'db.minutes-number-taken': {
    vi: 'Số biên bản này đã được dùng cho một biên bản khác của Hội đồng trong năm.',
    en: "This minutes number is already used by another of the council's minutes this year.",
  },
  'db.minutes-locked': {
    vi: 'Biên bản đã có chữ ký: thông tin của biên bản đã khóa cùng văn bản. Muốn sửa, hãy lập bản sửa đổi và ghi rõ lý do.',
    en: 'The minutes carry a signature: their fields are locked with the document. To correct them, make a new revision with a reason.',
  },
  'db.attendance-unconfirmed': {
    vi: 'Chưa xác nhận điểm danh của mọi thành viên cho ngày họp này (có mặt, vắng hoặc vắng có lý do): chưa thể chấm điểm.',
    en: 'Attendance for this meeting day is not confirmed for every member (present, absent or excused): scoring is not open yet.',
  },
  'db.member-non-voting': {
    vi: 'Thư ký không tham gia chấm điểm trong hội đồng này.',
    en: 'The secretary does not score in this council.',
  },
  'db.pack-unreadable': {
    vi: 'Không đọc được tệp gói chấm: từ chối, không có gì thay đổi.',
    en: 'The scoring pack file cannot be read: refused, nothing changed.',
  },
  'db.pack-not-a-pack': {
    vi: 'Tệp không đúng định dạng gói chấm: từ chối, không có gì thay đổi.',
    en: 'The file is not in the scoring pack format: refused, nothing changed.',
  },
  'db.pack-wrong-kind': {
    vi: 'Nhầm loại tệp: đây là gói chấm gửi đi / gói trả về, không phải loại cần nhập ở đây.',
    en: 'Wrong kind of file: an outgoing pack where a returned one is expected, or the reverse.',
  },
  'db.pack-unknown-pack': {
    vi: 'Gói trả về này không do máy này xuất ra (gói lạ): từ chối.',
    en: 'This returned pack was not made on this laptop (a foreign pack): refused.',
  },
  'db.pack-other-round': {
    vi: 'Gói trả về thuộc đợt đánh giá khác, không phải đợt đang làm việc: từ chối.',
    en: 'The returned pack belongs to another round than the current one: refused.',
  },
  'db.pack-other-member': {
    vi: 'Gói trả về ghi tên thành viên khác với thành viên được giao gói: từ chối.',
    en: 'The returned pack names another member than the one it was made for: refused.',
  },
  'db.pack-tampered': {
    vi: 'Gói trả về đã bị sửa sau khi thành viên xuất (mã xác thực HMAC không khớp): từ chối, không có gì thay đổi.',
    en: 'The returned pack was changed after the member exported it (HMAC does not match): refused, nothing changed.',
  },
  'db.pack-closed': {
    vi: 'Mọi phiếu trong gói đều thuộc sản phẩm đã chốt kết quả: điểm gửi sau khi chốt không được tính. Không có gì thay đổi.',
    en: 'Every sheet in the pack is for a product already closed: scores sent after closing never count. Nothing changed.',
  },
  'db.pack-unknown-product': {
    vi: 'Gói trả về có sản phẩm không nằm trong gói đã giao: từ chối.',
    en: 'The returned pack holds a product the pack did not carry: refused.',
  },
  'db.not-found': { vi: 'Không tìm thấy dữ liệu.', en: 'Not found.' },
  'db.invalid-input': { vi: 'Dữ liệu nhập không hợp lệ.', en: 'Invalid input.' },
  'db.invalid-product-code': { vi: 'Mã số sản phẩm không hợp lệ.', en: 'Invalid product code.' },
  'db.invalid-sheet-no': {
    vi: 'Bộ tiêu chí không tồn tại trong bộ quy định của đợt.',
    en: "The criteria sheet does not exist in the round's rule-set.",
  },
  'db.invalid-answer': {
    vi: 'Lựa chọn không hợp lệ cho tiêu chí này.',
    en: 'Invalid answer for this criterion.',
  },
  'db.invalid-rules-profile': { vi: 'Quy tắc chấm không hợp lệ.', en: 'Invalid rules profile.' },
  'db.duplicate': { vi: 'Dữ liệu đã tồn tại.', en: 'Already exists.' },
  'db.storage-full': {
    vi: 'Bộ nhớ đầy: thay đổi CHƯA được lưu. Giải phóng dung lượng ổ đĩa rồi thử lại.',
    en: 'Storage is full: the change was NOT saved. Free disk space and try again.',
  },
  'db.changed-since-safety-copy': {
    vi: 'Dữ liệu vừa thay đổi trong lúc sao lưu trước khi khôi phục: CHƯA khôi phục gì. Hãy thử lại.',
    en: 'The data changed while the backup before the restore was being made: nothing was restored. Try again.',
  },
  'db.round-exists': {
    vi: 'Đợt đánh giá này đã có trong máy. Có thể nhập thành một bản sao.',
    en: 'This round already exists here. It can be imported as a copy.',
  },
  'db.invalid-round-file': { vi: 'Tệp đợt đánh giá không hợp lệ.', en: 'Invalid round file.' },
  'db.engine-unavailable': {
    vi: 'Bộ máy tính điểm chưa sẵn sàng.',
    en: 'The scoring engine is not available.',
  },
  'db.register-round-not-closed': {
    vi: 'Chỉ ghi quyết định công nhận cho đợt đánh giá đã kết thúc.',
    en: 'A recognition decision can be recorded only for a closed round.',
  },
  'db.register-decision-recorded': {
    vi: 'Quyết định công nhận của đợt này đã được ghi.',
    en: 'The recognition decision of this round is already recorded.',
  },
  'db.register-nothing-recognised': {
    vi: 'Đợt này không có sản phẩm nào được đề nghị công nhận.',
    en: 'No product of this round is proposed for recognition.',
  },
  'db.register-already-revoked': {
    vi: 'Công nhận này đã bị thu hồi.',
    en: 'This recognition is already revoked.',
  },
  'db.hub-not-today': {
    vi: 'Sản phẩm này không được chấm trong ngày họp đang mở.',
    en: 'This product is not scored on the meeting day that is open.',
  },
  'db.hub-pass-changed': {
    vi: 'Hội đồng đã mở lượt chấm khác cho sản phẩm này; phiếu trên máy đã được cập nhật.',
    en: 'The council opened another scoring pass for this product; the sheet on this device was updated.',
  },
  'db.hub-op-foreign': {
    vi: 'Mã thao tác đã được dùng cho một thành viên khác.',
    en: 'This operation id was already used for another member.',
  },
  'db.hub-wrong-round': {
    vi: 'Thao tác thuộc một đợt đánh giá khác.',
    en: 'The operation belongs to another round.',
  },
});
