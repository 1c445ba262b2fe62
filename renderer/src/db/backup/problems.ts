/**
 * Why a backup file is refused: a code (tests assert on it), where (a path in the file, '' for
 * the whole file) and the values its message needs. Texts are Vietnamese first, English second;
 * `describeBackupProblem` turns one into a line a person can act on.
 */
export const BACKUP_PROBLEM_TEXTS = {
  'empty-file': { vi: 'Tệp rỗng.', en: 'The file is empty.' },
  'too-large': {
    vi: 'Tệp quá lớn ({size} MB; tối đa {max} MB): không phải bản sao lưu của ứng dụng.',
    en: 'The file is too large ({size} MB; at most {max} MB): not a backup of this app.',
  },
  'not-utf8': {
    vi: 'Tệp không phải văn bản UTF-8 (có thể là tệp nén, ảnh hoặc tệp Excel): không phải bản sao lưu.',
    en: 'The file is not UTF-8 text (perhaps an archive, a picture or a spreadsheet): not a backup.',
  },
  'not-json': {
    vi: 'Tệp bị hỏng hoặc bị cắt cụt (không đọc được JSON: {detail}).',
    en: 'The file is damaged or truncated (unreadable JSON: {detail}).',
  },
  'too-deep': {
    vi: 'Dữ liệu lồng nhau quá sâu (quá {max} mức): không phải bản sao lưu của ứng dụng.',
    en: 'The data is nested too deeply (more than {max} levels): not a backup of this app.',
  },
  'forbidden-key': {
    vi: 'Tên trường "{field}" tại "{path}" không được phép trong bản sao lưu.',
    en: 'The field name "{field}" at "{path}" is not allowed in a backup.',
  },
  'round-file': {
    vi: 'Đây là tệp đợt đánh giá, không phải bản sao lưu. Hãy nhập nó ở màn hình Đợt đánh giá.',
    en: 'This is a round file, not a backup. Import it from the Rounds screen.',
  },
  'foreign-file': {
    vi: 'Không phải bản sao lưu của Hội đồng OCOP (định dạng "{format}").',
    en: 'Not an OCOP Council backup (format "{format}").',
  },
  'unsupported-version': {
    vi: 'Bản sao lưu phiên bản {version} chưa được hỗ trợ (hỗ trợ: {supported}). Hãy cập nhật ứng dụng.',
    en: 'Backup version {version} is not supported (supported: {supported}). Update the app.',
  },
  'newer-schema': {
    vi: 'Bản sao lưu do phiên bản mới hơn của ứng dụng tạo ra (cơ sở dữ liệu v{found}, máy này v{current}). Hãy cập nhật ứng dụng.',
    en: 'The backup was made by a newer version of the app (database v{found}, this one v{current}). Update the app.',
  },
  'older-schema': {
    vi: 'Bản sao lưu dùng cơ sở dữ liệu v{found}, ứng dụng này chưa chuyển đổi được sang v{current}.',
    en: 'The backup uses database v{found}; this app cannot convert it to v{current}.',
  },
  'bad-envelope': {
    vi: 'Phần đầu của bản sao lưu không hợp lệ tại "{path}": {detail}.',
    en: 'The backup header is invalid at "{path}": {detail}.',
  },
  'integrity-mismatch': {
    vi: 'Bản sao lưu đã bị hỏng hoặc bị sửa (mã kiểm tra SHA-256 không khớp). Không khôi phục từ tệp này.',
    en: 'The backup is damaged or was edited (SHA-256 checksum mismatch). Do not restore from it.',
  },
  'invalid-row': {
    vi: 'Dữ liệu không hợp lệ tại "{path}": {detail}.',
    en: 'Invalid data at "{path}": {detail}.',
  },
  'duplicate-id': {
    vi: 'Mã định danh "{id}" xuất hiện hai lần trong bảng {table}.',
    en: 'Id "{id}" appears twice in table {table}.',
  },
  'dangling-reference': {
    vi: 'Bảng {table} trỏ tới {target} "{id}" không có trong bản sao lưu.',
    en: 'Table {table} points to {target} "{id}" that the backup does not contain.',
  },
  'signed-document-damaged': {
    vi: 'Tệp đã ký "{file}" trong bản sao lưu bị hỏng (nội dung không khớp mã SHA-256 của nó).',
    en: 'The signed file "{file}" in the backup is damaged (its content does not match its SHA-256).',
  },
  unreadable: { vi: 'Không đọc được tệp: {detail}.', en: 'The file cannot be read: {detail}.' },
} as const satisfies Record<string, { readonly vi: string; readonly en: string }>;

export type BackupProblemCode = keyof typeof BACKUP_PROBLEM_TEXTS;

export interface BackupProblem {
  readonly code: BackupProblemCode;
  readonly path: string;
  readonly params: Readonly<Record<string, string | number>>;
}

export function backupProblem(
  code: BackupProblemCode,
  path = '',
  params: Readonly<Record<string, string | number>> = {},
): BackupProblem {
  return { code, path, params };
}

export function describeBackupProblem(p: BackupProblem, language: 'vi' | 'en'): string {
  const params: Record<string, string | number> = { path: p.path, ...p.params };
  return BACKUP_PROBLEM_TEXTS[p.code][language].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/** Thrown by `restoreBackup`/`readBackupOrThrow`: the file is refused, nothing changed. */
export class BackupRefusedError extends Error {
  readonly problems: readonly BackupProblem[];
  constructor(problems: readonly BackupProblem[]) {
    super(`backup refused: ${problems.map((p) => describeBackupProblem(p, 'en')).join('; ')}`);
    this.name = 'BackupRefusedError';
    this.problems = problems;
  }
}
