import { useState, type ReactNode } from 'react';
import { useDb } from '../../app/DbProvider';
import { useReportError } from '../../app/useReportError';
import { setAttendance } from '../../db';

/**
 * One presence box. It shows the click at once (the write and the live query take a moment),
 * then follows the stored mark; a refused write reverts it and says why.
 */
export function AttendanceCheckbox(props: {
  readonly roundId: string;
  readonly memberId: string;
  readonly day: string;
  readonly stored: boolean;
  readonly label: string;
  readonly disabled: boolean;
}): ReactNode {
  const db = useDb();
  const reportError = useReportError();
  const [pending, setPending] = useState<boolean | null>(null);
  // Once the database shows what was clicked, the optimistic value has done its job.
  if (pending !== null && pending === props.stored) setPending(null);

  const mark = async (present: boolean): Promise<void> => {
    setPending(present);
    try {
      await setAttendance(db, props.roundId, props.memberId, props.day, present, 'secretary');
    } catch (error) {
      setPending(null);
      reportError(error);
    }
  };

  return (
    <input
      type="checkbox"
      aria-label={props.label}
      checked={pending ?? props.stored}
      disabled={props.disabled}
      onChange={(event) => void mark(event.target.checked)}
    />
  );
}
