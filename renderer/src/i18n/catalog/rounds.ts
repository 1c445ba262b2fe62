import { defineMessages } from '../define';

/** Rounds screen: list, round form, current round, round file export/import. */
export const roundMessages = defineMessages({
  'round.chooseFirst': {
    vi: 'Hãy chọn hoặc tạo một đợt đánh giá trước.',
    en: 'Choose or create an evaluation round first.',
  },
  'round.current': { vi: 'Đợt đang làm việc: {name}', en: 'Current round: {name}' },
  'round.none': { vi: 'Chưa chọn đợt đánh giá nào.', en: 'No round chosen yet.' },
  'round.missing': {
    vi: 'Đợt đánh giá đang chọn không còn trong máy. Hãy chọn đợt khác.',
    en: 'The chosen round is no longer on this computer. Choose another round.',
  },
  'rounds.title': { vi: 'Đợt đánh giá', en: 'Evaluation rounds' },
  'rounds.empty': {
    vi: 'Chưa có đợt đánh giá nào.',
    en: 'There are no evaluation rounds yet.',
  },
  'rounds.new': { vi: 'Tạo đợt đánh giá', en: 'New round' },
  'rounds.showArchived': { vi: 'Hiện cả các đợt đã lưu trữ', en: 'Show archived rounds' },
  'rounds.table': { vi: 'Danh sách đợt đánh giá', en: 'List of rounds' },
  'rounds.col.name': { vi: 'Tên đợt', en: 'Name' },
  'rounds.col.level': { vi: 'Cấp', en: 'Level' },
  'rounds.col.dates': { vi: 'Ngày họp', en: 'Meeting dates' },
  'rounds.col.status': { vi: 'Trạng thái', en: 'Status' },
  'rounds.col.products': { vi: 'Số sản phẩm', en: 'Products' },
  'rounds.col.progress': { vi: 'Phiếu đã nộp', en: 'Sheets submitted' },
  'rounds.col.actions': { vi: 'Thao tác', en: 'Actions' },
  'rounds.open': { vi: 'Mở {name}', en: 'Open {name}' },
  'rounds.isCurrent': { vi: 'Đang làm việc', en: 'Current' },
  'rounds.archivedBadge': { vi: 'Đã lưu trữ', en: 'Archived' },
  'rounds.progress': { vi: '{submitted}/{expected}', en: '{submitted}/{expected}' },
  'rounds.noDates': { vi: 'Chưa có ngày họp', en: 'No meeting date yet' },
  'rounds.created': { vi: 'Đã tạo đợt đánh giá "{name}".', en: 'Round "{name}" created.' },
  'rounds.updated': { vi: 'Đã lưu thay đổi của đợt "{name}".', en: 'Changes to "{name}" saved.' },
  'level.province': { vi: 'Cấp tỉnh', en: 'Province' },
  'level.central': { vi: 'Cấp trung ương', en: 'Central' },
  'status.preparing': { vi: 'Đang chuẩn bị', en: 'Preparing' },
  'status.scoring': { vi: 'Đang chấm điểm', en: 'Scoring' },
  'status.closed': { vi: 'Đã kết thúc', en: 'Closed' },

  // The current round's panel
  'rounds.detail.title': { vi: 'Đợt đang làm việc', en: 'Current round' },
  'rounds.links': { vi: 'Đi tới', en: 'Go to' },
  'rounds.edit': { vi: 'Sửa thông tin đợt', en: 'Edit round' },
  'rounds.archive': { vi: 'Lưu trữ', en: 'Archive' },
  'rounds.unarchive': { vi: 'Bỏ lưu trữ', en: 'Unarchive' },
  'rounds.archived': { vi: 'Đã lưu trữ đợt "{name}".', en: 'Round "{name}" archived.' },
  'rounds.unarchived': { vi: 'Đã bỏ lưu trữ đợt "{name}".', en: 'Round "{name}" unarchived.' },
  'rounds.archivedNote': {
    vi: 'Đợt này đã lưu trữ nên chỉ xem được; bỏ lưu trữ để sửa.',
    en: 'This round is archived and read-only; unarchive it to edit.',
  },
  'rounds.startScoring': { vi: 'Bắt đầu chấm điểm', en: 'Start scoring' },
  'rounds.startScoring.hint': {
    vi: 'Sau khi bắt đầu chấm điểm, bộ tiêu chí và quy tắc chấm được giữ cố định.',
    en: 'Once scoring starts, the rule-set and rules profile are frozen.',
  },
  'rounds.startScoring.cannot': {
    vi: 'Chưa thể bắt đầu chấm điểm: {reason}',
    en: 'Scoring cannot start yet: {reason}',
  },
  'rounds.startScoring.done': {
    vi: 'Đã bắt đầu chấm điểm đợt "{name}".',
    en: 'Scoring of "{name}" has started.',
  },
  'rounds.facts.decision': { vi: 'Quyết định thành lập Hội đồng', en: 'Decision establishing the council' },
  'rounds.facts.decisionValue': {
    vi: 'Số {number} ngày {date}, người ký: {signer}',
    en: 'No. {number} of {date}, signed by {signer}',
  },
  'rounds.facts.venue': { vi: 'Địa điểm', en: 'Venue' },
  'rounds.facts.ruleSet': { vi: 'Bộ tiêu chí', en: 'Rule-set' },
  'rounds.facts.members': { vi: 'Thành viên hội đồng', en: 'Council members' },
  'rounds.facts.none': { vi: '—', en: '—' },

  // Round form
  'roundForm.createTitle': { vi: 'Tạo đợt đánh giá', en: 'New evaluation round' },
  'roundForm.editTitle': { vi: 'Sửa đợt đánh giá', en: 'Edit evaluation round' },
  'roundForm.general': { vi: 'Thông tin chung', en: 'General' },
  'roundForm.name': { vi: 'Tên đợt đánh giá', en: 'Round name' },
  'roundForm.name.hint': { vi: 'Ví dụ: Đợt 2 năm 2026', en: 'e.g. Round 2, 2026' },
  'roundForm.level': { vi: 'Cấp hội đồng', en: 'Council level' },
  'roundForm.province': { vi: 'Tỉnh, thành phố', en: 'Province' },
  'roundForm.decision': { vi: 'Quyết định thành lập Hội đồng', en: 'Decision establishing the council' },
  'roundForm.decision.hint': {
    vi: 'Có thể bổ sung sau; nếu nhập thì cần đủ số, ngày và người ký.',
    en: 'Can be added later; if entered, give its number, date and signer.',
  },
  'roundForm.decisionNumber': { vi: 'Số quyết định', en: 'Decision number' },
  'roundForm.decisionNumber.hint': { vi: 'Ví dụ: 123/QĐ-UBND', en: 'e.g. 123/QĐ-UBND' },
  'roundForm.decisionDate': { vi: 'Ngày ký quyết định', en: 'Decision date' },
  'roundForm.decisionSigner': { vi: 'Người ký quyết định', en: 'Signed by' },
  'roundForm.venue': { vi: 'Địa điểm họp', en: 'Venue' },
  'roundForm.meetingDates': { vi: 'Ngày họp', en: 'Meeting dates' },
  'roundForm.meetingDates.hint': {
    vi: 'Một hoặc nhiều ngày; điểm danh và túc số tính theo từng ngày.',
    en: 'One or more days; attendance and quorum are per day.',
  },
  'roundForm.meetingDate': { vi: 'Ngày họp thứ {n}', en: 'Meeting day {n}' },
  'roundForm.addDate': { vi: 'Thêm ngày họp', en: 'Add a meeting day' },
  'roundForm.removeDate': { vi: 'Bỏ ngày họp thứ {n}', en: 'Remove meeting day {n}' },
  'roundForm.ruleSet': { vi: 'Bộ tiêu chí áp dụng', en: 'Rule-set' },
  'roundForm.ruleSet.hint': {
    vi: 'Cố định từ khi tạo đợt; không đổi được sau khi bắt đầu chấm điểm.',
    en: 'Pinned when the round is created; cannot change once scoring starts.',
  },
  'roundForm.frozen': {
    vi: 'Không sửa được: đợt đã bắt đầu chấm điểm, điểm đã chấm được tính theo các quy tắc này.',
    en: 'Cannot change: scoring has started and the scores are judged by these rules.',
  },
  'roundForm.rules': { vi: 'Quy tắc chấm của Hội đồng', en: "The council's rules profile" },
  'roundForm.spreadLimit': { vi: 'Giới hạn chênh lệch điểm (điểm)', en: 'Spread limit (points)' },
  'roundForm.spreadLimit.hint': {
    vi: 'Nếu điểm cao nhất trừ điểm thấp nhất vượt mức này, Hội đồng phải thảo luận và chấm lại.',
    en: 'If the highest minus the lowest total exceeds this, the council must discuss and re-score.',
  },
  'roundForm.minimumPolicy': { vi: 'Cách xét mức tối thiểu theo hạng sao', en: 'How star minimums are met' },
  'policy.majority': { vi: 'Đa số (mặc định)', en: 'Majority (default)' },
  'policy.majority.explain': {
    vi: 'Đạt khi hơn một nửa số thành viên chấm chọn phương án bằng hoặc cao hơn phương án được đánh dấu sao.',
    en: 'Met when more than half of the scoring members chose the marked option or a better one.',
  },
  'policy.all': { vi: 'Tất cả thành viên', en: 'All members' },
  'policy.all.explain': {
    vi: 'Đạt khi mọi thành viên chấm đều chọn phương án bằng hoặc cao hơn phương án được đánh dấu sao.',
    en: 'Met when every scoring member chose the marked option or a better one.',
  },
  'policy.average': { vi: 'Điểm trung bình', en: 'Average points' },
  'policy.average.explain': {
    vi: 'Đạt khi điểm trung bình của các thành viên ở tiêu chí đó không thấp hơn điểm của phương án được đánh dấu sao.',
    en: "Met when the members' average points on that criterion are at least the marked option's points.",
  },
  'roundForm.quorum': {
    vi: 'Túc số (tỷ lệ thành viên có mặt tối thiểu)',
    en: 'Quorum (minimum share of members present)',
  },
  'roundForm.quorum.hint': {
    vi: 'Phân số hoặc phần trăm, ví dụ 3/4 hoặc 75%.',
    en: 'A fraction or a percentage, e.g. 3/4 or 75%.',
  },
  'roundForm.chairRequired': {
    vi: 'Bắt buộc có Chủ tịch (hoặc người được ủy quyền) có mặt',
    en: 'The chair (or the delegated chair) must be present',
  },
  'roundForm.displayDecimals': {
    vi: 'Số chữ số thập phân khi hiển thị điểm trung bình',
    en: 'Decimals shown for averages',
  },
  'roundForm.displayDecimals.hint': {
    vi: 'Điểm trung bình được hiển thị làm tròn xuống; khi xếp hạng không làm tròn.',
    en: 'Averages are shown rounded down; ranking never rounds.',
  },
  'roundForm.plan': { vi: 'Chỉ tiêu kế hoạch (không bắt buộc)', en: 'Plan targets (optional)' },
  'roundForm.planShare': {
    vi: 'Tỷ lệ sản phẩm đạt từ 3 sao trở lên (%)',
    en: 'Share of products at 3★ or more (%)',
  },
  'roundForm.planForwarded': { vi: 'Số sản phẩm đề nghị đánh giá 5 sao', en: 'Products forwarded for 5★' },
  'roundForm.planProducts': { vi: 'Số sản phẩm theo kế hoạch', en: 'Products planned' },
  'roundForm.create': { vi: 'Tạo đợt', en: 'Create round' },
  'roundForm.fixErrors': { vi: 'Hãy sửa các ô được đánh dấu.', en: 'Please fix the marked fields.' },

  // Field validation
  'invalid.required': { vi: 'Không được để trống.', en: 'Required.' },
  'invalid.date': {
    vi: 'Ngày không hợp lệ: gõ theo dạng ngày/tháng/năm, ví dụ 05/12/2026.',
    en: 'Not a valid date: type it as day/month/year, e.g. 05/12/2026.',
  },
  'date.placeholder': { vi: 'dd/mm/yyyy', en: 'dd/mm/yyyy' },
  'invalid.dateDuplicate': { vi: 'Ngày này đã có ở trên.', en: 'This day is already listed.' },
  'invalid.decisionIncomplete': {
    vi: 'Quyết định cần đủ số, ngày ký và người ký.',
    en: 'The decision needs its number, date and signer.',
  },
  'invalid.spreadLimit': { vi: 'Nhập một số từ 0 đến 100.', en: 'Enter a number from 0 to 100.' },
  'invalid.quorum': {
    vi: 'Nhập phân số như 3/4, hoặc phần trăm như 75% (lớn hơn 0, không quá 100%).',
    en: 'Enter a fraction like 3/4 or a percentage like 75% (above 0, at most 100%).',
  },
  'invalid.displayDecimals': { vi: 'Nhập số nguyên từ 0 đến 6.', en: 'Enter a whole number from 0 to 6.' },
  'invalid.percent': { vi: 'Nhập số từ 0 đến 100.', en: 'Enter a number from 0 to 100.' },
  'invalid.count': { vi: 'Nhập số nguyên không âm.', en: 'Enter a whole number, 0 or more.' },
  'invalid.phone': {
    vi: 'Số điện thoại chỉ gồm chữ số (có thể có dấu +, khoảng trắng, dấu chấm, gạch ngang), từ 8 đến 15 chữ số.',
    en: 'A phone number has 8 to 15 digits (with optional +, spaces, dots or dashes).',
  },

  // Round file
  'roundFile.export': { vi: 'Xuất tệp đợt đánh giá', en: 'Export round file' },
  'roundFile.import': { vi: 'Nhập tệp đợt đánh giá', en: 'Import round file' },
  'roundFile.fileName': { vi: 'Đợt đánh giá - {name}', en: 'Round - {name}' },
  'roundFile.filterName': { vi: 'Tệp đợt đánh giá OCOP', en: 'OCOP round file' },
  'roundFile.exported': { vi: 'Đã xuất tệp "{file}".', en: 'Exported "{file}".' },
  'roundFile.imported': { vi: 'Đã nhập đợt đánh giá "{name}".', en: 'Imported round "{name}".' },
  'roundFile.exists.title': { vi: 'Đợt đánh giá đã có trong máy', en: 'This round is already here' },
  'roundFile.exists.body': {
    vi: 'Tệp "{file}" chứa đợt đánh giá có cùng mã định danh với một đợt đã có trong máy ({name}). Đợt đã có sẽ không bị ghi đè. Có thể nhập thành một bản sao với mã mới, hoặc hủy.',
    en: 'The file "{file}" holds a round with the same id as one already here ({name}). The existing round is never overwritten. You can import it as a copy under new ids, or cancel.',
  },
  'roundFile.asCopy': { vi: 'Nhập thành bản sao', en: 'Import as a copy' },
  'roundFile.invalid.title': { vi: 'Tệp đợt đánh giá không hợp lệ', en: 'Invalid round file' },
  'roundFile.invalid.body': {
    vi: 'Tệp "{file}" có {count} lỗi dưới đây. Không có gì được thay đổi.',
    en: 'The file "{file}" has the {count} problems below. Nothing was changed.',
  },
  'roundFile.invalid.list': { vi: 'Các lỗi của tệp', en: 'Problems in the file' },
});
