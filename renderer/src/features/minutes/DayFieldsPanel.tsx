import { useState, type FormEvent, type ReactNode } from 'react';
import { useDb } from '../../app/DbProvider';
import { useReportError } from '../../app/useReportError';
import { CouncilDbError, saveMinutesFieldsBatch } from '../../db';
import { minutesFieldProblems, type MinutesFields } from '../../domain/workflow';
import { useI18n } from '../../i18n/I18nProvider';
import { useToaster } from '../../ui/Toasts';
import type { MinutesData } from './minutes-data';
import { draftOf, fieldsOf, MinutesFieldInputs, type FieldsDraft } from './MinutesFieldInputs';
import {
  conclusionFor,
  fieldsWithDefaults,
  problemTexts,
  savedFields,
  suggestedNumber,
  unsignedProductsOfDay,
} from './minutes-fields-model';
import styles from './MinutesFields.module.css';

/**
 * The minutes details of a whole meeting day in one place (issue 11): the secretary types the
 * times, venue, presiding, recorder, recipients and the first number once; every unsigned
 * minutes of the day gets them, numbered on in product order, each with the conclusion
 * pre-written from its own result. One transaction: all or nothing.
 */
export function DayFieldsPanel(props: { readonly data: MinutesData }): ReactNode {
  const { t, date } = useI18n();
  const db = useDb();
  const toaster = useToaster();
  const reportError = useReportError();
  const days = props.data.bundle.round.meetingDates;
  const [day, setDay] = useState(days[0] ?? '');
  const ids = unsignedProductsOfDay(props.data, day);
  const first = ids[0];
  const initial = (forDay: string): FieldsDraft => {
    const batch = unsignedProductsOfDay(props.data, forDay);
    const lead = batch[0];
    if (lead === undefined) return draftOf(emptyFields());
    return draftOf({
      ...fieldsWithDefaults(props.data, lead, t),
      number: savedFields(props.data, lead)?.number ?? suggestedNumber(props.data, lead, new Set(batch)),
    });
  };
  const [draft, setDraft] = useState<FieldsDraft>(() => initial(day));
  const [errors, setErrors] = useState<Partial<Record<keyof FieldsDraft, string>>>({});
  const [refusal, setRefusal] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const change = (key: keyof FieldsDraft, value: string): void => setDraft((d) => ({ ...d, [key]: value }));

  const apply = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const shared = fieldsOf(draft);
    const problems = minutesFieldProblems(shared);
    const missingNumber = shared.number === null;
    setErrors({
      ...Object.fromEntries(
        problems.map((p) => [
          p.field,
          t(`minutesFields.problem.${p.problem}`, { field: t(`minutesFields.name.${p.field}`) }),
        ]),
      ),
      ...(missingNumber
        ? { number: t('minutesFields.missing', { fields: t('minutesFields.name.number') }) }
        : {}),
    });
    setRefusal(null);
    if (problems.length > 0 || shared.number === null || first === undefined) return;
    const start = shared.number;
    const entries = ids.map((productId, i) => ({
      productId,
      fields: {
        ...shared,
        number: start + i,
        conclusion: savedFields(props.data, productId)?.conclusion || conclusionFor(props.data, productId),
        otherOpinions: savedFields(props.data, productId)?.otherOpinions ?? '',
      } satisfies MinutesFields,
    }));
    setBusy(true);
    try {
      await saveMinutesFieldsBatch(db, props.data.bundle.round.id, entries, 'secretary');
      toaster.show(
        'success',
        t('minutesFields.day.done', {
          count: entries.length,
          first: start,
          last: start + entries.length - 1,
        }),
      );
    } catch (error) {
      if (error instanceof CouncilDbError && error.code === 'minutes-number-taken')
        setErrors({ number: t('minutesFields.numberTaken', { number: error.problems[0] ?? '' }) });
      else if (error instanceof CouncilDbError && error.code === 'invalid-input')
        setRefusal(t('minutesFields.refused', { reasons: problemTexts(t, error.problems).join(' ') }));
      else reportError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className={styles.panel}
      aria-labelledby="day-fields-title"
      onSubmit={(event) => void apply(event)}
      noValidate
    >
      <h2 id="day-fields-title">{t('minutesFields.day.title')}</h2>
      <p className="hint">{t('minutesFields.day.hint')}</p>
      <div className="form-field">
        <label htmlFor="day-fields-date">{t('minutesFields.day.date')}</label>
        <select
          id="day-fields-date"
          value={day}
          onChange={(event) => {
            setDay(event.target.value);
            setDraft(initial(event.target.value));
            setErrors({});
          }}
        >
          {days.map((d) => (
            <option key={d} value={d}>
              {date(d)}
            </option>
          ))}
        </select>
      </div>
      {first === undefined ? (
        <p role="status">{t('minutesFields.day.none')}</p>
      ) : (
        <>
          <MinutesFieldInputs
            draft={draft}
            onChange={change}
            errors={errors}
            withProduct={false}
            numberLabel={t('minutesFields.day.firstNumber')}
            numberHint={t('minutesFields.field.numberHint', {
              next: suggestedNumber(props.data, first, new Set(ids)),
            })}
          />
          {refusal === null ? null : (
            <p role="alert" className="field-error">
              {refusal}
            </p>
          )}
          <button type="submit" disabled={busy}>
            {t('minutesFields.day.apply', { count: ids.length })}
          </button>
        </>
      )}
    </form>
  );
}

function emptyFields(): MinutesFields {
  return {
    number: null,
    symbol: '',
    startTime: '',
    endTime: '',
    venue: '',
    presiding: '',
    recorder: '',
    conclusion: '',
    otherOpinions: '',
    recipients: [],
  };
}
