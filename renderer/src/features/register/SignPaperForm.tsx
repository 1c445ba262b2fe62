import { useState, type ReactNode } from 'react';
import { useReportError } from '../../app/useReportError';
import { useI18n } from '../../i18n/I18nProvider';
import { Field } from '../../ui/Field';
import { useToaster } from '../../ui/Toasts';
import { signAndSavePaper, type PaperKind, type RoundPapers } from './useRoundPapers';
import styles from './Register.module.css';

/** Signs the decision or the list as PDF with a .p12 (the minutes' signing service) and saves it. */
export function SignPaperForm(props: {
  readonly papers: RoundPapers;
  readonly kind: PaperKind;
  readonly disabled: boolean;
}): ReactNode {
  const { t } = useI18n();
  const toaster = useToaster();
  const reportError = useReportError();
  const [certificate, setCertificate] = useState<File | null>(null);
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const sign = async (): Promise<void> => {
    if (certificate === null || password === '') {
      setProblem(t('register.papers.signMissing'));
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      const result = await signAndSavePaper(props.papers, props.kind, { certificate, password });
      if (!result.ok) setProblem(t(`signing.error.${result.reason}`));
      else if (result.saved) toaster.show('success', t('register.papers.signed'));
    } catch (error) {
      reportError(error);
    } finally {
      // The password is never kept once used.
      setPassword('');
      setBusy(false);
    }
  };

  return (
    <details className={styles.signPaper}>
      <summary>{t('register.papers.sign')}</summary>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void sign();
        }}
      >
        <Field label={t('minutes.sign.certificate')}>
          {({ id, describedBy }) => (
            <input
              id={id}
              type="file"
              accept=".p12,.pfx,application/x-pkcs12"
              aria-describedby={describedBy}
              onChange={(event) => setCertificate(event.currentTarget.files?.[0] ?? null)}
            />
          )}
        </Field>
        <Field label={t('minutes.sign.password')} error={problem}>
          {({ id, describedBy, invalid }) => (
            <input
              id={id}
              type="password"
              autoComplete="off"
              value={password}
              aria-describedby={describedBy}
              aria-invalid={invalid || undefined}
              onChange={(event) => setPassword(event.currentTarget.value)}
            />
          )}
        </Field>
        <button type="submit" disabled={busy || props.disabled}>
          {t('register.papers.signSubmit')}
        </button>
      </form>
    </details>
  );
}
