import { defineMessages } from '../define';

/** A round's audit trail and its integrity check (screen and `ocop verify`), issue 6 item 5. */
export const auditMessages = defineMessages({
  'audit.title': { vi: 'Nhật ký thay đổi', en: 'Audit trail' },
  'audit.round': { vi: 'Nhật ký của đợt "{round}"', en: 'Audit trail of "{round}"' },
  'audit.noRound': {
    vi: 'Chọn một đợt đánh giá để xem nhật ký.',
    en: 'Choose a round to see its audit trail.',
  },
  'audit.intro': {
    vi: 'Mỗi thay đổi được ghi lại kèm mã băm của sự kiện trước đó: sửa, xóa hay đảo thứ tự bất kỳ sự kiện nào đều bị phát hiện.',
    en: 'Every change is recorded with the hash of the event before it: editing, removing or reordering any event is detected.',
  },
  'audit.verify': { vi: 'Kiểm tra tính toàn vẹn', en: 'Check integrity' },
  'audit.verifying': { vi: 'Đang kiểm tra…', en: 'Checking…' },
  'audit.ok': {
    vi: 'Toàn vẹn: {count} sự kiện, chuỗi mã băm không bị đứt. Mã băm cuối: {head}',
    en: 'Intact: {count} events, the hash chain holds. Head hash: {head}',
  },
  'audit.broken': {
    vi: 'Nhật ký bị đứt tại sự kiện số {seq} ({action}, {at}): {problem}. {verified} sự kiện trước đó vẫn toàn vẹn.',
    en: 'The trail is broken at event {seq} ({action}, {at}): {problem}. The {verified} events before it hold.',
  },
  'audit.problem.hash-mismatch': {
    vi: 'nội dung sự kiện đã bị sửa sau khi ghi (mã băm không khớp)',
    en: 'the event was changed after it was written (hash mismatch)',
  },
  'audit.problem.prev-hash-mismatch': {
    vi: 'không nối với sự kiện trước (một sự kiện đã bị xóa, thêm hoặc sửa)',
    en: 'it does not follow the previous event (an event was removed, inserted or changed)',
  },
  'audit.problem.seq-gap': {
    vi: 'thiếu sự kiện trong thứ tự (bị xóa)',
    en: 'an event is missing from the sequence (removed)',
  },
  'audit.problem.wrong-chain': { vi: 'sự kiện thuộc chuỗi khác', en: 'the event belongs to another chain' },
  'audit.count': { vi: '{count} sự kiện', en: '{count} events' },
  'audit.col.seq': { vi: 'STT', en: 'No.' },
  'audit.col.at': { vi: 'Thời điểm', en: 'When' },
  'audit.col.actor': { vi: 'Người thực hiện', en: 'By' },
  'audit.col.via': { vi: 'Từ thiết bị', en: 'Via' },
  'audit.via.laptop': { vi: 'Máy thư ký', en: "Secretary's laptop" },
  'audit.via.hub': { vi: 'Thiết bị {device} (mạng nội bộ)', en: 'Device {device} (local network)' },
  'audit.via.pack': { vi: 'Gói chấm trả về (tệp {hash}…)', en: 'Returned scoring pack (file {hash}…)' },
  'audit.col.action': { vi: 'Thao tác', en: 'Action' },
  'audit.col.entity': { vi: 'Đối tượng', en: 'Entity' },
  'audit.col.hash': { vi: 'Mã băm', en: 'Hash' },
  'audit.actor.secretary': { vi: 'Thư ký', en: 'Secretary' },
  'audit.actor.system': { vi: 'Ứng dụng', en: 'The app' },
  'audit.brokenRow': { vi: 'Sự kiện bị đứt', en: 'Broken event' },
  'audit.showAll': { vi: 'Hiện tất cả {count} sự kiện', en: 'Show all {count} events' },
  'audit.link': {
    vi: 'Nhật ký thay đổi và kiểm tra tính toàn vẹn của đợt hiện tại',
    en: 'Audit trail and integrity check of the current round',
  },
  'audit.cli.noTrail': {
    vi: 'Tệp "{file}" không mang nhật ký thay đổi (trường "audit"): không có gì để kiểm tra. Hãy xuất lại tệp từ ứng dụng.',
    en: 'The file "{file}" carries no audit trail ("audit" field): nothing to verify. Export the file again from the app.',
  },
  'audit.cli.broken': {
    vi: 'Tệp "{file}": nhật ký bị đứt tại sự kiện số {seq} (id {id}, {action}, {at}); {verified} sự kiện trước đó toàn vẹn.',
    en: 'File "{file}": the audit trail is broken at event {seq} (id {id}, {action}, {at}); the {verified} events before it hold.',
  },
});
