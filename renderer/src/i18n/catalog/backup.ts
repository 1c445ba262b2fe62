import { defineMessages } from '../define';

/** Settings › "Sao lưu và khôi phục" (issue 6 items 1, 2, 7). */
export const backupMessages = defineMessages({
  'backup.title': { vi: 'Sao lưu và khôi phục', en: 'Backup and restore' },
  'backup.intro': {
    vi: 'Một bản sao lưu chứa toàn bộ dữ liệu: các đợt đánh giá, thành viên, phiếu chấm của mọi lượt, nhật ký, tài liệu đã ký và cài đặt. Hãy lưu một bản ra USB hoặc ổ đĩa khác sau mỗi phiên họp.',
    en: 'A backup holds all the data: rounds, people, score sheets of every pass, the audit trail, signed documents and settings. Save one to a USB stick or another disk after each meeting.',
  },
  'backup.now': { vi: 'Sao lưu ngay', en: 'Back up now' },
  'backup.now.busy': { vi: 'Đang sao lưu…', en: 'Backing up…' },
  'backup.now.fileName': {
    vi: 'Sao lưu Hội đồng OCOP {date} {time}.json',
    en: 'OCOP Council backup {date} {time}.json',
  },
  'backup.now.done': { vi: 'Đã lưu bản sao lưu "{name}".', en: 'Backup saved as "{name}".' },
  'backup.now.cancelled': {
    vi: 'Chưa lưu: đã huỷ chọn nơi lưu.',
    en: 'Not saved: choosing a place was cancelled.',
  },
  'backup.restoreFromFile': { vi: 'Khôi phục từ tệp…', en: 'Restore from a file…' },
  'backup.keepLast.label': { vi: 'Số bản sao lưu tự động được giữ lại', en: 'Automatic backups to keep' },
  'backup.keepLast.hint': {
    vi: 'Ứng dụng tự sao lưu mỗi ngày sử dụng, khi kết thúc một đợt và trước mỗi lần khôi phục; các bản cũ hơn số này bị xóa. Từ {min} đến {max}.',
    en: 'The app backs up by itself each day of use, when a round is closed and before each restore; older ones beyond this number are deleted. From {min} to {max}.',
  },
  'backup.keepLast.invalid': {
    vi: 'Nhập một số nguyên từ {min} đến {max}.',
    en: 'Enter a whole number from {min} to {max}.',
  },
  'backup.keepLast.save': { vi: 'Lưu số bản giữ lại', en: 'Save the number to keep' },
  'backup.keepLast.saved': {
    vi: 'Sẽ giữ {count} bản sao lưu tự động gần nhất.',
    en: 'The latest {count} automatic backups will be kept.',
  },
  'backup.auto.title': { vi: 'Bản sao lưu tự động', en: 'Automatic backups' },
  'backup.auto.empty': { vi: 'Chưa có bản sao lưu tự động nào.', en: 'No automatic backup yet.' },
  'backup.auto.loading': { vi: 'Đang đọc danh sách…', en: 'Reading the list…' },
  'backup.auto.when': { vi: 'Thời điểm', en: 'When' },
  'backup.auto.reason': { vi: 'Lý do', en: 'Reason' },
  'backup.auto.size': { vi: 'Dung lượng', en: 'Size' },
  'backup.auto.actions': { vi: 'Thao tác', en: 'Actions' },
  'backup.auto.reason.daily': { vi: 'Hằng ngày', en: 'Daily' },
  'backup.auto.reason.round-closed': { vi: 'Kết thúc đợt', en: 'Round closed' },
  'backup.auto.reason.before-restore': { vi: 'Trước khi khôi phục', en: 'Before a restore' },
  'backup.auto.reason.before-delete': { vi: 'Trước khi xóa đợt', en: 'Before deleting a round' },
  'backup.auto.restore': { vi: 'Khôi phục', en: 'Restore' },
  'backup.auto.restoreNamed': { vi: 'Khôi phục bản sao lưu {when}', en: 'Restore the backup of {when}' },
  'backup.auto.delete': { vi: 'Xóa', en: 'Delete' },
  'backup.auto.deleteNamed': { vi: 'Xóa bản sao lưu {when}', en: 'Delete the backup of {when}' },
  'backup.auto.deleteConfirm': {
    vi: 'Xóa bản sao lưu tự động {when}? Không thể hoàn tác.',
    en: 'Delete the automatic backup of {when}? This cannot be undone.',
  },
  'backup.auto.deleted': { vi: 'Đã xóa bản sao lưu {when}.', en: 'Deleted the backup of {when}.' },
  'backup.auto.written': {
    vi: 'Đã tự động sao lưu dữ liệu ({name}).',
    en: 'Data backed up automatically ({name}).',
  },
  'backup.auto.failed': {
    vi: 'Không tự sao lưu được: {message}. Hãy dùng "Sao lưu ngay" trong Cài đặt.',
    en: 'Automatic backup failed: {message}. Use "Back up now" in Settings.',
  },
  'backup.sizeKb': { vi: '{size} KB', en: '{size} KB' },

  'backup.restore.title': { vi: 'Khôi phục dữ liệu từ bản sao lưu', en: 'Restore data from a backup' },
  'backup.restore.checking': { vi: 'Đang kiểm tra tệp…', en: 'Checking the file…' },
  'backup.restore.refused': {
    vi: 'Không khôi phục từ tệp "{file}". Dữ liệu hiện tại không thay đổi. Lý do:',
    en: 'Not restoring from "{file}". The current data is unchanged. Why:',
  },
  'backup.restore.contains': { vi: 'Tệp "{file}" chứa', en: 'The file "{file}" contains' },
  'backup.restore.createdAt': { vi: 'Tạo lúc', en: 'Created at' },
  'backup.restore.appVersion': { vi: 'Phiên bản ứng dụng', en: 'App version' },
  'backup.restore.people': { vi: 'Người trong danh bạ', en: 'People in the directory' },
  'backup.restore.auditEvents': { vi: 'Sự kiện nhật ký', en: 'Audit events' },
  'backup.restore.signedDocuments': {
    vi: 'Tài liệu đã ký số (kèm nội dung; khi khôi phục không tài liệu đã ký nào bị xóa)',
    en: 'Digitally signed documents (with their content; a restore never deletes a signed document)',
  },
  'backup.restore.signedFiles': {
    vi: 'Tệp trong thư mục "signed" lúc sao lưu (chỉ danh sách)',
    en: 'Files in the "signed" data folder at backup time (list only)',
  },
  'backup.restore.rounds': {
    vi: 'Các đợt đánh giá và khác biệt so với dữ liệu hiện tại',
    en: 'Rounds, and how they differ from the data here',
  },
  'backup.restore.col.round': { vi: 'Đợt đánh giá', en: 'Round' },
  'backup.restore.col.change': { vi: 'Khi khôi phục', en: 'On restore' },
  'backup.restore.col.products': { vi: 'Sản phẩm (tệp / hiện tại)', en: 'Products (file / here)' },
  'backup.restore.col.sheets': { vi: 'Phiếu đã nộp (tệp / hiện tại)', en: 'Submitted sheets (file / here)' },
  'backup.restore.col.updated': { vi: 'Sửa lần cuối (tệp / hiện tại)', en: 'Last change (file / here)' },
  'backup.restore.change.added': { vi: 'Thêm vào', en: 'Added' },
  'backup.restore.change.replaced': { vi: 'Thay bằng bản trong tệp', en: 'Replaced by the file' },
  'backup.restore.change.same': { vi: 'Giống hệt', en: 'Identical' },
  'backup.restore.change.only-here': { vi: 'Chỉ có ở đây — sẽ bị gỡ', en: 'Only here — will be removed' },
  'backup.restore.noRounds': { vi: 'Không có đợt đánh giá nào.', en: 'No rounds.' },
  'backup.restore.chainBroken': {
    vi: 'Cảnh báo: nhật ký của "{chain}" trong tệp bị đứt tại sự kiện số {seq}.',
    en: 'Warning: the audit trail of "{chain}" in the file is broken at event {seq}.',
  },
  'backup.restore.warning': {
    vi: 'Toàn bộ dữ liệu hiện tại sẽ được thay bằng nội dung tệp. Trước đó, ứng dụng tự lưu một bản sao lưu của dữ liệu hiện tại vào danh sách bản sao lưu tự động.',
    en: 'All current data will be replaced by the file. First, the app saves a backup of the current data to the automatic backups list.',
  },
  'backup.restore.confirm': {
    vi: 'Sao lưu dữ liệu hiện tại rồi khôi phục',
    en: 'Back up the current data, then restore',
  },
  'backup.restore.busy': { vi: 'Đang khôi phục…', en: 'Restoring…' },
  'backup.restore.cancel': { vi: 'Huỷ', en: 'Cancel' },
  'backup.restore.close': { vi: 'Đóng', en: 'Close' },
  'backup.restore.done': {
    vi: 'Đã khôi phục dữ liệu từ bản sao lưu ngày {date}. Dữ liệu trước đó được lưu trong "{safety}".',
    en: 'Data restored from the backup of {date}. The previous data was saved as "{safety}".',
  },
  'backup.restore.safetyFailed': {
    vi: 'Không lưu được bản sao lưu dữ liệu hiện tại ({message}), nên CHƯA khôi phục. Dữ liệu không thay đổi.',
    en: 'Could not back up the current data ({message}), so nothing was restored. The data is unchanged.',
  },
  'backup.restore.failed': {
    vi: 'Khôi phục thất bại, dữ liệu hiện tại được giữ nguyên: {message}',
    en: 'The restore failed; the current data is kept as it was: {message}',
  },
  'backup.delete.title': { vi: 'Xóa đợt đánh giá hiện tại', en: 'Delete the current round' },
  'backup.delete.hint': {
    vi: 'Dùng để xóa một đợt nhập nhầm, hoặc trước khi khôi phục đợt từ bản sao lưu. Muốn cất đợt đi thì dùng "Lưu trữ" ở màn hình Đợt đánh giá. Ứng dụng tự sao lưu toàn bộ dữ liệu trước khi xóa; nhật ký của đợt được giữ lại.',
    en: 'For a round entered by mistake, or before restoring it from a backup. To put a round away, use "Archive" on the Rounds screen. The app backs up all data before deleting; the round\'s audit trail is kept.',
  },
  'backup.delete.open': { vi: 'Xóa đợt "{round}"…', en: 'Delete "{round}"…' },
  'backup.delete.none': { vi: 'Chưa chọn đợt đánh giá nào.', en: 'No round is selected.' },
  'backup.delete.confirmLabel': {
    vi: 'Gõ lại tên đợt để xác nhận: {round}',
    en: "Type the round's name to confirm: {round}",
  },
  'backup.delete.mismatch': {
    vi: 'Tên gõ vào chưa khớp với tên đợt.',
    en: "The name typed does not match the round's name.",
  },
  'backup.delete.confirm': { vi: 'Sao lưu rồi xóa đợt', en: 'Back up, then delete the round' },
  'backup.delete.busy': { vi: 'Đang xóa…', en: 'Deleting…' },
  'backup.delete.done': {
    vi: 'Đã xóa đợt "{round}". Bản sao lưu trước khi xóa: "{safety}".',
    en: 'Deleted "{round}". Backup made before deleting: "{safety}".',
  },
  'backup.delete.safetyFailed': {
    vi: 'Không lưu được bản sao lưu ({message}), nên CHƯA xóa đợt.',
    en: 'Could not write the backup ({message}), so the round was NOT deleted.',
  },
  'backup.unexpected': { vi: 'Lỗi ngoài dự kiến: {message}', en: 'Unexpected error: {message}' },
});
