import { defineMessages } from '../define';

/** Scoring packs on a USB stick (issue 9 part 2): the secretary's side and the member workspace. */
export const packsMessages = defineMessages({
  'packs.intro': {
    vi: 'Khi không có mạng: thư ký xuất cho mỗi thành viên một gói chấm (tệp .ocop-pack, chép qua USB); thành viên nhập gói vào OCOP Council trên máy của mình, chấm trên phiếu chính thức rồi xuất gói trả về (.ocop-return, có mã xác thực); thư ký nhập lại các gói trả về.',
    en: 'Without a network: the secretary exports a scoring pack per member (.ocop-pack, carried on a USB stick); the member imports it into OCOP Council on their own laptop, scores on the official form, and exports a returned pack (.ocop-return, authenticated); the secretary imports the returned packs.',
  },
  'packs.back': { vi: 'Về màn hình Gói chấm', en: 'Back to Scoring packs' },
  'packs.secretary.noRound': {
    vi: 'Chưa chọn đợt đánh giá: phần của thư ký cần đợt hiện tại. Phần của thành viên ở dưới dùng được ngay.',
    en: "No current round: the secretary's part needs one. The member's part below works without.",
  },
  'packs.secretary.title': { vi: 'Phía thư ký — {round}', en: "Secretary's side — {round}" },
  'packs.secretary.notScoring': {
    vi: 'Chỉ xuất và nhập gói chấm khi đợt đang chấm điểm.',
    en: 'Packs are exported and imported only while the round is being scored.',
  },
  'packs.secretary.hint': {
    vi: 'Mỗi gói gồm các sản phẩm của ngày họp mà thành viên chấm (trừ sản phẩm thành viên không tham gia), phiếu đang chấm dở và một khóa bí mật riêng. Cần điểm danh đủ ngày đó trước.',
    en: 'Each pack holds the products of the meeting day the member scores (recusals left out), their current answers and a secret of its own. Attendance of that day must be confirmed first.',
  },
  'packs.day': { vi: 'Ngày họp', en: 'Meeting day' },
  'packs.members.table': { vi: 'Xuất gói chấm theo thành viên', en: 'Export a pack per member' },
  'packs.col.packs': { vi: 'Số gói đã xuất', en: 'Packs exported' },
  'packs.col.at': { vi: 'Thời điểm', en: 'When' },
  'packs.col.result': { vi: 'Kết quả', en: 'Result' },
  'packs.col.hash': { vi: 'Mã băm tệp (SHA-256)', en: 'File hash (SHA-256)' },
  'packs.export': { vi: 'Xuất gói chấm', en: 'Export pack' },
  'packs.exportFor': { vi: 'Xuất gói chấm cho {name}', en: 'Export a scoring pack for {name}' },
  'packs.exported': {
    vi: 'Đã xuất gói chấm {file} ({count} sản phẩm).',
    en: 'Scoring pack {file} exported ({count} products).',
  },
  'packs.importReturn': { vi: 'Nhập gói trả về…', en: 'Import returned packs…' },
  'packs.returnFilter': { vi: 'Gói trả về OCOP', en: 'OCOP returned pack' },
  'packs.packFilter': { vi: 'Gói chấm OCOP', en: 'OCOP scoring pack' },
  'packs.imported': {
    vi: '{file}: cập nhật {applied} phiếu, {unchanged} không đổi, {conflicts} xung đột, {skipped} không tính.',
    en: '{file}: {applied} sheets updated, {unchanged} unchanged, {conflicts} conflicts, {skipped} not counted.',
  },
  'packs.importResult': {
    vi: 'Cập nhật {applied}; không đổi {unchanged}; xung đột {conflicts}; không tính {skipped}',
    en: 'Updated {applied}; unchanged {unchanged}; conflicts {conflicts}; not counted {skipped}',
  },
  'packs.imports.title': { vi: 'Các lần nhập gói trả về', en: 'Returned packs imported' },
  'packs.imports.none': { vi: 'Chưa nhập gói trả về nào.', en: 'No returned pack imported yet.' },
  'packs.conflicts.title': { vi: 'Xung đột cần quyết định ({count})', en: 'Conflicts to decide ({count})' },
  'packs.conflicts.none': { vi: 'Không có xung đột.', en: 'No conflicts.' },
  'packs.conflict.title': { vi: 'Xung đột: {product} — {member}', en: 'Conflict: {product} — {member}' },
  'packs.conflict.table': { vi: 'So sánh hai bản phiếu', en: 'The two versions of the sheet' },
  'packs.conflict.criterion': { vi: 'Tiêu chí', en: 'Criterion' },
  'packs.conflict.laptop': { vi: 'Trên máy thư ký', en: "On the secretary's laptop" },
  'packs.conflict.pack': { vi: 'Trong gói trả về', en: 'In the returned pack' },
  'packs.conflict.status': { vi: 'Trạng thái phiếu', en: 'Sheet status' },
  'packs.conflict.submitted': { vi: 'Đã nộp', en: 'Submitted' },
  'packs.conflict.draft': { vi: 'Đang chấm', en: 'Draft' },
  'packs.conflict.reason': {
    vi: 'Lý do chọn (bắt buộc, được ghi vào nhật ký)',
    en: 'Reason for the choice (required, recorded in the audit trail)',
  },
  'packs.conflict.keepLaptop': { vi: 'Giữ bản trên máy thư ký', en: "Keep the laptop's version" },
  'packs.conflict.takePack': { vi: 'Lấy bản trong gói trả về', en: "Take the pack's version" },
  'packs.conflict.keptLaptop': { vi: 'Đã giữ bản trên máy thư ký.', en: "The laptop's version was kept." },
  'packs.conflict.tookPack': { vi: 'Đã lấy bản trong gói trả về.', en: "The pack's version was taken." },
  'packs.answer.none': { vi: 'Không đạt mức nào (0 điểm)', en: 'Meets none (0 points)' },
  'packs.answer.option': { vi: 'Mức {n}', en: 'Option {n}' },
  'packs.member.title': {
    vi: 'Chấm theo gói (máy của thành viên)',
    en: "Scoring from a pack (member's laptop)",
  },
  'packs.member.hint': {
    vi: 'Gói chấm được giữ riêng, không lẫn với các đợt đánh giá trên máy này. Phiếu được lưu ngay trên máy sau mỗi lựa chọn.',
    en: "Packs are kept apart from this laptop's own rounds. Every choice is saved on this laptop at once.",
  },
  'packs.member.import': { vi: 'Nhập gói chấm…', en: 'Import a scoring pack…' },
  'packs.member.none': {
    vi: 'Chưa có gói chấm nào trên máy này.',
    en: 'No scoring pack on this laptop yet.',
  },
  'packs.member.imported': {
    vi: 'Đã nhập gói chấm của {member} ({count} sản phẩm).',
    en: 'Scoring pack of {member} imported ({count} products).',
  },
  'packs.member.alreadyHere': {
    vi: 'Gói chấm của {member} đã có trên máy này: giữ nguyên phần đã chấm.',
    en: 'The pack of {member} is already here: the work done on it is kept.',
  },
  'packs.member.missing': {
    vi: 'Không tìm thấy gói chấm này trên máy.',
    en: 'This pack is not on this laptop.',
  },
  'packs.member.packLine': {
    vi: '{member} — {round} — ngày họp {date}',
    en: '{member} — {round} — meeting day {date}',
  },
  'packs.member.importedAt': { vi: '(nhập lúc {at})', en: '(imported {at})' },
  'packs.member.packTitle': { vi: 'Gói chấm của {member}', en: 'Scoring pack of {member}' },
  'packs.member.packHint': {
    vi: 'Chấm từng sản phẩm và nộp phiếu; xong thì xuất gói trả về và chép vào USB cho thư ký. Có thể xuất nhiều lần: bản sau thay bản trước.',
    en: 'Score and submit each product; then export the returned pack onto the USB stick for the secretary. Export as often as needed: a later one supersedes an earlier one.',
  },
  'packs.member.products': { vi: 'Sản phẩm trong gói', en: 'Products in the pack' },
  'packs.member.state.submitted': { vi: 'Đã nộp', en: 'Submitted' },
  'packs.member.state.inProgress': {
    vi: 'Đang chấm ({count} tiêu chí)',
    en: 'In progress ({count} criteria)',
  },
  'packs.member.state.notStarted': { vi: 'Chưa chấm', en: 'Not started' },
  'packs.member.progress': {
    vi: 'Đã nộp {submitted}/{total} phiếu.',
    en: '{submitted}/{total} sheets submitted.',
  },
  'packs.member.export': { vi: 'Xuất gói trả về', en: 'Export the returned pack' },
  'packs.member.returned': { vi: 'Đã xuất gói trả về {file}.', en: 'Returned pack {file} exported.' },
  'packs.member.backToPack': { vi: '← Danh sách sản phẩm của gói', en: '← Products of the pack' },
  'packs.member.evaluator': {
    vi: 'Người đánh giá: {name} (chấm theo gói)',
    en: 'Evaluator: {name} (scoring from a pack)',
  },
  'packs.member.submittedHere': {
    vi: 'Đã nộp trên máy này; xuất gói trả về để gửi thư ký.',
    en: 'Submitted on this laptop; export the returned pack to send it to the secretary.',
  },
});
