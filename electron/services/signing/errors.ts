import type { SigningErrorCode } from '../../shared/signing-codes';

/**
 * Base of every failure the signing service reports on purpose. `code` is what the page words
 * (signing.error.<code> in its catalog); `message` names the code and a detail, for logs.
 * Never put a password or a PIN in a message.
 */
export abstract class SigningError extends Error {
  abstract readonly code: SigningErrorCode;
  protected constructor(code: SigningErrorCode, detail?: string, options?: ErrorOptions) {
    super(`signing refused: ${code}${detail === undefined ? '' : ` (${detail})`}`, options);
  }
}

export class WrongCertificatePassword extends SigningError {
  override readonly name = 'WrongCertificatePassword';
  readonly code = 'wrong-certificate-password';
  constructor() {
    super('wrong-certificate-password');
  }
}

export class CorruptCertificateFile extends SigningError {
  override readonly name = 'CorruptCertificateFile';
  readonly code = 'corrupt-certificate-file';
  constructor(detail: string, options?: ErrorOptions) {
    super('corrupt-certificate-file', detail, options);
  }
}

export class NoPrivateKeyInCertificate extends SigningError {
  override readonly name = 'NoPrivateKeyInCertificate';
  readonly code = 'no-private-key';
  constructor(detail?: string) {
    super('no-private-key', detail);
  }
}

export class CertificateExpired extends SigningError {
  override readonly name = 'CertificateExpired';
  readonly code = 'certificate-expired';
  constructor(readonly notAfter: Date) {
    super('certificate-expired', `notAfter ${notAfter.toISOString()}`);
  }
}

export class CertificateNotYetValid extends SigningError {
  override readonly name = 'CertificateNotYetValid';
  readonly code = 'certificate-not-yet-valid';
  constructor(readonly notBefore: Date) {
    super('certificate-not-yet-valid', `notBefore ${notBefore.toISOString()}`);
  }
}

export class UnsupportedKeyType extends SigningError {
  override readonly name = 'UnsupportedKeyType';
  readonly code = 'unsupported-key';
  constructor(detail: string) {
    super('unsupported-key', detail);
  }
}

/** The PDF could not be parsed well enough to add an incremental update. */
export class UnsupportedPdfStructure extends SigningError {
  override readonly name = 'UnsupportedPdfStructure';
  readonly code = 'unsupported-pdf';
  constructor(detail: string, options?: ErrorOptions) {
    super('unsupported-pdf', detail, options);
  }
}

/** A bug, not a user mistake: the CMS outgrew the space reserved for it in the PDF. */
export class SignatureSpaceExceeded extends Error {
  override readonly name = 'SignatureSpaceExceeded';
  constructor(
    readonly needed: number,
    readonly reserved: number,
  ) {
    super(`CMS of ${needed} bytes exceeds the ${reserved} bytes reserved in the PDF`);
  }
}

export class SignaturePageNotFound extends SigningError {
  override readonly name = 'SignaturePageNotFound';
  readonly code = 'page-not-found';
  constructor(
    readonly page: number,
    readonly pageCount: number,
  ) {
    super('page-not-found', `page ${page} of ${pageCount}`);
  }
}

/**
 * A refusal of signing with a USB token (PKCS#11). One class for the whole family: the code
 * says which (wrong PIN, locked PIN, token removed…); `detail` names the PKCS#11 return value
 * or the loader's message for logs, never a PIN. A token's certificate may also be refused for
 * the same reasons as a .p12's (expired, not yet valid, key type).
 */
export class TokenSigningError extends SigningError {
  override readonly name = 'TokenSigningError';
  constructor(
    readonly code: SigningErrorCode,
    detail?: string,
    options?: ErrorOptions,
  ) {
    super(code, detail, options);
  }
}
