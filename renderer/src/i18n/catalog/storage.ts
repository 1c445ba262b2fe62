import { defineMessages } from '../define';

export const storageMessages = defineMessages({
  'storage.opening': { vi: 'Đang mở dữ liệu…', en: 'Opening the data…' },
  'storage.persistDenied': {
    vi: 'Trình duyệt chưa cho phép lưu dữ liệu cố định: khi máy thiếu dung lượng, dữ liệu có thể bị xóa. Hãy dùng ứng dụng máy tính, hoặc thêm trang này vào dấu trang/cài đặt làm ứng dụng, và sao lưu thường xuyên.',
    en: 'The browser has not granted persistent storage: under disk pressure the data could be deleted. Use the desktop app, or bookmark/install this page as an app, and back up often.',
  },
});
