import type { ReactNode } from 'react';
import type { MinimumPolicy } from '../../domain/model';
import { MINIMUM_POLICIES } from '../../domain/rules-profile';
import type { MessageKey } from '../../i18n/catalog';
import { useI18n } from '../../i18n/I18nProvider';
import { TextField } from '../../ui/Field';
import type { RoundDraft, RoundFormErrors } from './roundFormModel';
import styles from './rounds.module.css';
import { cx } from '../../ui/cx';

const policyTexts: Readonly<
  Record<MinimumPolicy, { readonly label: MessageKey; readonly explain: MessageKey }>
> = {
  majority: { label: 'policy.majority', explain: 'policy.majority.explain' },
  all: { label: 'policy.all', explain: 'policy.all.explain' },
  average: { label: 'policy.average', explain: 'policy.average.explain' },
};

/**
 * The council's rules profile. Frozen once scoring starts (the scores are judged by it): the
 * whole group is then disabled, with the reason written above it rather than left to guess.
 */
export function RulesProfileFields(props: {
  readonly draft: RoundDraft;
  readonly errors: RoundFormErrors;
  readonly frozen: boolean;
  readonly onChange: (patch: Partial<RoundDraft>) => void;
}): ReactNode {
  const { t } = useI18n();
  const { draft, errors, onChange } = props;
  const error = (key: keyof RoundFormErrors): string | null => {
    const message = errors[key];
    return message === undefined ? null : t(message);
  };
  return (
    <fieldset
      className="field"
      disabled={props.frozen}
      aria-describedby={props.frozen ? 'rules-frozen' : undefined}
    >
      <legend>{t('roundForm.rules')}</legend>
      {props.frozen ? (
        <p id="rules-frozen" className="hint">
          {t('roundForm.frozen')}
        </p>
      ) : null}
      <TextField
        label={t('roundForm.spreadLimit')}
        hint={t('roundForm.spreadLimit.hint')}
        value={draft.spreadLimit}
        error={error('spreadLimit')}
        onChange={(spreadLimit) => onChange({ spreadLimit })}
      />
      <fieldset className="field">
        <legend>{t('roundForm.minimumPolicy')}</legend>
        {MINIMUM_POLICIES.map((policy) => (
          <label key={policy} className={styles.policyChoice}>
            <input
              type="radio"
              name="minimumPolicy"
              value={policy}
              checked={draft.minimumPolicy === policy}
              onChange={() => onChange({ minimumPolicy: policy })}
            />
            <span>
              <strong>{t(policyTexts[policy].label)}</strong>
              <span className="hint">{t(policyTexts[policy].explain)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <TextField
        label={t('roundForm.quorum')}
        hint={t('roundForm.quorum.hint')}
        value={draft.quorum}
        error={error('quorum')}
        onChange={(quorum) => onChange({ quorum })}
      />
      <label className={cx('choice', styles.checkboxLine)}>
        <input
          type="checkbox"
          checked={draft.chairRequired}
          onChange={(event) => onChange({ chairRequired: event.target.checked })}
        />
        {t('roundForm.chairRequired')}
      </label>
      <TextField
        label={t('roundForm.displayDecimals')}
        hint={t('roundForm.displayDecimals.hint')}
        value={draft.displayDecimals}
        error={error('displayDecimals')}
        onChange={(displayDecimals) => onChange({ displayDecimals })}
      />
    </fieldset>
  );
}
