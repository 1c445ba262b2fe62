import type { ReactNode } from 'react';
import { useDb } from '../../app/DbProvider';
import { useReportError } from '../../app/useReportError';
import { setSecretaryScores, type RoundBundle } from '../../db';
import { useI18n } from '../../i18n/I18nProvider';
import styles from './Attendance.module.css';

/**
 * The council setting of OCOP-RULES §4 item 8: whether the secretary scores. A non-voting
 * secretary has no sheets, is not counted in the quorum of scoring members, and signs the minutes.
 */
export function SecretaryScoresSetting(props: {
  readonly bundle: RoundBundle;
  readonly editable: boolean;
}): ReactNode {
  const { t } = useI18n();
  const db = useDb();
  const reportError = useReportError();
  const scores = props.bundle.round.secretaryScores ?? true;
  return (
    <div className={styles.setting}>
      <input
        id="secretary-scores"
        type="checkbox"
        checked={scores}
        disabled={!props.editable}
        onChange={(event) => {
          setSecretaryScores(db, props.bundle.round.id, event.target.checked, 'secretary').catch(reportError);
        }}
      />
      <label htmlFor="secretary-scores">
        {t('council.secretaryScores')}
        <span className="hint"> {t('council.secretaryScores.hint')}</span>
      </label>
    </div>
  );
}
