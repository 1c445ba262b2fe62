import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { TokenSigningError } from '../../../../electron/services/signing/errors';
import { loadPkcs11Binding, type Pkcs11Module } from '../../../../electron/services/signing/token/binding';
import { TokenService } from '../../../../electron/services/signing/token/token-service';
import { makeSoftHsm, SOFTHSM_MODULE, softHsmMissing, type SoftHsm } from './helpers/softhsm';
import { translate } from '../../../../renderer/src/i18n/translate';

/**
 * SoftHSM2 never locks a PIN and never reports a final try, so these answers are put in by a
 * shim over the real binding, as a real token gives them (CKR_PIN_LOCKED; CKR_PIN_INCORRECT
 * with CKF_USER_PIN_FINAL_TRY). Its own file (its own process): PKCS#11 library state is per
 * process, and a second binding instance on the same library would finalise the first's.
 */
const missing = softHsmMissing();
const NOW = new Date(Date.now() + 60_000);

/** The real binding with C_Login and the token flags overridden: SoftHSM2 never locks a PIN. */
function bindingWhereLogin(answer: 'locked' | 'final-try'): () => Pkcs11Module {
  return () => {
    const real = loadPkcs11Binding();
    class Shim extends real.PKCS11 {
      override C_GetTokenInfo(
        slot: Buffer,
      ): ReturnType<InstanceType<Pkcs11Module['PKCS11']>['C_GetTokenInfo']> {
        const info = super.C_GetTokenInfo(slot);
        return { ...info, flags: info.flags | (answer === 'locked' ? 0 : real.CKF_USER_PIN_FINAL_TRY) };
      }
      override C_Login(): void {
        throw answer === 'locked'
          ? new real.Pkcs11Error('CKR_PIN_LOCKED', real.CKR_PIN_LOCKED, 'C_Login')
          : new real.Pkcs11Error('CKR_PIN_INCORRECT', real.CKR_PIN_INCORRECT, 'C_Login');
      }
    }
    return { ...real, PKCS11: Shim };
  };
}

describe.skipIf(missing !== null)(
  `PIN locked / final try${missing === null ? '' : `: skipped, ${missing}`}`,
  () => {
    let hsm: SoftHsm;
    beforeAll(() => {
      hsm = makeSoftHsm();
      hsm.addToken('CHU TICH', '1234');
      hsm.addKey('CHU TICH', '1234', { id: '01', kind: 'rsa', commonName: 'Trần Quốc Bảo' });
    }, 60_000);
    afterAll(() => hsm.dispose());

    for (const [answer, code] of [
      ['locked', 'token-pin-locked'],
      ['final-try', 'token-pin-incorrect-final-try'],
    ] as const) {
      test(`${answer} → ${code}, with its message in both languages`, () => {
        const service = new TokenService({ loadBinding: bindingWhereLogin(answer) });
        const token = service.listTokens(SOFTHSM_MODULE, NOW)[0];
        expect(token?.pinState).toBe(answer === 'locked' ? 'ok' : 'final-try');
        let error: unknown = null;
        try {
          service.openSession(
            {
              libraryPath: SOFTHSM_MODULE,
              tokenSerial: token?.serial ?? '',
              certificateId: '01',
              pin: '1234',
            },
            NOW,
          );
        } catch (e) {
          error = e;
        }
        expect(error).toBeInstanceOf(TokenSigningError);
        expect((error as TokenSigningError).code).toBe(code);
        expect(translate('vi', `signing.error.${code}`)).toMatch(
          answer === 'locked' ? /đã bị khóa/ : /Chỉ còn 1 lần thử/,
        );
        expect(translate('en', `signing.error.${code}`)).toMatch(
          answer === 'locked' ? /locked/ : /One try left/,
        );
        service.dispose();
      });
    }
  },
);
