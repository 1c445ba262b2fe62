import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { translate } from '../../i18n/translate';

/** The minutes are an official Vietnamese document: always made in Vietnamese. */
const LANGUAGE = 'vi';

/**
 * The audit chain's head in every page's footer: whoever holds the signed minutes can later
 * check that the round's log still ends where it ended when the minutes were made (cutting
 * the end of a hash chain is only detectable against a head kept elsewhere).
 */
export function withAuditFooter(doc: TDocumentDefinitions, head: string): TDocumentDefinitions {
  return {
    ...doc,
    footer: () => ({
      text: translate(LANGUAGE, 'minutes.footer', { head }),
      fontSize: 7,
      color: '#555555',
      alignment: 'center',
      margin: [40, 18, 40, 0],
    }),
  };
}
