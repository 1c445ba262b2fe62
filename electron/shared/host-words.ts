/**
 * The host's own words: what Electron's main process and the web host show or print
 * themselves, before or outside the renderer and its catalog (renderer/src/i18n): the menu
 * and about box, the start-up error box, the web host's terminal lines, its two small pages
 * and plain-text answers, the services' error messages (for logs; the page shows its own
 * text for the error's code) and the words written in a signature box.
 *
 * Vietnamese first, English second, like the renderer's catalog; `{name}` placeholders are
 * filled by `hostText`. What the user sees in the app's language takes the language setting
 * (`hostText(language, …)`, Vietnamese when never set); what has no language setting to go
 * by (a terminal, an HTTP answer, a log) carries both (`bilingual`).
 *
 * Pure (no imports), so both processes could read it; the i18n test treats this file as a
 * catalog, like renderer/src/i18n.
 */

export type HostLanguage = 'vi' | 'en';

const vi = {
  'menu.file': 'Tệp',
  'menu.quit': 'Thoát',
  'menu.edit': 'Sửa',
  'menu.undo': 'Hoàn tác',
  'menu.redo': 'Làm lại',
  'menu.cut': 'Cắt',
  'menu.copy': 'Sao chép',
  'menu.paste': 'Dán',
  'menu.selectAll': 'Chọn tất cả',
  'menu.view': 'Xem',
  'menu.reload': 'Tải lại',
  'menu.devTools': 'Công cụ phát triển',
  'menu.resetZoom': 'Cỡ chữ mặc định',
  'menu.zoomIn': 'Phóng to',
  'menu.zoomOut': 'Thu nhỏ',
  'menu.fullScreen': 'Toàn màn hình',
  'menu.window': 'Cửa sổ',
  'menu.minimize': 'Thu nhỏ cửa sổ',
  'menu.close': 'Đóng cửa sổ',
  'menu.help': 'Trợ giúp',
  'menu.about': 'Giới thiệu OCOP Council',
  'menu.aboutDetail': 'Phần mềm hỗ trợ hội đồng đánh giá, phân hạng sản phẩm OCOP.',
  'menu.ok': 'Đóng',

  'startup.failed': 'OCOP Council không khởi động được',

  'error.unsafeFileName': 'Tên tệp không hợp lệ ({problem})',
  'error.pathEscape': 'Đường dẫn nằm ngoài thư mục dữ liệu: {path}',
  'error.fileNotFound': 'Không tìm thấy tệp: {name}',
  'error.fileTooLarge': 'Tệp quá lớn: {size} > {limit} byte',
  'error.fileIo': 'Lỗi đọc/ghi tệp ({action}): {name}',
  'error.unsafeUrl': 'Chỉ mở được liên kết http(s) ({reason})',
  'error.unsupportedOnHost': 'Chức năng không có ở chế độ này: {what}',

  'signature.chair': 'Chủ tịch Hội đồng',
  'signature.secretary': 'Thư ký',
  'signature.signedBy': 'Ký bởi: {name}',
  'signature.signedAt': 'Ngày ký: {date} {time} (GMT+7)',

  'web.usage': 'Cách dùng: node dist-electron/web-host.cjs [--port 4780] [--data-dir THƯ_MỤC] [--no-open]',
  'web.notBuilt': 'Chưa có bản dựng giao diện — hãy chạy: npm run build',
  'web.portInUse':
    'Cổng {port} đang được dùng — có thể OCOP Council đã chạy: dùng liên kết nó đã in, hoặc dừng nó (Ctrl+C) rồi chạy lại lệnh này.',
  'web.running': 'OCOP Council đang chạy tại {url}. Dữ liệu tệp: {dataDir}',
  'web.openLink': 'Mở liên kết dùng một lần này trong Chrome, Edge hoặc Chromium:',
  'web.browserOpened': 'Đã mở trình duyệt; nếu chưa thấy, mở liên kết dùng một lần này:',
  'web.stopHint': 'Nhấn Ctrl+C để dừng.',
  'web.missingValue': 'Thiếu giá trị cho {flag}',
  'web.unknownOption': 'Tham số không rõ: {option}',
  'web.invalidPort': 'Cổng không hợp lệ: {port}',
  'web.tokenFileMode': 'Tệp mã khởi động phải chỉ chủ sở hữu đọc được (chmod 600): {file}',
  'web.tokenFileUnreadable': 'Không đọc được tệp mã khởi động: {file}',
  'web.tokenFileMalformed': 'Tệp mã khởi động phải chứa 64 chữ số hex: {file}',
  'web.originRefused': 'Nguồn yêu cầu không được phép',
  'web.notSignedIn': 'Chưa mở ứng dụng bằng liên kết khởi động',
  'web.jsonRequired': 'Cần application/json',
  'web.unknownChannel': 'Không có kênh này',
  'web.notFound': 'Không tìm thấy',
  'web.hostRefused': 'Tên máy chủ không được phép',
  'web.badUrl': 'Địa chỉ không hợp lệ',
  'web.serverError': 'Lỗi máy chủ',

  'page.signInTitle': 'cần mở bằng liên kết',
  // Markup: the page is written by the host itself (pages.ts), with no user text in it.
  'page.signInBody':
    'Hãy mở ứng dụng bằng liên kết dùng một lần mà lệnh khởi động in ra (dòng có <code>?token=</code>), hoặc chạy lại lệnh <code>npm run start:web</code> (dừng lệnh đang chạy bằng Ctrl+C trước). Liên kết chỉ dùng được một lần; trình duyệt đã mở bằng nó thì không cần mở lại.',
  'page.openApp': 'Mở OCOP Council',
} as const;

