import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import type { SignerRole } from '../../platform/types';
import { useReportError } from '../../app/useReportError';
import { useI18n } from '../../i18n/I18nProvider';
import { useToaster } from '../../ui/Toasts';
import { currentRevision, revisionsOf, type MinutesData } from './minutes-data';
import { fieldNames } from './minutes-fields-model';
import { useSignMinutes, type SignProblem, type SigningCredential } from './useSignMinutes';
import { SigningMethodChoice, signerPersonId, type SigningMethod } from './SigningMethodChoice';
import {
  closeTokenSession,
  NO_TOKEN_CHOICE,
  openTokenSession,
  TokenSignFields,
  type TokenChoice,
} from '../token/TokenSignFields';
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
 * One certificate and one password (or one token and one PIN) for every minutes waiting for
 * this role: the same signing as product by product, one after another with progress and a
 * stop button. The password is held in a local variable for the run only and cleared from
 * the form at once; with a token, the PIN is asked once, the host keeps one logged-in session
 * for the batch and logs out at the end, whatever happens. When the batch stops (token pulled
 * out…), the minutes already signed stay signed and the others are listed, untouched.
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
  const [untouched, setUntouched] = useState<readonly string[]>([]);
  const [method, setMethod] = useState<SigningMethod>('p12');
  const [tokenChoice, setTokenChoice] = useState<TokenChoice>(NO_TOKEN_CHOICE);
  const personId = signerPersonId(props.data, role);
  const [progress, setProgress] = useState<{ done: number; total: number; product: string } | null>(null);
  const [running, setRunning] = useState(false);
  const stop = useRef(false);
  const waiting = waitingFor(props.data, role);

  const problemText = (problem: SignProblem): string =>
    problem.key === 'signing-refused'
      ? t(`signing.error.${problem.reason}`)
      : problem.key === 'minutes.auditBroken'
        ? t('minutes.auditBroken', { seq: problem.seq })
        : problem.key === 'minutes-incomplete'
          ? t('minutesFields.missing', { fields: fieldNames(t, problem.missing) })
          : t(problem.key);

  const run = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setUntouched([]);
    let credential: SigningCredential;
    if (method === 'token') {
      if (personId === null) return setError(t('token.sign.noSigner'));
      if (tokenChoice.certificate === '') return setError(t('token.sign.certificateMissing'));
      if (tokenChoice.pin === '') return setError(t('token.sign.pinMissing'));
      const choice = tokenChoice;
      setTokenChoice({ ...tokenChoice, pin: '' });
      setError(null);
      setRunning(true);
      try {
        const opened = await openTokenSession(personId, choice);
        if ('refused' in opened) {
          setRunning(false);
          return setError(t(`signing.error.${opened.refused}`));
        }
        credential = { kind: 'token', session: opened.session };
      } catch (failure) {
        setRunning(false);
        return reportError(failure);
      }
    } else {
      if (certificate === null) return setError(t('minutes.sign.certificateMissing'));
      if (password === '') return setError(t('minutes.sign.passwordMissing'));
      credential = { kind: 'p12', certificate, password };
      setPassword('');
    }
    setError(null);
    setRunning(true);
    stop.current = false;
    const ids = [...waiting];
    const nameOf = (productId: string): string =>
      props.data.results.products.find((r) => r.product.id === productId)?.product.name ?? '';
    let done = 0;
    try {
      for (const productId of ids) {
        if (stop.current) break;
        const result = await sign({ productId, role, credential });
        if (!result.ok) {
          setError(
            t('minutes.batchSign.stopped', { done, total: ids.length, reason: problemText(result.problem) }),
          );
          setUntouched(ids.slice(done).map(nameOf));
          return;
        }
        done += 1;
        setProgress({ done, total: ids.length, product: nameOf(productId) });
      }
      toaster.show('success', t('minutes.batchSign.done', { count: done, role: t(`minutes.role.${role}`) }));
    } catch (failure) {
      reportError(failure);
    } finally {
      if (credential.kind === 'token') await closeTokenSession(credential.session).catch(reportError);
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
      <SigningMethodChoice name="batch-sign-method" value={method} onChange={setMethod} disabled={running} />
      {method === 'token' ? (
        <TokenSignFields
          idPrefix="batch-sign-token"
          personId={personId}
          value={tokenChoice}
          onChange={setTokenChoice}
          disabled={running}
          errors={{}}
        />
      ) : (
        <>
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
        </>
      )}
      {error === null ? null : (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
      {untouched.length === 0 ? null : <p>{t('token.batch.untouched', { names: untouched.join('; ') })}</p>}
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
