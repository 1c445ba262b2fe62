import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { DateField } from '../../ui/Field';
import type { RoundFormErrors } from './roundFormModel';
import styles from './rounds.module.css';

/** One date input per meeting day; days can be added and removed (at least one row stays). */
export function MeetingDatesField(props: {
  readonly dates: readonly string[];
  readonly errors: RoundFormErrors;
  readonly onChange: (dates: readonly string[]) => void;
}): ReactNode {
  const { t } = useI18n();
  const { dates, onChange } = props;
  return (
    <fieldset className="field">
      <legend>{t('roundForm.meetingDates')}</legend>
      <p className="hint">{t('roundForm.meetingDates.hint')}</p>
      {dates.map((date, index) => {
        const message = props.errors[`meetingDates.${index}`];
        return (
          <div key={index} className={styles.dateRow}>
            <DateField
              placeholder={t('date.placeholder')}
              label={t('roundForm.meetingDate', { n: index + 1 })}
              value={date}
              error={message === undefined ? null : t(message)}
              onChange={(value) => onChange(dates.map((d, i) => (i === index ? value : d)))}
            />
            {dates.length > 1 ? (
              <button type="button" onClick={() => onChange(dates.filter((_, i) => i !== index))}>
                {t('roundForm.removeDate', { n: index + 1 })}
              </button>
            ) : null}
          </div>
        );
      })}
      <button type="button" onClick={() => onChange([...dates, ''])}>
        {t('roundForm.addDate')}
      </button>
    </fieldset>
  );
}
