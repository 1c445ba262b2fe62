import type { Language } from './ipc/contract';

/**
 * Texts of the application menu, Vietnamese first. The menu is built in the main process
 * before the renderer (and its i18n catalogs) exist, so it keeps its own small catalog.
 */
export const menuLabels = {
  vi: {
    file: 'Tệp',
    quit: 'Thoát',
    edit: 'Sửa',
    undo: 'Hoàn tác',
    redo: 'Làm lại',
    cut: 'Cắt',
    copy: 'Sao chép',
    paste: 'Dán',
    selectAll: 'Chọn tất cả',
    view: 'Xem',
    reload: 'Tải lại',
    devTools: 'Công cụ phát triển',
    resetZoom: 'Cỡ chữ mặc định',
    zoomIn: 'Phóng to',
    zoomOut: 'Thu nhỏ',
    fullScreen: 'Toàn màn hình',
    window: 'Cửa sổ',
    minimize: 'Thu nhỏ cửa sổ',
    close: 'Đóng cửa sổ',
    help: 'Trợ giúp',
    about: 'Giới thiệu OCOP Council',
    aboutDetail: 'Phần mềm hỗ trợ hội đồng đánh giá, phân hạng sản phẩm OCOP.',
    ok: 'Đóng',
  },
  en: {
    file: 'File',
    quit: 'Quit',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select All',
    view: 'View',
    reload: 'Reload',
    devTools: 'Developer Tools',
    resetZoom: 'Actual Size',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    fullScreen: 'Full Screen',
    window: 'Window',
    minimize: 'Minimize',
    close: 'Close Window',
    help: 'Help',
    about: 'About OCOP Council',
    aboutDetail: 'Software for OCOP product evaluation and ranking councils.',
    ok: 'Close',
  },
} as const satisfies Record<Language, Record<string, string>>;

export type MenuLabels = (typeof menuLabels)[Language];

/** A language never set (first start) means Vietnamese. */
export function labelsFor(language: Language | null): MenuLabels {
  return menuLabels[language ?? 'vi'];
}
