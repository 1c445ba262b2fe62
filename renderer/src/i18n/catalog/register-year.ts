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
  'registerYear.import': { vi: 'Nhập sổ từ Excel/CSV', en: 'Import a register from Excel/CSV' },
  'registerYear.import.title': {
    vi: 'Nhập sổ theo dõi sản phẩm OCOP có sẵn',
    en: 'Import an existing OCOP register',
  },
  'registerYear.import.intro': {
    vi: 'Danh sách sản phẩm OCOP tỉnh đang quản lý (mã số, tên, chủ thể, xã/phường, hạng sao, số và ngày quyết định công nhận, số giấy chứng nhận nếu có). Chỉ các dòng hợp lệ được nhập, trong một lần ghi; sản phẩm đã có trong sổ (cùng mã số) được bổ sung quyết định, không mất gì đã lưu.',
    en: "The province's list of OCOP products (code, name, producer, commune, stars, decision number and date, certificate number if any). Only valid rows are imported, in one write; a product already in the register (same code) gains the decision, nothing saved is lost.",
  },
  'registerYear.import.needs': {
    vi: 'Chọn cột cho: {fields}.',
    en: 'Choose the column for: {fields}.',
  },
  'registerYear.import.confirm': { vi: 'Nhập {count} dòng hợp lệ', en: 'Import {count} valid rows' },
  'registerYear.import.done': {
    vi: 'Đã nhập sổ từ "{file}": {created} sản phẩm mới, {merged} sản phẩm đã có được bổ sung quyết định, {unchanged} dòng đã có sẵn.',
    en: 'Register imported from "{file}": {created} new products, {merged} existing products gained a decision, {unchanged} rows already held.',
  },
  'registerYear.import.more': {
    vi: 'Còn {count} dòng hợp lệ khác không hiển thị ở đây.',
    en: '{count} more valid rows are not shown here.',
  },
  'registerYear.field.code': { vi: 'Mã số sản phẩm', en: 'Product code' },
  'registerYear.field.name': { vi: 'Tên sản phẩm', en: 'Product name' },
  'registerYear.field.producer': { vi: 'Chủ thể', en: 'Producer' },
  'registerYear.field.commune': { vi: 'Xã/phường', en: 'Commune' },
  'registerYear.field.stars': { vi: 'Hạng sao', en: 'Stars' },
  'registerYear.field.decisionNumber': { vi: 'Số quyết định', en: 'Decision number' },
  'registerYear.field.decisionDate': { vi: 'Ngày quyết định', en: 'Decision date' },
  'registerYear.field.certificateNo': { vi: 'Số giấy chứng nhận', en: 'Certificate number' },
  'registerYear.row.missing': { vi: 'thiếu {field}', en: '{field} missing' },
  'registerYear.row.invalid-code': {
    vi: 'mã số "{value}" không hợp lệ (chỉ chữ, số và - . / _, không có dấu cách)',
    en: 'code "{value}" is not valid (letters, digits and - . / _ only, no spaces)',
  },
  'registerYear.row.invalid-stars': {
    vi: 'hạng sao "{value}" không hợp lệ (3, 4 hoặc 5 sao)',
    en: 'stars "{value}" not valid (3, 4 or 5 stars)',
  },
  'registerYear.row.invalid-date': {
    vi: 'ngày "{value}" không hợp lệ (ngày/tháng/năm, ví dụ 01/06/2024)',
    en: 'date "{value}" not valid (day/month/year, e.g. 01/06/2024)',
  },
  'registerYear.row.future-date': {
    vi: 'ngày quyết định {value} chưa đến',
    en: 'decision date {value} is in the future',
  },
  'registerYear.row.duplicate-code-in-file': {
    vi: 'mã số {value} đã có ở dòng {row}',
    en: 'code {value} already on row {row}',
  },
  'registerYear.row.duplicate-certificate-in-file': {
    vi: 'số giấy chứng nhận {value} đã có ở dòng {row}',
    en: 'certificate {value} already on row {row}',
  },
  'registerYear.row.certificate-taken': {
    vi: 'số giấy chứng nhận {value} đã cấp cho sản phẩm {holder}',
    en: 'certificate {value} already given to product {holder}',
  },
  'registerYear.row.too-long': {
    vi: '{field} dài quá {max} ký tự',
    en: '{field} longer than {max} characters',
  },
  'registerYear.row.control-characters': {
    vi: '{field} chứa ký tự điều khiển',
    en: '{field} contains control characters',
  },
  'registerYear.month.title': {
    vi: 'Việc cần làm tháng này ({month}/{year})',
    en: 'To do this month ({month}/{year})',
  },
  'registerYear.month.empty': {
    vi: 'Tháng này không có giấy chứng nhận hết hạn, hồ sơ đánh giá lại hay đợt còn sản phẩm chưa chốt.',
    en: 'Nothing this month: no certificate expiring, no re-evaluation filing, no round with products left open.',
  },
  'registerYear.month.expiring': { vi: 'Giấy chứng nhận hết hiệu lực', en: 'Certificates expiring' },
  'registerYear.month.expires': {
    vi: '— giấy chứng nhận {certificate} hết hiệu lực ngày {date}',
    en: '— certificate {certificate} expires on {date}',
  },
  'registerYear.month.expired': {
    vi: '— giấy chứng nhận {certificate} đã hết hiệu lực ngày {date}',
    en: '— certificate {certificate} expired on {date}',
  },
  'registerYear.month.filing': {
    vi: 'Thời hạn nộp hồ sơ đánh giá lại',
    en: 'Re-evaluation filing windows',
  },
  'registerYear.month.window': {
    vi: '— nộp hồ sơ từ {opens} đến trước {closes}',
    en: '— file from {opens} until before {closes}',
  },
  'registerYear.month.rounds': {
    vi: 'Đợt còn sản phẩm chưa chốt kết quả',
    en: 'Rounds with products not closed',
  },
  'registerYear.month.unclosed': {
    vi: '— {unclosed} / {total} sản phẩm chưa chốt',
    en: '— {unclosed} of {total} products not closed',
  },
});
