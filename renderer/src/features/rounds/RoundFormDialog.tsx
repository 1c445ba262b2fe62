import { useState, type FormEvent, type ReactNode } from 'react';
import { useDb } from '../../app/DbProvider';
import { useReportError } from '../../app/useReportError';
import { createRound, DEFAULT_RULE_SET_ID, updateRound, type RoundPatch, type RoundRow } from '../../db';
import { ruleSets } from '../../domain/criteria/registry';
import { useI18n } from '../../i18n/I18nProvider';
import { Dialog } from '../../ui/Dialog';
import { DateField, SelectField, TextField } from '../../ui/Field';
import { useToaster } from '../../ui/Toasts';
import { MeetingDatesField } from './MeetingDatesField';
import {
  draftFromRound,
  emptyRoundDraft,
  validateRoundDraft,
  type RoundDraft,
  type RoundFormErrors,
} from './roundFormModel';
import { RulesProfileFields } from './RulesProfileFields';
import styles from './rounds.module.css';

/**
 * Create (no `round`) or edit a round. Nothing is written until every field is valid; the
 * rule-set and rules profile are only sent while the round is preparing (frozen after).
 */
export function RoundFormDialog(props: {
  readonly open: boolean;
  readonly round: RoundRow | null;
  readonly onClose: () => void;
  readonly onSaved: (round: RoundRow) => void;
}): ReactNode {
  const { t } = useI18n();
  return (
    <Dialog
      open={props.open}
      wide
      title={t(props.round === null ? 'roundForm.createTitle' : 'roundForm.editTitle')}
      onClose={props.onClose}
    >
      <RoundForm round={props.round} onCancel={props.onClose} onSaved={props.onSaved} />
    </Dialog>
  );
}

function RoundForm(props: {
  readonly round: RoundRow | null;
  readonly onCancel: () => void;
  readonly onSaved: (round: RoundRow) => void;
}): ReactNode {
  const { t } = useI18n();
  const db = useDb();
  const toaster = useToaster();
  const reportError = useReportError();
  const { round } = props;
  const [draft, setDraft] = useState<RoundDraft>(() =>
    round === null
      ? emptyRoundDraft(db.engine.defaultRulesProfile(), DEFAULT_RULE_SET_ID)
      : draftFromRound(round),
  );
  const [errors, setErrors] = useState<RoundFormErrors>({});
  const [saving, setSaving] = useState(false);
  const frozen = round !== null && round.status !== 'preparing';
  const change = (patch: Partial<RoundDraft>): void => setDraft((current) => ({ ...current, ...patch }));
  const error = (key: keyof RoundFormErrors): string | null => {
    const message = errors[key];
    return message === undefined ? null : t(message);
  };

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const result = validateRoundDraft(draft);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      if (round === null) {
        const created = await createRound(db, result.value, 'secretary');
        toaster.show('success', t('rounds.created', { name: created.name }));
        props.onSaved(created);
      } else {
        const { rules, ruleSetId, ...details } = result.value;
        const patch: RoundPatch = frozen
          ? details
          : {
              ...details,
              ...(rules === undefined ? {} : { rules }),
              ...(ruleSetId === undefined ? {} : { ruleSetId }),
            };
        const updated = await updateRound(db, round.id, patch, 'secretary');
        toaster.show('success', t('rounds.updated', { name: updated.name }));
        props.onSaved(updated);
      }
    } catch (failure) {
      reportError(failure);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form className={styles.roundForm} noValidate onSubmit={(event) => void submit(event)}>
      {Object.keys(errors).length > 0 ? (
        <p role="alert" className="field-error">
          {t('roundForm.fixErrors')}
        </p>
      ) : null}
      <fieldset className="field">
        <legend>{t('roundForm.general')}</legend>
        <TextField
          label={t('roundForm.name')}
          hint={t('roundForm.name.hint')}
          value={draft.name}
          error={error('name')}
          required
          autoFocus
          onChange={(name) => change({ name })}
        />
        <SelectField
          label={t('roundForm.level')}
          value={draft.level}
          options={[
            { value: 'province', label: t('level.province') },
            { value: 'central', label: t('level.central') },
          ]}
          onChange={(level) => change({ level })}
        />
        <TextField
          label={t('roundForm.province')}
          value={draft.province}
          error={error('province')}
          required
          onChange={(province) => change({ province })}
        />
        <TextField label={t('roundForm.venue')} value={draft.venue} onChange={(venue) => change({ venue })} />
      </fieldset>
      <fieldset className="field">
        <legend>{t('roundForm.decision')}</legend>
        <p className="hint">{t('roundForm.decision.hint')}</p>
        <TextField
          label={t('roundForm.decisionNumber')}
          hint={t('roundForm.decisionNumber.hint')}
          value={draft.decisionNumber}
          error={error('decisionNumber')}
          onChange={(decisionNumber) => change({ decisionNumber })}
        />
        <DateField
          placeholder={t('date.placeholder')}
          label={t('roundForm.decisionDate')}
          value={draft.decisionDate}
          error={error('decisionDate')}
          onChange={(decisionDate) => change({ decisionDate })}
        />
        <TextField
          label={t('roundForm.decisionSigner')}
          value={draft.decisionSigner}
          error={error('decisionSigner')}
          onChange={(decisionSigner) => change({ decisionSigner })}
        />
      </fieldset>
      <MeetingDatesField
        dates={draft.meetingDates}
        errors={errors}
        onChange={(meetingDates) => change({ meetingDates })}
      />
      <SelectField
        label={t('roundForm.ruleSet')}
        hint={frozen ? t('roundForm.frozen') : t('roundForm.ruleSet.hint')}
        value={draft.ruleSetId}
        disabled={frozen}
        options={ruleSets().map((info) => ({ value: info.id, label: info.id }))}
        onChange={(ruleSetId) => change({ ruleSetId })}
      />
      <RulesProfileFields draft={draft} errors={errors} frozen={frozen} onChange={change} />
      <fieldset className="field">
        <legend>{t('roundForm.plan')}</legend>
        <TextField
          label={t('roundForm.planShare')}
          value={draft.planShare}
          error={error('planShare')}
          onChange={(planShare) => change({ planShare })}
        />
        <TextField
          label={t('roundForm.planForwarded')}
          value={draft.planForwarded}
          error={error('planForwarded')}
          onChange={(planForwarded) => change({ planForwarded })}
        />
        <TextField
          label={t('roundForm.planProducts')}
          value={draft.planProducts}
          error={error('planProducts')}
          onChange={(planProducts) => change({ planProducts })}
        />
      </fieldset>
      <div className="actions">
        <button type="button" onClick={props.onCancel}>
          {t('action.cancel')}
        </button>
        <button type="submit" className="primary" disabled={saving}>
          {t(round === null ? 'roundForm.create' : 'action.save')}
        </button>
      </div>
    </form>
  );
}
