import { defineMessages } from '../define';

/**
 * Texts of the official documents (minutes, scoring sheets, round summary) and their file
 * names. Vietnamese follows Decree 30/2020/NĐ-CP wording; English is a working translation.
 */
export const documentMessages = defineMessages({
  'doc.header.nationalTitle': {
    vi: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    en: 'SOCIALIST REPUBLIC OF VIETNAM',
  },
  'doc.header.motto': { vi: 'Độc lập - Tự do - Hạnh phúc', en: 'Independence - Freedom - Happiness' },
  'doc.header.number': { vi: 'Số: {number}', en: 'No.: {number}' },
  'doc.header.numberBlank': { vi: 'Số:        /BB-HĐ', en: 'No.:        /BB-HĐ' },
  'doc.header.numberBlankSummary': { vi: 'Số:        /BTH-HĐ', en: 'No.:        /BTH-HĐ' },
  'doc.placeDate': {
    vi: '{place}, ngày {day} tháng {month} năm {year}',
    en: '{place}, {day}/{month}/{year}',
  },
  'doc.placeDate.blank': { vi: '{place}, ngày …… tháng …… năm ……', en: '{place}, ……/……/……' },
  'doc.signature.hint': { vi: '(Ký, ghi rõ họ tên)', en: '(Signature and full name)' },
  'doc.signature.chair': { vi: 'CHỦ TỊCH HỘI ĐỒNG', en: 'CHAIR OF THE COUNCIL' },
  'doc.signature.secretary': { vi: 'THƯ KÝ', en: 'SECRETARY' },
  'doc.signature.evaluator': { vi: 'NGƯỜI ĐÁNH GIÁ', en: 'EVALUATOR' },
  'doc.recipients.head': { vi: 'Nơi nhận:', en: 'Recipients:' },
  'doc.recipients.archive': { vi: 'Lưu: VT, Hội đồng', en: 'Archive: office, council' },
  'doc.stars.words1': { vi: 'một sao', en: 'one star' },
  'doc.stars.words2': { vi: 'hai sao', en: 'two stars' },
  'doc.stars.words3': { vi: 'ba sao', en: 'three stars' },
  'doc.stars.words4': { vi: 'bốn sao', en: 'four stars' },
  'doc.stars.words5': { vi: 'năm sao', en: 'five stars' },
  'doc.role.chair': { vi: 'Chủ tịch Hội đồng', en: 'Chair' },
  'doc.role.vice-chair': { vi: 'Phó Chủ tịch Hội đồng', en: 'Vice-chair' },
  'doc.role.secretary': { vi: 'Thư ký Hội đồng', en: 'Secretary' },
  'doc.role.member': { vi: 'Thành viên', en: 'Member' },
  'doc.role.secretaryNonVoting': {
    vi: 'Thư ký Hội đồng (không chấm điểm)',
    en: 'Secretary (does not score)',
  },
  'doc.kind.first': { vi: 'Đánh giá lần đầu', en: 'First evaluation' },
  'doc.kind.upgrade': { vi: 'Đánh giá nâng hạng', en: 'Upgrade' },
  'doc.kind.re-evaluation': { vi: 'Đánh giá lại', en: 'Re-evaluation' },
  'doc.level.province': { vi: 'cấp tỉnh', en: 'provincial' },
  'doc.level.central': { vi: 'cấp trung ương', en: 'central' },
  'doc.time': { vi: '{hour} giờ {minute}', en: '{hour}:{minute}' },
  'doc.time.blank': { vi: '…… giờ ……', en: '……:……' },
  'doc.minutes.title': { vi: 'Biên bản', en: 'Minutes' },
  'doc.minutes.subject': {
    vi: 'Đánh giá, phân hạng sản phẩm OCOP',
    en: 'Evaluation and ranking of an OCOP product',
  },
  'doc.minutes.basisDecision': {
    vi: 'Căn cứ Quyết định số {number} ngày {day} tháng {month} năm {year} của {signer} về việc thành lập {council};',
    en: 'Pursuant to Decision No. {number} of {day}/{month}/{year} of the {signer} establishing the {council};',
  },
  'doc.minutes.basisDecisionNoSigner': {
    vi: 'Căn cứ Quyết định số {number} ngày {day} tháng {month} năm {year} về việc thành lập {council};',
    en: 'Pursuant to Decision No. {number} of {day}/{month}/{year} establishing the {council};',
  },
  'doc.minutes.basisRuleSet': {
    vi: 'Căn cứ Bộ tiêu chí đánh giá sản phẩm OCOP ban hành kèm theo Quyết định số {ruleSet} của Thủ tướng Chính phủ,',
    en: 'Pursuant to the OCOP product criteria issued with Decision No. {ruleSet} of the Prime Minister,',
  },
  'doc.minutes.opening': {
    vi: 'Hôm nay, vào hồi {time}, ngày {day} tháng {month} năm {year}, tại {venue}, {council} họp đánh giá, phân hạng sản phẩm OCOP {level}, với nội dung như sau:',
    en: 'Today, at {time} on {day}/{month}/{year}, at {venue}, the {council} met to evaluate and rank an OCOP product at {level} level, as follows:',
  },
  'doc.minutes.section': { vi: '{numeral}. {title}', en: '{numeral}. {title}' },
  'doc.minutes.section.attendance': { vi: 'THÀNH PHẦN THAM DỰ', en: 'ATTENDANCE' },
  'doc.minutes.section.product': { vi: 'SẢN PHẨM ĐƯỢC ĐÁNH GIÁ', en: 'PRODUCT EVALUATED' },
  'doc.minutes.section.scores': {
    vi: 'KẾT QUẢ CHẤM ĐIỂM CỦA CÁC THÀNH VIÊN',
    en: "MEMBERS' SCORES",
  },
  'doc.minutes.section.minimums': { vi: 'YÊU CẦU TỐI THIỂU THEO HẠNG SAO', en: 'STAR MINIMUMS' },
  'doc.minutes.section.result': {
    vi: 'KẾT QUẢ ĐÁNH GIÁ, PHÂN HẠNG',
    en: 'RESULT',
  },
  'doc.minutes.section.conclusion': {
    vi: 'KẾT LUẬN VÀ KIẾN NGHỊ CỦA HỘI ĐỒNG',
    en: "THE COUNCIL'S CONCLUSION AND RECOMMENDATION",
  },
  'doc.minutes.section.opinions': {
    vi: 'Ý KIẾN KHÁC',
    en: 'OTHER OPINIONS',
  },
  'doc.minutes.presiding': { vi: 'Chủ trì: {name}.', en: 'Presiding: {name}.' },
  'doc.minutes.recorder': {
    vi: 'Thư ký/Người ghi biên bản: {name}.',
    en: 'Secretary/minutes taken by: {name}.',
  },
  'doc.minutes.closing': {
    vi: 'Cuộc họp kết thúc vào hồi {time} cùng ngày. Biên bản đã được đọc lại cho các thành viên Hội đồng cùng nghe và thống nhất thông qua./.',
    en: 'The meeting closed at {time} the same day. These minutes were read out to the members of the council and approved./.',
  },
  'doc.table.no': { vi: 'TT', en: 'No.' },
  'doc.table.name': { vi: 'Họ và tên', en: 'Full name' },
  'doc.table.position': { vi: 'Chức vụ, đơn vị', en: 'Position, organisation' },
  'doc.table.councilRole': { vi: 'Nhiệm vụ', en: 'Council role' },
  'doc.table.attendance': { vi: 'Tham dự', en: 'Attendance' },
  'doc.table.member': { vi: 'Thành viên', en: 'Member' },
  'doc.table.pass': { vi: 'Lần chấm', en: 'Pass' },
  'doc.table.part': { vi: 'Phần {part}', en: 'Part {part}' },
  'doc.table.total': { vi: 'Tổng điểm', en: 'Total' },
  'doc.table.average': { vi: 'Điểm trung bình', en: 'Average' },
  'doc.table.averagePass': { vi: 'Trung bình lần {pass}', en: 'Average, pass {pass}' },
  'doc.table.level': { vi: 'Hạng', en: 'Level' },
  'doc.table.requirements': { vi: 'Số yêu cầu', en: 'Minimums' },
  'doc.table.verdict': { vi: 'Kết quả', en: 'Verdict' },
  'doc.table.unmet': {
    vi: 'Yêu cầu chưa đạt (số thành viên đạt/số thành viên chấm)',
    en: 'Minimums not met (members meeting / members scoring)',
  },
  'doc.attendance.present': { vi: 'Có mặt', en: 'Present' },
  'doc.attendance.absent': { vi: 'Vắng mặt', en: 'Absent' },
  'doc.attendance.excused': { vi: 'Vắng có lý do', en: 'Excused' },
  'doc.attendance.recused': {
    vi: 'Có mặt, không chấm sản phẩm này ({reason})',
    en: 'Present, recused for this product ({reason})',
  },
  'doc.quorum.count': {
    vi: 'Số thành viên có mặt: {present}/{total} (yêu cầu tối thiểu {required} tổng số thành viên Hội đồng); Chủ tịch Hội đồng {chair}.',
    en: 'Members present: {present}/{total} (at least {required} of the council required); the chair is {chair}.',
  },
  'doc.quorum.countVoting': {
    vi: 'Số thành viên chấm điểm có mặt: {present}/{total} (yêu cầu tối thiểu {required} tổng số thành viên chấm điểm; Thư ký Hội đồng không chấm điểm); Chủ tịch Hội đồng {chair}.',
    en: 'Scoring members present: {present}/{total} (at least {required} of the scoring members required; the secretary does not score); the chair is {chair}.',
  },
  'doc.quorum.chairPresent': { vi: 'có mặt', en: 'present' },
  'doc.quorum.chairAbsent': { vi: 'vắng mặt', en: 'absent' },
  'doc.quorum.met': {
    vi: 'Cuộc họp đủ điều kiện tiến hành theo quy định.',
    en: 'The meeting has its quorum.',
  },
  'doc.quorum.notMet': {
    vi: 'Cuộc họp KHÔNG đủ điều kiện tiến hành theo quy định.',
    en: 'The meeting does NOT have its quorum.',
  },
  'doc.quorum.scorers': {
    vi: 'Số thành viên chấm điểm sản phẩm: {count}.',
    en: 'Members scoring the product: {count}.',
  },
  'doc.product.name': { vi: 'Tên sản phẩm: {name}', en: 'Product: {name}' },
  'doc.product.code': { vi: 'Mã số sản phẩm: {code}', en: 'Product code: {code}' },
  'doc.product.set': {
    vi: 'Bộ tiêu chí: Bộ số {sheetNo} - {sheetName} (Quyết định số {ruleSet})',
    en: 'Criteria set: No. {sheetNo} - {sheetName} (Decision No. {ruleSet})',
  },
  'doc.product.kind': { vi: 'Hình thức đánh giá: {kind}', en: 'Kind of evaluation: {kind}' },
  'doc.product.producer': { vi: 'Chủ thể sản xuất: {name}', en: 'Producer: {name}' },
  'doc.product.address': { vi: 'Địa chỉ: {address}', en: 'Address: {address}' },
  'doc.product.phone': { vi: 'Số điện thoại: {phone}', en: 'Phone: {phone}' },
  'doc.pass.first': { vi: 'Lần 1', en: 'Pass 1' },
  'doc.pass.rescore': { vi: 'Lần {pass} (chấm lại)', en: 'Pass {pass} (re-scored)' },
  'doc.pass.unchanged': { vi: 'Lần {pass} (giữ nguyên)', en: 'Pass {pass} (unchanged)' },
  'doc.scores.spread': {
    vi: 'Chênh lệch tổng điểm giữa thành viên cao nhất và thấp nhất: {spread} điểm (giới hạn {limit} điểm).',
    en: 'Spread between the highest and lowest totals: {spread} points (limit {limit} points).',
  },
  'doc.scores.rescored': {
    vi: 'Kết quả chấm lần {pass} có chênh lệch {spread} điểm, vượt giới hạn {limit} điểm; Hội đồng đã thảo luận và tổ chức chấm lại (lần {next}). Kết quả được tổng hợp theo lần chấm cuối cùng của từng thành viên.',
    en: 'Pass {pass} had a spread of {spread} points, above the limit of {limit}; the council discussed and re-scored (pass {next}). The result uses each member’s latest pass.',
  },
  'doc.scores.override': {
    vi: 'Chênh lệch vẫn vượt giới hạn; Chủ tịch Hội đồng kết luận giữ kết quả với lý do: {reason}',
    en: 'The spread is still above the limit; the chair closed the evaluation with this reason: {reason}',
  },
  'doc.scores.overrideMissing': {
    vi: 'Chênh lệch vẫn vượt giới hạn; chưa có ý kiến kết luận bằng văn bản của Chủ tịch Hội đồng.',
    en: 'The spread is still above the limit; the chair has not given a written reason.',
  },
  'doc.scores.none': { vi: 'Chưa có phiếu chấm.', en: 'No sheets scored yet.' },
  'doc.minimums.policy.majority': {
    vi: 'Một yêu cầu tối thiểu (dấu sao trên phiếu) được tính là đạt khi quá nửa số thành viên chấm điểm chọn mức đạt yêu cầu trở lên.',
    en: 'A minimum (star mark on the sheet) is met when more than half of the scoring members chose the marked option or better.',
  },
  'doc.minimums.policy.all': {
    vi: 'Một yêu cầu tối thiểu (dấu sao trên phiếu) được tính là đạt khi tất cả thành viên chấm điểm chọn mức đạt yêu cầu trở lên.',
    en: 'A minimum (star mark on the sheet) is met when every scoring member chose the marked option or better.',
  },
  'doc.minimums.policy.average': {
    vi: 'Một yêu cầu tối thiểu (dấu sao trên phiếu) được tính là đạt khi điểm trung bình của tiêu chí đạt mức yêu cầu trở lên.',
    en: 'A minimum (star mark on the sheet) is met when the criterion’s average points reach the marked option.',
  },
  'doc.minimums.level': { vi: '{stars} sao', en: '{stars} stars' },
  'doc.minimums.met': { vi: 'Đạt', en: 'Met' },
  'doc.minimums.notMet': { vi: 'Không đạt', en: 'Not met' },
  'doc.minimums.noRequirement': { vi: 'Không có yêu cầu', en: 'No minimum' },
  'doc.minimums.unmetItem': {
    vi: 'Tiêu chí {criterion} ({text}): {meeting}/{scoring}',
    en: 'Criterion {criterion} ({text}): {meeting}/{scoring}',
  },
  'doc.result.average': {
    vi: 'Tổng điểm trung bình: {average} điểm ({parts}).',
    en: 'Average total: {average} points ({parts}).',
  },
  'doc.result.partAverage': { vi: 'Phần {part}: {average}', en: 'Part {part}: {average}' },
  'doc.result.bandAndMinimums': {
    vi: 'Theo tổng điểm trung bình sản phẩm thuộc khung {band} sao; theo yêu cầu tối thiểu sản phẩm đạt đến hạng {level} sao.',
    en: 'By the average total the product is in the {band}-star band; by the star minimums it reaches {level} stars.',
  },
  'doc.result.rankLabel': { vi: 'Sản phẩm đạt hạng: ', en: 'Rank: ' },
  'doc.result.rankWords': { vi: ' ({stars} sao - {words})', en: ' ({stars} stars - {words})' },
  'doc.result.disqualified': {
    vi: 'Hồ sơ sản phẩm bị loại: {reason}',
    en: 'The dossier is disqualified: {reason}',
  },
  'doc.result.knockOut': {
    vi: 'Hồ sơ sản phẩm bị loại theo tiêu chí {criterion} ({text}): {line}',
    en: 'The dossier is disqualified under criterion {criterion} ({text}): {line}',
  },
  'doc.result.disqualifiedDecision': {
    vi: 'Hội đồng thống nhất loại hồ sơ sản phẩm, không đánh giá, phân hạng sao.',
    en: 'The council agreed to disqualify the dossier: the product is not ranked.',
  },
  'doc.result.potential5': {
    vi: 'Sản phẩm đạt từ 90 điểm và đáp ứng các yêu cầu tối thiểu hạng 5 sao: sản phẩm tiềm năng 5 sao.',
    en: 'The product reaches 90 points or more and meets the 5-star minimums: a potential 5-star product.',
  },
  'doc.result.pending': {
    vi: 'Chưa đủ phiếu chấm của các thành viên; chưa có kết quả.',
    en: 'Not every member has scored yet; no result.',
  },
  'doc.outcome.label': { vi: 'Đề xuất của Hội đồng: ', en: "Council's proposal: " },
  'doc.outcome.recognise': {
    vi: 'Đề nghị {authority} công nhận sản phẩm đạt OCOP {stars} sao.',
    en: 'The {authority} is asked to recognise the product as a {stars}-star OCOP product.',
  },
  'doc.outcome.forward-5-star': {
    vi: 'Sản phẩm đạt từ 90 điểm — đề nghị Bộ Nông nghiệp và Môi trường xem xét, công nhận sản phẩm 5 sao (sản phẩm tiềm năng 5 sao).',
    en: 'The product reaches 90 points or more — the Ministry of Agriculture and Environment is asked to consider recognising it as a 5-star product (a potential 5-star product).',
  },
  'doc.outcome.not-recognised': {
    vi: 'Sản phẩm đạt {stars} sao, không đủ điều kiện công nhận sản phẩm OCOP (chỉ công nhận từ 3 sao).',
    en: 'The product reaches {stars} stars and cannot be recognised (recognition starts at 3 stars).',
  },
  'doc.outcome.disqualified': {
    vi: 'Không công nhận sản phẩm OCOP: hồ sơ sản phẩm bị loại.',
    en: 'Not recognised as an OCOP product: the dossier is disqualified.',
  },
  'doc.outcome.recognise-5-star': {
    vi: 'Đề nghị Bộ trưởng Bộ Nông nghiệp và Môi trường công nhận sản phẩm OCOP 5 sao.',
    en: 'The Minister of Agriculture and Environment is asked to recognise the product as a 5-star OCOP product.',
  },
  'doc.outcome.return-to-province': {
    vi: 'Sản phẩm chưa đạt hạng 5 sao (đạt {stars} sao): trả kết quả về Ủy ban nhân dân cấp tỉnh để xem xét công nhận theo kết quả này.',
    en: 'The product does not reach 5 stars ({stars} stars): the result returns to the province, which may recognise it on this result.',
  },
  'doc.outcome.pending': { vi: 'Chưa có đề xuất.', en: 'No proposal yet.' },
  'doc.opinions.none': { vi: 'Không có ý kiến khác.', en: 'No other opinions.' },
  'doc.opinions.member': { vi: '{name}: {text}', en: '{name}: {text}' },
  'doc.opinions.council': { vi: 'Ý kiến chung: {text}', en: 'Council: {text}' },
  'doc.sheet.title': { vi: 'Phiếu đánh giá sản phẩm OCOP', en: 'OCOP product scoring sheet' },
  'doc.sheet.subtitle': {
    vi: 'Bộ tiêu chí số {sheetNo}: {sheetName}',
    en: 'Criteria set No. {sheetNo}: {sheetName}',
  },
  'doc.sheet.basis': {
    vi: '(Ban hành kèm theo Quyết định số {ruleSet} của Thủ tướng Chính phủ)',
    en: '(Issued with Decision No. {ruleSet} of the Prime Minister)',
  },
  'doc.sheet.productName': { vi: 'Tên sản phẩm: {value}', en: 'Product name: {value}' },
  'doc.sheet.productCode': { vi: 'Mã số sản phẩm: {value}', en: 'Product code: {value}' },
  'doc.sheet.producer': { vi: 'Tên chủ thể sản xuất: {value}', en: 'Producer: {value}' },
  'doc.sheet.phone': { vi: 'Số điện thoại: {value}', en: 'Phone: {value}' },
  'doc.sheet.address': { vi: 'Địa chỉ: {value}', en: 'Address: {value}' },
  'doc.sheet.evaluator': { vi: 'Người đánh giá: {value}', en: 'Evaluator: {value}' },
  'doc.sheet.rescore': { vi: 'Chấm lại lần {pass}', en: 'Re-score, pass {pass}' },
  'doc.sheet.previousTotals': {
    vi: 'Điểm lần {pass} của người đánh giá: Phần A {a}; Phần B {b}; Phần C {c}; tổng {total} điểm',
    en: "The evaluator's pass {pass}: Part A {a}; Part B {b}; Part C {c}; total {total} points",
  },
  'doc.sheet.col.criterion': { vi: 'Tiêu chí đánh giá', en: 'Criterion' },
  'doc.sheet.col.points': { vi: 'Điểm', en: 'Points' },
  'doc.sheet.col.choice': { vi: 'Chọn', en: 'Choice' },
  'doc.sheet.col.scored': { vi: 'Điểm chấm', en: 'Scored' },
  'doc.sheet.part': { vi: 'PHẦN {code}: {title} ({max} điểm)', en: 'PART {code}: {title} ({max} points)' },
  'doc.sheet.section': { vi: '{code}. {title} ({max} điểm)', en: '{code}. {title} ({max} points)' },
  'doc.sheet.criterion': { vi: '{code}. {text} ({max} điểm)', en: '{code}. {text} ({max} points)' },
  'doc.sheet.none': {
    vi: 'Không đạt phương án nào được in trên phiếu (0 điểm)',
    en: 'Meets none of the printed options (0 points)',
  },
  'doc.sheet.implied': {
    vi: '(phương án bổ sung, phiếu gốc không in)',
    en: '(option added: not printed on the sheet)',
  },
  'doc.sheet.printedAs': { vi: '(bản in ghi {printed})', en: '(printed as {printed})' },
  'doc.sheet.pointsInferred': { vi: '(bản in để trống)', en: '(blank in print)' },
  'doc.sheet.samePoints': {
    vi: '(bản in ghi cùng số điểm với phương án khác, giữ nguyên)',
    en: '(printed with the same points as another option, kept)',
  },
  'doc.sheet.sectionMaxPrinted': {
    vi: '(ô điểm bản in ghi “{printed}”)',
    en: '(points cell printed as “{printed}”)',
  },
  'doc.sheet.opinionLabel': { vi: 'Ý kiến của người đánh giá:', en: "Evaluator's opinion:" },
  'doc.sheet.partTotal': { vi: 'Tổng điểm Phần {code}', en: 'Part {code} total' },
  'doc.sheet.total': { vi: 'TỔNG ĐIỂM (A + B + C)', en: 'TOTAL (A + B + C)' },
  'doc.sheet.starNote': {
    vi: 'Ghi chú: Dấu sao là yêu cầu tối thiểu phải đạt theo các cấp độ sao (*** - 3 sao; **** - 4 sao; ***** - 5 sao).',
    en: 'Note: a star mark is the minimum required for that star level (*** - 3 stars; **** - 4 stars; ***** - 5 stars).',
  },
  'doc.sheet.caseNote': {
    vi: 'Chọn một trường hợp phù hợp, sau đó chọn một phương án trong trường hợp đó.',
    en: 'Choose the case that applies, then one option within it.',
  },
  'doc.sheet.opinion': { vi: 'Ý kiến của người đánh giá: {value}', en: "Evaluator's opinion: {value}" },
  'doc.sheet.signatureHint': { vi: '(Ký và ghi rõ họ tên)', en: '(Signature and full name)' },
  'doc.sheet.unanswered': {
    vi: 'Phiếu chưa hoàn thành: còn {count} tiêu chí chưa chấm.',
    en: 'Incomplete sheet: {count} criteria not answered.',
  },
  'doc.summary.title': { vi: 'Bảng tổng hợp kết quả', en: 'Summary of results' },
  'doc.summary.subject': {
    vi: 'Đánh giá, phân hạng sản phẩm OCOP - {round}',
    en: 'OCOP evaluation and ranking - {round}',
  },
  'doc.summary.intro': {
    vi: 'Kết quả đánh giá, phân hạng sản phẩm OCOP của {council}{basis}, họp {meeting} tại {venue}, theo Bộ tiêu chí ban hành kèm theo Quyết định số {ruleSet} của Thủ tướng Chính phủ.',
    en: 'Results of the {council}{basis}, meeting {meeting} at {venue}, under the criteria issued with Decision No. {ruleSet} of the Prime Minister.',
  },
  'doc.summary.introBasis': {
    vi: ' (thành lập theo Quyết định số {number} ngày {day} tháng {month} năm {year})',
    en: ' (established by Decision No. {number} of {day}/{month}/{year})',
  },
  'doc.date.long': { vi: 'ngày {day} tháng {month} năm {year}', en: 'on {day}/{month}/{year}' },
  'doc.summary.col.product': { vi: 'Tên sản phẩm', en: 'Product' },
  'doc.summary.col.code': { vi: 'Mã số', en: 'Code' },
  'doc.summary.col.producer': { vi: 'Chủ thể sản xuất', en: 'Producer' },
  'doc.summary.col.set': { vi: 'Bộ', en: 'Set' },
  'doc.summary.col.average': { vi: 'Điểm TB', en: 'Average' },
  'doc.summary.col.spread': { vi: 'Chênh lệch', en: 'Spread' },
  'doc.summary.col.stars': { vi: 'Hạng sao', en: 'Stars' },
  'doc.summary.col.outcome': { vi: 'Đề xuất', en: 'Proposal' },
  'doc.summary.outcome.recognise': { vi: 'Đề nghị công nhận {stars} sao', en: 'Recognise as {stars} stars' },
  'doc.summary.outcome.forward-5-star': {
    vi: 'Đạt từ 90 điểm — đề nghị Bộ xem xét, công nhận 5 sao',
    en: '90 points or more — the Ministry is asked to consider 5 stars',
  },
  'doc.summary.outcome.not-recognised': { vi: 'Không công nhận', en: 'Not recognised' },
  'doc.summary.outcome.disqualified': { vi: 'Bị loại: {reason}', en: 'Disqualified: {reason}' },
  'doc.summary.outcome.recognise-5-star': { vi: 'Đề nghị công nhận 5 sao', en: 'Recognise as 5 stars' },
  'doc.summary.outcome.return-to-province': {
    vi: 'Trả về tỉnh ({stars} sao)',
    en: 'Back to the province ({stars} stars)',
  },
  'doc.summary.outcome.pending': { vi: 'Chưa có kết quả', en: 'No result yet' },
  'doc.summary.counts': { vi: 'Số sản phẩm theo hạng sao', en: 'Products per star level' },
  'doc.summary.count.stars': { vi: '{stars} sao', en: '{stars} stars' },
  'doc.summary.count.disqualified': { vi: 'Bị loại', en: 'Disqualified' },
  'doc.summary.count.potential5': {
    vi: 'Tiềm năng 5 sao (đề nghị Bộ)',
    en: 'Potential 5 stars (to the Ministry)',
  },
  'doc.summary.potential5': { vi: 'Tiềm năng 5 sao', en: 'Potential 5 stars' },
  'doc.summary.count.pending': { vi: 'Chưa có kết quả', en: 'No result yet' },
  'doc.summary.count.total': { vi: 'Tổng số', en: 'Total' },
  'doc.summary.targets': { vi: 'Đối chiếu chỉ tiêu kế hoạch', en: 'Against the plan targets' },
  'doc.summary.target.share': {
    vi: 'Sản phẩm đạt từ 3 sao trở lên: {count}/{evaluated} sản phẩm đã có kết quả ({share}); chỉ tiêu: ít nhất {target}.',
    en: 'Products at 3 stars or more: {count}/{evaluated} with a result ({share}); target: at least {target}.',
  },
  'doc.summary.target.forward': {
    vi: 'Sản phẩm đề nghị Bộ đánh giá 5 sao: {count}; chỉ tiêu: ít nhất {target}.',
    en: 'Products forwarded for 5 stars: {count}; target: at least {target}.',
  },
  'doc.summary.target.met': { vi: 'Đạt chỉ tiêu.', en: 'Target met.' },
  'doc.summary.target.notMet': { vi: 'Chưa đạt chỉ tiêu.', en: 'Target not met.' },
  'doc.file.minutes': { vi: 'Biên bản - {order} - {product}', en: 'Minutes - {order} - {product}' },
  'doc.file.sheet': {
    vi: 'Phiếu đánh giá - {order} - {product} - {member}',
    en: 'Scoring sheet - {order} - {product} - {member}',
  },
  'doc.file.blankSheet': {
    vi: 'Phiếu đánh giá trống - Bộ {sheetNo} - {sheetName}',
    en: 'Blank scoring sheet - Set {sheetNo} - {sheetName}',
  },
  'doc.file.summary': { vi: 'Bảng tổng hợp kết quả - {round}', en: 'Summary of results - {round}' },
  'doc.file.combined': { vi: '{name} (bản in gộp)', en: '{name} (combined for printing)' },
  'doc.file.document': { vi: 'Tài liệu', en: 'Document' },
  'doc.batch.cancelled': {
    vi: 'Đã dừng tạo tài liệu theo yêu cầu; đã tạo {done}/{total} tài liệu.',
    en: 'Document generation was stopped as asked; {done}/{total} documents were made.',
  },
  'doc.batch.failed': {
    vi: 'Không tạo được tài liệu "{name}": {message}',
    en: 'Could not make the document "{name}": {message}',
  },
  'doc.render.loadFailed': {
    vi: 'Không tải được bộ tạo PDF hoặc phông chữ: {message}',
    en: 'Could not load the PDF generator or its fonts: {message}',
  },
  'doc.notAvailable': { vi: '—', en: '—' },
  // Names of authorities and places are Vietnamese proper names: a document in English cites
  // them as written, so both sides hold the Vietnamese (as the decree writes them).
  'doc.body.ministry': { vi: 'Bộ Nông nghiệp và Môi trường', en: 'Bộ Nông nghiệp và Môi trường' },
  'doc.body.ministryParent': { vi: 'BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG', en: 'BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG' },
  'doc.body.centralCouncil': {
    vi: 'Hội đồng đánh giá, phân hạng sản phẩm OCOP cấp quốc gia',
    en: 'Hội đồng đánh giá, phân hạng sản phẩm OCOP cấp quốc gia',
  },
  'doc.body.provinceCouncil': {
    vi: 'Hội đồng đánh giá, phân hạng sản phẩm OCOP {province}',
    en: 'Hội đồng đánh giá, phân hạng sản phẩm OCOP {province}',
  },
  'doc.body.provinceCommittee': { vi: 'Ủy ban nhân dân {province}', en: 'Ủy ban nhân dân {province}' },
  'doc.body.provinceChair': {
    vi: 'Chủ tịch Ủy ban nhân dân {province}',
    en: 'Chủ tịch Ủy ban nhân dân {province}',
  },
  /** "Tây Ninh" → "tỉnh Tây Ninh". */
  'doc.body.province': { vi: 'tỉnh {name}', en: 'tỉnh {name}' },
  /**
   * The compound words of the bodies' names that a line must not break inside (Vietnamese
   * writes a word's syllables apart), one a line: typography of the Vietnamese names.
   */
  'doc.body.compounds': {
    vi: 'nông nghiệp\nmôi trường\nhội đồng\nđánh giá\nphân hạng\nsản phẩm\nquốc gia\nnhân dân\nủy ban\ncông thương\nkhoa học\ncông nghệ',
    en: 'nông nghiệp\nmôi trường\nhội đồng\nđánh giá\nphân hạng\nsản phẩm\nquốc gia\nnhân dân\nủy ban\ncông thương\nkhoa học\ncông nghệ',
  },
  /** The minutes' default number symbol: the minutes' "BB" and the council's "HĐ" (Decree 30, Phụ lục III). */
  'doc.minutes.defaultSymbol': { vi: 'BB-HĐ', en: 'BB-HĐ' },
  /** The certificate's default signer title (the province's chair). */
  'doc.cert.defaultSignerTitle': { vi: 'CHỦ TỊCH', en: 'CHỦ TỊCH' },
});
