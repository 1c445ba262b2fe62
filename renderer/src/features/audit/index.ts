/** A round's audit trail and its integrity check (issue 6 item 5). */
export { AuditTrailPanel } from './AuditTrailPanel';
export { AuditLink } from './AuditLink';
