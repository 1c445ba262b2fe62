import { z } from 'zod';
import type {
  AppInfo,
  HostError,
  HostResult,
  Language,
  MethodName,
  MethodResult,
  OpenFileRequest,
  PickedFile,
  SaveFileRequest,
  SavedFile,
  SavedFolder,
  SaveFilesToFolderRequest,
} from './contract';
import { argumentSchemas, TOO_LARGE } from './schemas';
import type { DataFiles } from '../services/data-files';
import { CouncilServiceError, UnsupportedOnHostError } from '../services/errors';
import type { SettingsStore } from '../services/settings-store';
import { checkExternalUrl } from '../services/url-guard';
import { loadSigningFont } from './signing-font';
import { signWithCertificate, verifyPdf } from './signing-handlers';
import { TokenService } from '../services/signing/token/token-service';
import {
  closeSigningSession,
  listTokensOf,
  openCertificateSession,
  openTokenSession,
  registerTokenLibrary,
  signPdfWithToken,
  signPdfsWithToken,
} from './token-handlers';
import { CertificateSessions } from '../services/signing/certificate-sessions';
import { TrustedCertificateNotFound } from '../services/errors';
import { workerVerifier, type PdfVerifier } from '../services/signing/verify-runner';
import type { TrustedCertificateStore } from '../services/trusted-certificates';
import type { MeetingHub } from '../services/hub';

/** Native file dialogs: Electron implements them; the web host cannot (the page does it). */
export interface HostDialogs {
  saveFile(request: SaveFileRequest): Promise<SavedFile | null>;
  openFile(request: OpenFileRequest): Promise<PickedFile[]>;
  /** Asks for a folder and saves the files there; null when cancelled. */
  saveFilesToFolder(request: SaveFilesToFolderRequest): Promise<SavedFolder | null>;
  /** Asks for a PKCS#11 token library (.dll/.so); its absolute path, or null when cancelled. */
  chooseTokenLibrary?(): Promise<string | null>;
}

/** What a host plugs into the one handler map. */
export interface HostServices {
  readonly identity: Omit<AppInfo, 'language'>;
  readonly settings: SettingsStore;
  readonly dataFiles: DataFiles;
  /** Receives a URL `checkExternalUrl` already accepted. */
  readonly openExternal: (url: string) => Promise<void>;
  readonly dialogs: HostDialogs;
  /** Electron rebuilds its menu here. */
  readonly onLanguageChanged?: (language: Language) => void;
  /** Where disk failures and bugs are reported (they also go back to the renderer as a code). */
  readonly logError: (message: string, error: unknown) => void;
  /** The host's clock: the signing time written into signatures (default: now). */
  readonly now?: () => Date;
  /** Font of the visible signature box (default: the copy bundled beside the host). */
  readonly signingFont?: () => Uint8Array;
  /** USB tokens (PKCS#11); default: one service per host, the binding loaded on first use. */
  readonly tokens?: TokenService;
  /** .p12 files opened for a batch (issue 13); default: one per host. */
  readonly certificateSessions?: CertificateSessions;
  /** The certificates verification trusts as roots (none: every chain is "not checked"). */
  readonly trustedCertificates?: TrustedCertificateStore;
  /** Where verification runs (default: a worker thread per file, with a time budget). */
  readonly verifier?: PdfVerifier;
  /** The meeting hub on the LAN (issue 9); absent: the hub messages answer 'unsupported'. */
  readonly hub?: MeetingHub;
}

/** One entry per message: takes the raw, untrusted argument list, answers a `HostResult`. */
export type HandlerMap = {
  readonly [K in MethodName]: (rawArgs: unknown) => Promise<HostResult<MethodResult<K>>>;
};

const MAX_ERROR_MESSAGE = 500;

function invalidPayload(error: z.ZodError): HostError {
  const tooLarge = error.issues.some(
    (issue) => issue.code === 'custom' && issue.params?.['reason'] === TOO_LARGE,
  );
  // prettifyError names the path and the rule, never echoes the (possibly huge) input.
  return {
    code: tooLarge ? 'too-large' : 'invalid-payload',
    message: z.prettifyError(error).slice(0, MAX_ERROR_MESSAGE),
  };
}

