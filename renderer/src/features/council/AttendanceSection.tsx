import { useState, type ReactNode } from 'react';
import { useDb } from '../../app/DbProvider';
import { useReportError } from '../../app/useReportError';
import { markRestPresent as markRestPresentInDb, type RoundBundle } from '../../db';
import { attendanceOn, unconfirmedMembers } from '../../domain/workflow';
import { useI18n } from '../../i18n/I18nProvider';
import { useToaster } from '../../ui/Toasts';
import styles from './Attendance.module.css';
import councilStyles from './council.module.css';
import { AttendanceSelect } from './AttendanceSelect';
import { QuorumSummary } from './QuorumSummary';
import { SecretaryScoresSetting } from './SecretaryScoresSetting';
import { useQuorum } from './useQuorum';

/**
 * Attendance as a grid member × meeting day — each mark confirmed by the secretary (present,
 * absent, excused; OCOP-RULES §4 item 7) — and, under it, the quorum of every day, recomputed by
 * the engine as soon as a mark changes. Scoring of a day opens once every member is marked.
 */
export function AttendanceSection(props: {
  readonly bundle: RoundBundle;
  readonly editable: boolean;
}): ReactNode {
  const { t, date } = useI18n();
  const db = useDb();
  const reportError = useReportError();
  const toaster = useToaster();
  const [busy, setBusy] = useState(false);
  const { round, members, attendance } = props.bundle;
  const quorum = useQuorum(props.bundle);

  const markRestPresent = async (day: string): Promise<void> => {
    setBusy(true);
    try {
      // The repository reads the marks as stored: a mark the screen has not shown yet stays.
      const rest = await markRestPresentInDb(db, round.id, day, 'secretary');
      toaster.show('success', t('attendance.restMarked', { count: rest.length, date: date(day) }));
    } catch (error) {
      reportError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="attendance-title">
      <h2 id="attendance-title">{t('attendance.title')}</h2>
      <SecretaryScoresSetting bundle={props.bundle} editable={props.editable} />
      {round.meetingDates.length === 0 ? (
        <p className="hint">{t('attendance.noDates')}</p>
      ) : (
        <>
          <p className="hint">{t('attendance.hint')}</p>
          {members.length > 0 ? (
            <>
              <table className="data" aria-label={t('attendance.table')}>
                <thead>
                  <tr>
                    <th scope="col">{t('attendance.member')}</th>
                    {round.meetingDates.map((day) => (
                      <th key={day} scope="col">
                        {date(day)}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {members.map((member) => (
                    <tr key={member.id}>
                      <th scope="row">{member.person.fullName}</th>
                      {round.meetingDates.map((day) => (
                        <td key={day} className={styles.cell}>
                          <AttendanceSelect
                            roundId={round.id}
                            memberId={member.id}
                            day={day}
                            stored={attendanceOn(attendance, member.id, day)}
                            label={t('attendance.markOf', { name: member.person.fullName, date: date(day) })}
                            disabled={!props.editable}
                          />
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
              <div className={styles.dayActions}>
                {round.meetingDates.map((day) => {
                  const missing = unconfirmedMembers(members, attendance, day).length;
                  return missing === 0 ? (
                    <p key={day} className="hint">
                      {t('attendance.dayConfirmed', { date: date(day) })}
                    </p>
                  ) : (
                    <button
                      key={day}
                      type="button"
                      disabled={!props.editable || busy}
                      onClick={() => void markRestPresent(day)}
                    >
                      {t('attendance.markRest', { count: missing, date: date(day) })}
                    </button>
                  );
                })}
              </div>
            </>
          ) : null}
        </>
      )}
      {quorum === undefined || members.length === 0 ? null : (
        <div className={councilStyles.quorumDays}>
          {quorum.map((day) => (
            <QuorumSummary key={day.date ?? 'round'} day={day} rules={round.rules} />
          ))}
        </div>
      )}
    </section>
  );
}
