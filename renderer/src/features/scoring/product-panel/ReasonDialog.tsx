import { useId, useState, type ReactNode } from 'react';
import { useI18n } from '../../../i18n/I18nProvider';
import { Dialog } from '../../../ui/Dialog';

/** Asks for a written reason (required) before a recorded decision: recusal, its undoing, requalifying. */
export function ReasonDialog(props: {
  readonly title: string;
  readonly onConfirm: (reason: string) => Promise<boolean>;
  readonly onClose: () => void;
}): ReactNode {
  const { t } = useI18n();
  const id = useId();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const confirm = async (): Promise<void> => {
    if (reason.trim() === '') {
      setError(t('panel.reasonRequired'));
      return;
    }
    setBusy(true);
    const done = await props.onConfirm(reason.trim());
    setBusy(false);
    if (done) props.onClose();
  };
  return (
    <Dialog open title={props.title} onClose={props.onClose}>
      <div className={error ? 'form-field has-error' : 'form-field'}>
        <label htmlFor={id}>{t('panel.reason')}</label>
        <textarea
          id={id}
          value={reason}
          required
          autoFocus
          maxLength={1000}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(event) => {
            setReason(event.target.value);
            setError(null);
          }}
        />
        {error ? (
          <div id={`${id}-error`} className="field-error" role="alert">
            {error}
          </div>
        ) : null}
      </div>
      <div className="actions">
        <button type="button" onClick={props.onClose}>
          {t('action.cancel')}
        </button>
        <button type="button" className="primary" disabled={busy} onClick={() => void confirm()}>
          {t('panel.confirm')}
        </button>
      </div>
    </Dialog>
  );
}
