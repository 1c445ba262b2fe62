import { useId, useState, type ReactNode } from 'react';
import { useDb } from '../../app/DbProvider';
import { useReportError } from '../../app/useReportError';
import { revokeRecognition } from '../../db';
import type { RecognitionView } from '../../domain/register/register';
import { useI18n } from '../../i18n/I18nProvider';
import { Dialog } from '../../ui/Dialog';
import { useToaster } from '../../ui/Toasts';
import styles from './Register.module.css';

/** Revokes one recognition; the reason is required and kept on the certificate's line and in the audit trail. */
export function RevokeDialog(props: {
  readonly entryId: string;
  readonly recognition: RecognitionView;
  readonly onClose: () => void;
}): ReactNode {
  const { t } = useI18n();
  const db = useDb();
  const toaster = useToaster();
  const reportError = useReportError();
  const reasonId = useId();
  const [reason, setReason] = useState('');

  const revoke = async (): Promise<void> => {
    try {
      await revokeRecognition(db, props.entryId, props.recognition.id, reason, 'secretary');
      toaster.show('success', t('register.revoke.done'));
      props.onClose();
    } catch (error) {
      reportError(error);
    }
  };

  return (
    <Dialog
      open
      title={t('register.revoke.title', { certificate: props.recognition.certificateNo })}
      onClose={props.onClose}
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void revoke();
        }}
      >
        <div className="form-field">
          <label htmlFor={reasonId}>{t('register.revoke.reason')}</label>
          <textarea
            id={reasonId}
            value={reason}
            required
            maxLength={2000}
            rows={3}
            onChange={(event) => setReason(event.target.value)}
          />
        </div>
        <div className={styles.actions}>
          <button type="button" onClick={props.onClose}>
            {t('register.revoke.cancel')}
          </button>
          <button type="submit" className="primary" disabled={reason.trim() === ''}>
            {t('register.revoke.confirm')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
