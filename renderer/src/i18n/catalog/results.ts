import { defineMessages } from '../define';

/** The results screens (issue 4 items 8–10) and the progress board (item 7). */
export const resultsMessages = defineMessages({
  // Progress board
  'progress.title': { vi: 'Bảng tiến độ chấm điểm', en: 'Scoring progress board' },
  'progress.caption': {
    vi: 'Tình trạng phiếu của từng thành viên theo sản phẩm — {round}',
    en: "Each member's sheet by product — {round}",
  },
  'progress.loading': { vi: 'Đang tải bảng tiến độ…', en: 'Loading the progress board…' },
  'progress.noProducts': { vi: 'Đợt đánh giá chưa có sản phẩm.', en: 'The round has no products yet.' },
  'progress.noScores': {
    vi: 'Bảng chỉ hiện tình trạng phiếu, không bao giờ hiện điểm: có thể trình chiếu trong phòng họp.',
    en: 'The board shows only states, never scores: safe to project in the meeting room.',
  },
  'progress.col.product': { vi: 'Sản phẩm', en: 'Product' },
  'progress.col.submitted': { vi: 'Đã nộp', en: 'Submitted' },
  'progress.col.seal': { vi: 'Niêm phong', en: 'Seal' },
  'progress.pass': { vi: 'Chấm lại — lần {pass}', en: 'Re-scoring — pass {pass}' },
  'progress.count': { vi: '{submitted}/{expected}', en: '{submitted}/{expected}' },
  'progress.total': {
    vi: 'Đã nộp {submitted}/{expected} phiếu',
    en: '{submitted}/{expected} sheets submitted',
  },
  'progress.legend': { vi: 'Chú giải', en: 'Legend' },
  'progress.state.not-started': { vi: 'Chưa chấm', en: 'Not started' },
  'progress.state.in-progress': { vi: 'Đang chấm', en: 'In progress' },
  'progress.state.submitted': { vi: 'Đã nộp', en: 'Submitted' },
  'progress.state.recused': { vi: 'Miễn đánh giá', en: 'Recused' },
  'progress.state.absent': { vi: 'Vắng', en: 'Absent' },
  'progress.seal.sealed': { vi: 'Đang niêm phong', en: 'Sealed' },
  'progress.seal.unsealed': { vi: 'Đã mở niêm phong', en: 'Unsealed' },
  'progress.seal.closed': { vi: 'Đã chốt', en: 'Closed' },
  'progress.seal.disqualified': { vi: 'Bị loại', en: 'Disqualified' },
  'progress.projector.enter': { vi: 'Trình chiếu', en: 'Projector' },
  'progress.projector.leave': { vi: 'Thoát trình chiếu (Esc)', en: 'Leave projector (Esc)' },
  'progress.projector.title': { vi: 'Tiến độ chấm điểm — {round}', en: 'Scoring progress — {round}' },
  'progress.toResults': { vi: 'Xem kết quả', en: 'See the results' },
  'progress.open': { vi: 'Bảng tiến độ (trình chiếu)', en: 'Progress board (projector)' },

  // Results table
  'results.title': { vi: 'Kết quả đánh giá', en: 'Evaluation results' },
  'results.loading': { vi: 'Đang tính kết quả…', en: 'Computing the results…' },
  'results.toBoard': { vi: 'Bảng tiến độ', en: 'Progress board' },
  'results.noProducts': { vi: 'Đợt đánh giá chưa có sản phẩm.', en: 'The round has no products yet.' },
  'results.none': { vi: '—', en: '—' },
  'results.stars': { vi: '{stars} sao', en: '{stars} stars' },
  'results.table.caption': { vi: 'Kết quả của từng sản phẩm', en: 'Result of every product' },
  'results.table.hint': {
    vi: 'Bấm vào tiêu đề cột để sắp xếp. Điểm trung bình hiển thị 2 chữ số thập phân, làm tròn xuống. Bấm tên sản phẩm để mở niêm phong, chấm lại hoặc chốt kết quả.',
    en: 'Click a column header to sort. Averages show 2 decimals, rounded down. Click a product to unseal, re-score or close it.',
  },
  'results.col.name': { vi: 'Sản phẩm', en: 'Product' },
  'results.col.code': { vi: 'Mã sản phẩm', en: 'Product code' },
  'results.col.set': { vi: 'Bộ tiêu chí', en: 'Sheet' },
  'results.col.partA': { vi: 'Phần A', en: 'Part A' },
  'results.col.partB': { vi: 'Phần B', en: 'Part B' },
  'results.col.partC': { vi: 'Phần C', en: 'Part C' },
  'results.col.total': { vi: 'Điểm trung bình', en: 'Average' },
  'results.col.spread': { vi: 'Chênh lệch', en: 'Spread' },
  'results.col.stars': { vi: 'Hạng sao', en: 'Stars' },
  'results.col.outcome': { vi: 'Đề xuất', en: 'Proposal' },
  'results.col.flags': { vi: 'Ghi chú', en: 'Flags' },
  'results.flag.sealed': { vi: 'Đang niêm phong', en: 'Sealed' },
  'results.flag.spreadExceeded': { vi: 'Chênh lệch vượt giới hạn', en: 'Spread above the limit' },
  'results.flag.rescored': { vi: 'Đã chấm lại', en: 'Re-scored' },
  'results.flag.disqualified': { vi: 'Bị loại', en: 'Disqualified' },
  'results.flag.closed': { vi: 'Đã chốt', en: 'Closed' },
  'results.flag.override': { vi: 'Chủ tịch chốt kèm lý do', en: 'Closed by the chair with a reason' },
  'results.outcome.recognise': {
    vi: 'Đề nghị công nhận {stars} sao',
    en: 'Proposed for recognition as {stars} stars',
  },
  'results.outcome.forward-5-star': {
    vi: 'Đề nghị Bộ xem xét 5 sao',
    en: 'Proposed to the Ministry for 5 stars',
  },
  'results.outcome.not-recognised': {
    vi: 'Không công nhận ({stars} sao)',
    en: 'Not recognised ({stars} stars)',
  },
  'results.outcome.recognise-5-star': {
    vi: 'Đề nghị công nhận 5 sao',
    en: 'Proposed for recognition as 5 stars',
  },
  'results.outcome.return-to-province': {
    vi: 'Không đạt 5 sao; trả về tỉnh xem xét ({stars} sao)',
    en: 'Below 5 stars; back to the province ({stars} stars)',
  },
  'results.outcome.disqualified': { vi: 'Loại: {reason}', en: 'Disqualified: {reason}' },
  'results.outcome.pending': { vi: 'Chưa có kết quả', en: 'No result yet' },
  'results.outcome.sealed': { vi: 'Đang niêm phong', en: 'Sealed' },

  // Quorum
  'results.quorum.below': { vi: 'Không đủ túc số', en: 'Below quorum' },
  'results.quorum.dayBelow': {
    vi: 'Ngày {day}: {present}/{total} thành viên có mặt (hoặc vắng Chủ tịch).',
    en: '{day}: {present}/{total} members present (or the chair absent).',
  },
  'results.quorum.dayMet': {
    vi: 'Đủ túc số ngày {day}: {present}/{total} thành viên có mặt',
    en: 'Quorum on {day}: {present}/{total} members present',
  },
  'results.quorum.noDay': { vi: 'chưa có ngày họp', en: 'no meeting day yet' },

  // Plan targets
  'results.plan.title': { vi: 'Đối chiếu chỉ tiêu kế hoạch', en: 'Against the plan targets' },
  'results.plan.share': {
    vi: 'Sản phẩm đạt từ 3 sao trở lên: {count}/{evaluated} sản phẩm đã có kết quả ({share}).',
    en: 'Products at 3 stars or more: {count}/{evaluated} with a result ({share}).',
  },
  'results.plan.shareTarget': { vi: 'Chỉ tiêu: ít nhất {target}.', en: 'Target: at least {target}.' },
  'results.plan.forward': {
    vi: 'Sản phẩm đề nghị Bộ xem xét 5 sao: {count}.',
    en: 'Products forwarded for 5 stars: {count}.',
  },
  'results.plan.forwardTarget': { vi: 'Chỉ tiêu: ít nhất {target}.', en: 'Target: at least {target}.' },
  'results.plan.evaluated': {
    vi: 'Sản phẩm đã có kết quả: {count}.',
    en: 'Products with a result: {count}.',
  },
  'results.plan.productsTarget': { vi: 'Kế hoạch: {target} sản phẩm.', en: 'Planned: {target} products.' },
  'results.plan.met': { vi: 'Đạt chỉ tiêu.', en: 'Target met.' },
  'results.plan.notMet': { vi: 'Chưa đạt chỉ tiêu.', en: 'Target not met.' },
  'results.plan.none': {
    vi: 'Đợt đánh giá chưa nhập chỉ tiêu kế hoạch.',
    en: 'The round has no plan targets.',
  },

  // Closing the round
  'results.closeRound.title': { vi: 'Kết thúc đợt đánh giá', en: 'Close the round' },
  'results.closeRound.action': { vi: 'Kết thúc đợt đánh giá', en: 'Close the round' },
  'results.closeRound.closed': {
    vi: 'Đợt đánh giá đã kết thúc; kết quả không thể thay đổi.',
    en: 'The round is closed; its results cannot change.',
  },
  'results.closeRound.notScoring': {
    vi: 'Đợt đánh giá chưa bắt đầu chấm điểm.',
    en: 'Scoring has not started in this round.',
  },
  'results.closeRound.open': {
    vi: 'Còn {count} sản phẩm chưa chốt kết quả.',
    en: '{count} products are not closed yet.',
  },
  'results.closeRound.ready': {
    vi: 'Mọi sản phẩm đã chốt và đủ túc số: có thể kết thúc đợt.',
    en: 'Every product is closed and quorum is met: the round can be closed.',
  },
  'results.closeRound.confirmTitle': { vi: 'Kết thúc đợt đánh giá?', en: 'Close the round?' },
  'results.closeRound.confirmBody': {
    vi: 'Sau khi kết thúc, mọi kết quả của đợt “{round}” được giữ nguyên, không thể sửa.',
    en: 'Once closed, every result of “{round}” is kept as it is and cannot be edited.',
  },
  'results.closeRound.done': { vi: 'Đã kết thúc đợt đánh giá.', en: 'The round is closed.' },
  'results.closeRound.backedUp': { vi: 'Đã lưu bản sao dự phòng: {file}', en: 'Backup saved: {file}' },
  'results.closeRound.backupFailed': {
    vi: 'Đợt đã kết thúc nhưng chưa lưu được bản sao dự phòng ({message}). Hãy sao lưu trong Cài đặt.',
    en: 'The round is closed but the backup could not be saved ({message}). Back up from Settings.',
  },

  // One product
  'results.back': { vi: '← Về bảng kết quả', en: '← Back to the results' },
  'results.productMissing': {
    vi: 'Không tìm thấy sản phẩm này trong đợt.',
    en: 'This product is not in the round.',
  },
  'results.product.meta': {
    vi: 'Mã {code} · Bộ tiêu chí {set} · Chủ thể: {producer}',
    en: 'Code {code} · Sheet {set} · Producer: {producer}',
  },
  'results.product.pass': { vi: 'Đang ở lần chấm {pass} (chấm lại)', en: 'Pass {pass} (re-scoring)' },
  'results.product.earlierPasses': { vi: 'Điểm các lần chấm trước', en: 'Scores of the earlier passes' },
  'results.product.closedAt': { vi: 'Đã chốt kết quả lúc {at}.', en: 'Result closed at {at}.' },
  'results.product.override': {
    vi: 'Chủ tịch chốt khi chênh lệch vượt giới hạn, lý do: {reason}',
    en: 'Closed by the chair with the spread above the limit: {reason}',
  },
  'results.sealed.title': { vi: 'Đang niêm phong', en: 'Sealed' },
  'results.sealed.body': {
    vi: 'Điểm được giữ kín cho tới khi mọi thành viên có mặt, không được miễn đánh giá nộp phiếu ({submitted}/{expected}).',
    en: 'Scores stay hidden until every present, non-recused member has submitted ({submitted}/{expected}).',
  },
  'results.members.caption': { vi: 'Điểm của từng thành viên', en: "Each member's scores" },
  'results.members.member': { vi: 'Thành viên', en: 'Member' },
  'results.members.role': { vi: 'Vai trò', en: 'Role' },
  'results.members.part': { vi: 'Phần {part}', en: 'Part {part}' },
  'results.members.total': { vi: 'Tổng điểm', en: 'Total' },
  'results.members.passTotal': { vi: 'Tổng lần {pass}', en: 'Pass {pass} total' },
  'results.role.chair': { vi: 'Chủ tịch', en: 'Chair' },
  'results.role.vice-chair': { vi: 'Phó Chủ tịch', en: 'Vice-chair' },
  'results.role.secretary': { vi: 'Thư ký', en: 'Secretary' },
  'results.role.member': { vi: 'Thành viên', en: 'Member' },
  'results.summary.average': { vi: 'Điểm trung bình của Hội đồng', en: "Council's average" },
  'results.summary.parts': { vi: 'Trung bình từng phần', en: 'Part averages' },
  'results.summary.part': { vi: 'Phần {part}: {average}', en: 'Part {part}: {average}' },
  'results.summary.spread': { vi: 'Chênh lệch', en: 'Spread' },
  'results.summary.spreadValue': {
    vi: '{spread} điểm (giới hạn {limit} điểm)',
    en: '{spread} points (limit {limit} points)',
  },
  'results.summary.spreadExceeded': { vi: 'Chênh lệch vượt {limit} điểm', en: 'Spread above {limit} points' },
  'results.summary.stars': { vi: 'Hạng sao', en: 'Stars' },
  'results.summary.starsWhy': {
    vi: '(theo điểm trung bình: {band} sao; theo mức tối thiểu: {minimums} sao)',
    en: '(by the average: {band} stars; by the minimums: {minimums} stars)',
  },
  'results.summary.unmet': { vi: 'Mức tối thiểu chưa đạt', en: 'Unmet star minimums' },
  'results.summary.unmetItem': {
    vi: 'Tiêu chí {criterion}, mức {level} sao: {meeting}/{scoring} thành viên đạt',
    en: 'Criterion {criterion}, {level}-star mark: {meeting}/{scoring} members meet it',
  },
  'results.summary.disqualified': { vi: 'Sản phẩm bị loại', en: 'Disqualified' },
  'results.summary.disqualifiedCriterion': {
    vi: '{reason} (tiêu chí {criterion})',
    en: '{reason} (criterion {criterion})',
  },
  'results.summary.outcome': { vi: 'Đề xuất của Hội đồng', en: "Council's proposal" },

  // Actions on one product
  'results.actions.title': { vi: 'Thao tác', en: 'Actions' },
  'results.cancel': { vi: 'Hủy', en: 'Cancel' },
  'results.unseal.action': { vi: 'Mở niêm phong', en: 'Unseal' },
  'results.unseal.ready': {
    vi: 'Mọi thành viên đã nộp phiếu: Thư ký có thể mở niêm phong.',
    en: 'Everyone has submitted: the secretary may unseal.',
  },
  'results.unseal.waiting': {
    vi: 'Chưa thể mở niêm phong: mới có {submitted}/{expected} phiếu.',
    en: 'Cannot unseal yet: {submitted}/{expected} sheets.',
  },
  'results.unseal.confirmTitle': { vi: 'Mở niêm phong?', en: 'Unseal?' },
  'results.unseal.confirmBody': {
    vi: 'Điểm của mọi thành viên cho “{product}” sẽ hiện ra và không thể niêm phong lại. Việc mở niêm phong được ghi nhật ký.',
    en: "Every member's scores for “{product}” will show and cannot be sealed again. The unseal is logged.",
  },
  'results.unseal.done': { vi: 'Đã mở niêm phong.', en: 'Unsealed.' },
  'results.rescore.action': { vi: 'Chấm lại (lần {pass})', en: 'Re-score (pass {pass})' },
  'results.rescore.confirmTitle': { vi: 'Tổ chức chấm lại?', en: 'Re-score?' },
  'results.rescore.confirmBody': {
    vi: 'Mở lần chấm {pass} cho “{product}”: mỗi thành viên sửa phiếu của mình trong màn hình Chấm điểm (bắt đầu từ phiếu lần trước). Điểm lần trước được giữ nguyên và hiện bên cạnh.',
    en: 'Opens pass {pass} of “{product}”: members revise their sheets in the Scoring screen (starting from their previous one). The earlier pass is kept and shown beside it.',
  },
  'results.rescore.done': { vi: 'Đã mở lần chấm lại.', en: 'Re-scoring opened.' },
  'results.close.action': { vi: 'Chốt kết quả', en: 'Close the result' },
  'results.close.spreadBlocked': {
    vi: 'Chênh lệch {spread} điểm vượt giới hạn {limit} điểm: cần chấm lại, hoặc Chủ tịch chốt kèm lý do bằng văn bản.',
    en: 'The spread of {spread} points is above the limit of {limit}: re-score, or the chair closes it with a written reason.',
  },
  'results.close.confirmTitle': { vi: 'Chốt kết quả?', en: 'Close the result?' },
  'results.close.confirmBody': {
    vi: 'Kết quả của “{product}” sẽ được khóa, không thể sửa.',
    en: 'The result of “{product}” will be locked.',
  },
  'results.close.done': { vi: 'Đã chốt kết quả sản phẩm.', en: "The product's result is closed." },
  'results.chairClose.action': { vi: 'Chủ tịch chốt kèm lý do…', en: 'Chair closes with a reason…' },
  'results.chairClose.title': {
    vi: 'Chủ tịch chốt khi chênh lệch vượt giới hạn',
    en: 'The chair closes with the spread above the limit',
  },
  'results.chairClose.body': {
    vi: 'Chênh lệch của “{product}” là {spread} điểm, vượt giới hạn {limit} điểm. Chủ tịch chỉ có thể chốt kèm lý do bằng văn bản; lý do được ghi vào biên bản.',
    en: 'The spread of “{product}” is {spread} points, above the limit of {limit}. The chair may close it only with a written reason, which the minutes record.',
  },
  'results.chairClose.reason': { vi: 'Lý do của Chủ tịch', en: "The chair's reason" },
  'results.chairClose.hint': {
    vi: 'Bắt buộc. Ví dụ: Hội đồng đã thảo luận, các thành viên giữ nguyên ý kiến.',
    en: 'Required. E.g. the council discussed it and the members kept their views.',
  },
  'results.chairClose.confirm': { vi: 'Chốt kết quả', en: 'Close the result' },
});
