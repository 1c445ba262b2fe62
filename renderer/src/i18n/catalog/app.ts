import { defineMessages } from '../define';

/** The app frame: title, navigation, language, generic actions and errors. */
export const appMessages = defineMessages({
  'app.name': { vi: 'Hội đồng OCOP', en: 'OCOP Council' },
  'app.subtitle': {
    vi: 'Đánh giá, phân hạng sản phẩm OCOP',
    en: 'OCOP product evaluation and ranking',
  },
  'app.skipToContent': { vi: 'Bỏ qua đến nội dung chính', en: 'Skip to main content' },
  'nav.label': { vi: 'Điều hướng chính', en: 'Main navigation' },
  'nav.rounds': { vi: 'Đợt đánh giá', en: 'Rounds' },
  'nav.council': { vi: 'Hội đồng', en: 'Council' },
  'nav.products': { vi: 'Sản phẩm', en: 'Products' },
  'nav.scoring': { vi: 'Chấm điểm', en: 'Scoring' },
  'nav.results': { vi: 'Kết quả', en: 'Results' },
  'nav.minutes': { vi: 'Biên bản', en: 'Minutes' },
  'nav.packs': { vi: 'Gói chấm', en: 'Scoring packs' },
  'nav.register': { vi: 'Sổ theo dõi sản phẩm OCOP', en: 'OCOP product register' },
  'nav.verify': { vi: 'Kiểm tra chữ ký', en: 'Verify signatures' },
  'nav.settings': { vi: 'Cài đặt', en: 'Settings' },
  'nav.currentRound': { vi: 'Đợt: {name}', en: 'Round: {name}' },
  'nav.notFound': { vi: 'Không tìm thấy trang này.', en: 'This page does not exist.' },
  'nav.backHome': { vi: 'Về trang Đợt đánh giá', en: 'Back to Rounds' },
  'nav.loadingScreen': { vi: 'Đang mở màn hình…', en: 'Opening the screen…' },
  'language.label': { vi: 'Ngôn ngữ', en: 'Language' },
  'language.vi': { vi: 'Tiếng Việt', en: 'Vietnamese' },
  'language.en': { vi: 'Tiếng Anh', en: 'English' },
  'action.close': { vi: 'Đóng', en: 'Close' },
  'action.cancel': { vi: 'Hủy', en: 'Cancel' },
  'action.save': { vi: 'Lưu', en: 'Save' },
  'action.reload': { vi: 'Tải lại ứng dụng', en: 'Reload the app' },
  'toast.region': { vi: 'Thông báo', en: 'Notifications' },
  'error.title': { vi: 'Đã xảy ra lỗi', en: 'Something went wrong' },
  'error.body': {
    vi: 'Màn hình này gặp lỗi và không thể hiển thị. Dữ liệu đã lưu không bị ảnh hưởng. Hãy tải lại ứng dụng; nếu lỗi lặp lại, hãy báo cho bộ phận kỹ thuật kèm nội dung dưới đây.',
    en: 'This screen failed and cannot be shown. Saved data is not affected. Reload the app; if it happens again, report it to technical support with the details below.',
  },
  'error.details': { vi: 'Chi tiết kỹ thuật', en: 'Technical details' },
  'error.unexpected': {
    vi: 'Lỗi không mong đợi: {message}',
    en: 'Unexpected error: {message}',
  },
});
