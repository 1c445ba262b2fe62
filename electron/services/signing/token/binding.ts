import { createRequire } from 'node:module';
import { TokenSigningError } from '../errors';

/**
 * The PKCS#11 binding (`pkcs11js`, a native module) is loaded lazily, the first time a person
 * uses a token: a machine where it cannot load (not rebuilt for this Electron, missing
 * library, another architecture) still starts and signs with .p12 files, and only the token
 * features answer 'token-binding-unavailable'.
 */
export type Pkcs11Module = typeof import('pkcs11js');
export type BindingLoader = () => Pkcs11Module;

/** Required at run time, never bundled: the bundles keep `pkcs11js` outside (build-electron.mjs). */
export const loadPkcs11Binding: BindingLoader = () => {
  // The hosts are CommonJS bundles (no import.meta there); tests and tsx run ESM.
  const here = typeof __filename === 'string' ? __filename : import.meta.url;
  const binding: Pkcs11Module = createRequire(here)('pkcs11js');
  return binding;
};

/** Loads once; a failure is kept (with its cause) and answered the same way every time. */
export function lazyBinding(loader: BindingLoader): () => Pkcs11Module {
  let loaded: Pkcs11Module | undefined;
  let failure: unknown;
  return () => {
    if (loaded !== undefined) return loaded;
    if (failure === undefined) {
      try {
        loaded = loader();
        return loaded;
      } catch (cause) {
        failure = cause;
      }
    }
    throw new TokenSigningError(
      'token-binding-unavailable',
      failure instanceof Error ? failure.message : String(failure),
      { cause: failure },
    );
  };
}