/**
 * The handler map both hosts use (Electron's ipcMain and the web host's /api): payloads are
 * parsed by their schema first, then the service runs, then every outcome becomes a
 * `HostResult`. Expected failures carry their service error's code; anything else is a bug,
 * logged and answered as 'internal'.
 */
export function createHandlers(services: HostServices): HandlerMap {
  function define<Args, Result>(
    method: MethodName,
    schema: z.ZodType<Args>,
    run: (args: Args) => Promise<Result>,
  ): (rawArgs: unknown) => Promise<HostResult<Result>> {
    return async (rawArgs) => {
      const parsed = schema.safeParse(rawArgs);
      if (!parsed.success) return { ok: false, error: invalidPayload(parsed.error) };
      try {
        return { ok: true, value: await run(parsed.data) };
      } catch (error) {
        if (error instanceof CouncilServiceError) {
          if (error.code === 'io' || error.code === 'internal') services.logError(`${method} failed`, error);
          return {
            ok: false,
            error: {
              code: error.code,
              message: error.message.slice(0, MAX_ERROR_MESSAGE),
              ...(error.refusal === undefined ? {} : { refusal: error.refusal }),
            },
          };
        }
        services.logError(`${method}: unexpected error`, error);
        const message = error instanceof Error ? error.message : String(error);
        return { ok: false, error: { code: 'internal', message: message.slice(0, MAX_ERROR_MESSAGE) } };
      }
    };
  }

  const now = services.now ?? (() => new Date());
  const requireHub = (): MeetingHub => {
    if (services.hub === undefined) throw new UnsupportedOnHostError('meeting hub');
    return services.hub;
  };
  const font = services.signingFont ?? (() => loadSigningFont());
  const tokenDeps = {
    now,
    font,
    settings: services.settings,
    tokens: services.tokens ?? new TokenService(),
    certificates: services.certificateSessions ?? new CertificateSessions(),
  };
  let verifier = services.verifier;
  const trust = services.trustedCertificates;
  const requireTrust = (method: MethodName): TrustedCertificateStore => {
    if (trust === undefined) throw new UnsupportedOnHostError(method);
    return trust;
  };
  const handlers = {
    appInfo: define('appInfo', argumentSchemas.appInfo, async () => ({
      ...services.identity,
      language: services.settings.get().language,
    })),
    setLanguage: define('setLanguage', argumentSchemas.setLanguage, async ([language]) => {
      await services.settings.setLanguage(language);
      services.onLanguageChanged?.(language);
    }),
    openExternal: define('openExternal', argumentSchemas.openExternal, async ([url]) => {
      await services.openExternal(checkExternalUrl(url));
    }),
    writeDataFile: define('writeDataFile', argumentSchemas.writeDataFile, ([file, bytes]) =>
      services.dataFiles.write(file, bytes),
    ),
    writeDataFiles: define('writeDataFiles', argumentSchemas.writeDataFiles, async ([files]) => {
      const entries = [];
      // One after another, in order: a failure leaves the files before it written.
      for (const { file, bytes } of files) entries.push(await services.dataFiles.write(file, bytes));
      return entries;
    }),
    readDataFile: define('readDataFile', argumentSchemas.readDataFile, ([file]) =>
      services.dataFiles.read(file),
    ),
    listDataFiles: define('listDataFiles', argumentSchemas.listDataFiles, ([folder]) =>
      services.dataFiles.list(folder),
    ),
    removeDataFile: define('removeDataFile', argumentSchemas.removeDataFile, ([file]) =>
      services.dataFiles.remove(file),
    ),
    saveFileDialog: define('saveFileDialog', argumentSchemas.saveFileDialog, ([request]) =>
      services.dialogs.saveFile(request),
    ),
    openFileDialog: define('openFileDialog', argumentSchemas.openFileDialog, ([request]) =>
      services.dialogs.openFile(request),
    ),
    saveFilesToFolder: define('saveFilesToFolder', argumentSchemas.saveFilesToFolder, ([request]) =>
      services.dialogs.saveFilesToFolder(request),
    ),
    // The arguments (certificate, password) are never passed to logError, whatever happens.
    signPdf: define('signPdf', argumentSchemas.signPdf, async ([request]) =>
      signWithCertificate(request, { now, font }),
    ),
    chooseTokenLibrary: define('chooseTokenLibrary', argumentSchemas.chooseTokenLibrary, async () => {
      if (services.dialogs.chooseTokenLibrary === undefined)
        throw new UnsupportedOnHostError('chooseTokenLibrary');
      return services.dialogs.chooseTokenLibrary();
    }),
    registerTokenLibrary: define('registerTokenLibrary', argumentSchemas.registerTokenLibrary, ([request]) =>
      registerTokenLibrary(request, tokenDeps),
    ),
    listTokens: define('listTokens', argumentSchemas.listTokens, async ([personId]) =>
      listTokensOf(personId, tokenDeps),
    ),
    // The PIN is never passed to logError, whatever happens.
    openTokenSession: define('openTokenSession', argumentSchemas.openTokenSession, async ([request]) =>
      openTokenSession(request, tokenDeps),
    ),
    signPdfWithToken: define('signPdfWithToken', argumentSchemas.signPdfWithToken, async ([request]) =>
      signPdfWithToken(request, tokenDeps),
    ),
    signPdfsWithToken: define('signPdfsWithToken', argumentSchemas.signPdfsWithToken, async ([request]) =>
      signPdfsWithToken(request, tokenDeps),
    ),
    closeTokenSession: define('closeTokenSession', argumentSchemas.closeTokenSession, async ([session]) =>
      closeSigningSession(session, tokenDeps),
    ),
    // The certificate and password are never passed to logError, whatever happens.
    openCertificateSession: define(
      'openCertificateSession',
      argumentSchemas.openCertificateSession,
      async ([request]) => openCertificateSession(request, tokenDeps),
    ),
    verifyPdf: define('verifyPdf', argumentSchemas.verifyPdf, async ([request]) => {
      verifier ??= workerVerifier();
      return verifyPdf(request, now(), verifier, trust?.anchors());
    }),
    listTrustedCertificates: define(
      'listTrustedCertificates',
      argumentSchemas.listTrustedCertificates,
      async () => requireTrust('listTrustedCertificates').list(),
    ),
    importTrustedCertificates: define(
      'importTrustedCertificates',
      argumentSchemas.importTrustedCertificates,
      ([request]) => requireTrust('importTrustedCertificates').import(request.bytes, now()),
    ),
    removeTrustedCertificate: define(
      'removeTrustedCertificate',
      argumentSchemas.removeTrustedCertificate,
      async ([fingerprint]) => {
        if (!(await requireTrust('removeTrustedCertificate').remove(fingerprint))) {
          throw new TrustedCertificateNotFound(fingerprint);
        }
      },
    ),
    hubCommand: define('hubCommand', argumentSchemas.hubCommand, ([command]) =>
      requireHub().command(command),
    ),
    hubPublish: define('hubPublish', argumentSchemas.hubPublish, async ([publication]) =>
      requireHub().publish(publication),
    ),
    hubTakeOps: define('hubTakeOps', argumentSchemas.hubTakeOps, ([waitMs]) => requireHub().takeOps(waitMs)),
    hubSettleOps: define('hubSettleOps', argumentSchemas.hubSettleOps, async ([results]) =>
      requireHub().settleOps(results),
    ),
  } satisfies HandlerMap;
  return handlers;
}

/** Dialogs for a host that has none (the web host: the page shows the browser's own). */
export const noDialogs: HostDialogs = {
  saveFile: () => Promise.reject(new UnsupportedOnHostError('saveFileDialog')),
  openFile: () => Promise.reject(new UnsupportedOnHostError('openFileDialog')),
  saveFilesToFolder: () => Promise.reject(new UnsupportedOnHostError('saveFilesToFolder')),
};
