import { useState, type FormEvent, type ReactNode } from 'react';
import type { SignerRole } from '../../platform/types';
import { useReportError } from '../../app/useReportError';
import type { SignedDocumentRow } from '../../db';
import { useI18n } from '../../i18n/I18nProvider';
import { CouncilHostError } from '../../platform/platform';
import { useToaster } from '../../ui/Toasts';
import type { MinutesData } from './minutes-data';
import { fieldNames } from './minutes-fields-model';
import { useSignMinutes, type SignProblem, type SignResult, type SigningCredential } from './useSignMinutes';
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

interface Errors {
  readonly certificate?: string;
  readonly password?: string;
  readonly tokenCertificate?: string;
  readonly pin?: string;
  readonly reason?: string;
  readonly form?: string;
}

/**
 * The signer picks the certificate file, types its password and the role. The password
 * lives in this form's state only until the signing returns, then it is cleared.
 */
export function SignMinutesForm(props: {
  readonly data: MinutesData;
  readonly productId: string;
  readonly current: SignedDocumentRow | null;
}): ReactNode {
  const { t } = useI18n();
  const toaster = useToaster();
  const reportError = useReportError();
  const { busy, sign } = useSignMinutes(props.data);
  const signedBy = props.current?.signers.map((s) => s.role) ?? [];
  const allSigned = ROLES.every((r) => signedBy.includes(r));
  const [role, setRole] = useState<SignerRole>(ROLES.find((r) => !signedBy.includes(r)) ?? 'chair');
  const [certificate, setCertificate] = useState<File | null>(null);
  const [password, setPassword] = useState('');
  const [method, setMethod] = useState<SigningMethod>('p12');
  const [tokenChoice, setTokenChoice] = useState<TokenChoice>(NO_TOKEN_CHOICE);
  const personId = signerPersonId(props.data, role);
  const [correcting, setCorrecting] = useState(false);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [formKey, setFormKey] = useState(0);
  const needsCorrection = allSigned || (props.current !== null && signedBy.includes(role));

  const problemText = (problem: SignProblem): string =>
    problem.key === 'signing-refused'
      ? t(`signing.error.${problem.reason}`)
      : problem.key === 'minutes.auditBroken'
        ? t('minutes.auditBroken', { seq: problem.seq })
        : problem.key === 'minutes-incomplete'
          ? t('minutesFields.missing', { fields: fieldNames(t, problem.missing) })
          : t(problem.key);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const token = method === 'token';
    const next: Errors = {
      ...(!token && certificate === null ? { certificate: t('minutes.sign.certificateMissing') } : {}),
      ...(!token && password === '' ? { password: t('minutes.sign.passwordMissing') } : {}),
      ...(token && tokenChoice.certificate === ''
        ? { tokenCertificate: t('token.sign.certificateMissing') }
        : {}),
      ...(token && tokenChoice.pin === '' ? { pin: t('token.sign.pinMissing') } : {}),
      ...(correcting && reason.trim() === '' ? { reason: t('minutes.sign.reasonMissing') } : {}),
    };
    setErrors(next);
    if (Object.keys(next).length > 0) return;
    const typed = password;
    setPassword('');
    const choice = tokenChoice;
    setTokenChoice({ ...tokenChoice, pin: '' });
    const signWith = (credential: SigningCredential): Promise<SignResult> =>
      sign({
        productId: props.productId,
        role,
        credential,
        correctionReason: correcting ? reason.trim() : undefined,
      });
    try {
      let result: SignResult;
      if (token) {
        if (personId === null) return setErrors({ form: t('token.sign.noSigner') });
        const opened = await openTokenSession(personId, choice);
        if ('refused' in opened) return setErrors({ form: t(`signing.error.${opened.refused}`) });
        try {
          result = await signWith({ kind: 'token', session: opened.session });
        } finally {
          await closeTokenSession(opened.session);
        }
      } else {
        if (certificate === null) return;
        result = await signWith({ kind: 'p12', certificate, password: typed });
      }
      if (!result.ok) {
        setErrors({ form: problemText(result.problem) });
        return;
      }
      toaster.show(
        'success',
        t('minutes.sign.done', { role: t(`minutes.role.${role}`), name: result.signer }),
      );
      if (result.copyError !== null) {
        toaster.show(
          'warning',
          t('minutes.savedCopyFailed', {
            message: result.copyError instanceof Error ? result.copyError.message : String(result.copyError),
          }),
        );
      }
      setCorrecting(false);
      setReason('');
      // The next signer brings their own certificate: the file input starts empty again.
      setCertificate(null);
      setFormKey((key) => key + 1);
      setRole(ROLES.find((r) => r !== role) ?? 'chair');
    } catch (error) {
      if (error instanceof CouncilHostError && error.code === 'unsupported')
        setErrors({ form: t('minutes.sign.unavailable') });
      else reportError(error);
    }
  };

  return (
    <form
      className={styles.signForm}
      aria-labelledby="sign-title"
      onSubmit={(event) => void submit(event)}
      noValidate
    >
      <h3 id="sign-title">{t('minutes.sign.title')}</h3>
      <p className="hint">{t('minutes.sign.hint')}</p>
      {allSigned && !correcting ? <p role="status">{t('minutes.sign.allSigned')}</p> : null}
      <fieldset className="field">
        <legend>{t('minutes.sign.role')}</legend>
        {ROLES.map((candidate) => (
          <label key={candidate} className="choice">
            <input
              type="radio"
              name="sign-role"
              value={candidate}
              checked={role === candidate}
              onChange={() => setRole(candidate)}
            />
            {t(`minutes.role.${candidate}`)}
          </label>
        ))}
      </fieldset>
      <SigningMethodChoice name="sign-method" value={method} onChange={setMethod} />
      {method === 'token' ? (
        <TokenSignFields
          idPrefix="sign-token"
          personId={personId}
          value={tokenChoice}
          onChange={setTokenChoice}
          errors={{ certificate: errors.tokenCertificate, pin: errors.pin }}
        />
      ) : (
        <>
          <div className={errors.certificate ? 'form-field has-error' : 'form-field'}>
            <label htmlFor="sign-certificate">{t('minutes.sign.certificate')}</label>
            <input
              key={formKey}
              id="sign-certificate"
              type="file"
              accept=".p12,.pfx,application/x-pkcs12"
              aria-describedby="sign-certificate-hint"
              aria-invalid={errors.certificate !== undefined}
              onChange={(event) => setCertificate(event.currentTarget.files?.[0] ?? null)}
            />
            <div id="sign-certificate-hint" className="hint">
              {t('minutes.sign.certificateHint')}
            </div>
            {errors.certificate ? (
              <div className="field-error" role="alert">
                {errors.certificate}
              </div>
            ) : null}
          </div>
          <div className={errors.password ? 'form-field has-error' : 'form-field'}>
            <label htmlFor="sign-password">{t('minutes.sign.password')}</label>
            <input
              id="sign-password"
              type="password"
              autoComplete="off"
              value={password}
              aria-invalid={errors.password !== undefined}
              onChange={(event) => setPassword(event.currentTarget.value)}
            />
            {errors.password ? (
              <div className="field-error" role="alert">
                {errors.password}
              </div>
            ) : null}
          </div>
        </>
      )}
      {props.current !== null ? (
        <label className="choice">
          <input
            type="checkbox"
            checked={correcting}
            onChange={(event) => setCorrecting(event.currentTarget.checked)}
          />
          {t('minutes.sign.correction')}
        </label>
      ) : null}
      {correcting ? (
        <div className={errors.reason ? 'form-field has-error' : 'form-field'}>
          <label htmlFor="sign-reason">{t('minutes.sign.reason')}</label>
          <textarea
            id="sign-reason"
            value={reason}
            aria-describedby="sign-reason-hint"
            aria-invalid={errors.reason !== undefined}
            onChange={(event) => setReason(event.currentTarget.value)}
          />
          <div id="sign-reason-hint" className="hint">
            {t('minutes.sign.correctionHint')}
          </div>
          {errors.reason ? (
            <div className="field-error" role="alert">
              {errors.reason}
            </div>
          ) : null}
        </div>
      ) : null}
      {errors.form ? (
        <p role="alert" className="field-error">
          {errors.form}
        </p>
      ) : null}
      <button type="submit" disabled={busy || (needsCorrection && !correcting)}>
        {busy ? t('minutes.sign.signing') : t('minutes.sign.submit')}
      </button>
    </form>
  );
}
