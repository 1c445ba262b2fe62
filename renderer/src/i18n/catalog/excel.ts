import { defineMessages } from '../define';

/** Excel out (a round's results) and Excel/CSV in (a product list), issue 6 items 3–4. */
export const excelMessages = defineMessages({
  'excel.section.title': { vi: 'Excel của đợt hiện tại', en: 'Excel for the current round' },
  'excel.section.hint': {
    vi: 'Xuất kết quả và điểm của từng thành viên ra tệp .xlsx (chỉ các sản phẩm đã mở niêm phong), hoặc nhập danh sách sản phẩm từ tệp .xlsx/.csv.',
    en: "Export the results and each member's scores to .xlsx (unsealed products only), or import a product list from .xlsx/.csv.",
  },
  'excel.section.none': { vi: 'Chưa chọn đợt đánh giá nào.', en: 'No round is selected.' },
  'excel.export': { vi: 'Xuất Excel', en: 'Export to Excel' },
  'excel.export.busy': { vi: 'Đang xuất Excel…', en: 'Exporting to Excel…' },
  'excel.export.done': { vi: 'Đã lưu tệp Excel "{name}".', en: 'Excel file saved as "{name}".' },
  'excel.export.cancelled': {
    vi: 'Chưa lưu: đã huỷ chọn nơi lưu.',
    en: 'Not saved: choosing a place was cancelled.',
  },
  'excel.export.failed': {
    vi: 'Không xuất được Excel: {message}',
    en: 'Could not export to Excel: {message}',
  },
  'excel.fileName': { vi: 'Kết quả - {round} - {date}', en: 'Results - {round} - {date}' },
  'excel.sheet.summary': { vi: 'Tổng hợp', en: 'Summary' },
  'excel.summary.subtitle': {
    vi: 'Kết quả đánh giá, phân hạng {count} sản phẩm. Điểm trung bình làm tròn xuống.',
    en: 'Evaluation results of {count} products. Averages rounded down.',
  },
  'excel.col.no': { vi: 'STT', en: 'No.' },
  'excel.col.product': { vi: 'Tên sản phẩm', en: 'Product' },
  'excel.col.code': { vi: 'Mã số sản phẩm', en: 'Product code' },
  'excel.col.set': { vi: 'Bộ tiêu chí', en: 'Criteria set' },
  'excel.col.producer': { vi: 'Chủ thể', en: 'Producer' },
  'excel.col.part': { vi: 'Phần {part}', en: 'Part {part}' },
  'excel.col.average': { vi: 'Điểm trung bình', en: 'Average' },
  'excel.col.spread': { vi: 'Chênh lệch', en: 'Spread' },
  'excel.col.stars': { vi: 'Hạng sao', en: 'Stars' },
  'excel.col.outcome': { vi: 'Đề xuất', en: 'Proposal' },
  'excel.col.criterion': { vi: 'Tiêu chí', en: 'Criterion' },
  'excel.col.criterionText': { vi: 'Nội dung', en: 'Text' },
  'excel.col.max': { vi: 'Tối đa', en: 'Max' },
  'excel.col.memberPass': { vi: '{member} (lần {pass})', en: '{member} (pass {pass})' },
  'excel.product.title': {
    vi: '{name} — {code} — Bộ {set}: {setName}',
    en: '{name} — {code} — Set {set}: {setName}',
  },
  'excel.product.subtitle': {
    vi: 'Điểm của từng thành viên theo phương án đã chọn; lượt chấm: {passes}.',
    en: "Each member's points for the chosen option; passes: {passes}.",
  },
  'excel.product.noScores': { vi: 'Chưa có phiếu chấm đã nộp.', en: 'No submitted sheets yet.' },
  'excel.row.partTotal': { vi: 'Cộng phần {part}', en: 'Part {part} total' },
  'excel.row.total': { vi: 'Tổng điểm', en: 'Total' },
  'excel.row.rank': { vi: 'Hạng sao theo phiếu', en: 'Stars on this sheet' },

  'excel.import': { vi: 'Nhập danh sách sản phẩm từ Excel/CSV', en: 'Import a product list from Excel/CSV' },
  'excel.import.title': { vi: 'Nhập danh sách sản phẩm', en: 'Import a product list' },
  'excel.import.intro': {
    vi: 'Chọn tệp .xlsx hoặc .csv có một dòng tiêu đề (Tên sản phẩm, Mã sản phẩm, Bộ tiêu chí, Chủ thể, Địa chỉ, Điện thoại, Xã, Loại đánh giá). Chưa có gì được lưu cho tới khi bạn xác nhận.',
    en: 'Choose an .xlsx or .csv file with a header row (product name, code, criteria set, producer, address, phone, commune, kind). Nothing is saved until you confirm.',
  },
  'excel.import.choose': { vi: 'Chọn tệp…', en: 'Choose a file…' },
  'excel.import.reading': { vi: 'Đang đọc tệp…', en: 'Reading the file…' },
  'excel.import.file': { vi: 'Tệp: {file} ({rows} dòng dữ liệu)', en: 'File: {file} ({rows} data rows)' },
  'excel.import.encoding': {
    vi: 'Tệp không phải UTF-8; đã đọc theo bảng mã Windows-1258 (tiếng Việt). Hãy kiểm tra dấu tiếng Việt trong bảng xem trước; nếu sai, lưu lại tệp dạng "CSV UTF-8" rồi nhập lại.',
    en: 'The file is not UTF-8; it was read as Windows-1258 (Vietnamese). Check the diacritics in the preview; if they are wrong, save the file as "CSV UTF-8" and import again.',
  },
  'excel.import.mapping': { vi: 'Cột tương ứng', en: 'Columns' },
  'excel.import.mapping.hint': {
    vi: 'Ứng dụng đã đoán theo tiêu đề; sửa lại nếu chưa đúng.',
    en: 'Guessed from the headers; correct them if needed.',
  },
  'excel.import.noColumn': { vi: '(không có)', en: '(none)' },
  'excel.import.field.name': { vi: 'Tên sản phẩm', en: 'Product name' },
  'excel.import.field.code': { vi: 'Mã sản phẩm', en: 'Product code' },
  'excel.import.field.set': { vi: 'Bộ tiêu chí', en: 'Criteria set' },
  'excel.import.field.producer': { vi: 'Chủ thể', en: 'Producer' },
  'excel.import.field.address': { vi: 'Địa chỉ', en: 'Address' },
  'excel.import.field.phone': { vi: 'Điện thoại', en: 'Phone' },
  'excel.import.field.commune': { vi: 'Xã', en: 'Commune' },
  'excel.import.field.kind': { vi: 'Loại đánh giá', en: 'Kind of evaluation' },
  'excel.import.preview': { vi: 'Xem trước', en: 'Preview' },
  'excel.import.counts': {
    vi: '{valid} dòng hợp lệ sẽ được nhập; {invalid} dòng có lỗi sẽ bị bỏ qua.',
    en: '{valid} valid rows will be imported; {invalid} rows with problems will be skipped.',
  },
  'excel.import.col.row': { vi: 'Dòng', en: 'Row' },
  'excel.import.col.status': { vi: 'Kết quả kiểm tra', en: 'Check' },
  'excel.import.ok': { vi: 'Hợp lệ', en: 'Valid' },
  'excel.import.confirm': { vi: 'Nhập {count} sản phẩm hợp lệ', en: 'Import {count} valid products' },
  'excel.import.busy': { vi: 'Đang nhập…', en: 'Importing…' },
  'excel.import.cancel': { vi: 'Huỷ', en: 'Cancel' },
  'excel.import.done': {
    vi: 'Đã nhập {count} sản phẩm từ "{file}".',
    en: 'Imported {count} products from "{file}".',
  },
  'excel.import.refused': {
    vi: 'Không đọc được tệp "{file}": {reason}',
    en: 'Cannot read "{file}": {reason}',
  },
  'excel.import.problem.empty-file': { vi: 'tệp rỗng.', en: 'the file is empty.' },
  'excel.import.problem.too-large': {
    vi: 'tệp quá lớn ({sizeMb} MB; tối đa {maxMb} MB).',
    en: 'the file is too large ({sizeMb} MB; at most {maxMb} MB).',
  },
  'excel.import.problem.too-many-rows': {
    vi: 'quá nhiều dòng (tối đa {max}).',
    en: 'too many rows (at most {max}).',
  },
  'excel.import.problem.unsupported-type': {
    vi: 'không phải tệp .xlsx hay .csv (tệp .xls cũ: hãy mở bằng Excel và lưu thành .xlsx).',
    en: 'not an .xlsx or .csv file (an old .xls: open it in Excel and save as .xlsx).',
  },
  'excel.import.problem.unreadable-xlsx': {
    vi: 'tệp Excel bị hỏng ({detail}).',
    en: 'the Excel file is damaged ({detail}).',
  },
  'excel.import.problem.xlsx-too-large': {
    vi: 'tệp Excel giải nén ra quá lớn (trên {maxMb} MB): không phải một danh sách sản phẩm.',
    en: 'the Excel file unpacks to too much data (over {maxMb} MB): not a product list.',
  },
  'excel.import.problem.no-sheet': {
    vi: 'tệp Excel không có trang tính nào.',
    en: 'the Excel file has no worksheet.',
  },
  'excel.import.problem.no-header': { vi: 'không tìm thấy dòng tiêu đề.', en: 'no header row found.' },
  'excel.import.problem.unterminated-quote': {
    vi: 'tệp CSV bị cắt cụt (một dấu ngoặc kép không được đóng).',
    en: 'the CSV file is truncated (a quote is never closed).',
  },
  'excel.import.needsName': {
    vi: 'Chọn cột "Tên sản phẩm" và cột "Bộ tiêu chí" để tiếp tục.',
    en: 'Choose the "Product name" and "Criteria set" columns to go on.',
  },
  'excel.row.name-missing': { vi: 'thiếu tên sản phẩm', en: 'no product name' },
  'excel.row.set-missing': { vi: 'thiếu bộ tiêu chí', en: 'no criteria set' },
  'excel.row.unknown-set': { vi: 'không có bộ tiêu chí "{value}"', en: 'no criteria set "{value}"' },
  'excel.row.invalid-code': { vi: 'mã số "{value}" không hợp lệ', en: 'invalid code "{value}"' },
  'excel.row.duplicate-code-in-file': {
    vi: 'mã số {value} trùng với dòng {row}',
    en: 'code {value} repeats row {row}',
  },
  'excel.row.duplicate-code-in-round': {
    vi: 'mã số {value} đã có trong đợt đánh giá',
    en: 'code {value} is already in the round',
  },
  'excel.row.duplicate-name-in-file': {
    vi: 'sản phẩm "{value}" trùng với dòng {row}',
    en: 'product "{value}" repeats row {row}',
  },
  'excel.row.duplicate-name-in-round': {
    vi: 'sản phẩm "{value}" của chủ thể này đã có trong đợt',
    en: 'product "{value}" of this producer is already in the round',
  },
  'excel.row.unknown-kind': {
    vi: 'loại đánh giá "{value}" không rõ (lần đầu / nâng hạng / đánh giá lại)',
    en: 'unknown kind "{value}" (first / upgrade / re-evaluation)',
  },
  'excel.row.too-long': { vi: 'nội dung dài quá {max} ký tự', en: 'longer than {max} characters' },
  'excel.row.control-characters': {
    vi: 'chứa ký tự điều khiển không in được',
    en: 'contains unprintable control characters',
  },
});
