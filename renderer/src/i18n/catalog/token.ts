import { signingErrorMessages } from '../../../../electron/services/signing/messages';
import { defineMessages } from '../define';

/**
 * Signing with a USB token (PKCS#11, issue 10): Settings → "Chữ ký số" and the token choice in
 * the minutes' signing forms. The refusal texts come from the signing service's messages.ts.
 */
export const tokenMessages = defineMessages({
  'signing.error.token-binding-unavailable': signingErrorMessages['token-binding-unavailable'],
  'signing.error.token-library-not-found': signingErrorMessages['token-library-not-found'],
  'signing.error.token-library-invalid': signingErrorMessages['token-library-invalid'],
  'signing.error.token-library-wrong-architecture': signingErrorMessages['token-library-wrong-architecture'],
  'signing.error.token-not-found': signingErrorMessages['token-not-found'],
  'signing.error.token-no-certificate': signingErrorMessages['token-no-certificate'],
  'signing.error.token-no-key': signingErrorMessages['token-no-key'],
  'signing.error.certificate-no-signing-usage': signingErrorMessages['certificate-no-signing-usage'],
  'signing.error.token-pin-incorrect': signingErrorMessages['token-pin-incorrect'],
  'signing.error.token-pin-incorrect-count-low': signingErrorMessages['token-pin-incorrect-count-low'],
  'signing.error.token-pin-incorrect-final-try': signingErrorMessages['token-pin-incorrect-final-try'],
  'signing.error.token-pin-locked': signingErrorMessages['token-pin-locked'],
  'signing.error.token-removed': signingErrorMessages['token-removed'],
  'signing.error.token-session-closed': signingErrorMessages['token-session-closed'],
  'signing.error.token-failure': signingErrorMessages['token-failure'],
});
