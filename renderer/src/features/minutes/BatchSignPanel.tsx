import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import type { SignerRole, SigningRefusalCode } from '../../platform/types';
import { useReportError } from '../../app/useReportError';
import { useI18n } from '../../i18n/I18nProvider';
import { useToaster } from '../../ui/Toasts';
import { currentRevision, MINUTES_LANGUAGE, revisionsOf, type MinutesData } from './minutes-data';
import { fieldNames } from './minutes-fields-model';
import type { SignProblem } from './useSignMinutes';
import { signMinutesBatch } from './batch-sign';
import { minutesRenderPool, type MinutesJobRenderer } from './render-pool';
import { useDb } from '../../app/DbProvider';
import { browserRenderer } from '../../documents/browser';
import { getPlatform } from '../../platform/platform';
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
/** Render workers of a batch: both cores of an ordinary laptop (the host signs in between). */
const renderWorkers = (): number =>
  Math.max(1, Math.min(2, typeof navigator === 'undefined' ? 2 : navigator.hardwareConcurrency || 2));

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

/** Opens a .p12 once for the batch; the file's bytes and the password go to the host in this call only. */
async function openCertificateSession(
  file: File,
  password: string,
): Promise<{ readonly session: string } | { readonly refused: SigningRefusalCode }> {
  const outcome = await getPlatform().openCertificateSession({
    p12: new Uint8Array(await file.arrayBuffer()),
    password,
  });
  return outcome.opened ? { session: outcome.session } : { refused: outcome.reason };
}

/**
 * One certificate and one password (or one token and one PIN) for every minutes waiting for
 * this role: the same signing as product by product, with progress and a stop button
 * (batch-sign.ts). The password is held in a local variable for the run only and cleared
 * from the form at once; the host opens the .p12 (or logs in to the token) once, keeps one
 * session for the batch and forgets it at the end, whatever happens. When the batch stops (token pulled
 * out…), the minutes already signed stay signed and the others are listed, untouched.
 */
export function BatchSignPanel(props: { readonly data: MinutesData }): ReactNode {
  const { t } = useI18n();
  const toaster = useToaster();
  const reportError = useReportError();
  const db = useDb();
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
  // The render workers start (and load pdfmake and the fonts) as soon as the person starts
  // filling the form, and serve every batch while the panel is shown (issue 13).
  const pool = useRef<MinutesJobRenderer | null>(null);
  const renderPool = (): MinutesJobRenderer => {
    pool.current ??= minutesRenderPool(renderWorkers(), browserRenderer(MINUTES_LANGUAGE).render);
    return pool.current;
  };
  const warm = (): void => {
    if (waiting.length > 0) renderPool().warm();
  };
  useEffect(
    () => () => {
      pool.current?.dispose();
      pool.current = null;
    },
    [],
  );

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
    // The credential is opened once for the whole batch: a token's PIN or a .p12's password
    // goes to the host in this one call, then only the session id travels.
    let opening: () => Promise<{ readonly session: string } | { readonly refused: SigningRefusalCode }>;
    if (method === 'token') {
      if (personId === null) return setError(t('token.sign.noSigner'));
      if (tokenChoice.certificate === '') return setError(t('token.sign.certificateMissing'));
      if (tokenChoice.pin === '') return setError(t('token.sign.pinMissing'));
      const choice = tokenChoice;
      setTokenChoice({ ...tokenChoice, pin: '' });
      opening = () => openTokenSession(personId, choice);
    } else {
      if (certificate === null) return setError(t('minutes.sign.certificateMissing'));
      if (password === '') return setError(t('minutes.sign.passwordMissing'));
      const secret = password;
      const file = certificate;
      setPassword('');
      opening = () => openCertificateSession(file, secret);
    }
    setError(null);
    setRunning(true);
    stop.current = false;
    const ids = [...waiting];
    const nameOf = (productId: string): string =>
      props.data.results.products.find((r) => r.product.id === productId)?.product.name ?? '';
    let session: string | null = null;
    const renderer = renderPool();
    renderer.warm();
    try {
      const opened = await opening();
      if ('refused' in opened) return setError(t(`signing.error.${opened.refused}`));
      session = opened.session;
      setProgress({ done: 0, total: ids.length, product: '' });
      const outcome = await signMinutesBatch({
        db,
        data: props.data,
        role,
        session,
        productIds: ids,
        render: (job) => renderer.render(job),
        shouldStop: () => stop.current,
        onProgress: (done, total, productId) => setProgress({ done, total, product: nameOf(productId) }),
      });
      if (!outcome.ok) {
        setError(
          t('minutes.batchSign.stopped', {
            done: outcome.done,
            total: ids.length,
            reason: problemText(outcome.problem),
          }),
        );
        setUntouched(ids.slice(outcome.done).map(nameOf));
        return;
      }
      toaster.show(
        'success',
        t('minutes.batchSign.done', { count: outcome.done, role: t(`minutes.role.${role}`) }),
      );
    } catch (failure) {
      reportError(failure);
    } finally {
      if (session !== null) await closeTokenSession(session).catch(reportError);
      setRunning(false);
    }
  };

  return (
    <form
      className={styles.batch}
      aria-labelledby="batch-sign-title"
      onSubmit={(event) => void run(event)}
      onFocus={warm}
      onChange={warm}
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
