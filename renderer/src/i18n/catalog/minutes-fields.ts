import { defineMessages } from '../define';

/** The minutes' fields filled in before signing (issue 11): the form, the day's batch, the refusals. */
export const minutesFieldsMessages = defineMessages({
  'minutesFields.title': { vi: 'Thông tin biên bản', en: 'Minutes details' },
  'minutesFields.hint': {
    vi: 'Điền trước khi ký: văn bản đã ký không thể sửa. Các ô có dấu * là bắt buộc.',
    en: 'Fill these in before signing: a signed document cannot be changed. Fields marked * are required.',
  },
  'minutesFields.locked': {
    vi: 'Biên bản đã có chữ ký: thông tin dưới đây đã khóa cùng văn bản. Muốn sửa, hãy lập bản sửa đổi và ghi rõ lý do.',
    en: 'The minutes carry a signature: the details below are locked with the document. To correct them, make a new revision with a reason.',
  },
  'minutesFields.field.number': { vi: 'Số biên bản *', en: 'Minutes number *' },
  'minutesFields.field.numberHint': {
    vi: 'Đánh số theo thứ tự trong năm của Hội đồng; số gợi ý là số tiếp theo còn trống ({next}).',
    en: "Numbered in order within the council's year; the suggestion is the next free number ({next}).",
  },
  'minutesFields.field.symbol': { vi: 'Ký hiệu *', en: 'Symbol *' },
  'minutesFields.field.symbolHint': {
    vi: 'Phần sau dấu gạch chéo, ví dụ BB-HĐOCOP → "05/BB-HĐOCOP".',
    en: 'The part after the slash, e.g. BB-HĐOCOP → "05/BB-HĐOCOP".',
  },
  'minutesFields.field.startTime': { vi: 'Giờ bắt đầu *', en: 'Start time *' },
  'minutesFields.field.endTime': { vi: 'Giờ kết thúc *', en: 'End time *' },
  'minutesFields.field.venue': { vi: 'Địa điểm *', en: 'Venue *' },
  'minutesFields.field.presiding': { vi: 'Chủ trì *', en: 'Presiding *' },
  'minutesFields.field.recorder': { vi: 'Thư ký/Người ghi biên bản *', en: 'Secretary/minutes taken by *' },
  'minutesFields.field.conclusion': {
    vi: 'Kết luận và kiến nghị của Hội đồng *',
    en: "The council's conclusion and recommendation *",
  },
  'minutesFields.field.conclusionHint': {
    vi: 'Đã viết sẵn theo kết quả; có thể sửa.',
    en: 'Pre-written from the result; you may edit it.',
  },
  'minutesFields.field.otherOpinions': { vi: 'Ý kiến khác', en: 'Other opinions' },
  'minutesFields.field.otherOpinionsHint': {
    vi: 'Mỗi ý kiến một dòng; để trống nếu không có.',
    en: 'One opinion per line; leave empty when there are none.',
  },
  'minutesFields.field.recipients': { vi: 'Nơi nhận *', en: 'Recipients *' },
  'minutesFields.field.recipientsHint': {
    vi: 'Mỗi nơi nhận một dòng; dòng "Lưu: VT, Hội đồng" được thêm tự động.',
    en: 'One recipient per line; the archive line is added by itself.',
  },
  'minutesFields.save': { vi: 'Lưu thông tin biên bản', en: 'Save the minutes details' },
  'minutesFields.saved': { vi: 'Đã lưu thông tin biên bản.', en: 'Minutes details saved.' },
  'minutesFields.missing': {
    vi: 'Chưa ký được: còn thiếu {fields}.',
    en: 'Cannot be signed yet: missing {fields}.',
  },
  'minutesFields.complete': { vi: 'Đủ thông tin để ký.', en: 'Complete: ready to sign.' },
  'minutesFields.completeUnsaved': {
    vi: 'Thông tin đã lưu đủ để ký; thay đổi vừa nhập chưa được lưu.',
    en: 'The saved details are complete; the change you typed is not saved.',
  },
  'minutesFields.name.number': { vi: 'số biên bản', en: 'the number' },
  'minutesFields.name.symbol': { vi: 'ký hiệu', en: 'the symbol' },
  'minutesFields.name.startTime': { vi: 'giờ bắt đầu', en: 'the start time' },
  'minutesFields.name.endTime': { vi: 'giờ kết thúc', en: 'the end time' },
  'minutesFields.name.venue': { vi: 'địa điểm', en: 'the venue' },
  'minutesFields.name.presiding': { vi: 'người chủ trì', en: 'who presides' },
  'minutesFields.name.recorder': { vi: 'người ghi biên bản', en: 'who takes the minutes' },
  'minutesFields.name.conclusion': { vi: 'kết luận của Hội đồng', en: "the council's conclusion" },
  'minutesFields.name.otherOpinions': { vi: 'ý kiến khác', en: 'other opinions' },
  'minutesFields.name.recipients': { vi: 'nơi nhận', en: 'the recipients' },
  'minutesFields.problem.invalid-time': {
    vi: '{field}: nhập giờ dạng HH:MM (ví dụ 08:00).',
    en: '{field}: type the time as HH:MM (e.g. 08:00).',
  },
  'minutesFields.problem.end-before-start': {
    vi: '{field}: giờ kết thúc phải sau giờ bắt đầu.',
    en: '{field}: the end time must be after the start time.',
  },
  'minutesFields.problem.invalid-number': {
    vi: '{field}: nhập một số nguyên từ 1 đến 99999.',
    en: '{field}: type a whole number from 1 to 99999.',
  },
  'minutesFields.problem.invalid-symbol': {
    vi: '{field}: chỉ gồm chữ, số, dấu gạch ngang hoặc dấu chấm, không có dấu cách.',
    en: '{field}: letters, digits, hyphens or dots only, no spaces.',
  },
  'minutesFields.problem.too-long': { vi: '{field}: quá dài.', en: '{field}: too long.' },
  'minutesFields.numberTaken': {
    vi: 'Số {number} đã được dùng cho một biên bản khác của Hội đồng trong năm. Hãy chọn số khác.',
    en: "Number {number} is already used by another of the council's minutes this year. Choose another.",
  },
  'minutesFields.day.title': {
    vi: 'Thông tin biên bản của một ngày họp',
    en: 'Minutes details for a meeting day',
  },
  'minutesFields.day.hint': {
    vi: 'Điền một lần cho mọi biên bản chưa ký của ngày họp: số được đánh liên tiếp theo thứ tự sản phẩm, kết luận viết sẵn theo kết quả của từng sản phẩm. Sau đó vẫn sửa được từng biên bản.',
    en: "Fill in once for every unsigned minutes of the meeting day: numbers run on in product order, each conclusion is pre-written from the product's result. Each minutes can still be edited afterwards.",
  },
  'minutesFields.day.date': { vi: 'Ngày họp', en: 'Meeting day' },
  'minutesFields.day.firstNumber': { vi: 'Số của biên bản đầu tiên *', en: 'Number of the first minutes *' },
  'minutesFields.day.apply': {
    vi: 'Điền cho {count} biên bản của ngày',
    en: 'Fill in {count} minutes of the day',
  },
  'minutesFields.day.none': {
    vi: 'Ngày này không có biên bản nào chưa ký có kết quả đã chốt.',
    en: 'This day has no unsigned minutes with a closed result.',
  },
  'minutesFields.day.done': {
    vi: 'Đã điền thông tin cho {count} biên bản (số {first}–{last}).',
    en: 'Filled in {count} minutes (numbers {first}–{last}).',
  },
  'minutesFields.refused': { vi: 'Không lưu được: {reasons}', en: 'Not saved: {reasons}' },
  'minutesFields.defaultRecipients': {
    vi: 'Ủy ban nhân dân {province} (để báo cáo)\nSở Nông nghiệp và Môi trường\nChủ thể sản xuất',
    en: 'Ủy ban nhân dân {province} (để báo cáo)\nSở Nông nghiệp và Môi trường\nChủ thể sản xuất',
  },
});