export type HostWordKey = keyof typeof vi;

const en: Readonly<Record<HostWordKey, string>> = {
  'menu.file': 'File',
  'menu.quit': 'Quit',
  'menu.edit': 'Edit',
  'menu.undo': 'Undo',
  'menu.redo': 'Redo',
  'menu.cut': 'Cut',
  'menu.copy': 'Copy',
  'menu.paste': 'Paste',
  'menu.selectAll': 'Select All',
  'menu.view': 'View',
  'menu.reload': 'Reload',
  'menu.devTools': 'Developer Tools',
  'menu.resetZoom': 'Actual Size',
  'menu.zoomIn': 'Zoom In',
  'menu.zoomOut': 'Zoom Out',
  'menu.fullScreen': 'Full Screen',
  'menu.window': 'Window',
  'menu.minimize': 'Minimize',
  'menu.close': 'Close Window',
  'menu.help': 'Help',
  'menu.about': 'About OCOP Council',
  'menu.aboutDetail': 'Software for OCOP product evaluation and ranking councils.',
  'menu.ok': 'Close',

  'startup.failed': 'OCOP Council could not start',

  'error.unsafeFileName': 'Unsafe file name ({problem})',
  'error.pathEscape': 'Path escapes the data folder: {path}',
  'error.fileNotFound': 'File not found: {name}',
  'error.fileTooLarge': 'File too large: {size} > {limit} bytes',
  'error.fileIo': 'File {action} failed: {name}',
  'error.unsafeUrl': 'Only http(s) links can be opened ({reason})',
  'error.unsupportedOnHost': 'Not available on this host: {what}',

  'signature.chair': 'Chair of the Council',
  'signature.secretary': 'Secretary',
  'signature.signedBy': 'Signed by: {name}',
  'signature.signedAt': 'Signed on: {date} {time} (GMT+7)',

  'web.usage': 'Usage: node dist-electron/web-host.cjs [--port 4780] [--data-dir DIR] [--no-open]',
  'web.notBuilt': 'The renderer is not built yet — run: npm run build',
  'web.portInUse':
    'Port {port} is in use — OCOP Council may already be running: use the link it printed, or stop it (Ctrl+C) and run this command again.',
  'web.running': 'OCOP Council is running at {url}. Files: {dataDir}',
  'web.openLink': 'Open this one-time link in Chrome, Edge or Chromium:',
  'web.browserOpened': 'The browser was opened; if not, open this one-time link:',
  'web.stopHint': 'Press Ctrl+C to stop.',
  'web.missingValue': 'Missing value for {flag}',
  'web.unknownOption': 'Unknown option: {option}',
  'web.invalidPort': 'Invalid port: {port}',
  'web.tokenFileMode': 'The token file must be readable by its owner only (chmod 600): {file}',
  'web.tokenFileUnreadable': 'Cannot read the token file: {file}',
  'web.tokenFileMalformed': 'The token file must hold 64 hex digits: {file}',
  'web.originRefused': 'Origin not allowed',
  'web.notSignedIn': 'Not signed in with the start link',
  'web.jsonRequired': 'application/json required',
  'web.unknownChannel': 'Unknown channel',
  'web.notFound': 'Not found',
  'web.hostRefused': 'Host not allowed',
  'web.badUrl': 'Bad request URL',
  'web.serverError': 'Server error',

  'page.signInTitle': 'open with the link',
  'page.signInBody':
    'Open the app with the one-time link printed by the start command (the line with <code>?token=</code>), or run <code>npm run start:web</code> again (stop the running one with Ctrl+C first). The link works once; a browser that already opened it does not need it again.',
  'page.openApp': 'Open OCOP Council',
};

export const hostWords: Readonly<Record<HostLanguage, Readonly<Record<HostWordKey, string>>>> = { vi, en };

export type HostWordParams = Readonly<Record<string, string | number>>;

/** Fills `{name}` placeholders; an unknown one stays visible so it gets noticed. */
function fill(text: string, params: HostWordParams | undefined): string {
  if (params === undefined) return text;
  return text.replace(/\{(\w+)\}/gu, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/** The words in the app's language; a language never set (first start) means Vietnamese. */
export function hostText(language: HostLanguage | null, key: HostWordKey, params?: HostWordParams): string {
  return fill(hostWords[language ?? 'vi'][key], params);
}

/** Both languages, Vietnamese first: for a terminal, an HTTP answer or a log. */
export function bilingual(key: HostWordKey, params?: HostWordParams): string {
  return `${hostText('vi', key, params)} / ${hostText('en', key, params)}`;
}
