import { useState, type ReactNode } from 'react';
import { useDb } from '../../app/DbProvider';
import { useReportError } from '../../app/useReportError';
import { setAttendance } from '../../db';
import type { AttendanceStatus } from '../../domain/workflow';
import { useI18n } from '../../i18n/I18nProvider';
import styles from './Attendance.module.css';

const STATUSES: readonly AttendanceStatus[] = ['present', 'absent', 'excused'];

/**
 * One member's mark on one meeting day: not marked yet, present, absent or excused
 * (OCOP-RULES §4 item 7: confirmed, never assumed). Shows the choice at once, then follows
 * the stored mark; a refused write reverts it and says why.
 */
export function AttendanceSelect(props: {
  readonly roundId: string;
  readonly memberId: string;
  readonly day: string;
  readonly stored: AttendanceStatus | undefined;
  readonly label: string;
  readonly disabled: boolean;
}): ReactNode {
  const { t } = useI18n();
  const db = useDb();
  const reportError = useReportError();
  const [pending, setPending] = useState<AttendanceStatus | null>(null);
  // Once the database shows what was chosen, the optimistic value has done its job.
  if (pending !== null && pending === props.stored) setPending(null);

  const mark = async (status: AttendanceStatus): Promise<void> => {
    setPending(status);
    try {
      await setAttendance(db, props.roundId, props.memberId, props.day, status, 'secretary');
    } catch (error) {
      setPending(null);
      reportError(error);
    }
  };
  const value = pending ?? props.stored ?? '';
  return (
    <select
      aria-label={props.label}
      className={value === '' ? styles.unmarked : styles[value]}
      value={value}
      disabled={props.disabled}
      onChange={(event) => {
        const next = STATUSES.find((s) => s === event.target.value);
        if (next !== undefined) void mark(next);
      }}
    >
      {value === '' ? <option value="">{t('attendance.status.unmarked')}</option> : null}
      {STATUSES.map((s) => (
        <option key={s} value={s}>
          {t(`attendance.status.${s}`)}
        </option>
      ))}
    </select>
  );
}
