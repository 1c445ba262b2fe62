import { defineMessages } from '../define';

/**
 * The register's documents (issue 12): the draft recognition decision of the provincial
 * People's Committee's Chairman with its annex, the list forwarded to the Ministry for 5 stars,
 * the certificates; and the register screen's words for making them.
 */
export const recognitionPaperMessages = defineMessages({
  'doc.decision.draft': { vi: 'DỰ THẢO', en: 'DRAFT' },
  'doc.decision.body': { vi: 'Ủy ban nhân dân {province}', en: "People's Committee of {province}" },
  'doc.decision.numberBlank': { vi: 'Số:          /QĐ-UBND', en: 'No.:          /QĐ-UBND' },
  'doc.decision.numberBlankShort': { vi: '……/QĐ-UBND', en: '……/QĐ-UBND' },
  'doc.decision.dateBlank': { vi: 'ngày …… tháng …… năm ……', en: 'on ……/……/……' },
  'doc.decision.fileTitle': {
    vi: 'Dự thảo Quyết định công nhận sản phẩm OCOP - {round}',
    en: 'Draft decision recognising OCOP products - {round}',
  },
  'doc.decision.title': { vi: 'QUYẾT ĐỊNH', en: 'DECISION' },
  'doc.decision.subject': {
    vi: 'Về việc công nhận sản phẩm OCOP {province} ({round})',
    en: 'On recognising OCOP products of {province} ({round})',
  },
  'doc.decision.authority': {
    vi: 'CHỦ TỊCH ỦY BAN NHÂN DÂN {province}',
    en: "CHAIRMAN OF THE PEOPLE'S COMMITTEE OF {province}",
  },
  'doc.decision.basis.law': {
    vi: 'Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;',
    en: 'Pursuant to the Law on Organisation of Local Government of 16 June 2025;',
  },
  'doc.decision.basis.ruleSet': {
    vi: 'Căn cứ Quyết định số {number} {date} của Thủ tướng Chính phủ ban hành Bộ tiêu chí đánh giá, phân hạng sản phẩm OCOP;',
    en: "Pursuant to the Prime Minister's Decision No. {number} {date} issuing the OCOP product evaluation and ranking criteria;",
  },
  'doc.decision.basis.ruleSetNoDate': {
    vi: 'Căn cứ Quyết định số {number} của Thủ tướng Chính phủ ban hành Bộ tiêu chí đánh giá, phân hạng sản phẩm OCOP;',
    en: "Pursuant to the Prime Minister's Decision No. {number} issuing the OCOP product evaluation and ranking criteria;",
  },
  'doc.decision.basis.council': {
    vi: 'Căn cứ Quyết định số {number} {date} của {signer} về việc thành lập Hội đồng đánh giá, phân hạng sản phẩm OCOP {province};',
    en: 'Pursuant to Decision No. {number} {date} of the {signer} establishing the OCOP evaluation and ranking council of {province};',
  },
  'doc.decision.basis.councilSigner': {
    vi: 'Chủ tịch Ủy ban nhân dân {province}',
    en: "Chairman of the People's Committee of {province}",
  },
  'doc.decision.basis.minutes': {
    vi: 'Căn cứ kết quả đánh giá, phân hạng sản phẩm OCOP của Hội đồng đánh giá, phân hạng sản phẩm OCOP {province} tại các biên bản họp ngày {dates};',
    en: 'Having regard to the results of the OCOP evaluation and ranking council of {province} recorded in its minutes of {dates};',
  },
  'doc.decision.basis.proposal': {
    vi: 'Theo đề nghị của Giám đốc Sở Nông nghiệp và Môi trường tại Tờ trình số ……/TTr-SNNMT ngày …… tháng …… năm …….',
    en: 'At the proposal of the Director of the Department of Agriculture and Environment in Submission No. ……/TTr-SNNMT of ……/……/…….',
  },
  'doc.decision.decides': { vi: 'QUYẾT ĐỊNH:', en: 'DECIDES:' },
  'doc.decision.article': { vi: 'Điều {n}.', en: 'Article {n}.' },
  'doc.decision.article1': {
    vi: 'Công nhận {count} sản phẩm đạt chuẩn OCOP {province}, gồm: {counts} (chi tiết tại Phụ lục kèm theo Quyết định này).',
    en: 'To recognise {count} products as OCOP products of {province}: {counts} (listed in the annex to this Decision).',
  },
  'doc.decision.starCount': {
    vi: '{count} sản phẩm đạt {stars} sao',
    en: '{count} products at {stars} stars',
  },
  'doc.decision.article2': {
    vi: 'Giấy chứng nhận sản phẩm OCOP có giá trị 36 tháng kể từ ngày ký Quyết định này. Các chủ thể có sản phẩm được công nhận có trách nhiệm duy trì, nâng cao chất lượng sản phẩm, sử dụng biểu trưng OCOP đúng quy định và nộp hồ sơ đánh giá lại trước khi giấy chứng nhận hết hiệu lực.',
    en: 'The OCOP certificate is valid for 36 months from the date this Decision is signed. The producers of the recognised products shall maintain and improve their quality, use the OCOP logo as regulated and apply for re-evaluation before the certificate expires.',
  },
  'doc.decision.article3': {
    vi: 'Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nông nghiệp và Môi trường, Thủ trưởng các sở, ngành có liên quan, Chủ tịch Ủy ban nhân dân các xã, phường có sản phẩm và các chủ thể có tên tại Phụ lục chịu trách nhiệm thi hành Quyết định này./.',
    en: "This Decision takes effect on signature. The Chief of Office of the Provincial People's Committee, the Director of the Department of Agriculture and Environment, the heads of the departments concerned, the chairmen of the communes' People's Committees and the producers named in the annex are responsible for implementing it.",
  },
  'doc.decision.recipient.article3': { vi: 'Như Điều 3', en: 'As in Article 3' },
  'doc.decision.recipient.ministry': {
    vi: 'Bộ Nông nghiệp và Môi trường (để báo cáo)',
    en: 'Ministry of Agriculture and Environment (for report)',
  },
  'doc.decision.recipient.office': {
    vi: 'Văn phòng Điều phối nông thôn mới Trung ương',
    en: 'Central Coordination Office for New Rural Development',
  },
  'doc.decision.recipient.leaders': {
    vi: 'Chủ tịch, các Phó Chủ tịch UBND tỉnh',
    en: "Chairman and Vice-Chairmen of the Provincial People's Committee",
  },
  'doc.decision.recipient.archive': { vi: 'Lưu: VT', en: 'Archive: office' },
  'doc.decision.signer': { vi: 'CHỦ TỊCH', en: 'CHAIRMAN' },
  'doc.decision.annexTitle': {
    vi: 'Phụ lục: Danh sách sản phẩm được công nhận đạt chuẩn OCOP {province}',
    en: 'Annex: products recognised as OCOP products of {province}',
  },
  'doc.decision.annexSubtitle': {
    vi: '(Kèm theo Quyết định số {number} {date} của {authority})',
    en: '(Annexed to Decision No. {number} {date} of the {authority})',
  },
  'doc.papers.col.code': { vi: 'Mã sản phẩm', en: 'Code' },
  'doc.papers.col.name': { vi: 'Tên sản phẩm', en: 'Product' },
  'doc.papers.col.producer': { vi: 'Chủ thể', en: 'Producer' },
  'doc.papers.col.address': { vi: 'Địa chỉ', en: 'Address' },
  'doc.papers.col.stars': { vi: 'Hạng sao', en: 'Stars' },
  'doc.papers.col.group': { vi: 'Nhóm sản phẩm', en: 'Group' },
  'doc.papers.noCode': { vi: 'Chưa có mã', en: 'No code yet' },
  'doc.papers.signReason': {
    vi: 'Ký văn bản đề nghị công nhận sản phẩm OCOP',
    en: 'Signing the OCOP recognition paper',
  },
  'doc.papers.signedSuffix': { vi: 'đã ký', en: 'signed' },
  'doc.papers.stars': { vi: '{stars} sao', en: '{stars} stars' },
  'doc.forward.fileTitle': {
    vi: 'Danh sách đề nghị công nhận sản phẩm OCOP 5 sao - {round}',
    en: 'Products proposed for 5-star recognition - {round}',
  },
  'doc.forward.numberBlank': { vi: 'Số:          /DS-UBND', en: 'No.:          /DS-UBND' },
  'doc.forward.title': { vi: 'DANH SÁCH', en: 'LIST' },
  'doc.forward.subject': {
    vi: 'Sản phẩm đề nghị Bộ Nông nghiệp và Môi trường xem xét, công nhận sản phẩm OCOP 5 sao ({round})',
    en: 'Products proposed to the Ministry of Agriculture and Environment for 5-star OCOP recognition ({round})',
  },
  'doc.forward.addressee': {
    vi: 'Kính gửi: Bộ Nông nghiệp và Môi trường.',
    en: 'To: the Ministry of Agriculture and Environment.',
  },
  'doc.forward.intro': {
    vi: 'Căn cứ kết quả đánh giá, phân hạng của Hội đồng đánh giá, phân hạng sản phẩm OCOP {province}, Ủy ban nhân dân {province} đề nghị Bộ Nông nghiệp và Môi trường xem xét, công nhận sản phẩm OCOP 5 sao đối với {count} sản phẩm tiềm năng 5 sao đạt từ 90 điểm trở lên, cụ thể như sau:',
    en: "On the results of the OCOP evaluation and ranking council of {province}, the People's Committee of {province} proposes that the Ministry of Agriculture and Environment consider {count} potential 5-star products scoring 90 points or more for 5-star recognition:",
  },
  'doc.forward.col.product': {
    vi: 'Tên sản phẩm, chủ thể, địa chỉ',
    en: 'Product, producer, address',
  },
  'doc.forward.col.average': { vi: 'Điểm', en: 'Points' },
  'doc.forward.col.minutes': { vi: 'Biên bản của Hội đồng', en: "Council's minutes" },
  'doc.forward.minutesNo': { vi: 'Biên bản số {number} ngày {date}', en: 'Minutes No. {number} of {date}' },
  'doc.forward.minutesOn': { vi: 'Biên bản họp ngày {date}', en: 'Minutes of {date}' },
  'doc.forward.signed': { vi: '(đã ký số)', en: '(digitally signed)' },
  'doc.forward.closing': {
    vi: 'Hồ sơ của từng sản phẩm và biên bản đánh giá, phân hạng của Hội đồng được gửi kèm theo Danh sách này./.',
    en: "Each product's file and the council's minutes are sent with this list.",
  },
  'doc.forward.recipient.above': { vi: 'Như trên', en: 'As above' },
  'doc.forward.recipient.department': {
    vi: 'Sở Nông nghiệp và Môi trường',
    en: 'Department of Agriculture and Environment',
  },
  'doc.forward.signer1': { vi: 'TM. ỦY BAN NHÂN DÂN', en: "FOR THE PEOPLE'S COMMITTEE" },
  'doc.forward.signer2': { vi: 'CHỦ TỊCH', en: 'CHAIRMAN' },
  'doc.cert.title': { vi: 'GIẤY CHỨNG NHẬN', en: 'CERTIFICATE' },
  'doc.cert.subject': { vi: 'SẢN PHẨM OCOP ĐẠT {stars} SAO', en: '{stars}-STAR OCOP PRODUCT' },
  'doc.cert.product': { vi: 'Tên sản phẩm:', en: 'Product:' },
  'doc.cert.code': { vi: 'Mã sản phẩm:', en: 'Code:' },
  'doc.cert.producer': { vi: 'Chủ thể:', en: 'Producer:' },
  'doc.cert.address': { vi: 'Địa chỉ:', en: 'Address:' },
  'doc.cert.decision': {
    vi: 'Được công nhận theo Quyết định số {number} ngày {date} của {authority}.',
    en: 'Recognised by Decision No. {number} of {date} of the {authority}.',
  },
  'doc.cert.validity': {
    vi: 'Giấy chứng nhận có giá trị {months} tháng kể từ ngày {from} (đến hết ngày {until}).',
    en: 'This certificate is valid for {months} months from {from} (until {until} inclusive).',
  },
  'doc.cert.fileTitle': {
    vi: 'Giấy chứng nhận sản phẩm OCOP {first} - {last}',
    en: 'OCOP certificates {first} - {last}',
  },
  'register.papers.title': { vi: 'Giấy tờ của một đợt đã kết thúc', en: 'Papers of a closed round' },
  'register.papers.hint': {
    vi: 'Dự thảo quyết định công nhận và danh sách gửi Bộ được lập từ kết quả của đợt (PDF để in, ký; Word để cơ quan chỉnh sửa trước khi ban hành). Giấy chứng nhận được in sau khi đã ghi số, ngày quyết định.',
    en: "The draft recognition decision and the list for the Ministry are made from the round's results (PDF to print or sign; Word for the office to adapt before issuing). Certificates are printed once the decision's number and date are recorded.",
  },
  'register.papers.round': { vi: 'Lập giấy tờ cho đợt', en: 'Papers for the round' },
  'register.papers.noClosed': { vi: 'Chưa có đợt nào kết thúc.', en: 'No round is closed yet.' },
  'register.papers.loading': { vi: 'Đang đọc kết quả của đợt…', en: "Reading the round's results…" },
  'register.papers.central': {
    vi: 'Đợt cấp trung ương: quyết định công nhận 5 sao do Bộ ban hành, ứng dụng không lập dự thảo này.',
    en: 'A central round: the Ministry issues the 5-star decision; the app does not draft it.',
  },
  'register.papers.decision': { vi: 'Dự thảo quyết định công nhận', en: 'Draft recognition decision' },
  'register.papers.decisionCount': {
    vi: '{count} sản phẩm được đề nghị công nhận 3–4 sao.',
    en: '{count} products proposed for recognition at 3–4 stars.',
  },
  'register.papers.decisionPdf': {
    vi: 'Dự thảo quyết định công nhận (PDF)',
    en: 'Draft recognition decision (PDF)',
  },
  'register.papers.decisionDocx': {
    vi: 'Dự thảo quyết định công nhận (Word)',
    en: 'Draft recognition decision (Word)',
  },
  'register.papers.forwarding': { vi: 'Danh sách đề nghị công nhận 5 sao', en: 'List proposed for 5 stars' },
  'register.papers.forwardingCount': {
    vi: '{count} sản phẩm đạt từ 90 điểm trở lên, đề nghị Bộ xem xét.',
    en: '{count} products at 90 points or more, proposed to the Ministry.',
  },
  'register.papers.forwardingPdf': {
    vi: 'Danh sách đề nghị công nhận 5 sao (PDF)',
    en: 'List proposed for 5 stars (PDF)',
  },
  'register.papers.forwardingDocx': {
    vi: 'Danh sách đề nghị công nhận 5 sao (Word)',
    en: 'List proposed for 5 stars (Word)',
  },
  'register.papers.saved': { vi: 'Đã lưu tệp.', en: 'File saved.' },
  'register.papers.certificates': { vi: 'Giấy chứng nhận', en: 'Certificates' },
  'register.papers.certificatesNone': {
    vi: 'Chưa có giấy chứng nhận: hãy ghi số và ngày quyết định công nhận của đợt ở trên.',
    en: "No certificates yet: record the round's recognition decision above first.",
  },
  'register.papers.certificatesRange': {
    vi: '{count} giấy chứng nhận, số {first} đến {last} (mỗi giấy một trang A4 ngang).',
    en: '{count} certificates, numbers {first} to {last} (one landscape A4 page each).',
  },
  'register.papers.certificatesStart': { vi: 'In {count} giấy chứng nhận', en: 'Print {count} certificates' },
  'register.papers.cancel': { vi: 'Dừng in', en: 'Stop printing' },
  'register.papers.progress': { vi: 'Tiến độ in giấy chứng nhận', en: 'Certificate printing progress' },
  'register.papers.progressText': {
    vi: 'Đã in {done}/{total} giấy chứng nhận',
    en: '{done} of {total} certificates printed',
  },
  'register.papers.certificatesSaved': {
    vi: 'Đã lưu {count} giấy chứng nhận ({files} tệp).',
    en: '{count} certificates saved ({files} files).',
  },
  'register.papers.certificatesCancelled': {
    vi: 'Đã dừng in giấy chứng nhận; không tệp nào được lưu.',
    en: 'Certificate printing stopped; no file was saved.',
  },
  'register.layout.title': { vi: 'Mẫu giấy chứng nhận của tỉnh', en: "The province's certificate layout" },
  'register.layout.hint': {
    vi: 'Cơ quan cấp, chức danh và họ tên người ký, vài dòng chữ dưới tiêu đề: dùng cho mọi giấy chứng nhận in sau khi lưu.',
    en: 'Issuing body, signer title and name, a few lines under the title: used for every certificate printed after saving.',
  },
  'register.layout.issuingBody': { vi: 'Cơ quan cấp', en: 'Issuing body' },
  'register.layout.signerTitle': {
    vi: 'Chức danh người ký (mỗi dòng một chức danh, ví dụ KT. CHỦ TỊCH / PHÓ CHỦ TỊCH)',
    en: 'Signer title (one per line, e.g. KT. CHỦ TỊCH / PHÓ CHỦ TỊCH)',
  },
  'register.layout.signerName': {
    vi: 'Họ tên người ký (để trống để viết tay)',
    en: "Signer's name (leave blank to write by hand)",
  },
  'register.layout.lines': {
    vi: 'Dòng chữ dưới tiêu đề (tối đa 3 dòng)',
    en: 'Lines under the title (at most 3)',
  },
  'register.layout.save': { vi: 'Lưu mẫu giấy chứng nhận', en: 'Save the certificate layout' },
  'register.layout.reset': { vi: 'Trở về mẫu mặc định', en: 'Back to the default layout' },
  'register.layout.saved': { vi: 'Đã lưu mẫu giấy chứng nhận.', en: 'Certificate layout saved.' },
  'register.layout.problem.issuingBody': {
    vi: 'Cơ quan cấp là bắt buộc, tối đa 120 ký tự.',
    en: 'The issuing body is required, at most 120 characters.',
  },
  'register.layout.problem.signerTitle': {
    vi: 'Chức danh người ký là bắt buộc, tối đa 80 ký tự.',
    en: "The signer's title is required, at most 80 characters.",
  },
  'register.layout.problem.signerName': {
    vi: 'Họ tên người ký tối đa 80 ký tự.',
    en: "The signer's name has at most 80 characters.",
  },
  'register.layout.problem.lines': {
    vi: 'Tối đa 3 dòng, mỗi dòng tối đa 120 ký tự.',
    en: 'At most 3 lines, 120 characters each.',
  },
  'register.ev.minutes': { vi: 'Biên bản', en: 'Minutes' },
  'register.ev.minutesSigned': {
    vi: 'Đã ký — mở, kiểm tra biên bản',
    en: 'Signed — open and verify the minutes',
  },
  'register.ev.minutesDraft': {
    vi: 'Chưa ký — xem bản nháp biên bản',
    en: 'Not signed — see the draft minutes',
  },
  'register.papers.sign': { vi: 'Ký số bản PDF (tệp .p12, .pfx)', en: 'Sign the PDF (.p12, .pfx file)' },
  'register.papers.signSubmit': { vi: 'Ký số và lưu', en: 'Sign and save' },
  'register.papers.signed': { vi: 'Đã ký số và lưu tệp.', en: 'Signed and saved.' },
  'register.papers.signMissing': {
    vi: 'Hãy chọn tệp chứng thư số và nhập mật khẩu.',
    en: 'Choose the certificate file and type its password.',
  },
});
