import type { DocWords } from '../domain/documents/format';
import type { Language } from '../i18n/define';
import { formatPercent } from '../i18n/format';
import { translate } from '../i18n/translate';

/** The catalog's words for a document in one language: what the domain's builders receive. */
export function docWords(language: Language): DocWords {
  return {
    language,
    t: (key, params) => translate(language, key, params).normalize('NFC'),
    percent: (ratio, fractionDigits) => formatPercent(language, ratio, fractionDigits),
  };
}
