import { defineMessages } from '../define';

export const roundMessages = defineMessages({
  'round.chooseFirst': {
    vi: 'Hãy chọn hoặc tạo một đợt đánh giá trước.',
    en: 'Choose or create an evaluation round first.',
  },
  'rounds.title': { vi: 'Đợt đánh giá', en: 'Evaluation rounds' },
  'rounds.empty': {
    vi: 'Chưa có đợt đánh giá nào.',
    en: 'There are no evaluation rounds yet.',
  },
});
