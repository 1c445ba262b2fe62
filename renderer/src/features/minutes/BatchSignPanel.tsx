import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import type { SignerRole } from '../../platform/types';
import { useReportError } from '../../app/useReportError';
import { useI18n } from '../../i18n/I18nProvider';
import { useToaster } from '../../ui/Toasts';
import { currentRevision, revisionsOf, type MinutesData } from './minutes-data';
import { useSignMinutes, type SignProblem } from './useSignMinutes';
import styles from './minutes.module.css';

const ROLES: readonly SignerRole[] = ['chair', 'secretary'];

/** Closed products whose current minutes `role` has not signed (never signed, or signed by the other role). */
export function waitingFor(data: MinutesData, role: SignerRole): string[] {
  return data.results.products
    .filter((r) => r.state.closed !== null)
    .filter(
      (r) =>
        !(currentRevision(revisionsOf(data, r.product.id))?.signers.some((s) => s.role === role) ?? false),
    )
    .map((r) => r.product.id);
}

/**
 * One certificate and one password for every minutes waiting for this role: the same
 * signing as product by product (the host opens the certificate for each file), one after
 * another with progress and a stop button. The password is held in a local variable for
 * the run only and cleared from the form at once.
 */
export function BatchSignPanel(props: { readonly data: MinutesData }): ReactNode {
  const { t } = useI18n();
  const toaster = useToaster();
  const reportError = useReportError();
  const { sign } = useSignMinutes(props.data);
  const [role, setRole] = useState<SignerRole>('chair');
  const [certificate, setCertificate] = useState<File | null>(null);
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number; product: string } | null>(null);
  const [running, setRunning] = useState(false);
  const stop = useRef(false);
  const waiting = waitingFor(props.data, role);

  const problemText = (problem: SignProblem): string =>
    problem.key === 'signing-refused'
      ? t(`signing.error.${problem.reason}`)
      : problem.key === 'minutes.auditBroken'
        ? t('minutes.auditBroken', { seq: problem.seq })
        : t(problem.key);

  const run = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (certificate === null) return setError(t('minutes.sign.certificateMissing'));
    if (password === '') return setError(t('minutes.sign.passwordMissing'));
    const typed = password;
    setPassword('');
    setError(null);
    setRunning(true);
    stop.current = false;
    const ids = [...waiting];
    let done = 0;
    try {
      for (const productId of ids) {
        if (stop.current) break;
        const name = props.data.results.products.find((r) => r.product.id === productId)?.product.name ?? '';
        const result = await sign({ productId, role, certificate, password: typed });
        if (!result.ok) {
          setError(
            t('minutes.batchSign.stopped', { done, total: ids.length, reason: problemText(result.problem) }),
          );
          return;
        }
        done += 1;
        setProgress({ done, total: ids.length, product: name });
      }
      toaster.show('success', t('minutes.batchSign.done', { count: done, role: t(`minutes.role.${role}`) }));
    } catch (failure) {
      reportError(failure);
    } finally {
      setRunning(false);
    }
  };

  return (
    <form
      className={styles.batch}
      aria-labelledby="batch-sign-title"
      onSubmit={(event) => void run(event)}
      noValidate
    >
      <h2 id="batch-sign-title">{t('minutes.batchSign.title')}</h2>
      <p className="hint">{t('minutes.batchSign.hint')}</p>
      <fieldset className="field">
        <legend>{t('minutes.sign.role')}</legend>
        {ROLES.map((candidate) => (
          <label key={candidate} className="choice">
            <input
              type="radio"
              name="batch-sign-role"
              checked={role === candidate}
              disabled={running}
              onChange={() => setRole(candidate)}
            />
            {t(`minutes.role.${candidate}`)}
          </label>
        ))}
      </fieldset>
      <div className="form-field">
        <label htmlFor="batch-sign-certificate">{t('minutes.sign.certificate')}</label>
        <input
          id="batch-sign-certificate"
          type="file"
          accept=".p12,.pfx,application/x-pkcs12"
          disabled={running}
          onChange={(e) => setCertificate(e.currentTarget.files?.[0] ?? null)}
        />
      </div>
      <div className="form-field">
        <label htmlFor="batch-sign-password">{t('minutes.sign.password')}</label>
        <input
          id="batch-sign-password"
          type="password"
          autoComplete="off"
          value={password}
          disabled={running}
          onChange={(e) => setPassword(e.currentTarget.value)}
        />
      </div>
      {error === null ? null : (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
      {waiting.length === 0 ? <p>{t('minutes.batchSign.none')}</p> : null}
      <div className={styles.actions}>
        <button type="submit" disabled={running || waiting.length === 0}>
          {t('minutes.batchSign.start', { count: waiting.length })}
        </button>
        {running ? (
          <button type="button" onClick={() => (stop.current = true)}>
            {t('minutes.batch.cancel')}
          </button>
        ) : null}
      </div>
      {progress === null ? null : (
        <div>
          <progress aria-label={t('minutes.batchSign.progress')} max={progress.total} value={progress.done} />
          <p role="status">{t('minutes.batchSign.progressText', progress)}</p>
        </div>
      )}
    </form>
  );
}
