import { useId, useState, type ReactNode } from 'react';
import type { KnockOut } from '../../../domain/criteria/knock-outs';
import type { Disqualification } from '../../../domain/model';
import { useI18n } from '../../../i18n/I18nProvider';
import { Dialog } from '../../../ui/Dialog';
import styles from '../scoring.module.css';

const OTHER = -1;

/**
 * Disqualifying a product: the reason is one of the sheet's "Hồ sơ bị loại khi …" lines or
 * knock-out notes (domain/criteria/knock-outs.ts; a criterion's note records its code), or a
 * reason written by the council.
 */
export function DisqualifyDialog(props: {
  readonly title: string;
  readonly knockOuts: readonly KnockOut[];
  readonly onConfirm: (why: Disqualification) => Promise<boolean>;
  readonly onClose: () => void;
}): ReactNode {
  const { t } = useI18n();
  const id = useId();
  const [choice, setChoice] = useState<number | null>(null);
  const [other, setOther] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const confirm = async (): Promise<void> => {
    const picked = choice === null || choice === OTHER ? undefined : props.knockOuts[choice];
    const why: Disqualification | null =
      picked !== undefined
        ? picked.criterion === undefined
          ? { reason: picked.note }
          : { reason: picked.note, criterion: picked.criterion }
        : choice === OTHER && other.trim() !== ''
          ? { reason: other.trim() }
          : null;
    if (why === null) {
      setError(t('panel.chooseReason'));
      return;
    }
    setBusy(true);
    const done = await props.onConfirm(why);
    setBusy(false);
    if (done) props.onClose();
  };

  return (
    <Dialog open wide title={props.title} onClose={props.onClose}>
      <fieldset className="field" aria-describedby={`${id}-hint`}>
        <legend>{t('panel.reasonFromSheet')}</legend>
        <p id={`${id}-hint`} className="hint">
          {t('panel.disqualifyHint')}
        </p>
        {props.knockOuts.map((k, i) => (
          <label key={`${k.criterion ?? ''}-${k.note}`} className={styles.reasonChoice}>
            <input
              type="radio"
              name={`${id}-reason`}
              checked={choice === i}
              onChange={() => {
                setChoice(i);
                setError(null);
              }}
            />
            <span>
              {k.criterion === undefined
                ? k.note
                : t('panel.knockOutAt', { code: k.criterion, note: k.note })}
            </span>
          </label>
        ))}
        <label className={styles.reasonChoice}>
          <input
            type="radio"
            name={`${id}-reason`}
            checked={choice === OTHER}
            onChange={() => {
              setChoice(OTHER);
              setError(null);
            }}
          />
          <span>{t('panel.otherReason')}</span>
        </label>
        {choice === OTHER ? (
          <div className="form-field">
            <label htmlFor={`${id}-other`}>{t('panel.otherReasonText')}</label>
            <textarea
              id={`${id}-other`}
              value={other}
              autoFocus
              maxLength={1000}
              onChange={(event) => {
                setOther(event.target.value);
                setError(null);
              }}
            />
          </div>
        ) : null}
        {error ? (
          <p className="field-error" role="alert">
            {error}
          </p>
        ) : null}
      </fieldset>
      <div className="actions">
        <button type="button" onClick={props.onClose}>
          {t('action.cancel')}
        </button>
        <button type="button" className="primary" disabled={busy} onClick={() => void confirm()}>
          {t('panel.disqualify')}
        </button>
      </div>
    </Dialog>
  );
}
