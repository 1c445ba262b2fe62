import { defineMessages } from '../define';

export const settingsMessages = defineMessages({
  'settings.title': { vi: 'Cài đặt', en: 'Settings' },
  'settings.language.hint': {
    vi: 'Ngôn ngữ của giao diện và của tài liệu xuất ra. Tiếng Việt là mặc định.',
    en: 'Language of the interface and of exported documents. Vietnamese is the default.',
  },
  'settings.language.changed': {
    vi: 'Đã chuyển sang tiếng Việt.',
    en: 'Switched to English.',
  },
  'settings.about.title': { vi: 'Thông tin ứng dụng', en: 'About' },
  'settings.about.version': { vi: 'Phiên bản', en: 'Version' },
  'settings.about.mode': { vi: 'Chế độ chạy', en: 'Running as' },
  'settings.about.mode.electron': { vi: 'Ứng dụng máy tính', en: 'Desktop app' },
  'settings.about.mode.web': { vi: 'Trình duyệt (chế độ web)', en: 'Browser (web mode)' },
  'settings.about.mode.memory': {
    vi: 'Thử nghiệm (không có máy chủ ứng dụng)',
    en: 'Preview (no app host)',
  },
  'settings.about.dataDir': { vi: 'Thư mục dữ liệu', en: 'Data folder' },
  'settings.about.loading': { vi: 'Đang tải…', en: 'Loading…' },
});
