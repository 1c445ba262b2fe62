import type { Problem, ProblemCode, ProblemParams } from '../domain/problems';

/**
 * Texts for the problems found in sheet and round files, and for the command line's own
 * messages: Vietnamese first, English second. Both languages side by side so that a missing
 * translation is a type error. `{name}` placeholders are filled from the problem's params.
 */
export type ProblemLanguage = 'vi' | 'en';

interface Text {
  readonly vi: string;
  readonly en: string;
}

export const problemTexts = {
  'file-too-large': {
    vi: 'tệp quá lớn ({size} MB; tối đa {max} MB), không đọc',
    en: 'the file is too large ({size} MB; at most {max} MB), not read',
  },
  'not-utf8': {
    vi: 'tệp không phải văn bản UTF-8 (có thể là tệp nén, ảnh hoặc tệp Excel), không đọc',
    en: 'the file is not UTF-8 text (perhaps an archive, a picture or a spreadsheet), not read',
  },
  'json-syntax': { vi: 'không phải JSON hợp lệ ({detail})', en: 'not valid JSON ({detail})' },
  'json-too-deep': {
    vi: 'dữ liệu lồng nhau quá sâu (quá {max} mức), không đọc',
    en: 'the data is nested too deeply (more than {max} levels), not read',
  },
  'forbidden-key': {
    vi: 'tên trường "{field}" không được phép trong tệp',
    en: 'the field name "{field}" is not allowed in a file',
  },
  'wrong-type': { vi: 'sai kiểu dữ liệu, cần {expected}', en: 'wrong type, expected {expected}' },
  'missing-field': { vi: 'thiếu trường "{field}"', en: 'missing field "{field}"' },
  'unknown-field': { vi: 'trường không được biết "{field}"', en: 'unknown field "{field}"' },
  'empty-text': { vi: 'không được để trống', en: 'must not be empty' },
  'not-one-of': {
    vi: 'giá trị {value} không hợp lệ, phải là một trong: {allowed}',
    en: 'value {value} is not allowed; one of: {allowed}',
  },
  'not-integer': { vi: '{value} không phải số nguyên', en: '{value} is not a whole number' },
  'out-of-range': { vi: '{value} nằm ngoài khoảng {min}–{max}', en: '{value} is outside {min}–{max}' },
  'not-a-date': {
    vi: '"{value}" không phải ngày dạng YYYY-MM-DD',
    en: '"{value}" is not a date (YYYY-MM-DD)',
  },
  'not-an-instant': {
    vi: '"{value}" không phải thời điểm ISO 8601 có múi giờ',
    en: '"{value}" is not an ISO 8601 date-time with a time zone',
  },
  'not-in-format': {
    vi: '"{value}" không đúng dạng quy định ({expected})',
    en: '"{value}" does not have the required form ({expected})',
  },
  'duplicate-code': { vi: 'mã "{code}" bị trùng', en: 'code "{code}" is used twice' },
  'criterion-max-not-best-option': {
    vi: 'tối đa {max} nhưng phương án cao nhất {best} điểm',
    en: 'max {max} but the best option gives {best} points',
  },
  'section-max-not-sum': {
    vi: 'tối đa {max} nhưng tổng các tiêu chí là {sum}',
    en: 'max {max} but its criteria add up to {sum}',
  },
  'part-max-not-sum': {
    vi: 'tối đa {max} nhưng tổng các nhóm là {sum}',
    en: 'max {max} but its sections add up to {sum}',
  },
  'part-max-not-rule-set': {
    vi: 'phần {code} tối đa {max} nhưng bộ tiêu chí quy định {expected}',
    en: 'part {code} max {max} but the rule-set says {expected}',
  },
  'total-not-100': {
    vi: 'tổng điểm tối đa là {sum}, phải là 100',
    en: 'maximum total is {sum}, must be 100',
  },
  'star-mark-not-on-option': {
    vi: 'dấu sao chỉ được đặt trên một phương án',
    en: 'a star mark may only be put on an option',
  },
  'star-mark-repeated': {
    vi: 'dấu {level} sao xuất hiện hai lần trong cùng tiêu chí',
    en: 'the {level}-star mark appears twice in the same criterion',
  },
  'star-mark-decreasing': {
    vi: 'mức {higherLevel} sao ({higherPoints} điểm) thấp hơn mức {level} sao ({points} điểm)',
    en: 'the {higherLevel}-star mark ({higherPoints} points) is below the {level}-star mark ({points} points)',
  },
  'variant-partial': {
    vi: 'chỉ một số phương án thuộc trường hợp',
    en: 'only some options belong to a case',
  },
  'variant-single': {
    vi: 'tiêu chí có trường hợp phải có ít nhất hai trường hợp',
    en: 'a criterion with cases needs at least two cases',
  },
  'rule-set-mismatch': {
    vi: 'thuộc bộ tiêu chí "{found}", cần "{expected}"',
    en: 'belongs to rule-set "{found}", expected "{expected}"',
  },
  'wrong-format': { vi: 'không phải tệp {expected}', en: 'not a {expected} file' },
  'unsupported-version': {
    vi: 'phiên bản {version} chưa được hỗ trợ (hỗ trợ: {supported})',
    en: 'version {version} is not supported (supported: {supported})',
  },
  'unknown-rule-set': {
    vi: 'bộ tiêu chí "{ruleSet}" không có trong ứng dụng',
    en: 'rule-set "{ruleSet}" is not known to the app',
  },
  'unknown-sheet': {
    vi: 'không có phiếu số {sheet} trong bộ tiêu chí {ruleSet}',
    en: 'no sheet {sheet} in rule-set {ruleSet}',
  },
  'duplicate-id': { vi: 'mã định danh "{id}" bị trùng', en: 'id "{id}" is used twice' },
  'unknown-member': { vi: 'không có thành viên "{id}"', en: 'no member "{id}"' },
  'unknown-product': { vi: 'không có sản phẩm "{id}"', en: 'no product "{id}"' },
  'unknown-criterion': {
    vi: 'phiếu số {sheet} không có tiêu chí "{code}"',
    en: 'sheet {sheet} has no criterion "{code}"',
  },
  'option-out-of-range': {
    vi: 'phương án số {index} không tồn tại (tiêu chí có {count} phương án, đánh số từ 0)',
    en: 'option {index} does not exist (the criterion has {count} options, numbered from 0)',
  },
  'criterion-unanswered': { vi: 'tiêu chí {code} chưa được chấm', en: 'criterion {code} is not answered' },
  'case-missing': { vi: 'tiêu chí {code} chưa chọn trường hợp', en: 'criterion {code}: no case chosen' },
  'case-unknown': {
    vi: 'tiêu chí {code} không có trường hợp "{variant}"',
    en: 'criterion {code} has no case "{variant}"',
  },
  'case-not-applicable': { vi: 'tiêu chí {code} không chia trường hợp', en: 'criterion {code} has no cases' },
  'option-not-in-case': {
    vi: 'phương án số {index} của tiêu chí {code} không thuộc trường hợp đã chọn "{variant}"',
    en: 'option {index} of criterion {code} is not in the chosen case "{variant}"',
  },
  'score-by-absent-member': {
    vi: 'thành viên "{memberId}" vắng mặt nhưng có phiếu chấm',
    en: 'member "{memberId}" is absent but has a score',
  },
  'score-by-recused-member': {
    vi: 'thành viên "{memberId}" đã rút khỏi việc chấm sản phẩm này nhưng có phiếu chấm',
    en: 'member "{memberId}" is recused from this product but has a score',
  },
  'score-by-non-voting-secretary': {
    vi: 'thư ký "{memberId}" không chấm điểm trong hội đồng này nhưng có phiếu chấm',
    en: 'secretary "{memberId}" does not score in this council but has a score',
  },
  'duplicate-score': {
    vi: 'thành viên "{memberId}" có hai phiếu lần {pass} cho sản phẩm "{productId}"',
    en: 'member "{memberId}" has two pass-{pass} scores for product "{productId}"',
  },
  'duplicate-recusal': {
    vi: 'việc rút khỏi chấm của "{memberId}" với sản phẩm "{productId}" bị ghi hai lần',
    en: 'recusal of "{memberId}" from product "{productId}" is recorded twice',
  },
  'pass-gap': {
    vi: 'phiếu lần {pass} của "{memberId}" cho sản phẩm "{productId}" không có lần chấm trước',
    en: 'pass {pass} of "{memberId}" for product "{productId}" has no earlier pass',
  },
  'no-chair': { vi: 'hội đồng không có chủ tịch', en: 'the council has no chair' },
  'multiple-chairs': { vi: 'hội đồng có nhiều hơn một chủ tịch', en: 'the council has more than one chair' },
  'knock-out-unknown-criterion': {
    vi: 'tiêu chí loại "{code}" không có trên phiếu',
    en: 'knock-out criterion "{code}" is not on the sheet',
  },
  'not-a-meeting-day': {
    vi: 'ngày {value} không phải ngày họp của đợt',
    en: '{value} is not a meeting day of the round',
  },
  'same-line': { vi: 'không thể gộp một dòng với chính nó', en: 'a line cannot be merged with itself' },
  'product-code-parts': {
    vi: 'Mã số phải có 4 phần (T)-(X)-(STT)-năm, ví dụ 79-26734-001-2026; đang có {count} phần.',
    en: 'The code needs 4 parts (T)-(X)-(STT)-year, e.g. 79-26734-001-2026; it has {count}.',
  },
  'province-code-digits': {
    vi: 'Mã tỉnh "{value}" phải gồm 2 chữ số.',
    en: 'Province code "{value}" must be 2 digits.',
  },
  'province-code-zero': { vi: 'Mã tỉnh không thể là 00.', en: 'Province code cannot be 00.' },
  'commune-code-digits': {
    vi: 'Mã xã "{value}" phải gồm 5 chữ số.',
    en: 'Commune code "{value}" must be 5 digits.',
  },
  'commune-code-zero': { vi: 'Mã xã không thể là 00000.', en: 'Commune code cannot be 00000.' },
  'product-number-digits': {
    vi: 'Số thứ tự "{value}" phải gồm 1 đến 4 chữ số.',
    en: 'Product number "{value}" must be 1 to 4 digits.',
  },
  'product-number-zero': { vi: 'Số thứ tự bắt đầu từ 1.', en: 'The product number starts at 1.' },
  'year-digits': { vi: 'Năm "{value}" phải gồm 4 chữ số.', en: 'Year "{value}" must be 4 digits.' },
  'year-out-of-range': {
    vi: 'Năm {value} ngoài khoảng {min}–{max}.',
    en: 'Year {value} is outside {min}–{max}.',
  },
} as const satisfies Record<ProblemCode, Text>;

