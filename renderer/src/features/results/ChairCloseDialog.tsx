import { useId, useState, type ReactNode } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';

/**
 * The chair closes a product whose spread is still above the limit: only with a written
 * reason, which the minutes record. An empty reason is refused here with the db's own words.
 */
export function ChairCloseDialog(props: {
  readonly open: boolean;
  readonly productName: string;
  readonly spread: number;
  readonly limit: number;
  readonly onConfirm: (reason: string) => Promise<boolean>;
  readonly onClose: () => void;
}): ReactNode {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const formId = useId();
  const close = () => {
    setReason('');
    setError(null);
    props.onClose();
  };
  return (
    <Dialog open={props.open} title={t('results.chairClose.title')} onClose={close}>
      <form
        id={formId}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (reason.trim() === '') {
            setError(t('db.reason-required'));
            return;
          }
          setBusy(true);
          void props.onConfirm(reason.trim()).then((done) => {
            setBusy(false);
            if (done) close();
          });
        }}
      >
        <p>
          {t('results.chairClose.body', {
            product: props.productName,
            spread: props.spread,
            limit: props.limit,
          })}
        </p>
        <Field label={t('results.chairClose.reason')} hint={t('results.chairClose.hint')} error={error}>
          {({ id, describedBy, invalid }) => (
            <textarea
              id={id}
              rows={4}
              maxLength={2000}
              required
              value={reason}
              aria-describedby={describedBy}
              aria-invalid={invalid || undefined}
              onChange={(event) => {
                setReason(event.target.value);
                if (event.target.value.trim() !== '') setError(null);
              }}
            />
          )}
        </Field>
        <div className="actions">
          <button type="button" onClick={close}>
            {t('results.cancel')}
          </button>
          <button type="submit" className="primary" disabled={busy}>
            {t('results.chairClose.confirm')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
