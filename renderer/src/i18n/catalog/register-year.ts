import { defineMessages } from '../define';

/** The register's year (issue 12): Excel export/import, this month's work, the plan and its charts. */
export const registerYearMessages = defineMessages({
  'registerYear.xlsx.sheet': { vi: 'Sổ theo dõi', en: 'Register' },
  'registerYear.xlsx.readOn': {
    vi: 'Tình trạng tính đến ngày {date}; {shown} / {total} sản phẩm',
    en: 'Status as of {date}; {shown} of {total} products',
  },
  'registerYear.xlsx.noFilter': { vi: 'Không lọc', en: 'No filter' },
  'registerYear.xlsx.col.no': { vi: 'STT', en: 'No.' },
  'registerYear.xlsx.col.code': { vi: 'Mã số sản phẩm', en: 'Product code' },
  'registerYear.xlsx.col.name': { vi: 'Tên sản phẩm', en: 'Product' },
  'registerYear.xlsx.col.producer': { vi: 'Chủ thể', en: 'Producer' },
  'registerYear.xlsx.col.commune': { vi: 'Xã/phường', en: 'Commune' },
  'registerYear.xlsx.col.group': { vi: 'Nhóm sản phẩm', en: 'Product group' },
  'registerYear.xlsx.col.sheet': { vi: 'Bộ tiêu chí', en: 'Sheet' },
  'registerYear.xlsx.col.stars': { vi: 'Hạng sao', en: 'Stars' },
  'registerYear.xlsx.col.status': { vi: 'Tình trạng', en: 'Status' },
  'registerYear.xlsx.col.decisionNumber': { vi: 'Số quyết định công nhận', en: 'Decision number' },
  'registerYear.xlsx.col.decisionDate': { vi: 'Ngày quyết định', en: 'Decision date' },
  'registerYear.xlsx.col.certificateNo': { vi: 'Số giấy chứng nhận', en: 'Certificate number' },
  'registerYear.xlsx.col.expiry': { vi: 'Hết hiệu lực ngày', en: 'Expires on' },
  'registerYear.xlsx.col.lastRound': { vi: 'Đợt đánh giá gần nhất', en: 'Latest round' },
  'registerYear.xlsx.col.lastDate': { vi: 'Ngày đánh giá', en: 'Evaluated on' },
  'registerYear.xlsx.col.lastAverage': { vi: 'Điểm trung bình', en: 'Average' },
  'registerYear.xlsx.col.lastStars': { vi: 'Hạng sao đánh giá', en: 'Stars evaluated' },
  'registerYear.xlsx.col.evaluations': { vi: 'Số lần đánh giá', en: 'Evaluations' },
  'registerYear.xlsx.fileName': { vi: 'Sổ theo dõi OCOP {date}', en: 'OCOP register {date}' },
  'registerYear.export': { vi: 'Xuất Excel danh sách đang hiển thị', en: 'Export the list shown to Excel' },
  'registerYear.export.busy': { vi: 'Đang xuất…', en: 'Exporting…' },
  'registerYear.export.done': { vi: 'Đã lưu {name}.', en: 'Saved {name}.' },
  'registerYear.export.cancelled': { vi: 'Đã hủy lưu tệp.', en: 'Saving was cancelled.' },
});
