import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { useDb } from '../../app/DbProvider';
import { useReportError } from '../../app/useReportError';
import { useI18n } from '../../i18n/I18nProvider';
import { CouncilHostError, getPlatform } from '../../platform/platform';
import { useToaster } from '../../ui/Toasts';
import { tokenSigners } from './signers';
import { TokenList } from './TokenList';
import { useTokenListing } from './useTokenListing';
import styles from './Token.module.css';

/**
 * Settings › "Chữ ký số": each signer registers the PKCS#11 library of their USB token (file
 * dialog in the desktop app, typed in browser mode); the host checks it loads and remembers
 * it for that person, then lists the tokens and their certificates with reasons for refusal.
 */
export function TokenSection(): ReactNode {
  const db = useDb();
  const { t } = useI18n();
  const toaster = useToaster();
  const reportError = useReportError();
  const signers = useLiveQuery(() => tokenSigners(db), [db]);
  const [personId, setPersonId] = useState<string | null>(null);
  // What the person typed, and the last refusal, belong to the signer they were for.
  const [typed, setTyped] = useState<{ readonly personId: string | null; readonly text: string } | null>(
    null,
  );
  const [refusal, setRefusal] = useState<{ readonly personId: string | null; readonly text: string } | null>(
    null,
  );
  const [busy, setBusy] = useState(false);
  const [canChoose, setCanChoose] = useState(false);
  const chosen = personId ?? signers?.[0]?.personId ?? null;
  const person = signers?.find((s) => s.personId === chosen);
  const { state, reload, setListing } = useTokenListing(chosen);

  useEffect(() => {
    let live = true;
    void getPlatform()
      .appInfo()
      .then((info) => live && setCanChoose(info.mode === 'electron'))
      .catch(reportError);
    return () => {
      live = false;
    };
  }, [reportError]);

  // Another person: their registered path (or an empty field); what a person typed wins.
  const registered = state.step === 'done' ? state.listing.libraryPath : null;
  const path = typed !== null && typed.personId === chosen ? typed.text : (registered ?? '');
  const setPath = (text: string): void => setTyped({ personId: chosen, text });
  const problem = refusal !== null && refusal.personId === chosen ? refusal.text : null;
  const setProblem = (text: string | null): void =>
    setRefusal(text === null ? null : { personId: chosen, text });

  const choose = async (): Promise<void> => {
    try {
      const picked = await getPlatform().chooseTokenLibrary();
      if (picked !== null) setPath(picked);
    } catch (error) {
      reportError(error);
    }
  };

  const register = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (chosen === null || person === undefined) return;
    if (path.trim() === '') return setProblem(t('token.library.missing'));
    setBusy(true);
    setProblem(null);
    try {
      const listing = await getPlatform().registerTokenLibrary({ personId: chosen, path: path.trim() });
      if (listing.ok) {
        setListing(listing);
        toaster.show('success', t('token.library.registered', { name: person.fullName }));
      } else {
        setProblem(t(`signing.error.${listing.reason}`));
      }
    } catch (error) {
      if (error instanceof CouncilHostError && error.code === 'unsupported')
        setProblem(t('token.unavailable'));
      else reportError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className={styles.section} aria-labelledby="token-section-title">
      <h2 id="token-section-title">{t('token.section.title')}</h2>
      <p className="hint">{t('token.section.hint')}</p>
      {signers === undefined ? null : signers.length === 0 ? (
        <p>{t('token.person.none')}</p>
      ) : (
        <form onSubmit={(event) => void register(event)} noValidate>
          <div className="form-field">
            <label htmlFor="token-person">{t('token.person')}</label>
            <select
              id="token-person"
              value={chosen ?? ''}
              onChange={(event) => setPersonId(event.currentTarget.value)}
            >
              {signers.map((signer) => (
                <option key={signer.personId} value={signer.personId}>
                  {t('token.person.option', {
                    name: signer.fullName,
                    role: t(`minutes.role.${signer.role}`),
                  })}
                </option>
              ))}
            </select>
          </div>
          <div className="form-field">
            <label htmlFor="token-library">{t('token.library')}</label>
            <div className={styles.pathRow}>
              <input
                id="token-library"
                type="text"
                spellCheck={false}
                autoComplete="off"
                value={path}
                aria-describedby="token-library-hint"
                aria-invalid={problem !== null}
                onChange={(event) => setPath(event.currentTarget.value)}
              />
              {canChoose ? (
                <button type="button" onClick={() => void choose()}>
                  {t('token.library.choose')}
                </button>
              ) : null}
              <button type="submit" disabled={busy}>
                {t('token.library.register')}
              </button>
            </div>
            <div id="token-library-hint" className="hint">
              {t('token.library.hint')}
            </div>
          </div>
          {problem === null ? null : (
            <p role="alert" className="field-error">
              {problem}
            </p>
          )}
        </form>
      )}
      {state.step === 'loading' ? <p>{t('token.loading')}</p> : null}
      {state.step === 'unavailable' ? <p>{t('token.unavailable')}</p> : null}
      {state.step === 'done' ? (
        state.listing.ok ? (
          state.listing.libraryPath === null ? (
            <p>{t('token.library.noneYet')}</p>
          ) : (
            <>
              <p className={styles.path}>{t('token.library.current', { path: state.listing.libraryPath })}</p>
              {state.listing.tokens.length === 0 ? (
                <p>{t('token.tokens.none')}</p>
              ) : (
                <TokenList tokens={state.listing.tokens} />
              )}
              <button type="button" onClick={reload}>
                {t('token.refresh')}
              </button>
            </>
          )
        ) : (
          <>
            <p className={styles.path}>{t('token.library.current', { path: state.listing.libraryPath })}</p>
            <p role="alert" className="field-error">
              {t(`signing.error.${state.listing.reason}`)}
            </p>
            <button type="button" onClick={reload}>
              {t('token.refresh')}
            </button>
          </>
        )
      ) : null}
    </section>
  );
}
