import { defineMessages } from '../define';

/**
 * Why a backup file is refused (db/backup/problems.ts names the codes): words a person can act
 * on. `{path}` is where in the file; `{detail}` of an invalid row is the problem found there
 * (i18n/problems.ts), said in the same language.
 */
export const backupProblemMessages = defineMessages({
  'backup.problem.empty-file': { vi: 'Tệp rỗng.', en: 'The file is empty.' },
  'backup.problem.json-fault': {
    vi: 'Không phải bản sao lưu đọc được: {detail}.',
    en: 'Not a readable backup: {detail}.',
  },
  'backup.problem.round-file': {
    vi: 'Đây là tệp đợt đánh giá, không phải bản sao lưu. Hãy nhập nó ở màn hình Đợt đánh giá.',
    en: 'This is a round file, not a backup. Import it from the Rounds screen.',
  },
  'backup.problem.foreign-file': {
    vi: 'Không phải bản sao lưu của Hội đồng OCOP (định dạng "{format}").',
    en: 'Not an OCOP Council backup (format "{format}").',
  },
  'backup.problem.unsupported-version': {
    vi: 'Bản sao lưu phiên bản {version} chưa được hỗ trợ (hỗ trợ: {supported}). Hãy cập nhật ứng dụng.',
    en: 'Backup version {version} is not supported (supported: {supported}). Update the app.',
  },
  'backup.problem.newer-schema': {
    vi: 'Bản sao lưu do phiên bản mới hơn của ứng dụng tạo ra (cơ sở dữ liệu v{found}, máy này v{current}). Hãy cập nhật ứng dụng.',
    en: 'The backup was made by a newer version of the app (database v{found}, this one v{current}). Update the app.',
  },
  'backup.problem.older-schema': {
    vi: 'Bản sao lưu dùng cơ sở dữ liệu v{found}, ứng dụng này chưa chuyển đổi được sang v{current}.',
    en: 'The backup uses database v{found}; this app cannot convert it to v{current}.',
  },
  'backup.problem.bad-envelope': {
    vi: 'Phần đầu của bản sao lưu không hợp lệ tại "{path}": {detail}.',
    en: 'The backup header is invalid at "{path}": {detail}.',
  },
  'backup.problem.integrity-mismatch': {
    vi: 'Bản sao lưu đã bị hỏng hoặc bị sửa (mã kiểm tra SHA-256 không khớp). Không khôi phục từ tệp này.',
    en: 'The backup is damaged or was edited (SHA-256 checksum mismatch). Do not restore from it.',
  },
  'backup.problem.invalid-row': {
    vi: 'Dữ liệu không hợp lệ tại "{path}": {detail}.',
    en: 'Invalid data at "{path}": {detail}.',
  },
  'backup.problem.duplicate-id': {
    vi: 'Mã định danh "{id}" xuất hiện hai lần trong bảng {table}.',
    en: 'Id "{id}" appears twice in table {table}.',
  },
  'backup.problem.dangling-reference': {
    vi: 'Bảng {table} trỏ tới {target} "{id}" không có trong bản sao lưu.',
    en: 'Table {table} points to {target} "{id}" that the backup does not contain.',
  },
  'backup.problem.signed-document-damaged': {
    vi: 'Tệp đã ký "{file}" trong bản sao lưu bị hỏng (nội dung không khớp mã SHA-256 của nó).',
    en: 'The signed file "{file}" in the backup is damaged (its content does not match its SHA-256).',
  },
  'backup.problem.sheet-case-missing': {
    vi: 'Phiếu chấm của {member} cho sản phẩm "{product}" (đợt "{round}") chưa chọn trường hợp ở tiêu chí {criteria}: không tính được điểm của phiếu, nên không khôi phục từ tệp này.',
    en: 'The sheet of {member} for product "{product}" (round "{round}") has no case chosen for criterion {criteria}: it cannot be scored, so this file is not restored.',
  },
  'backup.problem.sheet-answers-invalid': {
    vi: 'Phiếu chấm của {member} cho sản phẩm "{product}" (đợt "{round}") có câu trả lời không hợp lệ ({detail}): không tính được điểm của phiếu, nên không khôi phục từ tệp này.',
    en: 'The sheet of {member} for product "{product}" (round "{round}") holds invalid answers ({detail}): it cannot be scored, so this file is not restored.',
  },
  'backup.problem.unreadable': {
    vi: 'Không đọc được tệp: {detail}.',
    en: 'The file cannot be read: {detail}.',
  },
});