/** The command line's own messages. */
export const cliTexts = {
  usage: {
    vi: 'Cách dùng: ocop tally|verify <tệp-đợt-đánh-giá.json>\n  tally   tính lại kết quả của một đợt đánh giá từ tệp, in JSON\n  verify  kiểm tra chuỗi nhật ký (mã băm) của đợt trong tệp; mã thoát 3 nếu bị đứt',
    en: "Usage: ocop tally|verify <round-file.json>\n  tally   recompute a round's results from its file, print JSON\n  verify  check the round's hash-chained audit trail in the file; exit code 3 if broken",
  },
  unknownCommand: { vi: 'Lệnh không được biết: "{command}"', en: 'Unknown command: "{command}"' },
  cannotRead: { vi: 'Không đọc được tệp "{file}": {detail}', en: 'Cannot read file "{file}": {detail}' },
  invalidFile: {
    vi: 'Tệp "{file}" không hợp lệ ({count} lỗi):',
    en: 'File "{file}" is invalid ({count} problems):',
  },
} as const satisfies Record<string, Text>;

export function interpolateProblem(text: string, params: ProblemParams): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/** Names of the JSON types a `wrong-type` problem expects. */
const typeNames: Readonly<Record<string, Text>> = {
  object: { vi: 'một đối tượng {…}', en: 'an object {…}' },
  array: { vi: 'một danh sách […]', en: 'a list […]' },
  string: { vi: 'một chuỗi văn bản', en: 'a text string' },
  integer: { vi: 'một số nguyên', en: 'a whole number' },
  number: { vi: 'một số', en: 'a number' },
  boolean: { vi: 'true hoặc false', en: 'true or false' },
};

/** "tối đa 3 nhưng phương án cao nhất 2 điểm": what is wrong, without where. */
export function problemMessage(p: Problem, language: ProblemLanguage = 'vi'): string {
  const expected = p.params['expected'];
  const typeName =
    p.code === 'wrong-type' && typeof expected === 'string' ? typeNames[expected]?.[language] : undefined;
  const params = typeName === undefined ? p.params : { ...p.params, expected: typeName };
  return interpolateProblem(problemTexts[p.code][language], params);
}

/** "parts[0].sections[2].criteria[1]: tối đa 3 nhưng phương án cao nhất 2 điểm" */
export function formatProblem(p: Problem, language: ProblemLanguage = 'vi'): string {
  const message = problemMessage(p, language);
  return p.path === '' ? message : `${p.path}: ${message}`;
}

/** Every problem, Vietnamese with English beneath, one problem per entry. */
export function formatProblemReport(problems: readonly Problem[]): string {
  return problems.map((p) => `- ${formatProblem(p, 'vi')}\n  (${formatProblem(p, 'en')})`).join('\n');
}

export function cliText(
  key: keyof typeof cliTexts,
  language: ProblemLanguage,
  params: ProblemParams = {},
): string {
  return interpolateProblem(cliTexts[key][language], params);
}
