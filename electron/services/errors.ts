import type { HostErrorCode } from '../ipc/contract';
import type { HubRefusal } from '../shared/hub-wire';
import { bilingual } from '../shared/host-words';

/**
 * Base of every failure a service reports on purpose. Each carries the `HostErrorCode`
 * the handler map sends back, so the renderer can show a translated message.
 */
export abstract class CouncilServiceError extends Error {
  abstract readonly code: HostErrorCode;
  /** A refusal the page words from its catalog (HostError.refusal). */
  readonly refusal?: HubRefusal;
}

/** A file name from the renderer that could escape its folder or is invalid on some OS. */
export class UnsafeFileNameError extends CouncilServiceError {
  override readonly name = 'UnsafeFileNameError';
  readonly code = 'invalid-payload';
  constructor(readonly problem: string) {
    super(bilingual('error.unsafeFileName', { problem }));
  }
}

/** A resolved path lies outside the folder it must stay in (symlink, junction, `..`). */
export class PathEscapeError extends CouncilServiceError {
  override readonly name = 'PathEscapeError';
  readonly code = 'refused';
  constructor(readonly requested: string) {
    super(bilingual('error.pathEscape', { path: requested }));
  }
}

export class DataFileNotFoundError extends CouncilServiceError {
  override readonly name = 'DataFileNotFoundError';
  readonly code = 'not-found';
  constructor(readonly fileName: string) {
    super(bilingual('error.fileNotFound', { name: fileName }));
  }
}

export class FileTooLargeError extends CouncilServiceError {
  override readonly name = 'FileTooLargeError';
  readonly code = 'too-large';
  constructor(
    readonly size: number,
    readonly limit: number,
  ) {
    super(bilingual('error.fileTooLarge', { size, limit }));
  }
}

/** The disk refused (permissions, full disk, …); the original error is the `cause`. */
export class DataFileIoError extends CouncilServiceError {
  override readonly name = 'DataFileIoError';
  readonly code = 'io';
  constructor(action: string, fileName: string, cause: unknown) {
    super(bilingual('error.fileIo', { action, name: fileName }), { cause });
  }
}

/** `openExternal` was asked for something that is not a plain http(s) URL. */
export class UnsafeUrlError extends CouncilServiceError {
  override readonly name = 'UnsafeUrlError';
  readonly code = 'refused';
  constructor(readonly reason: string) {
    super(bilingual('error.unsafeUrl', { reason }));
  }
}

/** The current host cannot do this (e.g. native dialogs in browser mode: the page does them). */
export class UnsupportedOnHostError extends CouncilServiceError {
  override readonly name = 'UnsupportedOnHostError';
  readonly code = 'unsupported';
  constructor(readonly what: string) {
    super(bilingual('error.unsupportedOnHost', { what }));
  }
}

/** Node's fs errors carry a string `code` (ENOENT, EACCES…); narrow without `any`. */
export function errnoCode(error: unknown): string | undefined {
  if (error instanceof Error && 'code' in error && typeof error.code === 'string') {
    return error.code;
  }
  return undefined;
}

export class TrustedCertificateNotFound extends CouncilServiceError {
  override readonly name = 'TrustedCertificateNotFound';
  readonly code = 'not-found';
  constructor(fingerprint: string) {
    super(`no trusted certificate ${fingerprint.slice(0, 16)}…`);
  }
}
