import { useEffect, useState, type ReactNode } from 'react';
import { languages, type Language } from '../../i18n/define';
import { useI18n } from '../../i18n/I18nProvider';
import { translate } from '../../i18n/translate';
import { getPlatform } from '../../platform/platform';
import type { AppInfo } from '../../platform/types';
import { useToaster } from '../../ui/Toasts';
import { BackupSection } from '../backup/BackupSection';
import { AuditLink } from '../audit/AuditLink';
import { TokenSection } from '../token/TokenSection';
import { TrustedRootsSection } from '../verify/TrustedRootsSection';

export function SettingsScreen(): ReactNode {
  const { t, language, setLanguage } = useI18n();
  const toaster = useToaster();

  const choose = (next: Language): void => {
    setLanguage(next);
    // Confirmed in the language just chosen, so the person sees the switch worked.
    toaster.show('success', translate(next, 'settings.language.changed'));
  };

  return (
    <section className="panel">
      <h1>{t('settings.title')}</h1>
      <fieldset className="field">
        <legend>{t('language.label')}</legend>
        <p className="hint">{t('settings.language.hint')}</p>
        {languages.map((candidate) => (
          <label key={candidate} className="choice">
            <input
              type="radio"
              name="language"
              value={candidate}
              checked={language === candidate}
              onChange={() => choose(candidate)}
            />
            {t(candidate === 'vi' ? 'language.vi' : 'language.en')}
          </label>
        ))}
      </fieldset>
      <BackupSection />
      <TokenSection />
      <TrustedRootsSection />
      <AuditLink />
      <AboutApp />
    </section>
  );
}

function AboutApp(): ReactNode {
  const { t } = useI18n();
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    getPlatform()
      .appInfo()
      .then((value) => live && setInfo(value))
      .catch((error: unknown) => live && setFailure(error instanceof Error ? error.message : String(error)));
    return () => {
      live = false;
    };
  }, []);

  return (
    <section aria-labelledby="about-title">
      <h2 id="about-title">{t('settings.about.title')}</h2>
      {failure !== null ? (
        <p role="alert">{t('error.unexpected', { message: failure })}</p>
      ) : info === null ? (
        <p>{t('settings.about.loading')}</p>
      ) : (
        <dl className="facts">
          <dt>{t('settings.about.version')}</dt>
          <dd>{info.version}</dd>
          <dt>{t('settings.about.mode')}</dt>
          <dd>{t(info.mode === 'electron' ? 'settings.about.mode.electron' : 'settings.about.mode.web')}</dd>
          <dt>{t('settings.about.dataDir')}</dt>
          <dd>
            <code>{info.dataDir}</code>
          </dd>
        </dl>
      )}
    </section>
  );
}
