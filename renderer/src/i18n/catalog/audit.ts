import { defineMessages } from '../define';

/** A round's audit trail and its integrity check, issue 6 item 5. */
export const auditMessages = defineMessages({
  'audit.title': { vi: 'Nhật ký thay đổi', en: 'Audit trail' },
});
