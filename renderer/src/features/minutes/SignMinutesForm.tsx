import { useState, type FormEvent, type ReactNode } from 'react';
import type { SignerRole } from '../../platform/types';
import { useReportError } from '../../app/useReportError';
import type { SignedDocumentRow } from '../../db';
import { useI18n } from '../../i18n/I18nProvider';
import { CouncilHostError } from '../../platform/platform';
import { useToaster } from '../../ui/Toasts';
import type { MinutesData } from './minutes-data';
import { useSignMinutes, type SignProblem } from './useSignMinutes';
import styles from './minutes.module.css';

const ROLES: readonly SignerRole[] = ['chair', 'secretary'];

interface Errors {
  readonly certificate?: string;
  readonly password?: string;
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
        : t(problem.key);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const next: Errors = {
      ...(certificate === null ? { certificate: t('minutes.sign.certificateMissing') } : {}),
      ...(password === '' ? { password: t('minutes.sign.passwordMissing') } : {}),
      ...(correcting && reason.trim() === '' ? { reason: t('minutes.sign.reasonMissing') } : {}),
    };
    setErrors(next);
    if (Object.keys(next).length > 0 || certificate === null) return;
    const typed = password;
    setPassword('');
    try {
      const result = await sign({
        productId: props.productId,
        role,
        certificate,
        password: typed,
        correctionReason: correcting ? reason.trim() : undefined,
      });
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
