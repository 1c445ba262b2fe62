import type { ReactNode } from 'react';
import type { RoundBundle } from '../../db';
import { isPresentOn } from '../../domain/workflow';
import { useI18n } from '../../i18n/I18nProvider';
import { AttendanceCheckbox } from './AttendanceCheckbox';
import { QuorumSummary } from './QuorumSummary';
import { useQuorum } from './useQuorum';
import styles from './council.module.css';
import { cx } from '../../ui/cx';

/**
 * Attendance as a grid member × meeting day (present unless unticked) and, under it, the
 * quorum of every day, recomputed by the engine as soon as a box changes.
 */
export function AttendanceSection(props: {
  readonly bundle: RoundBundle;
  readonly editable: boolean;
}): ReactNode {
  const { t, date } = useI18n();
  const { round, members, attendance } = props.bundle;
  const quorum = useQuorum(props.bundle);

  return (
    <section aria-labelledby="attendance-title">
      <h2 id="attendance-title">{t('attendance.title')}</h2>
      {round.meetingDates.length === 0 ? (
        <p className="hint">{t('attendance.noDates')}</p>
      ) : (
        <>
          <p className="hint">{t('attendance.hint')}</p>
          {members.length > 0 ? (
            <table className={cx('data', styles.attendance)} aria-label={t('attendance.table')}>
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
                      <td key={day} className={styles.checkCell}>
                        <AttendanceCheckbox
                          roundId={round.id}
                          memberId={member.id}
                          day={day}
                          stored={isPresentOn(attendance, member.id, day)}
                          label={t('attendance.present', { name: member.person.fullName, date: date(day) })}
                          disabled={!props.editable}
                        />
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </>
      )}
      {quorum === undefined || members.length === 0 ? null : (
        <div className={styles.quorumDays}>
          {quorum.map((day) => (
            <QuorumSummary key={day.date ?? 'round'} day={day} rules={round.rules} />
          ))}
        </div>
      )}
    </section>
  );
}
