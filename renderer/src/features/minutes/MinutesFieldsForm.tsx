import { useState, type FormEvent, type ReactNode } from 'react';
import { useDb } from '../../app/DbProvider';
import { useReportError } from '../../app/useReportError';
import { CouncilDbError, saveMinutesFields } from '../../db';
import { formatMinutesNumber, minutesFieldProblems, missingMinutesFields } from '../../domain/workflow';
import { useI18n } from '../../i18n/I18nProvider';
import { useToaster } from '../../ui/Toasts';
import type { MinutesData } from './minutes-data';
import { draftOf, fieldsOf, MinutesFieldInputs, type FieldsDraft } from './MinutesFieldInputs';
import {
  fieldNames,
  fieldsWithDefaults,
  isSigned,
  problemTexts,
  savedFields,
  suggestedNumber,
} from './minutes-fields-model';
import styles from './MinutesFields.module.css';

/**
 * One product's minutes details (issue 11), filled in before signing: pre-filled from what was
 * saved or from the round, its meeting day and its result. Saved through the repository, which
 * keeps numbers unique in the council's series and refuses once the minutes carry a signature.
 * Once signed, the details are shown read-only.
 */
export function MinutesFieldsForm(props: {
  readonly data: MinutesData;
  readonly productId: string;
}): ReactNode {
  const { t } = useI18n();
  const db = useDb();
  const toaster = useToaster();
  const reportError = useReportError();
  const saved = savedFields(props.data, props.productId);
  const [draft, setDraft] = useState<FieldsDraft>(() =>
    draftOf(fieldsWithDefaults(props.data, props.productId, t)),
  );
  const [errors, setErrors] = useState<Partial<Record<keyof FieldsDraft, string>>>({});
  const [refusal, setRefusal] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const missing = missingMinutesFields(saved ?? null);

  if (isSigned(props.data, props.productId) && saved !== undefined) {
    return (
      <section className={styles.panel} aria-labelledby="minutes-fields-title">
        <h3 id="minutes-fields-title">{t('minutesFields.title')}</h3>
        <p role="status">{t('minutesFields.locked')}</p>
        <dl className={styles.locked}>
          <dt>{t('minutesFields.field.number')}</dt>
          <dd>{saved.number === null ? '' : formatMinutesNumber(saved.number, saved.symbol)}</dd>
          <dt>{t('minutesFields.field.startTime')}</dt>
          <dd>{saved.startTime}</dd>
          <dt>{t('minutesFields.field.endTime')}</dt>
          <dd>{saved.endTime}</dd>
          <dt>{t('minutesFields.field.venue')}</dt>
          <dd>{saved.venue}</dd>
          <dt>{t('minutesFields.field.recipients')}</dt>
          <dd>{saved.recipients.join('\n')}</dd>
        </dl>
      </section>
    );
  }

  const change = (key: keyof FieldsDraft, value: string): void => setDraft((d) => ({ ...d, [key]: value }));

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const fields = fieldsOf(draft);
    const problems = minutesFieldProblems(fields);
    setErrors(
      Object.fromEntries(
        problems.map((p) => [
          p.field,
          t(`minutesFields.problem.${p.problem}`, { field: t(`minutesFields.name.${p.field}`) }),
        ]),
      ),
    );
    setRefusal(null);
    if (problems.length > 0) return;
    setBusy(true);
    try {
      await saveMinutesFields(db, props.productId, fields, 'secretary');
      toaster.show('success', t('minutesFields.saved'));
    } catch (error) {
      if (error instanceof CouncilDbError && error.code === 'minutes-number-taken')
        setErrors({ number: t('minutesFields.numberTaken', { number: draft.number }) });
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
      aria-labelledby="minutes-fields-title"
      onSubmit={(event) => void submit(event)}
      noValidate
    >
      <h3 id="minutes-fields-title">{t('minutesFields.title')}</h3>
      <p className="hint">{t('minutesFields.hint')}</p>
      {missing.length > 0 ? (
        <p className={styles.missing} role="status">
          {t('minutesFields.missing', { fields: fieldNames(t, missing) })}
        </p>
      ) : Object.keys(errors).length > 0 || refusal !== null ? (
        // The saved details are complete, but what is typed was refused: say both, not "ready".
        <p role="status">{t('minutesFields.completeUnsaved')}</p>
      ) : (
        <p className={styles.complete} role="status">
          {t('minutesFields.complete')}
        </p>
      )}
      <MinutesFieldInputs
        draft={draft}
        onChange={change}
        errors={errors}
        withProduct
        numberLabel={t('minutesFields.field.number')}
        numberHint={t('minutesFields.field.numberHint', {
          next: suggestedNumber(props.data, props.productId, new Set([props.productId])),
        })}
      />
      {refusal === null ? null : (
        <p role="alert" className="field-error">
          {refusal}
        </p>
      )}
      <button type="submit" disabled={busy}>
        {t('minutesFields.save')}
      </button>
    </form>
  );
}
