import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { defaultLanguage, isLanguage, type Language } from './define';
import { formatDate, formatDateTime, formatNumber, formatPercent } from './format';
import { translate, type Translate } from './translate';

const storageKey = 'ocop.language';

/** The chosen language survives restarts; it lives per origin like the rest of the data. */
export function loadLanguage(storage: Pick<Storage, 'getItem'> | undefined): Language {
  try {
    const stored = storage?.getItem(storageKey);
    return isLanguage(stored) ? stored : defaultLanguage;
  } catch {
    // Storage can be disabled by policy; the default language is the right fallback.
    return defaultLanguage;
  }
}

function saveLanguage(language: Language): void {
  try {
    window.localStorage.setItem(storageKey, language);
  } catch {
    // Not fatal: the choice then lasts for this session only.
  }
}

export interface I18n {
  readonly language: Language;
  readonly t: Translate;
  readonly setLanguage: (language: Language) => void;
  readonly date: (iso: string) => string;
  readonly dateTime: (iso: string) => string;
  readonly number: (value: number, fractionDigits?: number) => string;
  readonly percent: (ratio: number, fractionDigits?: number) => string;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider(props: {
  readonly children: ReactNode;
  readonly onLanguageChange?: (language: Language) => void;
}): ReactNode {
  const { onLanguageChange } = props;
  const [language, setLanguageState] = useState<Language>(() => loadLanguage(window.localStorage));

  useEffect(() => {
    document.documentElement.lang = language;
    onLanguageChange?.(language);
  }, [language, onLanguageChange]);

  const setLanguage = useCallback((next: Language) => {
    saveLanguage(next);
    setLanguageState(next);
  }, []);

  const value = useMemo<I18n>(
    () => ({
      language,
      t: (key, params) => translate(language, key, params),
      setLanguage,
      date: (iso) => formatDate(language, iso),
      dateTime: (iso) => formatDateTime(language, iso),
      number: (value, digits) => formatNumber(language, value, digits),
      percent: (ratio, digits) => formatPercent(language, ratio, digits),
    }),
    [language, setLanguage],
  );

  return <I18nContext.Provider value={value}>{props.children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n must be used inside <I18nProvider>');
  return i18n;
}
